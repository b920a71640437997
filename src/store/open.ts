import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { migrate } from './migrations.js';
import { PGliteDialect } from './pglite.js';
import type { Database } from './schema.js';

/** An open case-file database: embedded PGlite in a folder, or a PostgreSQL server. */
export interface Store {
  db: Kysely<Database>;
  kind: 'embedded' | 'postgres';
  /** folder or URL (password hidden) */
  location: string;
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

/** Opens (creating when needed) the store and applies pending migrations. */
export async function openStore(target: string): Promise<Store> {
  const store = isPostgresUrl(target) ? openPostgres(target) : await openEmbedded(target);
  try {
    await migrate(store.db);
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}

async function openEmbedded(dir: string): Promise<Store> {
  await mkdir(dir, { recursive: true });
  const pglite = await PGlite.create({ dataDir: dir });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'embedded', location: dir, close: () => db.destroy() };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // an idle client losing its server must not crash the process; the next query reports it
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', location: url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'), close: () => db.destroy() };
}
