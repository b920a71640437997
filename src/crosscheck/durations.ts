import type { ClaimDraft } from '../claims/index.js';
import { yearsSince } from '../claims/durations.js';
import type { Document } from '../types.js';

/** The day the story is told on: the middle one of its documents' publication days, or null when none is dated. */
export function storyDay(docs: Document[]): string | null {
  const days = docs.map((d) => d.published?.slice(0, 10)).filter((d): d is string => !!d && d.length === 10).sort();
  return days.length ? days[Math.floor((days.length - 1) / 2)] : null;
}

/**
 * The drafts with the durations given by their start ("a probe launched in 2021") filled in: the years from the start
 * to the document's publication day, or the story's day for an undated document, as a range that a duration in whole
 * years fits. A start with no day to count to, or not before it, keeps no measure and is compared with nothing. The
 * drafts given are not changed: a filled-in duration is a new draft.
 */
export function datedDurations(drafts: ClaimDraft[], docs: Document[]): ClaimDraft[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const story = storyDay(docs);
  return drafts.map((c) => {
    const q = c.qualifiers;
    if (c.predicate !== 'quantity' || typeof q.since !== 'string') return c;
    const measure = q.sinceMeasure ?? q.measure;
    const label = q.sinceLabel ?? ('value' in c.object ? c.object.value : '');
    const day = byId.get(c.doc)?.published ?? story;
    const years = day ? yearsSince(q.since, day) : null;
    if (!years) return { ...c, qualifiers: { ...q, sinceMeasure: measure, sinceLabel: label, measure: null, value: null, rangeLow: null, rangeHigh: null } };
    // "since 2021 (about 4 years)": the start as written, with the span it makes to the day counted to
    const about = Math.round(years.value);
    return {
      ...c,
      qualifiers: { ...q, sinceMeasure: measure, sinceLabel: label, measure, value: years.value, rangeLow: years.low, rangeHigh: years.high },
      object: { value: `${label} (about ${about} year${about === 1 ? '' : 's'})` },
    };
  });
}
