#!/usr/bin/env node
// Crash safety, measured: ingests a generated corpus into an embedded case file once without interruption, and once
// killed with SIGKILL at random moments (re-run after each kill), then finished; compares the two stores: articles,
// ingest records, jobs, stories, documents, and each story's claims and conflicts (no loss, no duplicate, no
// corruption). Needs the build (npm run build). Exits 1 when the stores differ or a re-run fails.
// Usage: node scripts/crash-test.mjs [--files 1000] [--stories 25] [--kills 10] [--seed 1] [--dir DIR]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { storyReport } from '../dist/casefile/index.js';
import { listStories, openStore } from '../dist/store/index.js';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    stories: { type: 'string', default: '25' },
    kills: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string' },
  },
});
const files = Number(values.files);
const storyCount = Math.max(1, Math.min(Number(values.stories), files));
const kills = Number(values.kills);
let seed = Number(values.seed) >>> 0 || 1;
const random = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
};

const first = ['Ilsa', 'Borun', 'Temra', 'Oskin', 'Valda', 'Kerrit', 'Amsel', 'Dorla', 'Fennic', 'Harva'];
const last = ['Marrow', 'Quillen', 'Sodrak', 'Thelby', 'Vance', 'Ordway', 'Pellin', 'Crane', 'Halloway', 'Brisk'];
const sites = ['bridge', 'dam', 'depot', 'tunnel', 'ferry terminal', 'water plant', 'rail yard', 'market hall'];
/** An invented article of story s, variant i. */
const article = (s, i) =>
  `Report ${s}-${i}: the ${sites[s % sites.length]} in district ${s}\n\nThe ${sites[s % sites.length]} in district ${s} closed on March ${1 + (i % 5)}, 2026, officials said. ` +
  `Mayor ${first[s % 10]} ${last[Math.floor(s / 10) % 10]} told reporters that ${10 + ((i * 7) % 90)} workers were on site.\n\n` +
  `Chief engineer ${first[(s + 5) % 10]} ${last[(Math.floor(s / 10) + 5) % 10]} said repairs would take ${2 + (i % 9)} weeks and cost about ${3 + (i % 20)} million dollars, bulletin ${i} added.\n`;

const work = values.dir ?? mkdtempSync(join(tmpdir(), 'triangulate-crash-'));
const corpus = join(work, 'corpus');
rmSync(work, { recursive: true, force: true });
for (let s = 0; s < storyCount; s++) mkdirSync(join(corpus, `story-${s}`), { recursive: true });
for (let n = 0; n < files; n++) writeFileSync(join(corpus, `story-${n % storyCount}`, `a${String(n).padStart(5, '0')}.txt`), article(n % storyCount, Math.floor(n / storyCount)));

function ingest(db, killAfterMs) {
  const child = spawn(process.execPath, [join(root, 'bin/triangulate.js'), 'ingest', corpus, '--db', db, '--story-per-folder'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let killed = false;
  const timer = killAfterMs === undefined ? null : setTimeout(() => {
    killed = child.kill('SIGKILL');
  }, killAfterMs);
  const start = Date.now();
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, killed: killed && signal === 'SIGKILL', ms: Date.now() - start, stderr });
    }),
  );
}

/** The store's content in a canonical order, without ids and times. */
async function dump(db) {
  const store = await openStore(db);
  try {
    const q = store.db;
    const stories = await q.selectFrom('stories').select(['id', 'name', 'changed_seq', 'computed_seq']).execute();
    const name = new Map(stories.map((s) => [s.id, s.name]));
    const articles = await q.selectFrom('articles').select(['id', 'content_hash', 'source', 'story_id']).orderBy('content_hash').execute();
    const hash = new Map(articles.map((a) => [a.id, a.content_hash]));
    const records = await q.selectFrom('ingest_records').select(['source', 'status', 'reason', 'article_id']).orderBy('source').execute();
    const jobs = await q.selectFrom('jobs').select(['key', 'status']).orderBy('key').execute();
    const documents = await q.selectFrom('documents').select(['story_id', 'doc_id', 'content_hash']).execute();
    const reports = {};
    for (const s of await listStories(q)) {
      const { report } = await storyReport(store, s.name);
      reports[s.name] = { claims: JSON.stringify(report.claims), conflicts: JSON.stringify(report.conflicts), documents: report.documents.length };
    }
    return {
      articles: articles.map((a) => [a.content_hash, a.source, name.get(a.story_id) ?? null]),
      records: records.map((r) => [r.source, r.status, r.reason, r.article_id === null ? null : hash.get(r.article_id)]),
      jobs: jobs.map((j) => [j.key, j.status]),
      stories: stories.map((s) => [s.name, s.changed_seq > s.computed_seq ? 'stale' : 'current']).sort(),
      documents: documents.map((d) => [name.get(d.story_id), d.doc_id, d.content_hash]).sort(),
      reports,
    };
  } finally {
    await store.close();
  }
}

const out = (s) => process.stdout.write(`${s}\n`);
out(`crash test: ${files} files in ${storyCount} stories, ${kills} kills, in ${work}`);
const clean = await ingest(join(work, 'clean'));
if (clean.code !== 0) {
  out(`FAIL the uninterrupted ingest exited ${clean.code}: ${clean.stderr.split('\n').filter((l) => l.startsWith('error')).join('; ')}`);
  process.exit(1);
}
out(`uninterrupted ingest: ${(clean.ms / 1000).toFixed(1)} s`);
let killedRuns = 0;
let finishedFirst = 0;
for (let k = 0; k < kills; k++) {
  // a random moment within the run's expected length (each re-run has less left to do, so some finish first)
  const at = Math.round(300 + random() * clean.ms * 0.9);
  const r = await ingest(join(work, 'killed'), at);
  if (r.killed) killedRuns++;
  else if (r.code === 0 || r.code === 3) finishedFirst++;
  else {
    out(`FAIL run ${k + 1} exited ${r.code} before its kill: ${r.stderr.split('\n').filter((l) => l.startsWith('error')).join('; ')}`);
    process.exit(1);
  }
  out(`run ${k + 1}: ${r.killed ? `killed with SIGKILL after ${at} ms` : `finished before its kill at ${at} ms`}`);
}
const final = await ingest(join(work, 'killed'));
out(`final re-run: exit ${final.code}, ${(final.ms / 1000).toFixed(1)} s`);
const [a, b] = [await dump(join(work, 'clean')), await dump(join(work, 'killed'))];
const differences = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
const dupes = b.articles.length - new Set(b.articles.map((x) => x[0])).size;
const jobsDone = b.jobs.filter((j) => j[1] === 'done').length;
out(`${killedRuns} runs killed, ${finishedFirst} finished before their kill; all re-runs survived: ${final.code === 0 ? 'yes' : 'no'}`);
out(`store after kills: ${b.articles.length} articles (${dupes} duplicates), ${b.stories.length} stories, ${jobsDone}/${b.jobs.length} jobs done; clean: ${a.articles.length} articles, ${a.stories.length} stories`);
if (final.code !== 0 || differences.length || dupes) {
  out(`FAIL the stores differ in: ${differences.join(', ') || '(none)'}${dupes ? `; ${dupes} duplicate articles` : ''}`);
  process.exitCode = 1;
} else {
  out('identical to the uninterrupted run: articles, records, jobs, stories, documents, claims and conflicts');
  if (!values.dir) rmSync(work, { recursive: true, force: true });
}
