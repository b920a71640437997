#!/usr/bin/env node
// Bounded load test of the workbench on this machine: starts `triangulate serve` in this process on 127.0.0.1 (a free
// port) over a story folder, then runs N concurrent clients for S seconds against the JSON API and prints the latency
// percentiles, the request rate and the error count (any response but 200, any failed request). Exits 1 on any error.
// Only ever talks to 127.0.0.1. Needs the build (npm run build).
// Usage: node scripts/load-test.mjs [--clients 50] [--seconds 20] [--json] [FOLDER]   (default folder: the example story)
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analysisSource, startServer } from '../dist/server/index.js';
import { runLoad } from '../dist/server/load.js';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { clients: { type: 'string', default: '50' }, seconds: { type: 'string', default: '20' }, json: { type: 'boolean', default: false } },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
if (!(Number.isInteger(clients) && clients > 0 && clients <= 1000 && seconds > 0 && seconds <= 600)) {
  process.stderr.write('usage: node scripts/load-test.mjs [--clients 1..1000] [--seconds 1..600] [--json] [FOLDER]\n');
  process.exit(2);
}
const folder = positionals[0] ?? join(root, 'examples/caspian-ferry-fire');
const source = analysisSource([folder]);
const [story] = await source.stories();
if (!story?.documents) {
  process.stderr.write(`error: no readable articles in ${folder}\n`);
  process.exit(1);
}
const report = await source.report(story.id);
const entity = report?.entities[0]?.id ?? 'e1';
const doc = report?.documents[0]?.id ?? 'd1';
const s = `/api/stories/${story.id}`;
const paths = ['/api/stories', s, `${s}/conflicts`, `${s}/claims`, `${s}/claims?status=contested`, `${s}/entities`, `${s}/entities/${entity}`, `${s}/events`, `${s}/graph`, `${s}/places`, `${s}/documents/${doc}`, `${s}/search?q=the`];
const server = await startServer(source, { port: 0, host: '127.0.0.1' });
try {
  const r = await runLoad(server.url, { clients, seconds, paths });
  if (values.json) process.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    process.stdout.write(
      `load test: ${r.clients} clients for ${r.seconds} s against ${server.url} (${paths.length} API paths in turn)\n` +
        `${r.requests} requests, ${r.perSecond}/s; latency p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms; errors: ${r.errors}\n`,
    );
    for (const e of r.samples) process.stdout.write(`  error: ${e}\n`);
  }
  process.exitCode = r.errors ? 1 : 0;
} finally {
  await server.close();
}
