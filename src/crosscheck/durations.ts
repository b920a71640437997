import type { ClaimDraft } from '../claims/index.js';
import { yearsSince } from '../claims/durations.js';
import type { Document } from '../types.js';

/** The day the story is told on: the middle one of its documents' publication days, or null when none is dated. */
export function storyDay(docs: Document[]): string | null {
  const days = docs.map((d) => d.published?.slice(0, 10)).filter((d): d is string => !!d && d.length === 10).sort();
  return days.length ? days[Math.floor((days.length - 1) / 2)] : null;
}

/**
 * Fills in the durations given by their start ("a probe launched in 2021"): the years from the start to the
 * document's publication day, or the story's day for an undated document, as a range that a duration in whole years
 * fits. A start with no day to count to, or not before it, keeps no measure and is compared with nothing.
 */
export function datedDurations(drafts: ClaimDraft[], docs: Document[]): void {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const story = storyDay(docs);
  for (const c of drafts) {
    const q = c.qualifiers;
    if (c.predicate !== 'quantity' || typeof q.since !== 'string') continue;
    // filled in afresh from what the document says, so that a second pass over the same drafts gives the same claims
    const measure = q.sinceMeasure ?? q.measure;
    const label = q.sinceLabel ?? ('value' in c.object ? c.object.value : '');
    Object.assign(q, { sinceMeasure: measure, sinceLabel: label });
    const day = byId.get(c.doc)?.published ?? story;
    const years = day ? yearsSince(q.since, day) : null;
    if (!years) {
      Object.assign(q, { measure: null, value: null, rangeLow: null, rangeHigh: null });
      continue;
    }
    Object.assign(q, { measure, value: years.value, rangeLow: years.low, rangeHigh: years.high });
    // "since 2021 (about 4 years)": the start as written, with the span it makes to the day counted to
    const about = Math.round(years.value);
    c.object = { value: `${label} (about ${about} year${about === 1 ? '' : 's'})` };
  }
}
