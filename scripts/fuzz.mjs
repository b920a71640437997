#!/usr/bin/env node
// Runs the fuzz corpus (scripts/fuzz-corpus.mjs) through `triangulate analyze` and `triangulate ingest` with a time and
// memory budget, and checks: no crash, no stack trace, no hang, every file that must be skipped named with its reason,
// exit codes as documented (3: done, some files skipped), nothing read through an external entity; reports peak memory.
// Needs the build (npm run build). Exits 1 when a check fails.
// Usage: node scripts/fuzz.mjs [--size small|full] [--seed N] [--dir DIR] [--budget SECONDS] [--max-rss-mb MB]
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateFuzzCorpus, SIZES } from './fuzz-corpus.mjs';

const root = resolve(import.meta.dirname, '..');

// prints the process's peak resident memory (KB, worker threads included) as the last line of stderr
const PEAK = "data:text/javascript,import{writeSync}from'node:fs';process.on('exit',()=>{try{writeSync(2,'\\npeak-rss-kb '+process.resourceUsage().maxRSS+'\\n')}catch{}})";

/** Budgets per corpus size: seconds per command and peak memory in MB. */
export const BUDGETS = { small: { seconds: 120, rssMb: 1600 }, full: { seconds: 1800, rssMb: 4096 } };

const STACK = /^\s+at .+:\d+:\d+\)?$|\n\s+at (?:async )?[\w.<>]+ \(/m;
const INTERNAL = /\[object \w+\]|\b(?:RangeError|TypeError|ReferenceError|SyntaxError: Unexpected token .* in JSON at)\b|Maximum call stack/;
// the same removal the CLI applies before printing a path (control characters, newlines and tabs kept)
const shown = (s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/** Runs one command (argv after node) with a time budget; resolves with its exit code, output, peak memory and whether it was killed. */
export function runBounded(argv, { seconds, env = {}, cwd = root }) {
  const child = spawn(process.execPath, ['--import', PEAK, ...argv], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const start = Date.now();
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, seconds * 1000);
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const peak = /\npeak-rss-kb (\d+)\n?$/.exec(stderr);
      done({ code, signal, hung, seconds: (Date.now() - start) / 1000, stdout, stderr: peak ? stderr.slice(0, peak.index) : stderr, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : null });
    }),
  );
}

/** Removes a fuzz work folder (the corpus has a folder without permissions). */
export function removeCorpus(work) {
  try {
    chmodSync(join(work, 'corpus/names/unreadable-dir'), 0o700);
  } catch {}
  rmSync(work, { recursive: true, force: true });
}

/** The checks on one run; returns the list of failures (empty when all hold). */
export function checkRun(name, run, manifest, corpus, { rssMb }) {
  const failures = [];
  const out = `${run.stdout}\n${run.stderr}`;
  if (run.hung) failures.push(`${name}: did not finish within its time budget (hang)`);
  else if (run.signal) failures.push(`${name}: crashed with ${run.signal}`);
  else if (run.code !== 3) failures.push(`${name}: exit code ${run.code}, expected 3 (done, some files skipped)`);
  if (STACK.test(out)) failures.push(`${name}: printed a stack trace: ${out.match(STACK)?.[0]}`);
  const internal = out.match(INTERNAL);
  if (internal) failures.push(`${name}: printed an internal error: ${out.slice(Math.max(0, internal.index - 120), internal.index + 80)}`);
  if (/root:x:0:0/.test(out)) failures.push(`${name}: printed the content of /etc/passwd (external entity resolved)`);
  if (run.peakMb !== null && run.peakMb > rssMb) failures.push(`${name}: peak memory ${run.peakMb} MB over the budget of ${rssMb} MB`);
  const warned = run.stderr.split('\n').filter((l) => /^(warning|error|skipped)\b/.test(l));
  for (const [file, { skip, why }] of Object.entries(manifest.files)) {
    const path = shown(join(corpus, file));
    const named = run.stderr.includes(path) && warned.some((l) => l.includes(path.split('\n').at(-1)));
    if (skip === true && !named) failures.push(`${name}: ${JSON.stringify(file)} (${why}) was not reported as skipped`);
    if (skip === false && warned.some((l) => l.includes(path))) failures.push(`${name}: ${JSON.stringify(file)} (${why}) was reported but should have been read`);
  }
  return failures;
}

/**
 * Generates the corpus and runs analyze and ingest on it. `cli` is the command that starts triangulate (argv after
 * node): by default the built bin/triangulate.js. Resolves with the runs and the failures.
 */
export async function runFuzz({ size = 'small', seed = 1, dir, cli = [join(root, 'bin/triangulate.js')], budget = BUDGETS[size], env = {}, threads, together = false } = {}) {
  const work = dir ?? mkdtempSync(join(tmpdir(), 'triangulate-fuzz-'));
  const corpus = join(work, 'corpus');
  const manifest = generateFuzzCorpus(corpus, { size, seed });
  const report = join(work, 'report.json');
  const threadArgs = threads === undefined ? [] : ['--threads', String(threads)];
  if (SIZES[size].maxFileBytes) env = { TRIANGULATE_MAX_FILE_BYTES: String(SIZES[size].maxFileBytes), ...env };
  // the two commands run at the same time unless told otherwise (they share nothing but the corpus, which they only read)
  const runAnalyze = () => runBounded([...cli, 'analyze', corpus, '--quiet', '--json', report, ...threadArgs], { seconds: budget.seconds, env });
  const runIngest = () => runBounded([...cli, 'ingest', corpus, '--db', join(work, 'db'), ...threadArgs], { seconds: budget.seconds, env: { DATABASE_URL: '', ...env } });
  const [analyze, ingest] = together ? await Promise.all([runAnalyze(), runIngest()]) : [await runAnalyze(), await runIngest()];
  const failures = [...checkRun('analyze', analyze, manifest, corpus, { rssMb: budget.rssMb }), ...checkRun('ingest', ingest, manifest, corpus, { rssMb: budget.rssMb })];
  try {
    if (/root:x:0:0/.test(readFileSync(report, 'utf8'))) failures.push('analyze: the JSON report holds /etc/passwd (external entity resolved)');
  } catch {
    failures.push('analyze: wrote no JSON report');
  }
  return { work, corpus, files: Object.keys(manifest.files).length, analyze, ingest, failures };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const size = opt('--size', 'small');
  if (!BUDGETS[size]) {
    process.stderr.write('usage: node scripts/fuzz.mjs [--size small|full] [--seed N] [--dir DIR] [--budget SECONDS] [--max-rss-mb MB]\n');
    process.exit(2);
  }
  const budget = { seconds: Number(opt('--budget', BUDGETS[size].seconds)), rssMb: Number(opt('--max-rss-mb', BUDGETS[size].rssMb)) };
  const dir = opt('--dir', undefined);
  const r = await runFuzz({ size, seed: Number(opt('--seed', '1')), dir, budget });
  const line = (name, run) =>
    `${name}: exit ${run.code}${run.hung ? ' (killed: over budget)' : ''}, ${run.seconds.toFixed(1)} s, peak memory ${run.peakMb ?? '?'} MB, ${run.stderr.split('\n').filter((l) => /^(warning|error)/.test(l)).length} warnings\n`;
  process.stdout.write(`fuzz corpus (${size}): ${r.files} files in ${r.corpus}\n${line('analyze', r.analyze)}${line('ingest', r.ingest)}`);
  for (const f of r.failures) process.stdout.write(`FAIL ${f}\n`);
  process.stdout.write(r.failures.length ? `${r.failures.length} checks failed\n` : 'all checks passed: no crash, no stack trace, no hang, every skipped file named\n');
  if (!dir && !r.failures.length) removeCorpus(r.work);
  process.exitCode = r.failures.length ? 1 : 0;
}
