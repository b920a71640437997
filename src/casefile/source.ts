import { buildReport, type Report } from '../report/index.js';
import type { CaseSource } from '../server/index.js';
import type { ReviewStore } from '../server/review.js';
import { listStories, loadAnalysis, loadReview, removeNote, removeVerdict, type Store, saveNote, saveVerdict } from '../store/index.js';

const storyNumber = (storyId: string): number => {
  const id = Number(/^s(\d+)$/.exec(storyId)?.[1]);
  if (!Number.isInteger(id)) throw new Error(`unknown story ${storyId.slice(0, 40)}`);
  return id;
};

/** The review kept in the case file, beside the story's articles (embedded or PostgreSQL alike). */
function storedReview(store: Store): ReviewStore {
  return {
    load: (s) => loadReview(store.db, storyNumber(s)),
    setVerdict: (s, v) => saveVerdict(store.db, storyNumber(s), v),
    clearVerdict: (s, id) => removeVerdict(store.db, storyNumber(s), id),
    addNote: (s, n) => saveNote(store.db, storyNumber(s), n),
    removeNote: (s, id) => removeNote(store.db, storyNumber(s), id),
  };
}

/** The workbench's view of a case file: every story, its report rebuilt from the store and kept until the story changes. */
export function caseFileSource(store: Store): CaseSource {
  const cache = new Map<number, { seq: number; report: Report | null }>();
  const reportOf = async (id: number, seq: number): Promise<Report | null> => {
    const hit = cache.get(id);
    if (hit && hit.seq === seq) return hit.report;
    const analysis = await loadAnalysis(store.db, id);
    const report = analysis ? buildReport(analysis) : null;
    cache.set(id, { seq, report });
    return report;
  };
  return {
    async stories() {
      const stories = await listStories(store.db);
      return Promise.all(
        stories.map(async (s) => {
          const report = await reportOf(s.id, s.computed_seq);
          return { id: `s${s.id}`, name: s.name, documents: s.documents, conflicts: report?.summary.conflicts ?? 0, updated: null };
        }),
      );
    },
    async report(storyId) {
      const id = Number(/^s(\d+)$/.exec(storyId)?.[1]);
      if (!Number.isInteger(id)) return null;
      const story = (await listStories(store.db)).find((s) => s.id === id);
      return story ? reportOf(story.id, story.computed_seq) : null;
    },
    review: storedReview(store),
  };
}
