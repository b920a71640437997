import * as chrono from 'chrono-node';

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;

/** ISO YYYY-MM-DD for a written date that states day, month and year; null otherwise (never guesses a year). */
export function toIsoDate(written: string | null | undefined): string | null {
  const text = written?.trim();
  if (!text) return null;
  // machine dates ("2026-02-04T09:30:00+03:00") keep the calendar day they state
  const iso = ISO_PREFIX.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = chrono.strict.parse(text)[0];
  if (!parsed) return null;
  const { start } = parsed;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return null;
  return validDate(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
