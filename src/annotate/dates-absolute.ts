import type { DatePrecision } from '../types.js';
import { isoDay, isoMonth, makeDay } from './dates-calendar.js';
import currencies from './data/numbers-currencies.json' with { type: 'json' };
import { dateNameNumbers, ENGLISH } from '../lang/index.js';
import units from './data/numbers-units.json' with { type: 'json' };
import { alternation, DASH, names, phrases } from './numbers-regex.js';

// English month and weekday names with the English in-text date vocabulary (src/lang/en)
const vocabulary = { ...ENGLISH.englishDates, ...dateNameNumbers(ENGLISH) };

/** A date the text states with its own numbers or month names. */
export interface AbsoluteDate {
  start: number;
  end: number;
  text: string;
  /** null when the year must come from an anchor ("Feb. 4") */
  value: string | null;
  precision: DatePrecision;
  /** month and day of a date written without a year */
  yearless?: { month: number; day: number };
  /** month-first reading of a numeric date that could be read either way (04/02/2026) */
  alternative?: string;
}

type Groups = Record<string, string | undefined>;
type Reading = Omit<AbsoluteDate, 'start' | 'end' | 'text'>;

const MONTHS: Record<string, number> = { ...vocabulary.months, ...vocabulary.monthAbbreviations };
const ABBREVIATIONS = Object.keys(vocabulary.monthAbbreviations);
const QUARTERS: Record<string, number> = vocabulary.quarterOrdinals;
const parts = vocabulary.yearParts;

const YEAR = '(?<year>19\\d{2}|20\\d{2}|2100)(?![\\p{L}\\p{N}])';
const MONTH = `(?<month>${names(Object.keys(vocabulary.months))}|(?:${names(ABBREVIATIONS)})\\.?)(?![\\p{L}])`;
const WEEKDAY = `(?:(?:${names(Object.keys(vocabulary.weekdays))}|(?:${names(Object.keys(vocabulary.weekdayAbbreviations))})\\.?),?\\s+(?:the\\s+)?)?`;
/** A day, or the first day of a span of days ("3-5 February"). */
const ORDINAL = `(?:${(ENGLISH.ordinalSuffixes ?? []).join('|')})?`;
const DAY = `(?<![\\p{L}\\p{N}.,/])(?<day>[0-3]?\\d)${ORDINAL}(?:\\s*${DASH}\\s*[0-3]?\\d${ORDINAL})?`;
const PART = `(?:(?:${phrases(parts.prefixes)})(?:\\s+|${DASH})|(?:[Tt]he\\s+)?(?:${phrases(parts.ofPhrases)})\\s+of\\s+|(?:${phrases(parts.seasons)})\\s+)`;

const monthOf = (g: Groups): number => MONTHS[(g.month ?? '').toLowerCase().replace('.', '')];

function dayReading(year: number, month: number, day: number): Reading | null {
  const d = makeDay(year, month, day);
  return d ? { value: isoDay(d), precision: 'day' } : null;
}

/** Month and day without a year: valid if they exist in a leap year. */
function yearless(month: number, day: number): Reading | null {
  return makeDay(2000, month, day) ? { value: null, precision: 'day', yearless: { month, day } } : null;
}

/** Day-first unless impossible; when both readings exist, the month-first one is kept as the alternative. */
function numeric(g: Groups): Reading | null {
  const a = Number(g.a);
  const b = Number(g.b);
  const year = Number(g.year);
  const dayFirst = dayReading(year, b, a);
  const monthFirst = dayReading(year, a, b);
  if (!dayFirst) return monthFirst;
  return monthFirst && a !== b ? { ...dayFirst, alternative: monthFirst.value ?? undefined } : dayFirst;
}

const PATTERNS: { source: string; read(g: Groups): Reading | null }[] = [
  {
    source: `${WEEKDAY}${DAY}(?:\\s+of)?\\s+${MONTH},?\\s+${YEAR}`,
    read: (g) => dayReading(Number(g.year), monthOf(g), Number(g.day)),
  },
  {
    source: `${WEEKDAY}${MONTH}\\s+${DAY}(?:,\\s*|\\s+)${YEAR}`,
    read: (g) => dayReading(Number(g.year), monthOf(g), Number(g.day)),
  },
  { source: `${WEEKDAY}${DAY}(?:\\s+of)?\\s+${MONTH}`, read: (g) => yearless(monthOf(g), Number(g.day)) },
  { source: `${WEEKDAY}${MONTH}\\s+${DAY}(?![\\p{N}]|[.,:]\\d)`, read: (g) => yearless(monthOf(g), Number(g.day)) },
  {
    source: `${PART}?${MONTH},?\\s+(?:of\\s+)?${YEAR}`,
    read: (g) => ({ value: isoMonth(Number(g.year), monthOf(g)), precision: 'month' }),
  },
  {
    source: `(?<![\\p{N}.,/])${YEAR.replace('(?![\\p{L}\\p{N}])', '')}(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>(?<a>\\d{1,2})(?![\\p{N}]|[.,]\\d)`,
    read: (g) => dayReading(Number(g.year), Number(g.b), Number(g.a)),
  },
  { source: `(?<![\\p{N}.,/])(?<a>\\d{1,2})(?<sep>[-/.])(?<b>\\d{1,2})\\k<sep>${YEAR}`, read: numeric },
  { source: `Q(?<q>[1-4])(?:\\s+of|,)?\\s*${YEAR}`, read: (g) => quarter(g.year, Number(g.q)) },
  { source: `(?<q>[1-4])Q\\s*${YEAR}`, read: (g) => quarter(g.year, Number(g.q)) },
  {
    source: `(?<ord>${phrases(Object.keys(QUARTERS))})\\s+quarter(?:\\s+of|,)?\\s+${YEAR}`,
    read: (g) => quarter(g.year, QUARTERS[(g.ord ?? '').toLowerCase()]),
  },
  { source: `${PART}${YEAR}`, read: (g) => ({ value: g.year ?? null, precision: 'year' }) },
];

function quarter(year: string | undefined, q: number): Reading {
  return { value: `${year}-Q${q}`, precision: 'quarter' };
}

const REGEXES = PATTERNS.map((p) => ({
  read: p.read,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${p.source})`, 'gu'),
}));
const YEAR_ALONE = new RegExp(`(?<![\\p{L}\\p{N}])${YEAR}`, 'gu');
const YEAR_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<first>19\\d{2}|20\\d{2})(?<dash>\\s*${DASH}\\s*)(?<second>19\\d{2}|20\\d{2}|2100|\\d{2})(?![\\p{L}\\p{N}])`,
  'gu',
);

const HEDGE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(ENGLISH.hedges ?? {}))})\\s+$`, 'iu');
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${vocabulary.yearCues.join('|')})\\s+$`, 'iu');
/** "the 2020 elections", "Russia's 2017 accords": a determiner before a plain four-digit number makes it a year. */
const DETERMINER_BEFORE = new RegExp(`(?:(?<![\\p{L}])(?:${vocabulary.yearDeterminers.join('|')})|\\p{L}['’]s)\\s+$`, 'iu');
const QUANTITY_WORDS = new Set(
  [...Object.keys(units.duration), ...Object.keys(units.measure), ...Object.keys(currencies.words)].map((w) =>
    w.toLowerCase(),
  ),
);
const VERBS = new Set(vocabulary.yearFollowersThatAreVerbs);

/**
 * Whether a four-digit number is a year: not after a currency sign, hedge or designation ("S-2000"), not before a
 * percent sign or unit; after a cue ("in 2015") or determiner ("the 2020 elections") it is; otherwise before a plural
 * noun ("2017 soldiers") it is a quantity.
 */
function isYear(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 25), start);
  const after = text.slice(end, end + 30);
  if (/[$€£¥₽#№]\s?$|\p{L}[-‐‑]$|\d[.,:/-]?$/u.test(before) || HEDGE_BEFORE.test(before)) return false;
  if (/^\s?(?:%|per\s?cent|percent)|^[.,:]\d/i.test(after) || new RegExp(`^\\s*${DASH}\\s*\\d`).test(after)) return false;
  const next = /^[\s-]+([\p{L}][\p{L}/²]*)(?:\s+([\p{L}]+))?/u.exec(after);
  const word = next?.[1] ?? '';
  if (QUANTITY_WORDS.has(word.toLowerCase()) || QUANTITY_WORDS.has(`${word} ${next?.[2] ?? ''}`.toLowerCase())) {
    return false;
  }
  if (CUE_BEFORE.test(before) || DETERMINER_BEFORE.test(before)) return true;
  return !(/^[a-z][a-z'’]*[^sui'’]s$/.test(word) && !VERBS.has(word));
}

/** Every absolute date in text (overlaps allowed; the caller picks). Year ranges ("2023–2024") give one mention per year. */
export function findAbsoluteDates(text: string): AbsoluteDate[] {
  const out: AbsoluteDate[] = [];
  for (const { regex, read } of REGEXES) {
    for (const m of text.matchAll(regex)) {
      const reading = read(m.groups ?? {});
      if (reading) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...reading });
    }
  }
  for (const m of text.matchAll(YEAR_RANGE)) {
    const g = m.groups ?? {};
    const first = Number(g.first);
    const second = (g.second ?? '').length === 2 ? Math.floor(first / 100) * 100 + Number(g.second) : Number(g.second);
    const end = m.index + m[0].length;
    if (second <= first || second - first > 50 || !isYear(text, m.index, end)) continue;
    const secondStart = m.index + (g.first ?? '').length + (g.dash ?? '').length;
    out.push(year(text, m.index, m.index + 4, String(first)), year(text, secondStart, end, String(second)));
  }
  for (const m of text.matchAll(YEAR_ALONE)) {
    const end = m.index + m[0].length;
    if (isYear(text, m.index, end)) out.push(year(text, m.index, end, m[0]));
  }
  return out;
}

function year(text: string, start: number, end: number, value: string): AbsoluteDate {
  return { start, end, text: text.slice(start, end), value, precision: 'year' };
}
