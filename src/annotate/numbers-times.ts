import { languageModule, type TimeWords } from '../lang/index.js';
import { WORD_END, WORD_START } from '../text/index.js';
import zones from './data/numbers-zones.json' with { type: 'json' };
import { alternation } from './numbers-regex.js';
/** A time of day found in text, in minutes since midnight. */
export interface TimeOfDay {
  start: number;
  end: number;
  minutes: number;
  /** "noon", "midnight": a time named by a word is a round, approximate time */
  named: boolean;
  /** the zone the text names after the time: "UTC+330" style offsets, "local", or null when it names none */
  zone: string | null;
  /** the words before the hour hedge it ("hacia las 4", "gegen 4 Uhr") */
  approx?: boolean;
}

const ZONES: Record<string, number | string> = zones.zones;
const OFFSET = String.raw`(?:\s?[+−-]\s?\d{1,2}(?::?\d{2})?)?`;
const ZONE_AFTER = new RegExp(
  String.raw`^\s?\(?(?<zone>${alternation(Object.keys(ZONES))})(?<offset>${OFFSET})(?![\p{L}\p{N}])`,
  'u',
);

/** The zone named right after a time ("11:47 p.m. local time", "19:17 GMT", "10:00 UTC+3"), with the length it covers. */
export function zoneAfter(text: string, end: number): { zone: string; length: number } | null {
  const m = ZONE_AFTER.exec(text.slice(end, end + 40));
  if (!m) return null;
  const named = ZONES[(m.groups?.zone ?? '').replace(/\s+/g, ' ')];
  if (named === undefined) return null;
  if (named === 'local') return { zone: 'local', length: m[0].length };
  const off = (m.groups?.offset ?? '').replace(/\s/g, '').replace('−', '-');
  let minutes = Number(named);
  if (off) {
    const [, sign, h, mm] = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(off) ?? [];
    if (sign) minutes += (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(mm ?? 0));
  }
  return { zone: `UTC${minutes >= 0 ? '+' : ''}${minutes}`, length: m[0].length };
}

const TIME_BEFORE = /\d{1,2}(?:[:.h]\d{2})?\s?(?:[ap]\.?\s?m\.?)?\s?\(?$/iu;

/** "3:30 p.m. ET", "19:17 GMT": the word at start..end is the time zone of the time of day written just before it. */
export function isZoneAfterTime(text: string, start: number, end: number): boolean {
  return typeof ZONES[text.slice(start, end)] === 'number' && TIME_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

// word edges as lookarounds, not \b: under the u flag V8 runs \b many times slower
const MERIDIEM = String.raw`(?<meridiem>[ap]\.?\s?m${WORD_END}\.?)`;
const TIME = new RegExp(
  [
    // 22:15, 10:30 a.m., 10.30pm (the dot form needs a.m./p.m., else it is a decimal)
    String.raw`(?<![\p{L}\p{N}.:,])(?<hour>\d{1,2})(?:(?<colon>:)|\.)(?<minute>\d{2})(?![\p{N}]|[:.,]\p{N})(?:\s?${MERIDIEM})?`,
    // 10 a.m., 7pm, 9 o'clock
    String.raw`(?<![\p{L}\p{N}.:,])(?<hourOnly>\d{1,2})(?:\s?${MERIDIEM.replace('meridiem', 'meridiem2')}|\s?(?<oclock>o['’]clock${WORD_END}))`,
    `${WORD_START}(?<named>noon|midday|midnight)${WORD_END}`,
  ].join('|'),
  'giu',
);

const NAMED: Record<string, number> = { noon: 720, midday: 720, midnight: 0 };

const words = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');

interface LanguageTimes {
  re: RegExp;
  approx: Set<string>;
  periods: Record<string, string>;
  /** after-words that also name a length of time ("heures", "horas"): alone, they do not make a time */
  durations: Set<string>;
  /** the language writes "15h30" */
  afterH: boolean;
}

const LANGUAGE_TIMES = new Map<string, LanguageTimes | null>();

/** A language's times written with words around the hour (src/lang/<code>/data.json "times"), compiled once. */
function languageTimes(lang: string): LanguageTimes | null {
  if (LANGUAGE_TIMES.has(lang)) return LANGUAGE_TIMES.get(lang) ?? null;
  const m = languageModule(lang);
  const t: TimeWords | undefined = m?.times;
  let out: LanguageTimes | null = null;
  if (t) {
    const before = [...new Set([...(t.before ?? []), ...(t.approx ?? [])])];
    const periods = t.periods ?? {};
    const periodsBefore = t.periodsBefore ?? {};
    const alt = (list: string[], name: string) => (list.length ? `(?<${name}>${words(list)})` : '(?!)');
    const source = [
      `(?:(?<![\\p{L}\\p{M}\\p{N}])${alt(Object.keys(periodsBefore), 'periodBefore')}\\s+)?`,
      `(?:(?<![\\p{L}\\p{M}\\p{N}])${alt(before, 'lead')}\\s+)?`,
      String.raw`(?<![\p{L}\p{N}.:,])(?<hour>\d{1,2})(?:(?<sep>[:.h])(?<minute>\d{2}))?(?![\p{N}]|[:.,]\p{N})`,
      `(?:\\s?${alt(t.after ?? [], 'after')}(?![\\p{L}\\p{M}])(?:\\s?(?<minute2>\\d{2})(?![\\p{N}]))?)?`,
      `(?:,?\\s+${alt(Object.keys(periods), 'period')}(?![\\p{L}]))?`,
    ].join('');
    out = {
      re: new RegExp(source, 'giu'),
      approx: new Set(t.approx ?? []),
      periods: { ...periods, ...periodsBefore },
      durations: new Set(Object.keys(m?.numbers?.units?.duration ?? {})),
      afterH: (t.after ?? []).includes('h'),
    };
  }
  LANGUAGE_TIMES.set(lang, out);
  return out;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");

/**
 * Times a language writes with words around the hour: "a las 15.30", "hacia las 4 de la madrugada" (240, hedged),
 * "um 3.10 Uhr", "vers 4 heures du matin", "às 4 da manhã". A bare hour needs a word before it and nothing after it
 * but a period of the day or punctuation; an after-word that is also a unit of time ("4 heures") needs the minutes,
 * a word before or a period.
 */
function findLanguageTimes(text: string, lang: string): TimeOfDay[] {
  const t = languageTimes(lang);
  if (!t) return [];
  const out: TimeOfDay[] = [];
  for (const m of text.matchAll(t.re)) {
    const g = m.groups ?? {};
    const minuteText = g.minute ?? g.minute2;
    // "15h30": the "h" between hour and minutes is the language's after-word "h"
    const after = g.after ? norm(g.after) : g.sep === 'h' && t.afterH ? 'h' : undefined;
    const periodWords = g.period ?? g.periodBefore;
    const period = periodWords ? t.periods[norm(periodWords)] : undefined;
    const hasMinutes = minuteText !== undefined;
    const bare = !/^\s*[\p{L}\p{N}%]/u.test(text.slice(m.index + m[0].length));
    const ok = (g.period !== undefined && period !== undefined) || (g.periodBefore !== undefined && (hasMinutes || after !== undefined)) || (g.lead !== undefined && (hasMinutes || after !== undefined || bare)) || (after !== undefined && (hasMinutes || !t.durations.has(after)));
    if (!ok || (g.sep === 'h' && !t.afterH)) continue;
    let hour = Number(g.hour);
    const minute = Number(minuteText ?? 0);
    if (hour > 24 || minute > 59) continue;
    if (period === 'pm' && hour >= 1 && hour < 12) hour += 12;
    if (period === 'night' && hour >= 6 && hour < 12) hour += 12;
    if (period === 'am' && hour === 12) hour = 0;
    if (period && hour > 12 && period === 'am') continue;
    const start = m.index + m[0].search(/\d/);
    const end = m.index + m[0].length;
    const zone = zoneAfter(text, end);
    out.push({ start, end: zone ? end + zone.length : end, minutes: (hour % 24) * 60 + minute, named: false, zone: zone?.zone ?? null, approx: g.lead !== undefined && t.approx.has(norm(g.lead)) });
  }
  return out;
}

/**
 * Times of day: "10:30 a.m." (630), "10.30pm" (1350), "22:15" (1335), "noon" (720), and in `lang` the times its module
 * writes with words ("a las 4 de la madrugada", "um 3.10 Uhr").
 */
export function findTimes(text: string, lang = 'en'): TimeOfDay[] {
  const out: TimeOfDay[] = findLanguageTimes(text, lang);
  const taken = (s: number, e: number) => out.some((t) => s < t.end && e > t.start);
  for (const m of text.matchAll(TIME)) {
    const g = m.groups ?? {};
    const minutes = g.named
      ? NAMED[g.named.toLowerCase()]
      : toMinutes(Number(g.hour ?? g.hourOnly), Number(g.minute ?? 0), g.meridiem ?? g.meridiem2);
    if (minutes === null) continue;
    if (g.hour !== undefined && !g.colon && !g.meridiem) continue;
    const end = m.index + m[0].length;
    if (taken(m.index, end)) continue;
    const zone = zoneAfter(text, end);
    out.push({ start: m.index, end: zone ? end + zone.length : end, minutes, named: Boolean(g.named), zone: zone?.zone ?? null });
  }
  return out.sort((a, b) => a.start - b.start);
}

function toMinutes(hour: number, minute: number, meridiem: string | undefined): number | null {
  if (minute > 59) return null;
  if (meridiem === undefined) return hour <= 24 ? (hour % 24) * 60 + minute : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase().startsWith('p');
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}
