import { buildReport, type Report } from '../report/index.js';
import { reviewOrNothing } from '../server/review.js';
import { findStory, hasWork, listStories, loadAnalysis, loadReview, type Store, type Story } from '../store/index.js';
import { work } from './worker.js';

/**
 * The report of one story from the store alone, after bringing stale results up to date, with the analyst's review
 * (verdicts and notes) when there is one. Without a name, the only story.
 */
export async function storyReport(store: Store, name?: string): Promise<{ story: string; report: Report }> {
  if (await hasWork(store.db)) await work(store, { untilIdle: true });
  // the story list (with its counts over every article) only when no name is given or the name is unknown
  const chosen = name ? await findStory(store.db, name) : await onlyStory(store);
  if (!chosen) {
    const known = (await listStories(store.db)).map((s) => s.name).join(', ') || 'none yet';
    throw new Error(name ? `no story named "${name}" (stories: ${known})` : `name a story: ${known}`);
  }
  const analysis = await loadAnalysis(store.db, chosen.id);
  if (!analysis) throw new Error(`story "${chosen.name}" has no results yet`);
  return { story: chosen.name, report: buildReport(analysis, reviewOrNothing(await loadReview(store.db, chosen.id))) };
}

async function onlyStory(store: Store): Promise<Story | undefined> {
  const two = await store.db.selectFrom('stories').selectAll().orderBy('id').limit(2).execute();
  return two.length === 1 ? two[0] : undefined;
}
