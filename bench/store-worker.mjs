// @ts-check
// A bench worker process: works a PostgreSQL store's queue until idle, then tells its parent when it stored its last
// article (epoch milliseconds), its peak RSS, its CPU seconds and its milliseconds per stage. Usage (from stores.mjs): node store-worker.mjs postgres://…
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = (/** @type {string} */ p) => pathToFileURL(join(resolve(import.meta.dirname, '..'), 'dist', p)).href;
// the engine settings the command line runs with (src/engine.ts)
(await import(dist('engine.js'))).tuneEngine();
const [{ openStore }, { work }, { stageSums }] = await Promise.all([import(dist('store/index.js')), import(dist('casefile/index.js')), import('./stores.mjs')]);

const store = await openStore(process.argv[2]);
let lastStoredAt = performance.timeOrigin + performance.now();
const sums = stageSums();
try {
  await work(store, {
    untilIdle: true,
    pollMs: 50,
    onEvent: (/** @type {{ type: string, ms?: Record<string, number> }} */ e) => {
      sums.add(e);
      if (e.type === 'stored') lastStoredAt = performance.timeOrigin + performance.now();
    },
  });
} finally {
  await store.close();
}
const cpu = process.cpuUsage();
process.send?.({ lastStoredAt, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), cpuSeconds: (cpu.user + cpu.system) / 1e6, stages: sums.stages }, () => process.disconnect());
