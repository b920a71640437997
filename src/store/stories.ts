import { type Kysely, sql } from 'kysely';
import { IN_LIST, inSlices } from './slices.js';
import type { Database, Story } from './schema.js';

/** Returns the id of the named story, creating it when missing. */
export async function ensureStory(trx: Kysely<Database>, name: string): Promise<number> {
  await trx.insertInto('stories').values({ name }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const row = await trx.selectFrom('stories').select('id').where('name', '=', name).executeTakeFirstOrThrow();
  return row.id;
}

/** Marks stories changed: their results must be computed again. */
export async function touchStories(trx: Kysely<Database>, ids: number[]): Promise<void> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (const slice of inSlices(sorted, IN_LIST)) {
    await trx
      .updateTable('stories')
      .set({ changed_seq: sql<number>`nextval('change_seq')::int` })
      .where('id', 'in', slice)
      .execute();
  }
}

export interface StorySummary extends Story {
  documents: number;
  articles: number;
  stale: boolean;
}

/** Every story with its article count, document count (after cleaning) and whether its results are stale. */
export async function listStories(db: Kysely<Database>): Promise<StorySummary[]> {
  const rows = await db
    .selectFrom('stories')
    .selectAll('stories')
    .select((eb) => [
      eb.selectFrom('articles').select(sql<number>`count(*)::int`.as('n')).whereRef('articles.story_id', '=', 'stories.id').as('articles'),
      eb.selectFrom('documents').select(sql<number>`count(*)::int`.as('n')).whereRef('documents.story_id', '=', 'stories.id').as('documents'),
    ])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, articles: r.articles ?? 0, documents: r.documents ?? 0, stale: r.changed_seq > r.computed_seq }));
}

export async function findStory(db: Kysely<Database>, name: string): Promise<Story | undefined> {
  return db.selectFrom('stories').selectAll().where('name', '=', name).executeTakeFirst();
}

/** Moves every article of `from` into `into`, with its verdicts and notes, and deletes `from`. */
export async function mergeStories(db: Kysely<Database>, into: string, from: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const target = await requireStory(trx, into);
    const source = await requireStory(trx, from);
    if (target.id === source.id) throw new Error(`cannot merge story "${into}" into itself`);
    await trx.updateTable('articles').set({ story_id: target.id }).where('story_id', '=', source.id).execute();
    // the analyst's verdicts and notes go along (on an item both stories judged, the target's verdict stands)
    await sql`update verdicts set story_id = ${target.id} where story_id = ${source.id} and item_id not in (select item_id from verdicts where story_id = ${target.id})`.execute(trx);
    await trx.updateTable('notes').set({ story_id: target.id }).where('story_id', '=', source.id).execute();
    await trx.deleteFrom('stories').where('id', '=', source.id).execute();
    await touchStories(trx, [target.id]);
  });
}

/** Moves the documents `docIds` (ids of the story's last computed results: d1, d2…) of story `name` into a new story `newName`. */
export async function splitStory(db: Kysely<Database>, name: string, docIds: string[], newName: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const story = await requireStory(trx, name);
    if (story.changed_seq > story.computed_seq) throw new Error(`story "${name}" has changed since its documents were numbered: run "triangulate report ${name}" first`);
    const docs = await trx.selectFrom('documents').select(['doc_id', 'article_id']).where('story_id', '=', story.id).where('doc_id', 'in', docIds).execute();
    const missing = docIds.filter((id) => !docs.some((d) => d.doc_id === id));
    if (missing.length) throw new Error(`story "${name}" has no document ${missing.join(', ')}`);
    if (await findStory(trx, newName)) throw new Error(`a story named "${newName}" exists already`);
    const target = await ensureStory(trx, newName);
    await trx
      .updateTable('articles')
      .set({ story_id: target })
      .where(
        'id',
        'in',
        docs.map((d) => d.article_id),
      )
      .execute();
    await touchStories(trx, [story.id, target]);
  });
}

async function requireStory(trx: Kysely<Database>, name: string): Promise<Story> {
  const story = await findStory(trx, name);
  if (!story) throw new Error(`no story named "${name}"`);
  return story;
}

/** An article without a story, as story assignment needs it. */
export interface PendingArticle {
  id: number;
  source: string;
  title: string | null;
  keys: string[];
  published: string | null;
}

export async function unassignedArticles(db: Kysely<Database>): Promise<PendingArticle[]> {
  return db
    .selectFrom('articles')
    .select(['id', 'source', 'keys', 'published', sql<string | null>`raw->'meta'->>'title'`.as('title')])
    .where('story_id', 'is', null)
    .orderBy('source')
    .execute();
}

/** Keys and dates of every story's articles, for assignment. */
export async function storyProfiles(db: Kysely<Database>): Promise<{ id: number; name: string; keys: string[]; dates: string[] }[]> {
  const stories = await db.selectFrom('stories').select(['id', 'name']).orderBy('id').execute();
  const byId = new Map(stories.map((s) => [s.id, { ...s, keys: new Set<string>(), dates: [] as string[] }]));
  const rows = await db.selectFrom('articles').select(['story_id', 'keys', 'published']).where('story_id', 'is not', null).execute();
  for (const r of rows) {
    const s = byId.get(r.story_id as number);
    if (!s) continue;
    for (const k of r.keys) s.keys.add(k);
    if (r.published) s.dates.push(r.published);
  }
  return [...byId.values()].map((s) => ({ ...s, keys: [...s.keys] }));
}

/** Puts articles into stories (creating the named new ones) and marks those stories changed. */
export async function applyAssignments(trx: Kysely<Database>, assignments: { article: number; story: { id: number } | { create: string } }[]): Promise<void> {
  const members = new Map<number, number[]>();
  for (const a of assignments) {
    const id = 'id' in a.story ? a.story.id : await ensureStory(trx, a.story.create);
    members.set(id, [...(members.get(id) ?? []), a.article]);
  }
  for (const [storyId, articles] of members) {
    for (const slice of inSlices(articles, IN_LIST)) await trx.updateTable('articles').set({ story_id: storyId }).where('id', 'in', slice).execute();
  }
  await touchStories(trx, [...members.keys()]);
}

/** Whether a worker would find anything to do: a queued job, an article without a story, or a stale story. One query. */
export async function hasWork(db: Kysely<Database>): Promise<boolean> {
  // "order by id limit 1" lets the planner walk the partial index of stale stories instead of reading every story
  const row = await sql<{ work: boolean }>`select exists (select 1 from jobs where status = 'queued')
    or exists (select 1 from articles where story_id is null)
    or exists (select id from stories where changed_seq > computed_seq order by id limit 1) as work`.execute(db);
  return row.rows[0]?.work ?? true;
}
