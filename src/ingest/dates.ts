import * as chrono from 'chrono-node';
import monthNames from './data/month-names.json' with { type: 'json' };

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
// "20.10.2025", "20/10/2025", "20-10-2025"
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-]?\d)/;
const foreignMonth = new Map<string, number>();
for (const months of Object.values(monthNames.months)) {
  months.forEach((forms, i) => {
    for (const form of forms) foreignMonth.set(form, i + 1);
  });
}
const connector = String.raw`(?:(?:${monthNames.connectors.join('|')})\.?\s+)?`;
const suffix = String.raw`(?:${monthNames.ordinalSuffixes.join('|')}|\.)?`;
// "20 октября 2025 г.", "20 de octubre de 2025", "1er mars 2025", "20. Oktober 2025"; "octubre 20, 2025"
const DAY_MONTH = new RegExp(String.raw`(?<!\d)(\d{1,2})${suffix}\s+${connector}(\p{L}+)\.?,?\s+${connector}(\d{4})(?!\d)`, 'u');
const MONTH_DAY = new RegExp(String.raw`(?<!\p{L})(\p{L}+)\.?\s+(\d{1,2}),?\s+${connector}(\d{4})(?!\d)`, 'u');

/** ISO YYYY-MM-DD for a written date that states day, month and year; null otherwise (never guesses a year). */
export function toIsoDate(written: string | null | undefined): string | null {
  const text = written?.trim();
  if (!text) return null;
  // machine dates ("2026-02-04T09:30:00+03:00") keep the calendar day they state
  const iso = ISO_PREFIX.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric) return numericDate(Number(numeric[1]), numeric[2], Number(numeric[3]), Number(numeric[4]));
  const foreign = foreignDate(text);
  if (foreign !== undefined) return foreign;
  const parsed = chrono.strict.parse(text)[0];
  if (!parsed) return null;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return validDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

/** Dots are day-first everywhere; slashes and hyphens only when one number cannot be a month (never guessed). */
function numericDate(first: number, separator: string, second: number, year: number): string | null {
  if (separator === '.' || first > 12) return validDate(year, second, first);
  if (second > 12 || first === second) return validDate(year, first, second);
  return null;
}

/** A date written with a month name from month-names.json, or undefined when the text has none. */
function foreignDate(text: string): string | null | undefined {
  const dayFirst = DAY_MONTH.exec(text);
  const dayFirstMonth = dayFirst && foreignMonth.get(dayFirst[2].toLowerCase());
  if (dayFirst && dayFirstMonth) return validDate(Number(dayFirst[3]), dayFirstMonth, Number(dayFirst[1]));
  const monthFirst = MONTH_DAY.exec(text);
  const monthFirstMonth = monthFirst && foreignMonth.get(monthFirst[1].toLowerCase());
  if (monthFirst && monthFirstMonth) return validDate(Number(monthFirst[3]), monthFirstMonth, Number(monthFirst[2]));
  return undefined;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
