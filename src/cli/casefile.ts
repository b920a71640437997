import type { Command } from 'commander';
import { ingest, progress, storyReport, watchFolder, work } from '../casefile/index.js';
import { renderMarkdown, safe } from '../report/index.js';
import { addExportOptions, type ExportOptions, exportsToStdout, writeExports } from './exports.js';
import { formatError } from '../text/errors.js';
import { listStories, mergeStories, openStore, type Store, splitStory, storeTarget } from '../store/index.js';

const DB_HELP = 'store: a folder (default .triangulate) or a postgres:// URL (default $DATABASE_URL)';

interface DbOption {
  db?: string;
}

async function withStore<T>(opts: DbOption, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeTarget(opts.db));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Registers the case-file commands (ingest, status, stories, report, watch, worker) on the program.
 * `setExit` receives each command's exit code: 0 ok, 1 failed, 3 some inputs skipped or failed.
 */
export function registerCaseFileCommands(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('store articles (files, folders, RSS/Atom/JSON Feed files, JSON Lines) in the case file and update their stories')
    .argument('[paths...]', 'files, folders or feeds')
    .option('--story <name>', 'put everything into this story instead of grouping automatically')
    .option('--story-per-folder', "each folder's files (and each feed's items) make one story, named after the folder")
    .option('--threads <n>', 'embedded store: worker threads that read articles and compute stories (0: none; default: one per core)')
    .option('--retry-failed', 'ingest again only the inputs that failed before')
    .option('--no-wait', 'on PostgreSQL: only enqueue, leave the work to `triangulate worker`')
    .option('--db <target>', DB_HELP)
    .action(async (paths: string[], opts: DbOption & { story?: string; storyPerFolder?: boolean; threads?: string; retryFailed?: boolean; wait: boolean }) => {
      if (!paths.length && !opts.retryFailed) {
        err('error: name files or folders to ingest, or use --retry-failed');
        return setExit(2);
      }
      if (opts.story && opts.storyPerFolder) {
        err('error: --story and --story-per-folder exclude each other');
        return setExit(2);
      }
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) {
        err(`error: --threads takes a whole number of threads (0 or more), not "${safe(opts.threads ?? '')}"`);
        return setExit(2);
      }
      const bar = progress();
      const summary = await withStore(opts, (store) =>
        ingest(store, paths, {
          story: opts.story,
          storyPerFolder: opts.storyPerFolder,
          threads,
          retryFailed: opts.retryFailed,
          wait: opts.wait,
          onQueued: bar.queued,
          onEvent: bar.event,
        }),
      );
      bar.done();
      for (const p of summary.problems) err(`warning: ${safe(p)}`);
      err(`${summary.ok} ok, ${summary.skipped} skipped, ${summary.failed} failed${summary.queued ? `, ${summary.queued} queued for workers` : ''}`);
      setExit(summary.problems.length ? 3 : 0);
    });

  program
    .command('status')
    .description('list the ingest records (failed and skipped with their reasons), the queue and the stories')
    .option('--db <target>', DB_HELP)
    .action(async (opts: DbOption) =>
      withStore(opts, async (store) => {
        const records = await store.db.selectFrom('ingest_records').select(['source', 'status', 'reason']).orderBy('source').execute();
        const count = (s: string) => records.filter((r) => r.status === s).length;
        const jobs = await store.queue.counts();
        out(`store: ${store.location} (${store.kind})`);
        out(`ingest records: ${count('ok')} ok, ${count('skipped')} skipped, ${count('failed')} failed; jobs: ${jobs.queued} queued, ${jobs.done} done, ${jobs.failed} failed`);
        if (jobs.detail) out(`queue (${jobs.backend}): ${Object.entries(jobs.detail).map(([state, n]) => `${n} ${state === 'deadLetters' ? 'dead letters unread' : state}`).join(', ')}`);
        const dead = await store.queue.deadLetters();
        if (dead.length) out(`dead letters (jobs failed on every attempt; \`ingest --retry-failed\` queues them again):`);
        for (const d of dead) out(`  ${safe(d.source)}: ${safe(d.error)}`);
        for (const status of ['failed', 'skipped'] as const) {
          const listed = records.filter((r) => r.status === status);
          if (listed.length) out(`${status}:`);
          for (const r of listed) out(`  ${safe(r.reason ?? r.source)}`);
        }
        await printStories(store);
        setExit(count('failed') ? 3 : 0);
      }),
    );

  const stories = program
    .command('stories')
    .description('list the stories; merge or split them')
    .option('--db <target>', DB_HELP)
    .action(async (opts: DbOption) => withStore(opts, printStories));
  stories
    .command('merge')
    .description('move every article of story FROM into story INTO')
    .argument('<into>')
    .argument('<from>')
    .option('--db <target>', DB_HELP)
    .action(async (into: string, from: string, opts: DbOption) =>
      withStore({ db: opts.db ?? stories.opts<DbOption>().db }, async (store) => {
        await mergeStories(store.db, into, from);
        await work(store, { untilIdle: true });
        await printStories(store);
      }),
    );
  stories
    .command('split')
    .description('move documents of a story (ids as in its report: d1,d2) into a new story')
    .argument('<story>')
    .requiredOption('--docs <ids>', 'comma-separated document ids')
    .requiredOption('--name <new>', 'name of the new story')
    .option('--db <target>', DB_HELP)
    .action(async (story: string, opts: DbOption & { docs: string; name: string }) =>
      withStore({ db: opts.db ?? stories.opts<DbOption>().db }, async (store) => {
        await splitStory(store.db, story, opts.docs.split(',').map((d) => d.trim()).filter(Boolean), opts.name);
        await work(store, { untilIdle: true });
        await printStories(store);
      }),
    );

  const reportCommand = program
    .command('report')
    .description("write a story's report from the case file alone (the formats of analyze, and HTML)")
    .argument('[story]', 'story name (optional when there is one story)');
  addExportOptions(reportCommand)
    .option('--db <target>', DB_HELP)
    .action(async (name: string | undefined, opts: DbOption & ExportOptions) =>
      withStore(opts, async (store) => {
        const { story, report } = await storyReport(store, name);
        const written = await writeExports(report, opts, `triangulate report: ${story}`);
        if (!written.length && !exportsToStdout(opts)) process.stdout.write(renderMarkdown(report));
      }),
    );

  program
    .command('watch')
    .description('ingest the files of a folder, then each file as it appears or changes (Ctrl-C stops)')
    .argument('<dir>')
    .option('--story <name>', 'put everything into this story')
    .option('--db <target>', DB_HELP)
    .action(async (dir: string, opts: DbOption & { story?: string }) =>
      withStore(opts, async (store) => {
        const bar = progress();
        const stop = watchFolder(store, dir, {
          story: opts.story,
          onEvent: bar.event,
          onBatch: (s) => {
            bar.done();
            for (const p of s.problems) err(`warning: ${safe(p)}`);
          },
          onError: (e) => err(`error: ${formatError(e)}`),
        });
        err(`watching ${safe(dir)} (Ctrl-C stops)`);
        await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
        await stop();
      }),
    );

  program
    .command('worker')
    .description('take ingest jobs and stale stories from the queue (PostgreSQL: run any number, on any machine)')
    .option('--once', 'stop when there is no work left instead of waiting for more')
    .option('--poll <ms>', 'how often to look for new work', '1000')
    .option('--db <target>', DB_HELP)
    .action(async (opts: DbOption & { once?: boolean; poll: string }) =>
      withStore(opts, async (store) => {
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        const bar = progress();
        await work(store, { untilIdle: opts.once, pollMs: Number(opts.poll), signal: stop.signal, onEvent: bar.event });
        bar.done();
      }),
    );
}

async function printStories(store: Store): Promise<void> {
  const list = await listStories(store.db);
  if (!list.length) out('no stories yet');
  for (const s of list) out(`${safe(s.name)}\t${s.documents} documents\t${s.articles} articles${s.stale ? '\t(stale)' : ''}`);
}
