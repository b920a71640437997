import { buildReport, type Report } from '../report/index.js';
import { findStory, listStories, loadAnalysis, type Store } from '../store/index.js';
import { work } from './worker.js';

/** The report of one story from the store alone, after bringing stale results up to date. Without a name, the only story. */
export async function storyReport(store: Store, name?: string): Promise<{ story: string; report: Report }> {
  await work(store, { untilIdle: true });
  const stories = await listStories(store.db);
  const chosen = name ? await findStory(store.db, name) : stories.length === 1 ? stories[0] : undefined;
  if (!chosen) {
    const known = stories.map((s) => s.name).join(', ') || 'none yet';
    throw new Error(name ? `no story named "${name}" (stories: ${known})` : `name a story: ${known}`);
  }
  const analysis = await loadAnalysis(store.db, chosen.id);
  if (!analysis) throw new Error(`story "${chosen.name}" has no results yet`);
  return { story: chosen.name, report: buildReport(analysis) };
}
