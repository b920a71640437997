import type { Kysely } from 'kysely';
import type { Annotations } from '../annotate/index.js';
import type { CrossCheck, DocumentOrigin } from '../crosscheck/index.js';
import type { Analysis } from '../pipeline.js';
import type { Document, Entity } from '../types.js';
import type { Database, ResultTableName } from './schema.js';

const CHUNK = 500;
const resultTables: ResultTableName[] = ['annotations', 'entities', 'claims', 'events', 'conflicts'];

/** Replaces a story's stored results with a fresh analysis; `articleIds` maps each document id to the article it was made from. Run inside a transaction. */
export async function saveResults(trx: Kysely<Database>, storyId: number, analysis: Analysis, articleIds: Map<string, number>): Promise<void> {
  for (const table of [...resultTables, 'documents', 'story_results'] as const) await trx.deleteFrom(table).where('story_id', '=', storyId).execute();
  const documents = analysis.documents.map((d, position) => {
    const articleId = articleIds.get(d.id);
    if (articleId === undefined) throw new Error(`document ${d.id} has no article`);
    return { story_id: storyId, doc_id: d.id, position, article_id: articleId, content_hash: d.contentHash, document: JSON.stringify(d) };
  });
  for (const rows of chunks(documents)) await trx.insertInto('documents').values(rows).execute();
  const { cross } = analysis;
  const lists: Record<ResultTableName, { id: string; data: unknown }[]> = {
    annotations: analysis.annotations.map((a) => ({ id: a.doc, data: a })),
    entities: analysis.entities.map((e) => ({ id: e.id, data: e })),
    claims: cross.claims.map((c) => ({ id: c.id, data: c })),
    events: cross.events.map((e) => ({ id: e.id, data: e })),
    conflicts: cross.conflicts.map((c) => ({ id: c.id, data: c })),
  };
  for (const table of resultTables) {
    const rows = lists[table].map((item, position) => ({ story_id: storyId, position, item_id: item.id, data: JSON.stringify(item.data) }));
    for (const chunk of chunks(rows)) await trx.insertInto(table).values(chunk).execute();
  }
  await trx
    .insertInto('story_results')
    .values({ story_id: storyId, messages: JSON.stringify(analysis.messages), origins: JSON.stringify([...cross.origins.entries()]), profiles: JSON.stringify(cross.profiles) })
    .execute();
}

// multi-row inserts, small enough to stay under PostgreSQL's limit of parameters per statement
function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Rebuilds a story's Analysis from the store alone (stage times are zero), or null when it was never computed. */
export async function loadAnalysis(db: Kysely<Database>, storyId: number): Promise<Analysis | null> {
  const story = await db.selectFrom('story_results').selectAll().where('story_id', '=', storyId).executeTakeFirst();
  if (!story) return null;
  const documents = await db.selectFrom('documents').select('document').where('story_id', '=', storyId).orderBy('position').execute();
  const list = async <T>(table: ResultTableName): Promise<T[]> =>
    (await db.selectFrom(table).select('data').where('story_id', '=', storyId).orderBy('position').execute()).map((r) => r.data as T);
  const cross: CrossCheck = {
    origins: new Map(story.origins as [string, DocumentOrigin][]),
    claims: await list('claims'),
    events: await list('events'),
    conflicts: await list('conflicts'),
    profiles: story.profiles as CrossCheck['profiles'],
  };
  return {
    documents: documents.map((d) => d.document as Document),
    messages: story.messages,
    annotations: await list<Annotations>('annotations'),
    entities: await list<Entity>('entities'),
    cross,
    times: { read: 0, annotate: 0, resolve: 0, claims: 0, crosscheck: 0 },
  };
}
