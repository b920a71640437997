import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.js';

/** A versioned schema change; applied once, in order, recorded in the migrations table. */
export interface Migration {
  name: string;
  up(db: Kysely<Database>): Promise<void>;
}

// biome-ignore lint/suspicious/noExplicitAny: migrations create the tables the typed schema describes
type AnyDb = Kysely<any>;

const resultTables = ['annotations', 'entities', 'claims', 'events', 'conflicts'] as const;

export const migrations: Migration[] = [
  {
    name: '001-case-file',
    async up(typed) {
      const db = typed as AnyDb;
      await sql`create sequence change_seq`.execute(db);
      await db.schema
        .createTable('stories')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('changed_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('computed_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('articles')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('raw', 'json', (c) => c.notNull())
        .addColumn('keys', 'json', (c) => c.notNull())
        .addColumn('published', 'text')
        .addColumn('story_id', 'integer', (c) => c.references('stories.id').onDelete('set null'))
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();
      await db.schema
        .createTable('ingest_records')
        .addColumn('source', 'text', (c) => c.primaryKey())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('story', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('message', 'json')
        .addColumn('article_id', 'integer', (c) => c.references('articles.id').onDelete('set null'))
        .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema
        .createTable('jobs')
        .addColumn('id', 'serial', (c) => c.primaryKey())
        .addColumn('key', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('input', 'text', (c) => c.notNull())
        .addColumn('story', 'text')
        .addColumn('item', 'json')
        .addColumn('content', 'bytea')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('queued'))
        .addColumn('error', 'text')
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
      await db.schema.createIndex('jobs_queued').on('jobs').column('id').where(sql.ref('status'), '=', 'queued').execute();
      await db.schema
        .createTable('documents')
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
        .addColumn('doc_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('article_id', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('document', 'json', (c) => c.notNull())
        .addPrimaryKeyConstraint('documents_pk', ['story_id', 'doc_id'])
        .execute();
      for (const table of resultTables) {
        await db.schema
          .createTable(table)
          .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('item_id', 'text', (c) => c.notNull())
          .addColumn('data', 'json', (c) => c.notNull())
          .addPrimaryKeyConstraint(`${table}_pk`, ['story_id', 'position'])
          .execute();
      }
      await db.schema
        .createTable('story_results')
        .addColumn('story_id', 'integer', (c) => c.primaryKey().references('stories.id').onDelete('cascade'))
        .addColumn('messages', 'json', (c) => c.notNull())
        .addColumn('origins', 'json', (c) => c.notNull())
        .addColumn('profiles', 'json', (c) => c.notNull())
        .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .execute();
    },
  },
  {
    // results are written once per computation and read back whole: stored as JSON text, they skip the server's JSON
    // validation on the way in and come back in one piece per list
    name: '002-results-as-text',
    async up(typed) {
      const db = typed as AnyDb;
      const columns: [string, string][] = [
        ['documents', 'document'],
        ...resultTables.map((t): [string, string] => [t, 'data']),
        ['story_results', 'messages'],
        ['story_results', 'origins'],
        ['story_results', 'profiles'],
      ];
      for (const [table, column] of columns) await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} type text`.execute(db);
    },
  },
  {
    // what each story computation and each worker loop asks for, found without reading every row: the problems of a
    // story's inputs, and the stale stories
    name: '003-story-indexes',
    async up(typed) {
      const db = typed as AnyDb;
      await sql`create index ingest_records_story_problems on ingest_records (story) where status <> 'ok'`.execute(db);
      await sql`create index stories_stale on stories (id) where changed_seq > computed_seq`.execute(db);
    },
  },
  {
    // results stored before ids became content-based carry running numbers (d1, p3, c2) that the next computation
    // would renumber: every computed story is marked stale, so it is recomputed once, with stable ids, before its report
    name: '004-stable-ids',
    async up(typed) {
      const db = typed as AnyDb;
      await sql`update stories set computed_seq = 0 where computed_seq > 0 and changed_seq > 0`.execute(db);
    },
  },
  {
    // the analyst's verdicts (one per conflict or claim) and notes (any item), per story, keyed by the item's content-based
    // id so that they stay attached when the story is recomputed; an item that disappears leaves its verdict orphaned
    name: '005-review-verdicts-notes',
    async up(typed) {
      const db = typed as AnyDb;
      await db.schema
        .createTable('verdicts')
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        .addColumn('rating', 'text', (c) => c.notNull())
        .addColumn('chosen_value', 'text')
        .addColumn('note', 'text')
        .addColumn('author', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('verdicts_pk', ['story_id', 'item_id'])
        .execute();
      await db.schema
        .createTable('notes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('story_id', 'integer', (c) => c.notNull().references('stories.id').onDelete('cascade'))
        .addColumn('item_id', 'text', (c) => c.notNull())
        .addColumn('item_kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('author', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notes_story').on('notes').columns(['story_id', 'at']).execute();
    },
  },
  {
    // PostgreSQL hands jobs to workers through pg-boss (src/store/boss.ts): each queued job of the ledger names the pg-boss
    // job that carries it, and the queued jobs not yet handed over (queued before this migration, or requeued) are found
    // by an index. pg-boss keeps its own tables in the pgboss schema, which it installs and migrates itself.
    name: '006-queue-pg-boss',
    async up(typed) {
      const db = typed as AnyDb;
      await sql`alter table jobs add column boss_id uuid`.execute(db);
      await sql`create index jobs_unsent on jobs (id) where status = 'queued' and boss_id is null`.execute(db);
    },
  },
];

// advisory lock key that serialises schema changes between processes opening the same database
const MIGRATION_LOCK = 74_611;

/** Applies the migrations not yet recorded, in one transaction, under a lock so concurrent openers wait. Returns the names applied. */
export async function migrate(db: Kysely<Database>, list: Migration[] = migrations): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await trx.schema
      .createTable('migrations')
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    const done = new Set((await trx.selectFrom('migrations').select('name').execute()).map((r) => r.name));
    const applied: string[] = [];
    for (const m of list) {
      if (done.has(m.name)) continue;
      await m.up(trx);
      await trx.insertInto('migrations').values({ name: m.name }).execute();
      applied.push(m.name);
    }
    return applied;
  });
}
