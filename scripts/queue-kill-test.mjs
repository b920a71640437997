#!/usr/bin/env node
// Exactly once on PostgreSQL, at full size: runs the suite's 4-worker test (test/store/postgres.test.ts) on 2,000 inputs.
// Four `triangulate worker` processes work a pg-boss queue; one is killed with SIGKILL after a fifth of the jobs are done
// and started again; the test then checks every input stored once (no lost, no duplicate article, record or document),
// every pg-boss job completed, the jobs the killed worker held taken again after their visibility timeout, and `status`
// clean. Needs PostgreSQL at 127.0.0.1:5432 (or TRIANGULATE_TEST_PG). The suite runs the same test at 300 inputs.
// Usage: node scripts/queue-kill-test.mjs [--inputs 2000]
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { inputs: { type: 'string', default: '2000' } } });
const inputs = Number(values.inputs);
if (!Number.isInteger(inputs) || inputs < 50) {
  console.error(`queue-kill-test: --inputs takes a whole number of at least 50, not "${values.inputs}"`);
  process.exit(2);
}
const run = spawnSync('npx', ['vitest', 'run', 'test/store/postgres.test.ts', '-t', '4 worker processes'], {
  cwd: resolve(import.meta.dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, TRIANGULATE_QUEUE_TEST_INPUTS: String(inputs) },
});
process.exit(run.status ?? 1);
