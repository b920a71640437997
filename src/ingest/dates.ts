import * as chrono from 'chrono-node';
import { CLDR_DATE_LANGUAGES, cldrDateVocabulary } from '../lang/cldr.js';
import { languageModules, monthNames } from '../lang/index.js';
import { alternation, escapeRegex } from './regex.js';

/** What a written date says: a calendar day, a day of a month without its year ("--09-02"), or two possible days. */
export type WrittenDate = { iso: string } | { day: string } | { readings: string[] };

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
// "2025/09/01", "2025.09.01": year first is never day-first
const YEAR_FIRST = /(?<![\d./-])(\d{4})([./])(\d{1,2})\2(\d{1,2})(?![\d./-]?\d)/;
// "20.10.2025", "20/10/2025", "20-10-2025"
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-]?\d)/;
const fold = (s: string) => s.normalize('NFC').toLowerCase();
// the shortest CLDR month name taken for page dates
const MIN_CLDR_MONTH = 4;
// a page's date may be in any language: the month names, connectors and ordinal suffixes of every language module
const MODULES = languageModules();
const monthOf = new Map<string, number>();
for (const { code } of MODULES) {
  monthNames(code)?.forEach((forms, i) => {
    for (const form of forms) monthOf.set(fold(form), i + 1);
  });
}
// the full month names of the languages the CLDR knows and no module covers ("4 aprile 2026", "4. huhtikuuta 2026");
// a form two languages give different months ("listopad": November in Polish, October in Croatian) and short
// forms that are everyday words elsewhere are left out
const cldrMonths = new Map<string, Set<number>>();
for (const code of CLDR_DATE_LANGUAGES) {
  for (const [form, month] of Object.entries(cldrDateVocabulary(code)?.months ?? {})) {
    const key = fold(form);
    if (key.length < MIN_CLDR_MONTH || monthOf.has(key)) continue;
    cldrMonths.set(key, (cldrMonths.get(key) ?? new Set()).add(month));
  }
}
for (const [form, months] of cldrMonths) if (months.size === 1) monthOf.set(form, [...months][0]);
const every = (list: (m: (typeof MODULES)[number]) => string[] | undefined) => [...new Set(MODULES.flatMap((m) => list(m) ?? []))];
const MONTH = alternation(monthOf.keys());
const connector = String.raw`(?:(?:${every((m) => m.dateConnectors).map(escapeRegex).join('|')})\.?\s+)?`;
const suffix = String.raw`(?:${every((m) => m.ordinalSuffixes).map(escapeRegex).join('|')}|\.)?`;
// a month name, perhaps with the other calendar's name after a slash ("أبريل/نيسان"); not inside a longer word
const MONTH_WORD = String.raw`(?<![\p{L}\p{M}])(?<month>${MONTH})(?![\p{L}\p{M}])\.?(?:\s*/\s*(?:${MONTH})(?![\p{L}\p{M}]))?`;
const YEAR = String.raw`(?:,?\s+${connector}(?<year>\d{4})(?!\d))`;
// "20 октября 2025 г.", "20 de octubre de 2025", "1er mars 2025", "20. Oktober 2025", "15 Квітня, 2025"; year optional
const DAY_MONTH = new RegExp(String.raw`(?<![\d.])(?<dayNum>\d{1,2})${suffix}\s+${connector}${MONTH_WORD}${YEAR}?`, 'iu');
// "octubre 20, 2025", "Sept 1", "सितम्बर 2"
const MONTH_DAY = new RegExp(String.raw`${MONTH_WORD}\s+(?<dayNum>\d{1,2})${suffix}(?![\d:])${YEAR}?`, 'iu');
const LOCAL_DIGITS: [number, number][] = [
  [0x660, 0x669], // Arabic-Indic
  [0x6f0, 0x6f9], // Extended Arabic-Indic (Persian, Urdu)
  [0x966, 0x96f], // Devanagari
];
const RELATIVE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${every((m) => m.dateLabels?.relative).join('|')})(?![\p{L}\p{M}])`,
  'iu',
);

/** ASCII digits for the other scripts' digits ("٢٠٢٥" -> "2025"). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (ch) => {
    const code = ch.charCodeAt(0);
    const range = LOCAL_DIGITS.find(([lo, hi]) => code >= lo && code <= hi);
    return range ? String(code - range[0]) : ch;
  });
}

/** True when the text counts its date from a moment it does not give ("3 hours ago", "vor 2 Stunden", "вчера"). */
export function isRelativeDate(text: string): boolean {
  return RELATIVE.test(text);
}

/** ISO YYYY-MM-DD for a written date that states day, month and year; null otherwise (never guesses a year or a reading). */
export function toIsoDate(written: string | null | undefined): string | null {
  const read = readDate(written);
  return read && 'iso' in read ? read.iso : null;
}

/** What a written date states: a full date, a day without a year, or two readings of "12/11/2025"; null when it is no date. */
export function readDate(written: string | null | undefined): WrittenDate | null {
  const text = asciiDigits(written?.trim().normalize('NFC') ?? '');
  if (!text) return null;
  // machine dates ("2026-02-04T09:30:00+03:00") keep the calendar day they state
  const iso = ISO_PREFIX.exec(text);
  if (iso) return full(validDate(Number(iso[1]), Number(iso[2]), Number(iso[3])));
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return full(validDate(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4])));
  const numeric = NUMERIC.exec(text);
  if (numeric) return numericDate(Number(numeric[1]), numeric[2], Number(numeric[3]), Number(numeric[4]));
  const named = namedDate(text);
  if (named !== undefined) return named;
  // "3 hours ago" is a date only on the day it was saved, which the page does not give
  if (isRelativeDate(text)) return null;
  const parsed = chrono.strict.parse(text)[0];
  if (!parsed) return null;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return full(validDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0));
}

function full(iso: string | null): WrittenDate | null {
  return iso ? { iso } : null;
}

/** Dots are day-first everywhere; slashes and hyphens give two readings when both numbers can be a month. */
function numericDate(first: number, separator: string, second: number, year: number): WrittenDate | null {
  if (separator === '.' || first > 12) return full(validDate(year, second, first));
  if (second > 12 || first === second) return full(validDate(year, first, second));
  const readings = [validDate(year, second, first), validDate(year, first, second)].filter((d) => d !== null);
  return readings.length ? { readings } : null;
}

/** A date written with a month name of a language module (src/lang), or undefined when the text has none. */
function namedDate(text: string): WrittenDate | null | undefined {
  const match = [DAY_MONTH.exec(text), MONTH_DAY.exec(text)]
    .filter((m) => m !== null)
    .sort((a, b) => a.index - b.index || Number(!a.groups?.year) - Number(!b.groups?.year))[0];
  const groups = match?.groups;
  if (!groups) return undefined;
  const month = monthOf.get(fold(groups.month).replace(/\s+/g, ' '));
  if (!month) return undefined;
  const day = Number(groups.dayNum);
  if (groups.year) return full(validDate(Number(groups.year), month, day));
  // a day of a month without its year: checked against a leap year so 29 February passes
  return validDate(2000, month, day) ? { day: `--${pad(month)}-${pad(day)}` } : null;
}

/**
 * The year of a day stated without one ("--09-02"), from dates known around it: the reading nearest to one of them,
 * when that is within `maxDays`; null when nothing is known or every reading is too far.
 */
export function dayInYear(day: string, known: string[], maxDays = 120): string | null {
  const [, month, date] = /^--(\d{2})-(\d{2})$/.exec(day) ?? [];
  if (!month) return null;
  let best: { iso: string; distance: number } | null = null;
  for (const ref of known) {
    const year = Number(ref.slice(0, 4));
    for (const y of [year - 1, year, year + 1]) {
      const iso = validDate(y, Number(month), Number(date));
      if (!iso) continue;
      const distance = Math.abs(Date.parse(iso) - Date.parse(ref)) / 86_400_000;
      if (distance <= maxDays && (!best || distance < best.distance)) best = { iso, distance };
    }
  }
  return best?.iso ?? null;
}

// a full written date anywhere in running text (for the dates an article states)
const FULL_IN_TEXT = new RegExp(
  String.raw`\d{4}-\d{2}-\d{2}|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{4}|(?<![\d.])\d{1,2}${suffix}\s+${connector}(?:${MONTH})\.?,?\s+${connector}\d{4}|(?<![\p{L}\p{M}])(?:${MONTH})\.?\s+\d{1,2}${suffix},?\s+\d{4}`,
  'giu',
);

/** The full dates (day, month, year) a text states, ISO, in order, once each. */
export function statedDates(text: string): string[] {
  const found = new Set<string>();
  for (const match of asciiDigits(text.normalize('NFC')).matchAll(FULL_IN_TEXT)) {
    const iso = toIsoDate(match[0]);
    if (iso) found.add(iso);
  }
  return [...found];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
