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
    const end = m.index + m[0].length;
    const zone = zoneAfter(text, end);
    out.push({ start: m.index, end: zone ? end + zone.length : end, minutes, named: Boolean(g.named), zone: zone?.zone ?? null });
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
