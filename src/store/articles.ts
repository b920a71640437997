import { type Kysely, sql } from 'kysely';
import type { RawArticle } from '../ingest/index.js';
import type { Message } from '../types.js';
import { writeRecord } from './queue.js';
import type { Database } from './schema.js';
import { IN_LIST, inSlices, ROWS_PER_INSERT } from './slices.js';
import { ensureStory, touchStories } from './stories.js';

/** One input read by a worker, ready to store. */
export interface ArticleWrite {
  source: string;
  input: string;
  /** story named on the command line, or null for automatic assignment */
  story: string | null;
  outcome:
    | { status: 'ok'; article: RawArticle; hash: string; keys: string[]; published: string | null; rawJson?: string }
    | { status: 'skipped' | 'failed'; message: Message };
}

/**
 * Stores one input inside the caller's transaction: the article once per content hash (keeping the smallest source),
 * its story membership when a story was named, the ingest record, and the removal of the content this source held before
 * when nothing else refers to it.
 */
export async function storeArticle(trx: Kysely<Database>, w: ArticleWrite): Promise<void> {
  const previous = await trx.selectFrom('ingest_records').select('article_id').where('source', '=', w.source).executeTakeFirst();
  const { outcome } = w;
  if (outcome.status !== 'ok') {
    await writeRecord(trx, { ...w, status: outcome.status, reason: outcome.message.message, message: outcome.message, articleId: null });
    await dropIfUnused(trx, previous?.article_id ?? null);
    return;
  }
  const row = await trx
    .insertInto('articles')
    .values({ content_hash: outcome.hash, source: w.source, raw: outcome.rawJson ?? JSON.stringify(outcome.article), keys: JSON.stringify(outcome.keys), published: outcome.published })
    // the smallest source wins, so the stored article does not depend on which worker came first
    .onConflict((oc) =>
      oc.column('content_hash').doUpdateSet({
        source: sql<string>`least(articles.source, excluded.source)`,
        raw: sql<string>`case when excluded.source < articles.source then excluded.raw else articles.raw end`,
      }),
    )
    .returning(['id', 'story_id'])
    .executeTakeFirstOrThrow();
  if (w.story && row.story_id === null) {
    const storyId = await ensureStory(trx, w.story);
    await trx.updateTable('articles').set({ story_id: storyId }).where('id', '=', row.id).execute();
    await touchStories(trx, [storyId]);
  } else if (row.story_id !== null) await touchStories(trx, [row.story_id]);
  await writeRecord(trx, { ...w, status: 'ok', reason: null, message: null, articleId: row.id });
  if (previous?.article_id !== row.id) await dropIfUnused(trx, previous?.article_id ?? null);
}

/** Deletes an article no ingest record refers to any more (its source now holds other content), marking its story changed. */
async function dropIfUnused(trx: Kysely<Database>, articleId: number | null): Promise<void> {
  if (articleId === null) return;
  const used = await trx.selectFrom('ingest_records').select('source').where('article_id', '=', articleId).limit(1).executeTakeFirst();
  if (used) return;
  const gone = await trx.deleteFrom('articles').where('id', '=', articleId).returning('story_id').executeTakeFirst();
  if (gone?.story_id) await touchStories(trx, [gone.story_id]);
}

/**
 * `storeArticle` for many inputs in a few statements (the caller's transaction): the same outcome as storing them one
 * after another in the given order. Content repeated within the batch is stored once under its smallest source.
 */
export async function storeArticles(trx: Kysely<Database>, writes: ArticleWrite[]): Promise<void> {
  if (!writes.length) return;
  const sources = [...new Set(writes.map((w) => w.source))];
  if (sources.length < writes.length) {
    // the same source twice in one batch: the later write replaces the earlier, as in sequence
    for (const w of writes) await storeArticle(trx, w);
    return;
  }
  const previous = new Map<string, number | null>();
  for (const slice of inSlices(sources, IN_LIST)) {
    const rows = await trx.selectFrom('ingest_records').select(['source', 'article_id']).where('source', 'in', slice).execute();
    for (const r of rows) previous.set(r.source, r.article_id);
  }
  // one row per content: the smallest source's article
  const byHash = new Map<string, ArticleWrite & { outcome: { status: 'ok' } }>();
  for (const w of writes) {
    if (w.outcome.status !== 'ok') continue;
    const held = byHash.get(w.outcome.hash);
    if (!held || w.source < held.source) byHash.set(w.outcome.hash, w as ArticleWrite & { outcome: { status: 'ok' } });
  }
  const stored = new Map<string, { id: number; story_id: number | null }>();
  for (const slice of inSlices([...byHash.values()], ROWS_PER_INSERT)) {
    const rows = await trx
      .insertInto('articles')
      .values(
        slice.map((w) => {
          const o = w.outcome as Extract<ArticleWrite['outcome'], { status: 'ok' }>;
          return { content_hash: o.hash, source: w.source, raw: o.rawJson ?? JSON.stringify(o.article), keys: JSON.stringify(o.keys), published: o.published };
        }),
      )
      .onConflict((oc) =>
        oc.column('content_hash').doUpdateSet({
          source: sql<string>`least(articles.source, excluded.source)`,
          raw: sql<string>`case when excluded.source < articles.source then excluded.raw else articles.raw end`,
        }),
      )
      .returning(['id', 'story_id', 'content_hash'])
      .execute();
    for (const r of rows) stored.set(r.content_hash, { id: r.id, story_id: r.story_id });
  }
  // story membership: an article without a story joins the first named story that brought it, in batch order
  const joins = new Map<number, string>();
  const touched = new Set<number>();
  for (const w of writes) {
    if (w.outcome.status !== 'ok') continue;
    const row = stored.get(w.outcome.hash) as { id: number; story_id: number | null };
    if (row.story_id !== null) touched.add(row.story_id);
    else if (w.story && !joins.has(row.id)) joins.set(row.id, w.story);
  }
  const names = [...new Set(joins.values())];
  const storyIds = new Map<string, number>();
  for (const chunk of inSlices(names, ROWS_PER_INSERT)) {
    await trx
      .insertInto('stories')
      .values(chunk.map((name) => ({ name })))
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    for (const r of await trx.selectFrom('stories').select(['id', 'name']).where('name', 'in', chunk).execute()) storyIds.set(r.name, r.id);
  }
  const members = new Map<number, number[]>();
  for (const [articleId, name] of joins) {
    const id = storyIds.get(name) as number;
    members.set(id, [...(members.get(id) ?? []), articleId]);
    touched.add(id);
  }
  for (const [storyId, ids] of members) for (const slice of inSlices(ids, IN_LIST)) await trx.updateTable('articles').set({ story_id: storyId }).where('id', 'in', slice).execute();
  await touchStories(trx, [...touched]);
  const records = writes.map((w) => {
    const ok = w.outcome.status === 'ok';
    const articleId = ok ? (stored.get((w.outcome as { hash: string }).hash) as { id: number }).id : null;
    const message = ok ? null : (w.outcome as { message: Message }).message;
    return { source: w.source, input: w.input, story: w.story, status: w.outcome.status, reason: message?.message ?? null, message: JSON.stringify(message), article_id: articleId };
  });
  for (const slice of inSlices(records, ROWS_PER_INSERT)) {
    await trx
      .insertInto('ingest_records')
      .values(slice)
      .onConflict((oc) =>
        oc.column('source').doUpdateSet((eb) => ({
          input: eb.ref('excluded.input'),
          story: eb.ref('excluded.story'),
          status: eb.ref('excluded.status'),
          reason: eb.ref('excluded.reason'),
          message: eb.ref('excluded.message'),
          article_id: eb.ref('excluded.article_id'),
          updated_at: sql<Date>`now()`,
        })),
      )
      .execute();
  }
  // content a source held before and no record refers to any more
  const now = new Map(records.map((r) => [r.source, r.article_id]));
  for (const [source, before] of previous) if (before !== null && before !== now.get(source)) await dropIfUnused(trx, before);
}

/** Writes the story keys of many articles in one statement. */
export async function setArticleKeys(trx: Kysely<Database>, keys: [number, string[]][]): Promise<void> {
  for (const slice of inSlices(keys, ROWS_PER_INSERT)) {
    const values = slice.map(([id, k]) => sql`(${id}::int, ${JSON.stringify(k)}::json)`);
    await sql`update articles set keys = v.keys from (values ${sql.join(values)}) as v(id, keys) where articles.id = v.id`.execute(trx);
  }
}
