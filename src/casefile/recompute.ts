import { type Kysely, sql } from 'kysely';
import { cleanArticles, type RawArticle } from '../ingest/index.js';
import { type Analysis, analyzeDocuments, type StageTimes } from '../pipeline.js';
import { type Database, saveResults, type Store, setArticleKeys } from '../store/index.js';
import type { Message } from '../types.js';
import { storyKeys } from './article.js';
import { LOCKS } from './locks.js';
import type { StageMs } from './worker.js';

export type RecomputeResult = { status: 'computed'; story: string; documents: number; ms: StageMs } | { status: 'busy' } | { status: 'idle' };

/**
 * Recomputes one stale story (its articles cleaned together, then the whole pipeline) and stores the results, in one
 * transaction holding the story's advisory lock, so a story is never computed twice at once. A story changed during the
 * run stays stale and is computed again. 'busy' means stale stories exist but others hold them all.
 */
export async function recomputeNext(store: Store): Promise<RecomputeResult> {
  const stale = await store.db.selectFrom('stories').select('id').whereRef('changed_seq', '>', 'computed_seq').orderBy('id').execute();
  let busy = false;
  for (const { id } of stale) {
    const t0 = performance.now();
    let computeMs = 0;
    let times: StageTimes | null = null;
    const result = await store.db.transaction().execute(async (trx): Promise<RecomputeResult | null> => {
      const lock = await sql<{ ok: boolean }>`select pg_try_advisory_xact_lock(${LOCKS.story}, ${id}) as ok`.execute(trx);
      if (!lock.rows[0]?.ok) return { status: 'busy' };
      // the change counter is read before the articles: an article committed later leaves the story stale
      const story = await trx.selectFrom('stories').select(['name', 'changed_seq', 'computed_seq']).where('id', '=', id).executeTakeFirst();
      if (!story || story.changed_seq <= story.computed_seq) return null;
      const rows = await trx.selectFrom('articles').select(['id', 'raw', 'keys']).where('story_id', '=', id).execute();
      const messages = await storyInputMessages(trx, story.name);
      const c0 = performance.now();
      const { analysis, articleIds, keys } = computeStory(
        rows.map((r) => ({ id: r.id, raw: r.raw, keyless: r.keys.length === 0 })),
        messages,
      );
      computeMs = performance.now() - c0;
      times = analysis.times;
      await saveResults(trx, id, analysis, new Map(analysis.documents.map((d, i) => [d.id, articleIds[i]])));
      await setArticleKeys(trx, keys);
      await trx.updateTable('stories').set({ computed_seq: story.changed_seq }).where('id', '=', id).execute();
      return { status: 'computed', story: story.name, documents: analysis.documents.length, ms: {} };
    });
    if (result?.status === 'computed') return { ...result, ms: { ...stageMs(times), store: performance.now() - t0 - computeMs } };
    busy ||= result?.status === 'busy';
  }
  return { status: busy ? 'busy' : 'idle' };
}

/** One stored article of a story; `keyless` when it was stored without story keys (its story was named at ingest). */
export interface StoryArticle {
  id: number;
  raw: RawArticle;
  keyless: boolean;
}

/**
 * A story's stored articles through the pipeline (in path order): the analysis, the article each document came from,
 * and story keys from this run's annotations for the keyless articles. Pure apart from timing.
 */
export function computeStory(articles: StoryArticle[], inputMessages: Message[]): { analysis: Analysis; articleIds: number[]; keys: [number, string[]][] } {
  const sorted = [...articles].sort((a, b) => (a.raw.path < b.raw.path ? -1 : a.raw.path > b.raw.path ? 1 : 0));
  const analysis = analyzeStory(
    sorted.map((a) => a.raw),
    inputMessages,
  );
  const byPath = new Map(sorted.map((a) => [a.raw.path, a]));
  const keys: [number, string[]][] = [];
  const articleIds = analysis.documents.map((d, i) => {
    const article = byPath.get(d.path) as StoryArticle;
    if (article.keyless) keys.push([article.id, storyKeys(analysis.annotations[i].mentions)]);
    return article.id;
  });
  return { analysis, articleIds, keys };
}

/** The messages of a story's inputs that were skipped or failed, in source order. */
export async function storyInputMessages(db: Kysely<Database>, story: string): Promise<Message[]> {
  const records = await db.selectFrom('ingest_records').select('message').where('story', '=', story).where(sql<boolean>`status <> 'ok'`).orderBy('source').execute();
  return records.flatMap((r) => (r.message ? [r.message as Message] : []));
}

/** The pipeline over a story's articles in path order, with messages ordered as `analyze` orders them (by file, then as they arose). */
export function analyzeStory(articles: RawArticle[], inputMessages: Message[]) {
  const t0 = performance.now();
  const cleaned = cleanArticles(articles);
  const cleanMs = performance.now() - t0;
  const messages = [...inputMessages, ...articles.flatMap((a) => a.messages), ...cleaned.messages];
  messages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return analyzeDocuments(cleaned.documents, messages, 0, cleanMs);
}

/** A story computation's stage times as event milliseconds (reading happened when its inputs were stored). */
export function stageMs(times: StageTimes | null): StageMs {
  if (!times) return {};
  const { read: _, ...rest } = times;
  return rest;
}
