import { languageModules, weekdayNames } from '../lang/index.js';
import { isRelativeDate, readDate, type WrittenDate } from './dates.js';
import { alternation } from './regex.js';

/** A page's own date as it labels it: "Published: 4 May 2025", "date 2025-09-01 …", "Mis à jour le 5 septembre 2025". */
export interface DateStamp {
  kind: 'published' | 'updated';
  /** the date part as written */
  written: string;
  date: WrittenDate;
}

const label = (forms: string[]) =>
  new RegExp(String.raw`^[\s|•·]*(?:${alternation(forms)})(?![\p{L}\p{M}])\s*(?:[:：|—–-]\s*)?(?<rest>.*)$`, 'iu');
// a page's labels and weekdays may be in any language
const MODULES = languageModules();
const PUBLISHED = label(MODULES.flatMap((m) => m.dateLabels?.published ?? []));
const WEEKDAY = new RegExp(String.raw`^(?:${alternation(MODULES.flatMap((m) => weekdayNames(m.code)?.flat() ?? []))})(?![\p{L}\p{M}])\.?,?\s+(?<rest>.+)$`, 'iu');
// a weekday line is a date line only when nothing but the date and a time follow
const MAX_WEEKDAY_LINE_WORDS = 8;
const UPDATED = label(MODULES.flatMap((m) => m.dateLabels?.updated ?? []));
// the date must open what follows the label, perhaps after a weekday: "Monday, 4 May 2025", "2025-09-01 Ein …"
const OPENS_WITH_DATE = /^(?:[\p{L}\p{M}]+\.?,?\s+){0,2}[\d\u0660-\u0669\u0966-\u096f]/u;
const DATE_PART_CHARS = 48;
// what may follow a relative date on its line: a time, a separator
const RELATIVE_LINE = /^(?:[\p{L}\p{M}\d'’.,:|•·\s-]){1,40}$/u;
const MAX_RELATIVE_WORDS = 6;

/** The labelled date at the start of a line (the line may go on with the article's first sentence); null when none. */
export function readDateStamp(line: string): DateStamp | null {
  for (const [kind, pattern] of [
    ['updated', UPDATED],
    ['published', PUBLISHED],
  ] as const) {
    const rest = pattern.exec(line)?.groups?.rest?.trim();
    if (!rest || !OPENS_WITH_DATE.test(rest)) continue;
    const written = rest.slice(0, DATE_PART_CHARS);
    const date = readDate(written);
    if (date) return { kind, written, date };
  }
  return null;
}

/** A line that is a weekday and a full date, perhaps with a time ("Mon 1 Sep 2025 12.30 BST", "Вівторок, 15 Квітня, 2025"). */
export function readWeekdayDateLine(line: string): DateStamp | null {
  const text = line.trim();
  const rest = WEEKDAY.exec(text)?.groups?.rest;
  if (!rest || text.split(/\s+/).length > MAX_WEEKDAY_LINE_WORDS || !OPENS_WITH_DATE.test(rest) || /\p{L}{2}[.!?]\s+\p{Lu}/u.test(rest)) return null;
  const date = readDate(rest.slice(0, DATE_PART_CHARS));
  return date && 'iso' in date ? { kind: 'published', written: rest, date } : null;
}

/** A short header line that dates the page only relatively ("3 hours ago", "Published: vor 2 Stunden"): the phrase, or null. */
export function relativeStamp(line: string): string | null {
  const text = line.trim();
  if (text.split(/\s+/).length > MAX_RELATIVE_WORDS || !RELATIVE_LINE.test(text) || !isRelativeDate(text)) return null;
  if (readDate(text)) return null;
  return text;
}
