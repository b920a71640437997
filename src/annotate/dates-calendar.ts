/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The day if it exists in the calendar (no 30 February), else null. */
export function makeDay(year: number, month: number, day: number): Day | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Reads "YYYY-MM-DD" (a longer ISO timestamp is cut to its day), or null. */
export function parseIsoDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso.trim());
  return m ? makeDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export const isoDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const isoMonth = (year: number, month: number): string => `${pad(year, 4)}-${pad(month)}`;

const toDate = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromDate = (d: Date): Day => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });

export function addDays(d: Day, n: number): Day {
  const date = toDate(d);
  date.setUTCDate(date.getUTCDate() + n);
  return fromDate(date);
}

/** Year and month `n` months after the month of `d`. */
export function addMonths(d: Day, n: number): { year: number; month: number } {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Day of week, 0 = Sunday. */
export const dayOfWeek = (d: Day): number => toDate(d).getUTCDay();

/** Days from `a` to `b`. */
export const daysBetween = (a: Day, b: Day): number => Math.round((toDate(b).getTime() - toDate(a).getTime()) / 86_400_000);
