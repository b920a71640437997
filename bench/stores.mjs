// @ts-check
// The bench's store variants: the whole corpus through the case file (src/casefile), one story per generated story folder,
// in the embedded store (PGlite, in process) or in PostgreSQL with N worker processes, then each story's report read back.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import pg from 'pg';

/** The server the PostgreSQL variant uses; the bench creates and drops its own database there. */
export const POSTGRES_SERVER = 'postgres://postgres@127.0.0.1:5432';
const ADMIN_DATABASE = 'test';

/** @typedef {{ openStore: Function, ingest: Function, storyReport: Function }} CaseFile */
/** @typedef {{ story: string, conflicts: { kind: string, question: string, alternatives: { value: string, docs: string[] }[] }[] }} StoryConflicts */
/**
 * What a store run measured: articles stored, milliseconds of the ingest phase (read + quick annotate + write, until the
 * last article is stored) and of the whole run (with story recomputes and reading every report back), peak RSS per process.
 * `stages` sums the milliseconds per stage that the case file reported with each stored input and computed story
 * (read, clean, annotate, resolve, claims, crosscheck, store), over every thread and process.
 * @typedef {{ articles: number, ingestMs: number, totalMs: number, stages: Record<string, number>, phases: Record<string, number>, workersMaxRssMB: number[], workersCpuSeconds: number, stories: StoryConflicts[] }} StoreRun
 */

/** Stage milliseconds summed from case-file events. */
export function stageSums() {
  /** @type {Record<string, number>} */
  const stages = { read: 0, clean: 0, annotate: 0, resolve: 0, claims: 0, crosscheck: 0, store: 0 };
  return {
    stages,
    /** @param {{ ms?: Record<string, number> }} e */
    add(e) {
      for (const [k, v] of Object.entries(e.ms ?? {})) stages[k] = (stages[k] ?? 0) + v;
    },
  };
}

/** Each story's conflicts from its stored report, with document ids replaced by file names as the scorer expects. @returns {StoryConflicts} */
function conflictsOf(/** @type {string} */ story, /** @type {any} */ report) {
  const fileOf = new Map(report.documents.map((/** @type {{ id: string, file: string }} */ d) => [d.id, d.file]));
  return {
    story,
    conflicts: report.conflicts.map((/** @type {any} */ c) => ({ kind: c.kind, question: c.question, alternatives: c.alternatives.map((/** @type {any} */ x) => ({ value: x.value, docs: x.docs.map((/** @type {string} */ d) => fileOf.get(d) ?? d) })) })),
  };
}

/** Reads every story's report back from the store (bringing stale results up to date first). @param {CaseFile} cf @param {any} store @param {string[]} folders */
async function reports(cf, store, folders) {
  const out = [];
  for (const folder of folders) out.push(conflictsOf(basename(folder), (await cf.storyReport(store, basename(folder))).report));
  return out;
}

/**
 * Embedded store: one `ingest` of every story folder, each folder its own story (`storyPerFolder`), with reading and
 * story computations in `threads` worker threads (0: all in this thread); then every story's report read back.
 * @param {CaseFile} cf @param {string[]} folders @param {number} threads @param {(done: number, articles: number) => void} onStory @returns {Promise<StoreRun>}
 */
export async function embeddedRun(cf, folders, threads, onStory) {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-bench-store-'));
  const store = await cf.openStore(dir);
  try {
    const t0 = performance.now();
    let lastStored = t0;
    let computed = 0;
    let stored = 0;
    const sums = stageSums();
    const summary = await cf.ingest(store, folders, {
      storyPerFolder: true,
      threads,
      onEvent: (/** @type {{ type: string, ms?: Record<string, number> }} */ e) => {
        sums.add(e);
        if (e.type === 'stored') {
          lastStored = performance.now();
          stored++;
        } else if (e.type === 'computed') onStory(++computed, stored);
      },
    });
    const ingested = performance.now();
    const stories = await reports(cf, store, folders);
    const end = performance.now();
    return {
      articles: summary.ok,
      ingestMs: lastStored - t0,
      totalMs: end - t0,
      stages: sums.stages,
      phases: { ingest: lastStored - t0, recompute: ingested - lastStored, report: end - ingested },
      workersMaxRssMB: [],
      workersCpuSeconds: 0,
      stories,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * PostgreSQL: a fresh database, every story folder queued under its story name, then `workers` processes working the queue
 * (store, then recompute each story), then every report read back; the database is dropped at the end.
 * @param {CaseFile} cf @param {string[]} folders @param {number} workers @returns {Promise<StoreRun>}
 */
export async function postgresRun(cf, folders, workers) {
  const database = `triangulate_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: `${POSTGRES_SERVER}/${ADMIN_DATABASE}` });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
    const url = `${POSTGRES_SERVER}/${database}`;
    const store = await cf.openStore(url);
    try {
      const t0 = performance.now();
      let articles = 0;
      for (const folder of folders) articles += (await cf.ingest(store, [folder], { story: basename(folder), wait: false })).queued;
      const queued = performance.now();
      const done = await Promise.all(Array.from({ length: workers }, () => runWorker(url)));
      const worked = performance.now();
      // each worker reports when it stored its last article, on the shared wall clock
      const lastStored = Math.max(...done.map((d) => d.lastStoredAt)) - performance.timeOrigin;
      const stories = await reports(cf, store, folders);
      const end = performance.now();
      return {
        articles,
        ingestMs: lastStored - t0,
        totalMs: end - t0,
        stages: done.reduce((sum, d) => {
          for (const [k, v] of Object.entries(d.stages)) sum[k] = (sum[k] ?? 0) + v;
          return sum;
        }, stageSums().stages),
        phases: { queue: queued - t0, store: lastStored - queued, recompute: worked - lastStored, report: end - worked },
        workersMaxRssMB: done.map((d) => d.maxRssMB),
        workersCpuSeconds: done.reduce((n, d) => n + d.cpuSeconds, 0),
        stories,
      };
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}

/** @typedef {{ lastStoredAt: number, maxRssMB: number, cpuSeconds: number, stages: Record<string, number> }} WorkerReport */
/** One worker process working the queue until idle. @param {string} url @returns {Promise<WorkerReport>} */
function runWorker(url) {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'store-worker.mjs'), [url], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    /** @type {WorkerReport | null} */
    let result = null;
    child.on('message', (m) => {
      result = /** @type {any} */ (m);
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`bench: store worker exited with code ${code}`))));
  });
}
