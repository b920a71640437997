import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { storyReport } from '../../src/casefile/index.js';
import { listStories, type Store } from '../../src/store/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loader = fileURLToPath(new URL('./tsLoader.mjs', import.meta.url));
const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** Server the PostgreSQL tests use; each test file makes its own database on it. */
export const PG_URL = process.env.TRIANGULATE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    console.warn(`skipping PostgreSQL tests: no server answers at ${PG_URL} (start it, or set TRIANGULATE_TEST_PG)`);
    return false;
  }
}

/** A database name no other test run uses at the same time (suites of several checkouts share one server). */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates a fresh database and returns its URL. */
export async function createDatabase(name: string): Promise<string> {
  await adminQuery(`drop database if exists ${name} with (force)`);
  await adminQuery(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return url.href;
}

export async function dropDatabase(name: string): Promise<void> {
  await adminQuery(`drop database if exists ${name} with (force)`);
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Starts the case-file CLI (test/store/cli.ts) as a child process running the TypeScript sources. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', loader, cli, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: '', ...env } });
}

/** Runs the CLI to its end; resolves with its exit code and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => {
    stdout += d;
  });
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Starts the CLI and kills it with SIGKILL once its stderr has shown `lines` lines (of --verbose) starting with "ok ". */
export function killAfter(args: string[], lines: number, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const child = startCli([...args, '--verbose'], env);
  let seen = 0;
  child.stderr?.on('data', (d: Buffer) => {
    seen += String(d)
      .split('\n')
      .filter((l) => l.startsWith('ok ')).length;
    if (seen >= lines) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('close', () => resolve(seen)));
}

/** The store's content in a canonical order, without ids and times: articles by hash, ingest records, jobs, story membership and documents. */
export async function canonicalDump(store: Store) {
  const { db } = store;
  const stories = await db.selectFrom('stories').select(['id', 'name', 'changed_seq', 'computed_seq']).execute();
  const storyName = new Map(stories.map((s) => [s.id, s.name]));
  const articles = await db.selectFrom('articles').select(['id', 'content_hash', 'source', 'story_id']).orderBy('content_hash').execute();
  const hashOf = new Map(articles.map((a) => [a.id, a.content_hash]));
  const records = await db.selectFrom('ingest_records').select(['source', 'input', 'story', 'status', 'reason', 'article_id']).orderBy('source').execute();
  const jobs = await db.selectFrom('jobs').select(['key', 'status']).orderBy('key').execute();
  const documents = await db.selectFrom('documents').select(['story_id', 'doc_id', 'content_hash']).execute();
  // each current story's claims and conflicts as its report gives them
  const results: [string, string, string][] = [];
  for (const s of stories) {
    if (s.changed_seq > s.computed_seq) continue;
    const { report } = await storyReport(store, s.name);
    results.push([s.name, JSON.stringify(report.claims), JSON.stringify(report.conflicts)]);
  }
  return {
    articles: articles.map((a) => [a.content_hash, a.source, a.story_id === null ? null : storyName.get(a.story_id)]),
    records: records.map((r) => [r.source, r.input, r.story, r.status, r.reason, r.article_id === null ? null : hashOf.get(r.article_id)]),
    jobs: jobs.map((j) => [j.key, j.status]),
    stories: stories.map((s) => [s.name, s.changed_seq > s.computed_seq ? 'stale' : 'current']).sort(),
    documents: documents.map((d) => [storyName.get(d.story_id), d.doc_id, d.content_hash]).sort(),
    results: results.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
