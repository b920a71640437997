import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { analyzePaths } from '../../src/pipeline.js';
import { type Database, ensureStory, loadAnalysis, migrate, migrations, saveResults } from '../../src/store/index.js';
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
  expect(await migrate(db)).toEqual(['002-results-as-text']);
  const loaded = await loadAnalysis(db, storyId);
  const { times: _t, ...expected } = analysis;
  const { times: _l, ...got } = loaded!;
  expect(JSON.parse(JSON.stringify({ ...got, cross: { ...got.cross, origins: [...got.cross.origins] } }))).toEqual(
    JSON.parse(JSON.stringify({ ...expected, cross: { ...expected.cross, origins: [...expected.cross.origins] } })),
  );
  // a second open applies nothing
  expect(await migrate(db)).toEqual([]);
});
