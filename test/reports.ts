import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePaths } from '../src/pipeline.js';
import { buildReport, type Report, type Review } from '../src/report/index.js';

const EXAMPLES = join(import.meta.dirname, '../examples');

/** The example stories' folders, by name. */
export const exampleStories = (): string[] => readdirSync(EXAMPLES).filter((n) => !n.includes('.'));

const analysed = new Map<string, ReturnType<typeof analyzePaths>>();

/** The report of one example story, analysed from its files as `triangulate analyze` does (once per test file unless `fresh`). */
export async function exampleReport(name: string, review?: Review, fresh = false): Promise<Report> {
  if (fresh || !analysed.has(name)) analysed.set(name, analyzePaths([join(EXAMPLES, name)]));
  return buildReport(await (analysed.get(name) as ReturnType<typeof analyzePaths>), review);
}

/** A review written for tests: a verdict on the report's first conflict and on its first claim, and a note. */
export function reviewOf(r: Report): Review {
  const conflict = r.conflicts[0];
  const claim = r.claims[0];
  return {
    verdicts: [
      ...(conflict ? [{ itemId: conflict.id, itemKind: 'conflict' as const, rating: 'mostly-false' as const, chosenValue: conflict.alternatives[0]?.value ?? null, note: 'Only the wire copy gives this; the local outlet disagrees.', author: 'A. Analyst', at: '2026-03-04T10:00:00Z' }] : []),
      ...(claim ? [{ itemId: claim.id, itemKind: 'claim' as const, rating: 'true' as const, note: null, author: null, at: '2026-03-04T10:05:00Z' }] : []),
    ],
    notes: claim ? [{ id: 'n1', itemId: claim.id, itemKind: 'claim', text: 'Checked against the port authority notice.', author: 'A. Analyst', at: '2026-03-04T10:06:00Z' }] : [],
  };
}
