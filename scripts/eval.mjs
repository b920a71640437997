#!/usr/bin/env node
// Scores the report of every story folder that has a gold.json — examples/*, ../shared/eval/seeds and
// ../shared/eval/stories/* by default, or the folders given — with ../shared/eval/score.mjs. Prints one
// score line per story (with the count of report entities that match no gold entity), then the mean and the worst value of each score over all stories.
// Usage: node scripts/eval.mjs [FOLDER...] [--verbose] [--json FILE]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { tuneEngine } from '../dist/engine.js';

// the engine settings the command line runs with, before the pipeline's modules load (src/engine.ts)
tuneEngine();
const [{ analyzePaths }, { buildReport }] = await Promise.all([import('../dist/pipeline.js'), import('../dist/report/index.js')]);

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared/eval');
const scorer = join(shared, 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const jsonAt = args.indexOf('--json');
const jsonOut = jsonAt >= 0 ? args[jsonAt + 1] : null;
const subfolders = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(dir, d.name))
        .sort()
    : [];
let folders = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--json');
if (!folders.length) {
  folders = [...subfolders(join(root, 'examples')), join(shared, 'seeds'), ...subfolders(join(shared, 'stories'))];
  folders = folders.filter((f) => existsSync(join(f, 'gold.json')));
}
if (!existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer}`);
  process.exit(1);
}
// name matching as ../shared/eval/score.mjs does it (case, diacritics, punctuation, the Arabic article, generic facility words)
const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212_]/g, '-')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((t) => t && t !== 'al' && t !== 'el')
    .join(' ');
const compact = (s) => fold(s).replace(/ /g, '');
const GENERIC = new Set(['air', 'base', 'airbase', 'naval', 'facility', 'port', 'airport', 'the', 'navy', 'military']);
const core = (s) =>
  fold(s)
    .split(' ')
    .filter((t) => !GENERIC.has(t))
    .join(' ');
const same = (a, b) => {
  const ca = compact(a);
  const cb = compact(b);
  if (!ca || !cb) return false;
  if (ca === cb || ca === cb.replace(/^al/, '') || cb === ca.replace(/^al/, '')) return true;
  const ka = core(a);
  return ka !== '' && ka === core(b);
};

/** The report's entities that no gold entity names by any spelling (of any type): junk, or names the gold leaves out. */
function unmatchedEntities(report, gold) {
  const goldSpellings = (gold.entities ?? []).flatMap((g) => [g.name, ...(g.aliases ?? [])]);
  return (report.entities ?? []).filter((e) => ![e.name, ...(e.aliases ?? [])].some((s) => goldSpellings.some((x) => same(s, x))));
}

const dir = mkdtempSync(join(tmpdir(), 'triangulate-eval-'));
const results = [];
let failed = 0;
for (const folder of folders) {
  const gold = join(folder, 'gold.json');
  if (!existsSync(gold)) {
    console.error(`eval: ${folder} has no gold.json, skipped`);
    continue;
  }
  const name = basename(folder);
  const report = buildReport(await analyzePaths([folder]));
  const file = join(dir, `${folder.replace(/[^\w]+/g, '_')}.json`);
  writeFileSync(file, JSON.stringify(report));
  try {
    const out = execFileSync(process.execPath, [scorer, file, gold, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    if (verbose) console.log(`--- ${name}\n${lines.slice(0, -1).join('\n')}`);
    const scores = JSON.parse(lines[lines.length - 1]);
    const unmatched = unmatchedEntities(report, JSON.parse(readFileSync(gold, 'utf8')));
    scores.entitiesUnmatched = unmatched.length;
    if (verbose) console.log(`report entities matching no gold entity (${unmatched.length}):\n  ${unmatched.map((e) => `${e.type}:${e.name}`).join('\n  ') || '-'}`);
    results.push({ story: name, scores });
    console.log(`${name}: ${JSON.stringify(scores)}`);
  } catch (err) {
    failed++;
    console.error(`eval: scoring ${folder} failed: ${err instanceof Error ? err.message : err}`);
  }
}

// mean and worst of each rate (null = the story's gold has nothing of that kind, so it does not count)
const RATES = ['entityRecall', 'merge', 'conflictRecall', 'eventRecall', 'eventDates', 'syndication', 'documentDates'];
const summary = { mean: {}, worst: {} };
for (const key of RATES) {
  const vals = results.map((r) => r.scores[key]).filter((v) => typeof v === 'number');
  if (!vals.length) continue;
  summary.mean[key] = +(vals.reduce((a, b) => a + b, 0) / vals.length).toFixed(3);
  const min = Math.min(...vals);
  summary.worst[key] = { value: min, story: results.find((r) => r.scores[key] === min).story };
}
const sum = (key) => results.reduce((a, r) => a + (r.scores[key] ?? 0), 0);
summary.splitErrors = sum('splitErrors');
summary.conflictsReported = sum('conflictsReported');
summary.conflictsUnmatched = sum('conflictsUnmatched');
summary.entitiesUnmatched = sum('entitiesUnmatched');
console.log(`mean: ${JSON.stringify(summary.mean)}`);
console.log(
  `worst: ${JSON.stringify(Object.fromEntries(Object.entries(summary.worst).map(([k, w]) => [k, `${w.value} (${w.story})`])))}`,
);
console.log(
  `totals: splitErrors ${summary.splitErrors}, conflicts reported ${summary.conflictsReported}, unmatched ${summary.conflictsUnmatched}, entities matching no gold entity ${summary.entitiesUnmatched}`,
);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ stories: results, ...summary }, null, 2));
process.exit(failed ? 1 : 0);
