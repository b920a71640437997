// A duration given by its start: "the probe, first opened in June 2021", "die 2021 eingeleiteten Ermittlungen",
// "l'enquête ouverte en 2021", "since 2021". The claim names the start; the cross-document stage turns it into the
// years from that start to the document's date, so that "two years after the investigation began" and "a probe
// launched in 2021" (in a 2025 report) can be compared. Words per language are data (data/durations.json).
import data from './data/durations.json' with { type: 'json' };
import { measureWords } from './figures.js';
import { alternationOf } from './phrases.js';

const MEASURES = new Set(data.measures);
const STARTS = data.starts as Record<string, string[]>;
const SINCE = data.since as Record<string, string[]>;

/** A start a sentence gives a duration measure: the measure, the date's ISO value (year, month or day) and offsets into the sentence. */
export interface DurationStart {
  measure: string;
  since: string;
  start: number;
  end: number;
}

/** A language's words and English's, which quotes and agency copy bring into every language. */
const withEnglish = (table: Record<string, string[]>, lang: string): string[] => [...new Set([...(table[lang] ?? []), ...(lang === 'en' ? [] : (table.en ?? []))])];
const compiled = new Map<string, { starts: RegExp; since: RegExp } | null>();
function startsFor(lang: string): { starts: RegExp; since: RegExp } | null {
  if (compiled.has(lang)) return compiled.get(lang)!;
  const ws = withEnglish(STARTS, lang);
  const since = withEnglish(SINCE, lang);
  const re = ws.length
    ? {
        starts: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternationOf(ws)})(?![\\p{L}\\p{M}])`, 'iu'),
        since: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternationOf(since)})\\s*$`, 'iu'),
      }
    : null;
  compiled.set(lang, re);
  return re;
}

/** How far apart the measure's word and the date may stand. */
const REACH = 70;
/** How close to the date a start word must stand when it is not between the two ("opened in 2021", "2021 eingeleiteten"); a "since" word stands right before it. */
const NEAR = 14;
const BREAK = /[;:!?()]|[.](?:\s|$)/;

/**
 * The starts a sentence gives its duration measures. `dates` are its absolute dates (offsets into the sentence, ISO
 * value). A date is a start when a start word stands between it and the measure's word, right before it or right after
 * it, or a "since" word right before it.
 */
export function findDurationStarts(sentence: string, lang: string, dates: { start: number; end: number; value: string }[]): DurationStart[] {
  const words = startsFor(lang);
  if (!words || !dates.length) return [];
  const { starts, since } = words;
  const out: DurationStart[] = [];
  for (const w of measureWords(sentence, lang)) {
    if (!MEASURES.has(w.key)) continue;
    const near = dates
      .map((d) => ({ d, gap: d.start >= w.end ? sentence.slice(w.end, d.start) : d.end <= w.start ? sentence.slice(d.end, w.start) : null }))
      .filter((x): x is { d: (typeof dates)[number]; gap: string } => x.gap !== null && x.gap.length <= REACH && !BREAK.test(x.gap))
      .sort((a, b) => a.gap.length - b.gap.length);
    const lead = (d: { start: number }) => sentence.slice(Math.max(0, d.start - NEAR), d.start);
    const hit = near.find(({ d, gap }) => starts.test(gap) || starts.test(lead(d)) || since.test(lead(d)) || starts.test(sentence.slice(d.end, d.end + NEAR)));
    if (hit) out.push({ measure: w.key, since: hit.d.value, start: Math.min(w.start, hit.d.start), end: Math.max(w.end, hit.d.end) });
  }
  return out;
}

const DAY_MS = 86400000;
const YEAR_DAYS = 365.25;
/** A duration stated in whole years ("four-year investigation") may be up to this many years off the exact span. */
const SLACK_YEARS = 0.5;

/** The first and last day an ISO year, month or day covers, as epoch milliseconds. */
function span(iso: string): [number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  if (d) return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
  if (m) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

/**
 * The years from a start to a day, as a range wide enough for a duration stated in whole years: a probe opened in
 * 2021, seen on 5 September 2025, has run 3.7 to 4.7 years, so "four years" agrees and "two years" does not. Null when
 * the start is not before the day.
 */
export function yearsSince(since: string, day: string): { low: number; high: number; value: number } | null {
  const [from, to] = span(since);
  const [at] = span(day.slice(0, 10));
  if (!(at > to)) return null;
  const low = Math.max(0, (at - to) / DAY_MS / YEAR_DAYS - SLACK_YEARS);
  const high = (at - from) / DAY_MS / YEAR_DAYS + SLACK_YEARS;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { low: round(low), high: round(high), value: round((low + high) / 2) };
}
