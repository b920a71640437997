import type { ColumnType, Generated, Selectable } from 'kysely';
import type { RawArticle } from '../ingest/index.js';
import type { Message } from '../types.js';

/** A JSON column: written as JSON text (key order kept), read back parsed. */
type Json<T> = ColumnType<T, string, string>;
/** JSON kept as text: written and read as its serialised form (the reader parses it). */
type JsonText = ColumnType<string, string, string>;
type Created = ColumnType<Date, never, never>;

export type IngestStatus = 'ok' | 'skipped' | 'failed';
export type JobStatus = 'queued' | 'done' | 'failed';

/** One case file: the articles about one story and the results computed from them. */
export interface StoryTable {
  id: Generated<number>;
  name: string;
  /** change counter value of the last change to its articles */
  changed_seq: ColumnType<number, number | undefined, number>;
  /** change counter value its stored results were computed from */
  computed_seq: ColumnType<number, number | undefined, number>;
  created_at: Created;
}

/** One article as read (before the story-wide cleaning), stored once per content. */
export interface ArticleTable {
  id: Generated<number>;
  /** sha256 of the extracted article text */
  content_hash: string;
  /** the smallest source (path or feed item) it was read from */
  source: string;
  raw: Json<RawArticle>;
  /** people, organization, place and facility keys of a quick annotate pass, for story assignment */
  keys: Json<string[]>;
  published: string | null;
  story_id: number | null;
  created_at: Created;
}

/** What happened to each input file or feed item. */
export interface IngestRecordTable {
  source: string;
  /** the file the source came from (a feed file for its items) */
  input: string;
  story: string | null;
  status: IngestStatus;
  reason: string | null;
  message: Json<Message | null>;
  article_id: number | null;
  updated_at: ColumnType<Date, never, Date>;
}

/** Work waiting for a worker: one input to read and store. */
export interface JobTable {
  id: Generated<number>;
  /** source and sha256 of its bytes: the same input enqueued twice is one job */
  key: string;
  source: string;
  input: string;
  story: string | null;
  /** feed item fields, or null for a file whose bytes are in content */
  item: Json<unknown>;
  content: Uint8Array | null;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  error: string | null;
  /** PostgreSQL: the pg-boss job that carries it to a worker (null until handed to pg-boss; the embedded store leaves it null) */
  boss_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Created;
}

/** A cleaned document of a story, as the pipeline saw it. */
export interface DocumentTable {
  story_id: number;
  doc_id: string;
  position: number;
  article_id: number;
  content_hash: string;
  document: JsonText;
}

/** Results of a story's pipeline run, one row per item, kept in pipeline order. */
export interface ResultTable {
  story_id: number;
  position: number;
  item_id: string;
  data: JsonText;
}

/** Story-level results that are not lists of items. */
export interface StoryResultTable {
  story_id: number;
  messages: JsonText;
  origins: JsonText;
  profiles: JsonText;
  computed_at: Created;
}

/** The analyst's verdict on a conflict or claim of a story (see report/review.ts). */
export interface VerdictTable {
  story_id: number;
  item_id: string;
  item_kind: string;
  rating: string;
  chosen_value: string | null;
  note: string | null;
  author: string | null;
  /** ISO 8601 time it was last set */
  at: string;
}

/** An analyst's note on any item of a story. */
export interface NoteTable {
  id: string;
  story_id: number;
  item_id: string;
  item_kind: string;
  text: string;
  author: string | null;
  at: string;
}

export interface MigrationTable {
  name: string;
  applied_at: Created;
}

export interface Database {
  stories: StoryTable;
  articles: ArticleTable;
  ingest_records: IngestRecordTable;
  jobs: JobTable;
  documents: DocumentTable;
  annotations: ResultTable;
  entities: ResultTable;
  claims: ResultTable;
  events: ResultTable;
  conflicts: ResultTable;
  story_results: StoryResultTable;
  verdicts: VerdictTable;
  notes: NoteTable;
  migrations: MigrationTable;
}

export type ResultTableName = 'annotations' | 'entities' | 'claims' | 'events' | 'conflicts';
export type Story = Selectable<StoryTable>;
export type Article = Selectable<ArticleTable>;
export type IngestRecord = Selectable<IngestRecordTable>;
export type Job = Selectable<JobTable>;
