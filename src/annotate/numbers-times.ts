import { WORD_END, WORD_START } from '../text/index.js';
/** A time of day found in text, in minutes since midnight. */
export interface TimeOfDay {
  start: number;
  end: number;
  minutes: number;
}

// word edges as lookarounds, not \b: under the u flag V8 runs \b many times slower
const MERIDIEM = String.raw`(?<meridiem>[ap]\.?\s?m${WORD_END}\.?)`;
const TIME = new RegExp(
  [
    // 22:15, 10:30 a.m., 10.30pm (the dot form needs a.m./p.m., else it is a decimal)
    String.raw`(?<![\p{L}\p{N}.:,])(?<hour>\d{1,2})(?:(?<colon>:)|\.)(?<minute>\d{2})(?![\p{N}]|[:.,]\p{N})(?:\s?${MERIDIEM})?`,
    // 10 a.m., 7pm, 9 o'clock
    String.raw`(?<![\p{L}\p{N}.:,])(?<hourOnly>\d{1,2})(?:\s?${MERIDIEM.replace('meridiem', 'meridiem2')}|\s?(?<oclock>o['’]clock${WORD_END}))`,
    String.raw`${WORD_START}(?<named>noon|midday|midnight)${WORD_END}`,
  ].join('|'),
  'giu',
);

const NAMED: Record<string, number> = { noon: 720, midday: 720, midnight: 0 };

/** Times of day: "10:30 a.m." (630), "10.30pm" (1350), "22:15" (1335), "noon" (720). */
export function findTimes(text: string): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  for (const m of text.matchAll(TIME)) {
    const g = m.groups ?? {};
    const minutes = g.named
      ? NAMED[g.named.toLowerCase()]
      : toMinutes(Number(g.hour ?? g.hourOnly), Number(g.minute ?? 0), g.meridiem ?? g.meridiem2);
    if (minutes === null) continue;
    if (g.hour !== undefined && !g.colon && !g.meridiem) continue;
    out.push({ start: m.index, end: m.index + m[0].length, minutes });
  }
  return out;
}

function toMinutes(hour: number, minute: number, meridiem: string | undefined): number | null {
  if (minute > 59) return null;
  if (meridiem === undefined) return hour <= 24 ? (hour % 24) * 60 + minute : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem.toLowerCase().startsWith('p');
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}
