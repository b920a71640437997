import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { analyzePaths } from '../../src/pipeline.js';
import { type Database, enqueue, ensureStory, jobCounts, jobKey, loadAnalysis, migrate, migrations, saveResults, TableQueue, vacuumIfDue } from '../../src/store/index.js';
import { PGliteDialect } from '../../src/store/pglite.js';

const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite()) });

afterAll(async () => {
  await db.destroy();
});

it('keeps results stored before the results became text, and reads them back unchanged', async () => {
  expect(await migrate(db, migrations.slice(0, 1))).toEqual(['001-case-file']);
  const analysis = await analyzePaths(['examples/caspian-ferry-fire']);
  const storyId = await ensureStory(db, 'old');
  const articleIds = new Map<string, number>();
  for (const d of analysis.documents) {
    const row = await db
      .insertInto('articles')
      .values({ content_hash: d.contentHash, source: d.path, raw: '{}', keys: '[]', published: null, story_id: storyId })
      .returning('id')
      .executeTakeFirstOrThrow();
    articleIds.set(d.id, row.id);
  }
  await db.transaction().execute((trx) => saveResults(trx, storyId, analysis, articleIds));
  // rows written before entities referred to their mentions by position held full copies: keep one such row
  await db
    .updateTable('entities')
    .set({ data: JSON.stringify(analysis.entities[0]) })
    .where('story_id', '=', storyId)
    .where('position', '=', 0)
    .execute();
  expect(await migrate(db, migrations.slice(0, 3))).toEqual(['002-results-as-text', '003-story-indexes']);
  const loaded = await loadAnalysis(db, storyId);
  const { times: _t, ...expected } = analysis;
  const { times: _l, ...got } = loaded!;
  expect(JSON.parse(JSON.stringify({ ...got, cross: { ...got.cross, origins: [...got.cross.origins] } }))).toEqual(
    JSON.parse(JSON.stringify({ ...expected, cross: { ...expected.cross, origins: [...expected.cross.origins] } })),
  );
  // results computed before stable ids are recomputed once: 004 marks their story stale
  await db.updateTable('stories').set({ changed_seq: 5, computed_seq: 5 }).where('id', '=', storyId).execute();
  expect(await migrate(db, migrations.slice(0, 4))).toEqual(['004-stable-ids']);
  const story = await db.selectFrom('stories').select(['changed_seq', 'computed_seq']).where('id', '=', storyId).executeTakeFirstOrThrow();
  expect(story.changed_seq).toBeGreaterThan(story.computed_seq);
  // the later migrations (the review tables…) apply after it; a second open applies nothing
  expect(await migrate(db)).toEqual(migrations.slice(4).map((m) => m.name));
  expect(await migrate(db)).toEqual([]);
  // the questions asked for every story use the indexes, not a scan of every row
  const plan = async (query: string) => (await sql<{ 'QUERY PLAN': string }>`explain ${sql.raw(query)}`.execute(db)).rows.map((r) => r['QUERY PLAN']).join('\n');
  await sql`set enable_seqscan = off`.execute(db);
  expect(await plan(`select message from ingest_records where story = 'old' and status <> 'ok'`)).toMatch(/ingest_records_story_problems/);
  expect(await plan('select id from stories where changed_seq > computed_seq')).toMatch(/stories_stale/);
  await sql`set enable_seqscan = on`.execute(db);
});

it('counts the jobs of a batch larger than one statement can list', async () => {
  await migrate(db);
  await enqueue(db, [{ source: 'a.txt', input: 'a.txt', story: null, item: null, content: new TextEncoder().encode('text') }], []);
  const keys = [...Array.from({ length: 70_000 }, (_, i) => `missing-${i}`), jobKey({ source: 'a.txt', item: null, content: new TextEncoder().encode('text') })];
  expect(await jobCounts(db, keys)).toEqual({ queued: 1, done: 0, failed: 0 });
});

it('vacuums the embedded store once enough inputs were stored, never a server', async () => {
  const store = { db, kind: 'embedded' as const, location: 'memory', written: 0, queue: new TableQueue(db), close: async () => {} };
  expect(await vacuumIfDue(store, 1999)).toBe(false);
  expect(await vacuumIfDue(store, 1)).toBe(true);
  expect(store.written).toBe(0);
  expect(await vacuumIfDue({ ...store, kind: 'postgres' }, 5000)).toBe(false);
});
