#!/usr/bin/env node
// Runs the report on every story folder given (default: examples/* and ../shared/eval/seeds) that has a gold.json,
// scores it with shared/eval/score.mjs, and prints one score line per story.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzePaths } from '../dist/pipeline.js';
import { buildReport } from '../dist/report/index.js';

const root = resolve(import.meta.dirname, '..');
const scorer = resolve(root, '../shared/eval/score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let folders = args.filter((a) => !a.startsWith('--'));
if (!folders.length) {
  folders = readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, 'examples', d.name));
  const seeds = resolve(root, '../shared/eval/seeds');
  if (existsSync(seeds)) folders.push(seeds);
}
if (!existsSync(scorer)) {
  console.error(`eval: scorer not found at ${scorer}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'triangulate-eval-'));
let failed = 0;
for (const folder of folders) {
  const gold = join(folder, 'gold.json');
  if (!existsSync(gold)) {
    console.error(`eval: ${folder} has no gold.json, skipped`);
    continue;
  }
  const report = buildReport(await analyzePaths([folder]));
  const file = join(dir, `${folder.replace(/[^\w]+/g, '_')}.json`);
  writeFileSync(file, JSON.stringify(report));
  try {
    const out = execFileSync(process.execPath, [scorer, file, gold, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    if (verbose) console.log(lines.slice(0, -1).join('\n'));
    console.log(`${folder}: ${lines[lines.length - 1]}`);
  } catch (err) {
    failed++;
    console.error(`eval: scoring ${folder} failed: ${err instanceof Error ? err.message : err}`);
  }
}
process.exit(failed ? 1 : 0);
