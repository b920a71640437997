import type { DatePrecision } from '../types.js';
import { addDays, addMonths, type Day, dayOfWeek, isoDay, isoMonth, parseIsoDay } from './dates-calendar.js';
import { dateNameNumbers, ENGLISH } from '../lang/index.js';
import { NUMBER_WORDS, parseNumber } from './numbers-parse.js';
import { names, phrases } from './numbers-regex.js';
import { caseless } from '../text/index.js';

// English month and weekday names with the English in-text date vocabulary (src/lang/en)
const vocabulary = { ...ENGLISH.englishDates, ...dateNameNumbers(ENGLISH) };

export interface Resolved {
  value: string;
  precision: DatePrecision;
}

type Groups = Record<string, string | undefined>;

/**
 * What a phrase counts from: false, the day of writing ("yesterday"); otherwise the nearest date the text states
 * before it, precise to at least this ("the day before" needs a day, "two years later" a year, "that September" a year).
 */
export type Anaphora = false | 'day' | 'month' | 'year';

interface RelativeRule {
  source: string;
  /** "unit" when the phrase's own unit decides ("a week later" needs a day, "a year later" a year) */
  anaphoric: Anaphora | 'unit';
  /** a bare month is a date only after a cue word ("in October", "a July visit"), else "May" is a verb */
  needsCue?: boolean;
  resolve(g: Groups, anchor: Day): Resolved | null;
}

/** A relative phrase found in text, with what is needed to resolve it later. */
export interface RelativePhrase {
  start: number;
  end: number;
  text: string;
  anaphoric: Anaphora;
  /** "the day before the talks": counted from an event, not from a date, so it cannot be resolved */
  fromEvent: boolean;
  resolve(anchor: Day): Resolved | null;
  /** the weekday the phrase names (0 = Sunday), so documents without a date can still be compared */
  weekday?: number;
}

const MONTHS: Record<string, number> = vocabulary.months;
const WEEKDAYS: Record<string, number> = vocabulary.weekdays;
const WEEKDAY_ANY: Record<string, number> = { ...vocabulary.weekdays, ...vocabulary.weekdayAbbreviations };
const DAY_WORDS: Record<string, number> = vocabulary.dayWords;
const WEEKDAY_MODIFIERS: Record<string, string> = vocabulary.weekdayModifiers;
const MONTH_MODIFIERS: Record<string, string> = vocabulary.monthModifiers;
const PERIOD_MODIFIERS: Record<string, number> = vocabulary.periodModifiers;
const DIRECTIONS: Record<string, number> = vocabulary.directions;

const PART_OF_DAY = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
const COUNT = `\\d{1,3}|(?:${phrases(['an', 'a', ...NUMBER_WORDS])})(?:[-‐‑](?:${NUMBER_WORDS.join('|')}))?`;
const UNIT = '(?<unit>day|week|month|year)s?';

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ');
const count = (s: string | undefined): number => (/^an?$/i.test(s ?? '') ? 1 : (parseNumber(s ?? '') ?? Number.NaN));

/** Shifts a day by n units: days and weeks keep day precision, months and years coarsen. */
export function shift(anchor: Day, unit: string, n: number): Resolved | null {
  if (!Number.isFinite(n)) return null;
  if (unit === 'day' || unit === 'week') return day(addDays(anchor, unit === 'week' ? 7 * n : n));
  if (unit === 'month') {
    const m = addMonths(anchor, n);
    return { value: isoMonth(m.year, m.month), precision: 'month' };
  }
  return { value: String(anchor.year + n), precision: 'year' };
}

export const day = (d: Day): Resolved => ({ value: isoDay(d), precision: 'day' });

/** The weekday `target` nearest the anchor in a direction: "before", "after", or on-or-before by default. */
export function weekday(anchor: Day, target: number, direction: string | undefined): Resolved {
  const back = (dayOfWeek(anchor) - target + 7) % 7;
  if (direction === 'after') return day(addDays(anchor, ((target - dayOfWeek(anchor) + 6) % 7) + 1));
  return day(addDays(anchor, direction === 'before' && back === 0 ? -7 : -back));
}

/** The year of a month named without one: the most recent such month, or the next, or the anchor's year. */
function month(anchor: Day, target: number, direction: string): Resolved {
  let year = anchor.year;
  if (direction === 'before' && target >= anchor.month) year -= 1;
  if (direction === 'onOrBefore' && target > anchor.month) year -= 1;
  if (direction === 'after' && target <= anchor.month) year += 1;
  return { value: isoMonth(year, target), precision: 'month' };
}

/** A week (Monday to Sunday) has no precision of its own: its month when it lies in one, else its year. */
export function week(anchor: Day, n: number, part: string): Resolved {
  const monday = addDays(anchor, -((dayOfWeek(anchor) + 6) % 7) + 7 * n);
  const first = part === 'later this' ? addDays(anchor, 1) : monday;
  const last = part === 'earlier this' ? addDays(anchor, -1) : addDays(monday, 6);
  if (first.year === last.year && first.month === last.month) {
    return { value: isoMonth(first.year, first.month), precision: 'month' };
  }
  return { value: String(first.year), precision: 'year' };
}

const MONTH_NAME = `(?<month>${names(Object.keys(MONTHS))})(?![\\p{L}])(?!,?\\s*(?:of\\s+)?\\d)`;
const resolveMonth = (g: Groups, anchor: Day): Resolved =>
  month(anchor, MONTHS[lower(g.month)], MONTH_MODIFIERS[lower(g.mod)] ?? 'onOrBefore');

const RULES: RelativeRule[] = [
  {
    source: `(?<word>${phrases(Object.keys(DAY_WORDS))})${PART_OF_DAY}`,
    anaphoric: false,
    resolve: (g, anchor) => day(addDays(anchor, DAY_WORDS[lower(g.word)])),
  },
  {
    source: `(?:(?<mod>${phrases(Object.keys(WEEKDAY_MODIFIERS))})\\s+)?(?<weekday>${names(Object.keys(WEEKDAYS))})${PART_OF_DAY}`,
    anaphoric: false,
    resolve: (g, anchor) => weekday(anchor, WEEKDAYS[lower(g.weekday)], WEEKDAY_MODIFIERS[lower(g.mod)]),
  },
  {
    source: `(?<mod>${phrases(Object.keys(MONTH_MODIFIERS))})(?:\\s+|[-‐‑])(?:in\\s+)?${MONTH_NAME}`,
    anaphoric: false,
    resolve: resolveMonth,
  },
  { source: MONTH_NAME, anaphoric: false, needsCue: true, resolve: resolveMonth },
  {
    source: `[Tt]hat\\s+${MONTH_NAME}`,
    anaphoric: 'year',
    resolve: (g, anchor) => month(anchor, MONTHS[lower(g.month)], 'same'),
  },
  {
    source: `(?<mod>${phrases(Object.keys(PERIOD_MODIFIERS))})\\s+(?<unit>week|month|year)`,
    anaphoric: false,
    resolve: (g, anchor) => {
      const n = PERIOD_MODIFIERS[lower(g.mod)];
      return g.unit === 'week' ? week(anchor, n, lower(g.mod)) : shift(anchor, g.unit ?? '', n);
    },
  },
  {
    source: `(?<count>${COUNT})\\s+${UNIT}\\s+ago`,
    anaphoric: false,
    resolve: (g, anchor) => shift(anchor, g.unit ?? '', -count(g.count)),
  },
  {
    source: `[Tt]he\\s+(?<unit>day|week|month|year)\\s+(?<dir>before|after|earlier|later)`,
    anaphoric: 'unit',
    resolve: (g, anchor) => shift(anchor, g.unit ?? '', DIRECTIONS[lower(g.dir)]),
  },
  {
    source: `[Tt]he\\s+(?<dir>previous|preceding|prior|next|following)\\s+(?<unit>day|week|month|year)`,
    anaphoric: 'unit',
    resolve: (g, anchor) => shift(anchor, g.unit ?? '', DIRECTIONS[lower(g.dir)]),
  },
  {
    source: `(?<count>${COUNT})\\s+${UNIT}\\s+(?<dir>later|earlier|before|after|afterwards|afterward|on)`,
    anaphoric: 'unit',
    resolve: (g, anchor) => shift(anchor, g.unit ?? '', count(g.count) * DIRECTIONS[lower(g.dir)]),
  },
];

const UNIT_ANCHOR: Record<string, Anaphora> = { day: 'day', week: 'day', month: 'month', year: 'year' };

const SCANNERS = RULES.map((rule) => ({
  rule,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${rule.source})(?![\\p{L}\\p{N}])`, 'gu'),
}));
const WHOLE = RULES.map((rule) => ({ rule, regex: new RegExp(`^(?:${rule.source})$`, 'u') }));
const MONTH_CUE = new RegExp(`(?<![\\p{L}])(?:${phrases(vocabulary.monthCues)})\\s+$`, 'u');
/** "before"/"after" followed by words names an event: "the day before the vote". */
const EVENT_AFTER = /^\s+[\p{L}\p{N}]/u;

const FUTURE_CUE = caseless(`\\b(?:${phrases(vocabulary.futureCues)})\\b[^.!?]*$`);
/** "declared Tuesday a day of mourning": a weekday named as a day for something is the coming one. */
const DESIGNATION = caseless(`^\\s+(?:${phrases(vocabulary.designations ?? [])})\\b`);

/** The part of the sentence before offset `at`, at most 120 characters back. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 120), at);
  return head.slice(Math.max(0, ...['.', '!', '?', '\n'].map((c) => head.lastIndexOf(c) + 1)));
}

/** Every relative date phrase in text (overlaps allowed; the caller picks). */
export function findRelativePhrases(text: string): RelativePhrase[] {
  const out: RelativePhrase[] = [];
  for (const { rule, regex } of SCANNERS) {
    for (const m of text.matchAll(regex)) {
      const start = m.index;
      if (rule.needsCue && !MONTH_CUE.test(text.slice(Math.max(0, start - 20), start))) continue;
      const end = start + m[0].length;
      const g: Groups = m.groups ?? {};
      const followed = EVENT_AFTER.test(text.slice(end, end + 3));
      // "three days on the road": "on" before words is a preposition, not "later".
      if (followed && lower(g.dir) === 'on') continue;
      const fromEvent = followed && /^(?:before|after)$/i.test(g.dir ?? '');
      // "the agreement to be signed on Wednesday": a bare weekday after a future cue is the coming one
      const future = g.weekday !== undefined && !g.mod && (FUTURE_CUE.test(sentenceBefore(text, start)) || DESIGNATION.test(text.slice(end, end + 40)));
      out.push({
        start,
        end,
        text: m[0],
        anaphoric: rule.anaphoric === 'unit' ? UNIT_ANCHOR[g.unit ?? 'day'] : rule.anaphoric,
        fromEvent,
        resolve: future ? (anchor) => weekday(anchor, WEEKDAYS[lower(g.weekday)], 'after') : (anchor) => rule.resolve(g, anchor),
        ...(g.weekday !== undefined ? { weekday: WEEKDAYS[lower(g.weekday)] } : {}),
      });
    }
  }
  return out;
}

function anchorDay(iso: string): Day {
  const anchor = parseIsoDay(iso);
  if (!anchor) throw new RangeError(`not an ISO day: ${iso}`);
  return anchor;
}

/** Resolves a relative phrase ("the day before", "on Tuesday", "last October", "yesterday", "two days later") against an ISO day. Returns null if the phrase is not a relative date. */
export function resolveRelative(phrase: string, anchorIso: string): Resolved | null {
  const anchor = anchorDay(anchorIso);
  const p = phrase
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .replace(/^(?:on|in|during|since|by|from|until|till|at|of)\s+/i, '');
  for (const { rule, regex } of WHOLE) {
    const m = regex.exec(p);
    if (m) return rule.resolve(m.groups ?? {}, anchor);
  }
  return null;
}

/** Day of week (0 = Sunday) of an ISO day; throws RangeError on anything else. */
export const weekdayOf = (iso: string): number => dayOfWeek(anchorDay(iso));

const WEEKDAY_IN = new RegExp(`\\b(${Object.keys(WEEKDAY_ANY).join('|')})\\b`, 'i');

/** Whether the weekday a phrase names ("Tuesday", "on Tue.") is the weekday of an ISO day; false when either is missing. */
export function matchesWeekday(phrase: string, iso: string): boolean {
  const name = WEEKDAY_IN.exec(phrase)?.[1];
  const target = parseIsoDay(iso);
  return name !== undefined && target !== null && dayOfWeek(target) === WEEKDAY_ANY[name.toLowerCase()];
}
