import { type Kysely, sql } from 'kysely';
import type { RawArticle } from '../ingest/index.js';
import type { Message } from '../types.js';
import { writeRecord } from './queue.js';
import type { Database } from './schema.js';
import { ensureStory, touchStories } from './stories.js';

/** One input read by a worker, ready to store. */
export interface ArticleWrite {
  source: string;
  input: string;
  /** story named on the command line, or null for automatic assignment */
  story: string | null;
  outcome:
    | { status: 'ok'; article: RawArticle; hash: string; keys: string[]; published: string | null }
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
    .values({ content_hash: outcome.hash, source: w.source, raw: JSON.stringify(outcome.article), keys: JSON.stringify(outcome.keys), published: outcome.published })
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
