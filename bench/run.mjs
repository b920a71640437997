#!/usr/bin/env node
// @ts-check
// Benchmark: generates (or reuses) a synthetic corpus, analyses each story folder as one case, and reports speed, per-stage
// time, peak memory and quality on the planted conflicts, beside a floor (read + tokenize + split) and a peer (compromise).
// Usage: npm run bench [-- --size 1k|10k|100k|N] [--seed N] [--threads N] [--cases N] [--store memory|embedded|postgres]
//        (--threads: worker threads for the memory store's per-document stages, or for the embedded case file's reading and
//        story computations; 0 = all in the main thread)
//        [--workers N] [--stories N] [--peer-sample N | --no-peer] [--no-floor] [--probe 250,500,1000] [--dir DIR] [--quiet]
//        [--real DIR[,DIR…]] (a corpus of real story folders, repeated and perturbed: bench/real.mjs; no planted conflicts)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus, parseSize } from './generate.mjs';
import { generateRealCorpus } from './real.mjs';
import { scoreCase, totalScore } from './quality.mjs';
import { embeddedRun, postgresRun } from './stores.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = (/** @type {string} */ p) => pathToFileURL(join(root, 'dist', p)).href;

/** @typedef {{ read: number, clean: number, annotate: number, resolve: number, claims: number, crosscheck: number }} StageTimes */
/** @typedef {{ analyzePaths: Function, analyzePathsParallel: Function, createDocumentPool: Function, surnameKey: (n: string) => string } & import('./stores.mjs').CaseFile} Pipeline */
/** @typedef {{ size: number, seed: number, threads: number, cases: number, store: string, workers: number, stories: number, peer: number, floor: boolean, probe: number[], progress: boolean, dir?: string, real?: string[] }} BenchOptions */

/** The compiled pipeline; the bench measures what users run, so it needs the build. @returns {Promise<Pipeline>} */
async function loadPipeline() {
  if (!existsSync(join(root, 'dist', 'pipeline.js'))) throw new Error('bench: dist/ not found; run `npm run build` first');
  // the engine settings the command line runs with (src/engine.ts), before any of the pipeline's expressions runs
  (await import(dist('engine.js'))).tuneEngine();
  const [{ analyzePaths }, { analyzePathsParallel, createDocumentPool }, { surnameKey }, { openStore }, { ingest, storyReport }] = await Promise.all([
    import(dist('pipeline.js')),
    import(dist('parallel/index.js')),
    import(dist('resolve/index.js')),
    import(dist('store/index.js')),
    import(dist('casefile/index.js')),
  ]);
  return { analyzePaths, analyzePathsParallel, createDocumentPool, surnameKey, openStore, ingest, storyReport };
}

const STORES = ['memory', 'embedded', 'postgres'];

/** One case in memory: read and analyse a story folder, serially or with the per-document stages in the pool. @param {Pipeline} p @param {string} folder @param {any} pool */
async function memoryCase(p, folder, pool) {
  return pool ? p.analyzePathsParallel([folder], { pool }) : p.analyzePaths([folder]);
}

/** Conflicts with document ids replaced by file names, as the scorer expects. @param {any} a */
function conflictsByFile(a) {
  const fileOf = new Map(a.documents.map((/** @type {{ id: string, file: string }} */ d) => [d.id, d.file]));
  return a.cross.conflicts.map((/** @type {any} */ c) => ({ ...c, alternatives: c.alternatives.map((/** @type {any} */ x) => ({ value: x.value, docs: x.docs.map((/** @type {string} */ d) => fileOf.get(d) ?? d) })) }));
}

/**
 * Every story folder in memory, `opts.cases` at a time: several cases in flight let the main thread read and cross-check
 * one story while the workers handle another. @param {Pipeline} p @param {string[]} folders @param {BenchOptions} opts
 * @param {(done: number, articles: number, stages: Record<string, number>) => void} onStory
 */
async function memoryRun(p, folders, opts, onStory) {
  const pool = opts.threads > 0 ? p.createDocumentPool({ threads: opts.threads }) : null;
  const stages = { read: 0, clean: 0, annotate: 0, resolve: 0, claims: 0, crosscheck: 0 };
  /** @type {import('./stores.mjs').StoryConflicts[]} */
  const stories = [];
  let articles = 0;
  let next = 0;
  let done = 0;
  const t0 = performance.now();
  const lane = async () => {
    for (let i = next++; i < folders.length; i = next++) {
      const a = await memoryCase(p, folders[i], pool);
      articles += a.documents.length;
      for (const k of Object.keys(stages)) stages[/** @type {keyof StageTimes} */ (k)] += a.times[k];
      stories[i] = { story: basename(folders[i]), conflicts: conflictsByFile(a) };
      onStory(++done, articles, stages);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.cases) }, lane));
  const totalMs = performance.now() - t0;
  await pool?.destroy();
  return { articles, ingestMs: null, totalMs, stages, phases: null, workersMaxRssMB: [], workersCpuSeconds: 0, stories };
}

/** Peak resident memory: sampled rss, and the kernel's maxRSS (covers worker threads, same process). */
function memoryWatch() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  return () => {
    clearInterval(timer);
    return { sampledMB: Math.round(Math.max(peak, process.memoryUsage().rss) / 1048576), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) };
  };
}

/** A short tag of the source folders, so corpora of different sources do not share a cache folder. @param {string[]} dirs */
const realTag = (dirs) => createHash('sha256').update(dirs.join('\n')).digest('hex').slice(0, 8);

/** @param {string} dir */
const articleFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => /\.(?:txt|html?)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));

/** The floor: read each file and tokenize and sentence-split it with the pipeline's own code, nothing else. @param {string[]} folders */
async function floorPass(folders) {
  const [{ tokenize }, { splitSentences }] = await Promise.all([import(dist('annotate/tokens.js')), import(dist('annotate/sentences.js'))]);
  const t0 = performance.now();
  let tokens = 0;
  let sentences = 0;
  for (const folder of folders)
    for (const file of articleFiles(folder)) {
      const text = readFileSync(file, 'utf8');
      tokens += tokenize(text).length;
      sentences += splitSentences(text).length;
    }
  return { ms: performance.now() - t0, tokens, sentences };
}

/** The peer: compromise's people, places and organizations over the first `sample` files (it is slow), timed per article. @param {string[]} folders @param {number} sample */
async function peerPass(folders, sample) {
  const nlp = (await import('compromise')).default;
  const files = folders.flatMap(articleFiles).slice(0, sample);
  const t0 = performance.now();
  let entities = 0;
  for (const file of files) {
    const doc = nlp(readFileSync(file, 'utf8'));
    entities += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return { ms: performance.now() - t0, articles: files.length, entities };
}

/** Analyses the first n articles of the corpus as one case, to show which stages grow faster than the input. @param {Pipeline} p @param {string[]} folders @param {number[]} sizes */
async function probePass(p, folders, sizes) {
  const rows = [];
  for (const n of sizes) {
    const files = folders.flatMap(articleFiles).slice(0, n);
    const a = await p.analyzePaths(files);
    rows.push({ articles: a.documents.length, ...roundTimes(a.times), entities: a.entities.length, claims: a.cross.claims.length, conflicts: a.cross.conflicts.length });
  }
  return rows;
}

/** @param {Record<string, number>} t */
const roundTimes = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]));

/** Runs the whole benchmark and returns its result object. @param {BenchOptions} opts */
export async function runBench(opts) {
  if (!STORES.includes(opts.store)) throw new Error(`bench: unknown store ${opts.store}; known: ${STORES.join(', ')}`);
  const p = await loadPipeline();
  const real = opts.real?.map((d) => resolve(d));
  const dir = opts.dir ?? join(tmpdir(), real ? `triangulate-bench-real-${opts.size}-s${opts.seed}-${realTag(real)}` : `triangulate-bench-${opts.size}-s${opts.seed}`);
  const manifestPath = join(dir, 'manifest.json');
  let generated = null;
  if (!existsSync(manifestPath))
    generated = real
      ? await generateRealCorpus({ sources: real, articles: opts.size, out: dir, seed: opts.seed, analyze: (folder) => p.analyzePaths([folder]) })
      : generateCorpus({ articles: opts.size, out: dir, seed: opts.seed });
  /** @type {{ real?: boolean, stories: { story: string, planted: import('./generate.mjs').PlantedConflict[] }[] }} */
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const planted = manifest.stories.slice(0, opts.stories || undefined);
  const folders = planted.map((s) => join(dir, s.story));
  const bytes = folders.flatMap(articleFiles).reduce((n, f) => n + statSync(f).size, 0);

  const stopWatch = memoryWatch();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const onStory = (/** @type {number} */ done, /** @type {number} */ articles, /** @type {Record<string, number>} */ phases = {}) => {
    if (opts.progress && done % 500 === 0) console.error(`bench: ${done}/${folders.length} stories, ${articles} articles, ${(articles / ((performance.now() - t0) / 1000)).toFixed(1)} articles/s, rss ${Math.round(process.memoryUsage().rss / 1048576)} MB${opts.store === 'memory' ? `, stages ${JSON.stringify(roundTimes(phases))}` : ''}`);
  };
  const run =
    opts.store === 'memory' ? await memoryRun(p, folders, opts, onStory) : opts.store === 'embedded' ? await embeddedRun(p, folders, opts.threads, onStory) : await postgresRun(p, folders, opts.workers);
  const memory = stopWatch();
  // CPU time of every thread of this process and of the worker processes: on a loaded machine it shows what the run costs apart from what it waited for
  const cpu = process.cpuUsage(cpu0);
  const cases = planted.map((s, i) => ({ story: s.story, ...scoreCase(s.planted, run.stories[i].conflicts, p.surnameKey) }));
  const { articles, totalMs } = run;

  const floor = opts.floor ? await floorPass(folders) : null;
  const peer = opts.peer ? await peerPass(folders, opts.peer) : null;
  const probe = opts.probe.length ? await probePass(p, folders, opts.probe) : [];
  // real text has no planted answers: its quality is what `npm run eval` measures
  const quality = manifest.real ? null : totalScore(cases);
  return {
    corpus: manifest.real ? 'real' : 'synthetic', conflictsReported: run.stories.reduce((n, s) => n + s.conflicts.length, 0),
    size: opts.size, seed: opts.seed, store: opts.store, threads: opts.threads, cases: opts.cases, workers: opts.store === 'postgres' ? opts.workers : null, dir, generated,
    articles, stories: folders.length, MB: +(bytes / 1048576).toFixed(1), seconds: +(totalMs / 1000).toFixed(2),
    articlesPerSecond: +(articles / (totalMs / 1000)).toFixed(1), MBPerSecond: +(bytes / 1048576 / (totalMs / 1000)).toFixed(2),
    ingestArticlesPerSecond: run.ingestMs === null ? null : +(articles / (run.ingestMs / 1000)).toFixed(1),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6 + run.workersCpuSeconds).toFixed(1),
    stages: roundTimes(run.stages), phases: run.phases && roundTimes(run.phases), memory: { ...memory, workersMaxRssMB: run.workersMaxRssMB }, quality,
    floor: floor && { seconds: +(floor.ms / 1000).toFixed(2), pipelineOverFloor: +(totalMs / floor.ms).toFixed(1) },
    peer: peer && { articles: peer.articles, seconds: +(peer.ms / 1000).toFixed(2), articlesPerSecond: +(peer.articles / (peer.ms / 1000)).toFixed(1), pipelineOverPeer: +(totalMs / articles / (peer.ms / peer.articles)).toFixed(2) },
    probe,
    missed: !quality ? [] : cases.flatMap((c) => c.missed.map((m) => ({ story: c.story, kind: m.kind, values: m.values }))).slice(0, 20),
    falseAlarms: !quality ? [] : cases.flatMap((c) => c.falseAlarms.map((f) => ({ story: c.story, question: f.question, values: f.alternatives.map((x) => x.value) }))).slice(0, 20),
  };
}

/** The human-readable table. @param {Awaited<ReturnType<typeof runBench>>} r */
export function renderTable(r) {
  const q = r.quality;
  // stage times are summed over threads and processes (reading, cleaning and annotation run on several at once), so the shares are what to compare
  const stageTotal = Object.values(r.stages).reduce((a, b) => a + b, 0);
  const lines = [
    `triangulate bench — ${r.articles} articles in ${r.stories} stories (${r.MB} MB, ${r.corpus} text), ${setup(r)}`,
    `  end to end      ${r.seconds} s   ${r.articlesPerSecond} articles/s   ${r.MBPerSecond} MB/s   (CPU ${r.cpuSeconds} s)`,
    ...(r.ingestArticlesPerSecond === null ? [] : [`  ingest          ${r.ingestArticlesPerSecond} articles/s (read, quick annotate, store; before story recomputes)`]),
    ...Object.entries(r.stages).map(([k, v]) => `  ${k.padEnd(15)} ${(v / 1000).toFixed(2).padStart(8)} s  ${((100 * v) / stageTotal).toFixed(1).padStart(5)} %`),
    ...(r.phases ? [`  phases (wall)   ${Object.entries(r.phases).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(', ')}`] : []),
    `  peak RSS        sampled ${r.memory.sampledMB} MB, maxRSS ${r.memory.maxRssMB} MB${r.memory.workersMaxRssMB.length ? `, worker processes ${r.memory.workersMaxRssMB.join(' + ')} MB` : ''}`,
    q
      ? `  planted         found ${q.found}/${q.planted} (recall ${q.recall.toFixed(3)})   false alarms ${q.falseAlarms}/${q.reported} (${(100 * q.falseAlarmRate).toFixed(1)} %)`
      : `  conflicts       ${r.conflictsReported} reported (real text: nothing planted; its quality is what npm run eval measures)`,
  ];
  if (r.floor) lines.push(`  floor           ${r.floor.seconds} s (read + tokenize + split): pipeline is ${r.floor.pipelineOverFloor}x the floor`);
  if (r.peer) lines.push(`  peer            ${r.peer.articlesPerSecond} articles/s on ${r.peer.articles} articles (compromise people/places/organizations): pipeline takes ${r.peer.pipelineOverPeer}x the peer's time per article`);
  for (const row of r.probe) lines.push(`  one case of ${String(row.articles).padStart(5)}: ${JSON.stringify(row)}`);
  return lines.join('\n');
}

/** How the run was set up, in words. @param {Awaited<ReturnType<typeof runBench>>} r */
function setup(r) {
  if (r.store === 'memory') return `store memory, ${r.threads ? `${r.threads} worker threads` : 'serial'}, ${r.cases} case(s) at a time`;
  return r.store === 'postgres' ? `store postgres, ${r.workers} worker process(es)` : `store embedded (PGlite), ${r.threads ? `${r.threads} worker threads` : 'this thread only'}, one ingest of every story folder`;
}

/** @param {string[]} argv @returns {BenchOptions} */
export function parseArgs(argv) {
  const arg = (/** @type {string} */ name, /** @type {string} */ fallback) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
  };
  return {
    size: parseSize(arg('size', '1k')),
    seed: Number(arg('seed', '1')),
    threads: Number(arg('threads', '0')),
    cases: Number(arg('cases', '1')),
    store: arg('store', 'memory'),
    workers: Number(arg('workers', '1')),
    stories: Number(arg('stories', '0')),
    peer: argv.includes('--no-peer') ? 0 : Number(arg('peer-sample', '1000')),
    floor: !argv.includes('--no-floor'),
    probe: arg('probe', '').split(',').filter(Boolean).map(Number),
    progress: !argv.includes('--quiet'),
    dir: arg('dir', '') || undefined,
    real: arg('real', '') ? arg('real', '').split(',').filter(Boolean) : undefined,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runBench(parseArgs(process.argv.slice(2)));
  console.log(renderTable(result));
  console.log(JSON.stringify(result));
}
