import { DATE_SHAPE, wordCount } from '../clean/index.js';
import { isAgency, normaliseOutlet } from './outlets.js';
import { readDate, type WrittenDate } from './dates.js';

export interface Dateline {
  place: string;
  outlet: string | null;
  /** ISO date when the dateline states day, month and year */
  published: string | null;
  /** what the dateline's date states, full or not ("Sept 1" is a day without its year) */
  stated: WrittenDate | null;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
// a word of a script without capitals (Devanagari, Arabic): only where a date or an outlet confirms the dateline
const CASELESS = String.raw`\p{Lo}[\p{Lo}\p{M}]*`;
const ANY_WORD = String.raw`(?:${WORD}|${CASELESS})`;
const ANY_PLACE = String.raw`(?<place>${ANY_WORD}(?:\s${ANY_WORD}){0,3})`;
// what may open the text after the dateline's dash
const OPENING = String.raw`[\p{Lu}\p{Lo}\p{N}"«“„]`;
const PLACE = String.raw`(?<place>${WORD}(?:\s${WORD}){0,3})`;
const REGION = String.raw`${WORD}(?:\s${WORD}){0,2}`;
const MONTH_NAME = String.raw`[\p{L}\p{M}]{3,12}`;
const MONTH_DAY = String.raw`${DATE_SHAPE}|${MONTH_NAME}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+(?:de\s+)?${MONTH_NAME}\.?(?:\s+(?:de\s+)?\d{4})?`;
// "ERBIL (Outlet) —", "City (Outlet) February 4, 2026 -", "City, Feb 4 (Outlet) -", "CITY, Region (Outlet) —"
const WITH_OUTLET = new RegExp(
  String.raw`^${ANY_PLACE}(?:[,،]\s*(?<monthDay>${MONTH_DAY})|,\s*${REGION})?\s*\((?<outlet>[\p{L}\p{N}][^()]{0,48})\)\s*(?:(?<date>${DATE_SHAPE})\s*)?[—–-]{1,2}\s*\S`,
  'u',
);
// "CITY, 20.10.2025 — …", "CITY, 20 October. …", "CITY, 14 сентября 2024 г. — …" (a dated dateline without an outlet)
// (a short lowercase article may stand before the date: "Lyon, le 14 mars 2026 –", "Madrid, el 14 de marzo")
const WITH_DATE = new RegExp(
  String.raw`^${ANY_PLACE}[,،]\s*(?:\p{Ll}{1,3}\s+)?(?<monthDay>${MONTH_DAY})(?:\s+\p{Ll}{1,4}\.)?\s*(?:[—–-]{1,2}|\.)\s+${OPENING}`,
  'u',
);
// "DAMASCUS — …" anywhere at the top, "Damascus – …" only as the first paragraph
const PLACE_ONLY = new RegExp(String.raw`^${PLACE}\s*[—–]\s+\p{Lu}`, 'u');
// "CITY. …": a capitalised place closed by a full stop, only as the first paragraph
const PLACE_STOP = new RegExp(String.raw`^${PLACE}\.\s+\p{Lu}`, 'u');
const MAX_PLACE_ONLY_WORDS = 3;

/** Reads a news dateline at the start of a paragraph; `first` says whether it is the article's first paragraph. */
export function parseDateline(paragraph: string, first: boolean): Dateline | null {
  const text = paragraph.trim();
  const withOutlet = WITH_OUTLET.exec(text)?.groups;
  // "(dpa)": a lower-case outlet only when it is a known agency
  const outletOk = withOutlet && (/^[\p{Lu}\p{N}]/u.test(withOutlet.outlet) || isAgency(withOutlet.outlet));
  if (withOutlet && outletOk && (!isCaseless(withOutlet.place) || withOutlet.monthDay)) {
    const stated = readDate(withOutlet.date ?? withOutlet.monthDay);
    return {
      place: placeName(withOutlet.place),
      outlet: normaliseOutlet(withOutlet.outlet),
      published: stated && 'iso' in stated ? stated.iso : null,
      stated,
    };
  }
  const withDate = WITH_DATE.exec(text)?.groups;
  const stated = withDate ? readDate(withDate.monthDay) : null;
  // a caseless place needs a real date after it (a month of a language module, src/lang), not any word and number
  if (withDate && (first || isCapitals(withDate.place)) && (stated || !isCaseless(withDate.place))) {
    return { place: placeName(withDate.place), outlet: null, published: stated && 'iso' in stated ? stated.iso : null, stated };
  }
  const place = PLACE_ONLY.exec(text)?.groups?.place ?? (first ? PLACE_STOP.exec(text)?.groups?.place : undefined);
  if (!place || wordCount(place) > MAX_PLACE_ONLY_WORDS) return null;
  if (!isCapitals(place) && (!first || !PLACE_ONLY.test(text))) return null;
  return { place: placeName(place), outlet: null, published: null, stated: null };
}

function isCaseless(place: string): boolean {
  return !/\p{Lu}/u.test(place);
}

function isCapitals(place: string): boolean {
  return place === place.toUpperCase() && /\p{L}{2}/u.test(place);
}

// "Sevilla, 10 de marzo de 2026": a date line on its own that opens with the place it was written in
const PLACE_OF_DATE_LINE = new RegExp(String.raw`^${PLACE},\s+(?:\p{Ll}{1,3}\s+)?(?:${MONTH_DAY})\.?\s*$`, 'u');

/** The place a date line standing alone opens with ("Sevilla, 10 de marzo de 2026" → "Sevilla"), or null. */
export function placeOfDateLine(line: string): string | null {
  const place = PLACE_OF_DATE_LINE.exec(line.trim())?.groups?.place;
  return place ? placeName(place) : null;
}

/** "ERBIL" -> "Erbil", "NEW YORK" -> "New York"; mixed-case names stay as written. */
function placeName(place: string): string {
  if (!isCapitals(place)) return place;
  return place.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
