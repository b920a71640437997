import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { BossQueue } from './boss.js';
import type { JobQueue } from './jobQueue.js';
import { acquireLock, describeHolder, type LockOptions } from './lockfile.js';
import { migrate } from './migrations.js';
import { PGliteDialect } from './pglite.js';
import { TableQueue } from './queue.js';
import type { Database } from './schema.js';

/** An open case-file database: embedded PGlite in a folder, or a PostgreSQL server. */
export interface Store {
  db: Kysely<Database>;
  kind: 'embedded' | 'postgres';
  /** hands the ledger's jobs to workers: the jobs table itself (embedded), pg-boss (PostgreSQL) */
  queue: JobQueue;
  /** folder or URL (password hidden) */
  location: string;
  /** inputs stored through this handle since the embedded store was last vacuumed (see `vacuumIfDue`) */
  written: number;
  close(): Promise<void>;
}

export const DEFAULT_DIR = '.triangulate';

/** Where the store lives: --db (folder or postgres:// URL), else DATABASE_URL, else .triangulate in the working directory. */
export function storeTarget(db: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return db ?? env.DATABASE_URL ?? DEFAULT_DIR;
}

export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

export interface OpenOptions {
  /** embedded store: waiting for another process that has it open (default: wait up to $TRIANGULATE_LOCK_TIMEOUT s, else 60 s, saying so on stderr) */
  lock?: LockOptions;
}

/** Opens (creating when needed) the store and applies pending migrations. An embedded store is held by one process at a time. */
export async function openStore(target: string, opts: OpenOptions = {}): Promise<Store> {
  const store = isPostgresUrl(target) ? openPostgres(target) : await openEmbedded(target, opts.lock);
  try {
    await migrate(store.db);
    await store.startQueue();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

type Opening = Store & { startQueue(): Promise<void> };

// PGlite's default buffer cache (128 MB) is small for a case file of tens of thousands of articles
const EMBEDDED_SETTINGS = ['-c', 'shared_buffers=256MB'];

const tellWaiting: NonNullable<LockOptions['onWait']> = (holder, timeoutMs) =>
  process.stderr.write(`waiting for ${describeHolder(holder)}, which has the case file open (up to ${Math.round(timeoutMs / 1000)} s)…\n`);

async function openEmbedded(dir: string, lockOptions: LockOptions = {}): Promise<Opening> {
  await mkdir(dir, { recursive: true });
  const lock = await acquireLock(dir, { onWait: tellWaiting, ...lockOptions });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: dir, startParams: [...PGlite.defaultStartParams, ...EMBEDDED_SETTINGS] });
  } catch (err) {
    await lock.release();
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  let closed: Promise<void> | null = null;
  const close = () => {
    closed ??= db.destroy().finally(() => lock.release());
    return closed;
  };
  return { db, kind: 'embedded', location: dir, written: 0, queue: new TableQueue(db), startQueue: async () => {}, close };
}

function openPostgres(url: string): Opening {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // an idle client losing its server must not crash the process; the next query reports it
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let queue: BossQueue | null = null;
  let closed: Promise<void> | null = null;
  const store: Opening = {
    db,
    kind: 'postgres',
    location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    written: 0,
    get queue(): JobQueue {
      if (!queue) throw new Error('the job queue is not started');
      return queue;
    },
    // after the case file's migrations: the jobs table must have boss_id before unsent jobs are handed over
    startQueue: async () => {
      queue = await BossQueue.start(db, pool);
    },
    close: () => {
      closed ??= (queue?.close() ?? Promise.resolve()).finally(() => db.destroy());
      return closed;
    },
  };
  return store;
}

// PGlite runs PostgreSQL in single-user mode, where autovacuum never starts: the case file vacuums itself
const VACUUM_EVERY = 2000;

/**
 * Embedded store: after `inputs` more inputs were stored, vacuums and analyses once enough have accumulated, so dead
 * rows (every job and story update leaves one) do not pile up and the planner knows the tables' sizes. A PostgreSQL
 * server does this itself (autovacuum). Returns whether it ran.
 */
export async function vacuumIfDue(store: Store, inputs: number): Promise<boolean> {
  if (store.kind !== 'embedded') return false;
  store.written += inputs;
  if (store.written < VACUUM_EVERY) return false;
  await sql`vacuum analyze`.execute(store.db);
  store.written = 0;
  return true;
}
