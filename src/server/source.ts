import { basename, resolve } from 'node:path';
import { analyzePaths } from '../pipeline.js';
import { buildReport, type Report } from '../report/index.js';
import { memoryReview, type ReviewStore } from './review.js';

export interface StorySummary {
  id: string;
  name: string;
  documents: number;
  conflicts: number;
  updated: string | null;
}

/** Where the server reads stories from: analysed in memory now, a persistent store later. */
export interface CaseSource {
  stories(): Promise<StorySummary[]>;
  report(storyId: string): Promise<Report | null>;
  /** the analyst's verdicts and notes, per story */
  review: ReviewStore;
}

const STORY_ID = 's1';

/** In memory: analyses the paths once, on first use, as one story named after the folders or files; its review lasts as long as the server. */
export function analysisSource(paths: string[]): CaseSource {
  let pending: Promise<{ report: Report; updated: string }> | null = null;
  const analysed = () => {
    pending ??= analyzePaths(paths).then((a) => ({ report: buildReport(a), updated: new Date().toISOString() }));
    return pending;
  };
  const name = paths.map((p) => basename(resolve(p))).join(', ');
  return {
    async stories() {
      const { report, updated } = await analysed();
      return [{ id: STORY_ID, name, documents: report.summary.documents, conflicts: report.summary.conflicts, updated }];
    },
    async report(storyId) {
      return storyId === STORY_ID ? (await analysed()).report : null;
    },
    review: memoryReview(),
  };
}
