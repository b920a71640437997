export { type ArticleWrite, setArticleKeys, storeArticle, storeArticles } from './articles.js';
export { type Migration, migrate, migrations } from './migrations.js';
export { DEFAULT_DIR, isPostgresUrl, type OpenOptions, openStore, type Store, storeTarget, vacuumIfDue } from './open.js';
export { LOCK_FILE, type LockHolder, lockHolder, StoreLockedError } from './lockfile.js';
export { BossQueue, bossSettings, DEAD_LETTER_QUEUE, INGEST_QUEUE } from './boss.js';
export type { DeadLetter, JobHandler, JobQueue, QueueCounts } from './jobQueue.js';
export { enqueue, failJob, type JobInput, jobCounts, jobKey, type RecordInput, runNextJob, TableQueue, writeRecord } from './queue.js';
export { loadReview, removeNote, removeVerdict, saveNote, saveVerdict } from './review.js';
export { loadAnalysis, type ResultRows, resultRows, saveResults, writeResults } from './results.js';
export type { Database, IngestRecord, IngestStatus, Job, Story } from './schema.js';
export {
  applyAssignments,
  ensureStory,
  findStory,
  hasWork,
  listStories,
  mergeStories,
  type PendingArticle,
  type StorySummary,
  splitStory,
  storyProfiles,
  touchStories,
  unassignedArticles,
} from './stories.js';
