import { type Kysely, sql } from 'kysely';
import type { Annotations } from '../annotate/index.js';
import type { CrossCheck, DocumentOrigin } from '../crosscheck/index.js';
import type { Analysis } from '../pipeline.js';
import type { Document, Entity, Mention } from '../types.js';
import type { Database, ResultTableName } from './schema.js';
import { inSlices } from './slices.js';

// rows per multi-row insert of a large story (4–6 parameters a row)
const RESULT_ROWS_PER_INSERT = 500;
const resultTables: ResultTableName[] = ['annotations', 'entities', 'claims', 'events', 'conflicts'];

/**
 * A story's analysis as the rows the store keeps, every JSON column already serialised: pure, so a worker thread can do
 * the serialising and hand the main thread strings. Documents carry their path, to be matched to the stored articles.
 */
export interface ResultRows {
  documents: { doc_id: string; path: string; position: number; content_hash: string; document: string }[];
  lists: Record<ResultTableName, { position: number; item_id: string; data: string }[]>;
  story: { messages: string; origins: string; profiles: string };
}

/** Where a mention is in the story's annotations: [document position, mention position]. */
type MentionRef = [number, number];

export function resultRows(analysis: Analysis): ResultRows {
  const { cross } = analysis;
  const list = <T>(items: T[], id: (item: T) => string) => items.map((item, position) => ({ position, item_id: id(item), data: JSON.stringify(item) }));
  // an entity's mentions are those of the annotations: stored as [document, mention] positions, not a second copy
  const where = new Map<Mention, MentionRef>();
  for (const [i, a] of analysis.annotations.entries()) for (const [j, m] of a.mentions.entries()) where.set(m, [i, j]);
  const entities = analysis.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => where.get(m) ?? m) }));
  return {
    documents: analysis.documents.map((d, position) => ({ doc_id: d.id, path: d.path, position, content_hash: d.contentHash, document: JSON.stringify(d) })),
    lists: {
      annotations: list(analysis.annotations, (a) => a.doc),
      entities: list(entities, (e) => e.id),
      claims: list(cross.claims, (c) => c.id),
      events: list(cross.events, (e) => e.id),
      conflicts: list(cross.conflicts, (c) => c.id),
    },
    story: { messages: JSON.stringify(analysis.messages), origins: JSON.stringify([...cross.origins.entries()]), profiles: JSON.stringify(cross.profiles) },
  };
}

/** Replaces a story's stored results with a fresh analysis; `articleIds` maps each document id to the article it was made from. Run inside a transaction. */
export async function saveResults(trx: Kysely<Database>, storyId: number, analysis: Analysis, articleIds: Map<string, number>): Promise<void> {
  await writeResults(trx, storyId, resultRows(analysis), articleIds);
}

/**
 * Replaces a story's stored results with rows made by `resultRows`; `articleIds` maps each document id to its article.
 * `first`: the story was never computed (its computed_seq is 0), so there is nothing to delete. Run inside a transaction.
 */
export async function writeResults(trx: Kysely<Database>, storyId: number, rows: ResultRows, articleIds: Map<string, number>, opts: { first?: boolean } = {}): Promise<void> {
  if (!opts.first) for (const table of [...resultTables, 'documents', 'story_results'] as const) await trx.deleteFrom(table).where('story_id', '=', storyId).execute();
  const documents = rows.documents.map(({ path: _path, ...d }) => {
    const articleId = articleIds.get(d.doc_id);
    if (articleId === undefined) throw new Error(`document ${d.doc_id} has no article`);
    return { ...d, story_id: storyId, article_id: articleId };
  });
  const params = documents.length * 6 + resultTables.reduce((n, t) => n + rows.lists[t].length * 4, 0);
  // a story of usual size in one statement (each statement costs a round trip, which dominates on the embedded store)
  if (params <= ONE_STATEMENT_PARAMS) return void (await oneStatement(storyId, rows, documents).execute(trx));
  for (const chunk of inSlices(documents, RESULT_ROWS_PER_INSERT)) await trx.insertInto('documents').values(chunk).execute();
  for (const table of resultTables) {
    for (const chunk of inSlices(rows.lists[table].map((r) => ({ ...r, story_id: storyId })), RESULT_ROWS_PER_INSERT)) await trx.insertInto(table).values(chunk).execute();
  }
  await trx.insertInto('story_results').values({ story_id: storyId, ...rows.story }).execute();
}

// well under PostgreSQL's limit of 65,535 parameters per statement
const ONE_STATEMENT_PARAMS = 30_000;

/** Every insert of a story's results as one statement: each table's rows in a data-modifying WITH, story_results last. */
function oneStatement(storyId: number, rows: ResultRows, documents: (Omit<ResultRows['documents'][number], 'path'> & { story_id: number; article_id: number })[]) {
  const ctes = [];
  if (documents.length) {
    const values = documents.map((d) => sql`(${d.doc_id}, ${d.position}, ${d.content_hash}, ${d.document}, ${d.story_id}, ${d.article_id})`);
    ctes.push(sql`w_documents as (insert into documents (doc_id, position, content_hash, document, story_id, article_id) values ${sql.join(values)})`);
  }
  for (const table of resultTables) {
    if (!rows.lists[table].length) continue;
    const values = rows.lists[table].map((r) => sql`(${r.position}, ${r.item_id}, ${r.data}, ${storyId})`);
    ctes.push(sql`${sql.id(`w_${table}`)} as (insert into ${sql.table(table)} (position, item_id, data, story_id) values ${sql.join(values)})`);
  }
  const last = sql`insert into story_results (story_id, messages, origins, profiles) values (${storyId}, ${rows.story.messages}, ${rows.story.origins}, ${rows.story.profiles})`;
  return ctes.length ? sql`with ${sql.join(ctes)} ${last}` : last;
}

/** Rebuilds a story's Analysis from the store alone (stage times are zero), or null when it was never computed. One query. */
export async function loadAnalysis(db: Kysely<Database>, storyId: number): Promise<Analysis | null> {
  // each list comes back as one JSON array text, parsed here in one go
  const list = (table: 'documents' | ResultTableName) => {
    const column = table === 'documents' ? 'document' : 'data';
    return sql<string | null>`(select string_agg(${sql.ref(column)}, ',' order by position) from ${sql.table(table)} where story_id = ${storyId})`;
  };
  const row = await db
    .selectFrom('story_results')
    .select(['messages', 'origins', 'profiles'])
    .select([
      list('documents').as('documents'),
      list('annotations').as('annotations'),
      list('entities').as('entities'),
      list('claims').as('claims'),
      list('events').as('events'),
      list('conflicts').as('conflicts'),
    ])
    .where('story_id', '=', storyId)
    .executeTakeFirst();
  if (!row) return null;
  const parse = <T>(items: string | null): T[] => JSON.parse(`[${items ?? ''}]`);
  const cross: CrossCheck = {
    origins: new Map(JSON.parse(row.origins) as [string, DocumentOrigin][]),
    claims: parse(row.claims),
    events: parse(row.events),
    conflicts: parse(row.conflicts),
    profiles: JSON.parse(row.profiles) as CrossCheck['profiles'],
  };
  const annotations = parse<Annotations>(row.annotations);
  // mentions stored as positions become the annotations' own mention objects again (older rows hold full copies)
  const entities = parse<Omit<Entity, 'mentions'> & { mentions: (Mention | MentionRef)[] }>(row.entities).map(
    (e): Entity => ({ ...e, mentions: e.mentions.map((m) => (Array.isArray(m) ? annotations[m[0]].mentions[m[1]] : m)) }),
  );
  return {
    documents: parse<Document>(row.documents),
    messages: JSON.parse(row.messages),
    annotations,
    entities,
    cross,
    times: { read: 0, clean: 0, annotate: 0, resolve: 0, claims: 0, crosscheck: 0 },
  };
}
