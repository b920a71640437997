import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { ingest, storyReport, watchFolder, type WebInputs, work } from '../casefile/index.js';
import { fetchDefaults, type FetchOptions, readUrlList } from '../fetch/index.js';
import { renderMarkdown, safe } from '../report/index.js';
import { addExportOptions, type ExportOptions, exportsToStdout, writeExports } from './exports.js';
import { formatError } from '../text/errors.js';
import { threadCount } from './options.js';
import { createMeter, workLog, workMeter } from './progress.js';
import { jobCounts, listStories, mergeStories, openStore, type Store, splitStory, storeTarget } from '../store/index.js';

const DB_HELP = 'store: a folder (default .triangulate) or a postgres:// URL (default $DATABASE_URL)';

interface DbOption {
  db?: string;
}

interface Quiet {
  quiet?: boolean;
  verbose?: boolean;
}

const VERBOSE_HELP = 'one line per input (status, source, reason) and per story computed, instead of the progress display';

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
    .description('store articles (files, folders, RSS/Atom/JSON Feed files, JSON Lines, WARC, PDF, DOCX, e-mail, web pages) in the case file and update their stories')
    .argument('[paths...]', 'files, folders or feeds')
    .option('--urls <file>', 'fetch the web pages listed in this file (one URL a line, # comments)')
    .option('--sitemap <url>', 'fetch the pages of this XML sitemap or sitemap index (repeatable)', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--rate <n>', 'requests per second to one host (a robots.txt Crawl-delay asking for fewer wins)', String(fetchDefaults().perHostRate))
    .option('--timeout <s>', 'seconds to wait for a connection or the next part of an answer', String(fetchDefaults().readTimeoutMs / 1000))
    .option('--max-redirects <n>', 'redirects followed for one page', String(fetchDefaults().maxRedirects))
    .option('--allow-private', 'also fetch from loopback, private and link-local addresses (a local server, an intranet)')
    .option('--story <name>', 'put everything into this story instead of grouping automatically')
    .option('--story-per-folder', "each folder's files (and each feed's items) make one story, named after the folder")
    .option('--threads <n>', 'embedded store: worker threads that read articles and compute stories (0: none; default: one per core)', threadCount)
    .option('--retry-failed', 'ingest again only the inputs that failed before')
    .option('--no-wait', 'on PostgreSQL: only enqueue, leave the work to `triangulate worker`')
    .option('--db <target>', DB_HELP)
    .option('-q, --quiet', 'no progress and no summary line (warnings still go to stderr)')
    .option('-v, --verbose', VERBOSE_HELP)
    .action(async (paths: string[], opts: DbOption & Quiet & WebOptions & { story?: string; storyPerFolder?: boolean; threads?: number; retryFailed?: boolean; wait: boolean }) => {
      if (!paths.length && !opts.retryFailed && !opts.urls && !opts.sitemap.length) {
        err('error: name files or folders to ingest, give --urls or --sitemap, or use --retry-failed');
        return setExit(2);
      }
      const web = await webInputs(opts, Boolean(opts.quiet));
      if ('error' in web) {
        err(`error: ${safe(web.error)}`);
        return setExit(2);
      }
      if (opts.story && opts.storyPerFolder) {
        err('error: --story and --story-per-folder exclude each other');
        return setExit(2);
      }
      const meter = createMeter('ingest', { quiet: opts.quiet || opts.verbose });
      const bar = opts.verbose ? workLog() : workMeter(meter);
      let complete = false;
      const summary = await withStore(opts, (store) =>
        ingest(store, paths, {
          story: opts.story,
          storyPerFolder: opts.storyPerFolder,
          threads: opts.threads,
          retryFailed: opts.retryFailed,
          wait: opts.wait,
          onQueued: bar.queued,
          onEvent: bar.event,
          web,
        }),
      )
        .then((s) => {
          complete = true;
          return s;
        })
        .finally(() => meter.stop(complete));
      for (const p of [...web.listProblems, ...summary.problems]) err(`warning: ${safe(p)}`);
      if (!opts.quiet) err(`${summary.ok} ok, ${summary.skipped} skipped, ${summary.failed} failed${summary.queued ? `, ${summary.queued} queued for workers` : ''}`);
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
    .option('-q, --quiet', 'no line per batch (warnings still go to stderr)')
    .option('-v, --verbose', VERBOSE_HELP)
    .action(async (dir: string, opts: DbOption & Quiet & { story?: string }) =>
      withStore(opts, async (store) => {
        const stop = watchFolder(store, dir, {
          story: opts.story,
          onEvent: opts.verbose ? workLog().event : undefined,
          onBatch: (s) => {
            for (const p of s.problems) err(`warning: ${safe(p)}`);
            if (!opts.quiet) err(`${s.ok} ok, ${s.skipped} skipped, ${s.failed} failed`);
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
    .option('-q, --quiet', 'no progress')
    .option('-v, --verbose', VERBOSE_HELP)
    .action(async (opts: DbOption & Quiet & { once?: boolean; poll: string }) =>
      withStore(opts, async (store) => {
        const stop = new AbortController();
        process.once('SIGINT', () => stop.abort());
        process.once('SIGTERM', () => stop.abort());
        // the work in sight when it starts: queued inputs and stale stories; the bar's total grows with what comes later
        const meter = createMeter('worker', { quiet: opts.quiet || opts.verbose });
        meter.setTotal((await jobCounts(store.db)).queued + (await listStories(store.db)).filter((s) => s.stale).length);
        const bar = opts.verbose ? workLog() : workMeter(meter, { stories: true });
        await work(store, { untilIdle: opts.once, pollMs: Number(opts.poll), signal: stop.signal, onEvent: bar.event }).finally(() => meter.stop(!stop.signal.aborted));
      }),
    );
}

interface WebOptions {
  urls?: string;
  sitemap: string[];
  rate: string;
  timeout: string;
  maxRedirects: string;
  allowPrivate?: boolean;
}

/** The URL list read and the fetch options checked, or what is wrong with them. */
async function webInputs(opts: WebOptions, quiet: boolean): Promise<(WebInputs & { listProblems: string[] }) | { error: string }> {
  const rate = Number(opts.rate);
  const timeout = Number(opts.timeout);
  const redirects = Number(opts.maxRedirects);
  if (!(rate > 0)) return { error: `--rate takes a positive number of requests per second, not "${opts.rate}"` };
  if (!(timeout > 0)) return { error: `--timeout takes a positive number of seconds, not "${opts.timeout}"` };
  if (!(Number.isInteger(redirects) && redirects >= 0)) return { error: `--max-redirects takes a whole number (0 or more), not "${opts.maxRedirects}"` };
  const fetch: Partial<FetchOptions> = { perHostRate: rate, connectTimeoutMs: timeout * 1000, readTimeoutMs: timeout * 1000, totalTimeoutMs: Math.max(timeout * 2000, fetchDefaults().totalTimeoutMs), maxRedirects: redirects, allowPrivate: Boolean(opts.allowPrivate) };
  let urls: string[] = [];
  const listProblems: string[] = [];
  if (opts.urls) {
    let text: string;
    try {
      text = await readFile(opts.urls, 'utf8');
    } catch (e) {
      return { error: `${opts.urls}: cannot read the URL list (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
    }
    const list = readUrlList(opts.urls, text);
    urls = list.urls;
    listProblems.push(...list.messages.map((m) => m.message));
  }
  return { urls, sitemaps: opts.sitemap, fetch, listProblems, onFetched: quiet ? undefined : fetchProgress };
}

// one line per tenth of the pages: fetching at a polite rate takes a while
function fetchProgress(_outcome: unknown, done: number, total: number): void {
  if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) err(`fetched ${done}/${total} URLs`);
}

async function printStories(store: Store): Promise<void> {
  const list = await listStories(store.db);
  if (!list.length) out('no stories yet');
  for (const s of list) out(`${safe(s.name)}\t${s.documents} documents\t${s.articles} articles${s.stale ? '\t(stale)' : ''}`);
}
