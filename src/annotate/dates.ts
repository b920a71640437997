import type { DateMention } from '../types.js';
import { type AbsoluteDate, findAbsoluteDates } from './dates-absolute.js';
import { type Day, daysBetween, isoDay, makeDay, parseIsoDay } from './dates-calendar.js';
import { findLanguageAbsolute, findLanguageRelative } from './dates-languages.js';
import { findRelativePhrases, type RelativePhrase } from './dates-relative.js';

export { matchesWeekday, resolveRelative, weekdayOf } from './dates-relative.js';

/** A date mention with what a reader should know about its reading. */
export interface DateFinding extends DateMention {
  /** month-first reading of an ambiguous numeric date (04/02/2026 read day-first as 2026-02-04) */
  alternative?: string;
}

interface Anchor {
  day: Day;
  kind: 'published' | 'stated-date';
}

type Candidate = { absolute: AbsoluteDate } | { relative: RelativePhrase };
const spanOf = (c: Candidate): { start: number; end: number } => ('absolute' in c ? c.absolute : c.relative);

/**
 * Every date mention in text, resolved where possible. ref.published: the document's ISO publication date or null.
 * Relative phrases count from the publication date, else from the first full date the text states; "the day before",
 * "two years later" and "that September" count from the nearest date before them precise enough for their unit.
 * Numeric dates are read day-first; year ranges ("2023–2024") give one mention per year.
 */
export function findDates(text: string, ref: { published: string | null; language?: string }): DateFinding[] {
  const lang = ref.language ?? 'en';
  const chosen = pickLongest([
    ...findAbsoluteDates(text).map((absolute) => ({ absolute })),
    ...findRelativePhrases(text).map((relative) => ({ relative })),
    ...findLanguageAbsolute(text, lang).map((absolute) => ({ absolute })),
    ...(lang === 'en' ? [] : findLanguageRelative(text, lang).map((relative) => ({ relative }))),
  ]);
  const anchor = publishedAnchor(ref.published) ?? statedAnchor(chosen);
  const out: DateFinding[] = [];
  const last: Partial<Record<Precision, Day>> = {};
  for (const c of chosen) {
    const found: DateFinding = 'absolute' in c ? readAbsolute(c.absolute, anchor) : readRelative(c.relative, anchor, last);
    out.push(found);
    remember(last, found);
  }
  return out;
}

/** Longest first, then no overlaps, returned in text order. */
function pickLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => {
    const x = spanOf(a);
    const y = spanOf(b);
    return y.end - y.start - (x.end - x.start) || x.start - y.start;
  });
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const s = spanOf(c);
    if (kept.every((k) => spanOf(k).end <= s.start || s.end <= spanOf(k).start)) kept.push(c);
  }
  return kept.sort((a, b) => spanOf(a).start - spanOf(b).start);
}

function publishedAnchor(published: string | null): Anchor | null {
  const day = published ? parseIsoDay(published) : null;
  return day ? { day, kind: 'published' } : null;
}

function statedAnchor(chosen: Candidate[]): Anchor | null {
  for (const c of chosen) {
    if ('absolute' in c && c.absolute.precision === 'day' && c.absolute.value) {
      const day = parseIsoDay(c.absolute.value);
      if (day) return { day, kind: 'stated-date' };
    }
  }
  return null;
}

function readAbsolute(a: AbsoluteDate, anchor: Anchor | null): DateFinding {
  const base = { start: a.start, end: a.end, text: a.text };
  if (!a.yearless) {
    const found: DateFinding = { ...base, value: a.value, precision: a.precision, relative: false, anchor: null };
    return a.alternative ? { ...found, alternative: a.alternative } : found;
  }
  const day = anchor ? nearestYear(a.yearless, anchor.day) : null;
  if (!anchor || !day) return { ...base, value: null, precision: 'unresolved', relative: true, anchor: null, monthDay: a.yearless };
  return { ...base, value: isoDay(day), precision: 'day', relative: true, anchor: anchor.kind };
}

/** The year that puts a month and day nearest the anchor ("Feb. 4" written in late December is next February). */
function nearestYear(md: { month: number; day: number }, anchor: Day): Day | null {
  const options = [anchor.year - 1, anchor.year, anchor.year + 1]
    .map((year) => makeDay(year, md.month, md.day))
    .filter((d): d is Day => d !== null);
  const distance = (d: Day): number => Math.abs(daysBetween(anchor, d));
  return options.reduce<Day | null>((best, d) => (best === null || distance(d) < distance(best) ? d : best), null);
}

type Precision = 'day' | 'month' | 'year';

/** Keeps the latest date of each precision a mention gives: a day also gives its month and year. */
function remember(last: Partial<Record<Precision, Day>>, found: DateFinding): void {
  const value = found.value ?? '';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q\d)?$/.exec(value);
  if (!m) return;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  last.year = { year, month: 1, day: 1 };
  if (m[2]) last.month = { year, month, day: 1 };
  if (m[3]) last.day = { year, month, day };
}

function readRelative(r: RelativePhrase, anchor: Anchor | null, last: Partial<Record<Precision, Day>>): DateFinding {
  const base = { start: r.start, end: r.end, text: r.text, ...(r.weekday !== undefined ? { weekday: r.weekday } : {}) };
  const stated = r.anaphoric ? last[r.anaphoric] : undefined;
  const from: Anchor | null = stated ? { day: stated, kind: 'stated-date' } : anchor;
  const resolved = from && !r.fromEvent ? r.resolve(from.day) : null;
  if (!from || !resolved) return { ...base, value: null, precision: 'unresolved', relative: true, anchor: null };
  return { ...base, ...resolved, relative: true, anchor: from.kind };
}
