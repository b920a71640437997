import type { NumberMention } from '../types.js';

/**
 * Minutes a hedged time of day may be off, by how precisely it is written: "about 4" (a whole hour) 30, "around
 * 10:30" or "10:45" (a quarter) 15, "about 3:10" (to the minute) 10.
 */
const timeTolerance = (minutes: number): number => (minutes % 60 === 0 ? 30 : minutes % 15 === 0 ? 15 : 10);

/** Place value of the last significant digit: 190 -> 10, 200 -> 100, 2.1e9 -> 1e8, 45 -> 1. */
function step(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  let s = 10 ** Math.floor(Math.log10(v));
  while (s > 1e-9 && Math.abs(v / s - Math.round(v / s)) > 1e-9) s /= 10;
  return s;
}

/** How far a hedged figure may be from its stated value: 10% for round figures (≤ 2 significant digits), else 5%; at least one unit for whole numbers ("about 7" allows 8). */
function tolerance(m: NumberMention, value: number): number {
  if (m.kind === 'time') return timeTolerance(((value % 1440) + 1440) % 1440);
  const v = Math.abs(value);
  const significant = v === 0 ? 1 : Math.floor(Math.log10(v)) - Math.floor(Math.log10(step(v))) + 1;
  return Math.max((significant <= 2 ? 0.1 : 0.05) * v, Number.isInteger(v) ? 1 : 0);
}

/** The interval of values a mention allows, from its range, hedge and precision; "more than 60" people excludes 60. */
function interval(m: NumberMention): [number, number] {
  const [lo, hi] = m.range ?? [m.value, m.value];
  const whole = m.kind === 'count' && Number.isInteger(lo) && Number.isInteger(hi);
  switch (m.approx) {
    case null:
      return [lo, hi];
    case 'about':
      return [lo - tolerance(m, lo), hi + tolerance(m, hi)];
    case 'nearly':
      return [lo - tolerance(m, lo), hi];
    case 'over':
      return [whole ? lo + 1 : lo, Number.POSITIVE_INFINITY];
    case 'at least':
      return [lo, Number.POSITIVE_INFINITY];
    case 'under':
      return [Number.NEGATIVE_INFINITY, whole ? hi - 1 : hi];
    case 'at most':
      return [Number.NEGATIVE_INFINITY, hi];
  }
}

/** Whether two reported figures agree within their stated precision; figures of different kinds or units never do. */
export function figuresAgree(a: NumberMention, b: NumberMention, slack = 0): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  // times of day wrap at midnight: 23:47 and "around midnight" are 13 minutes apart
  if (a.kind === 'time' && b.kind === 'time') return [-1440, 0, 1440].some((shift) => figuresAgree({ ...a, kind: 'measure', unit: null, approx: null, range: around(a, shift, slack) }, { ...b, kind: 'measure', unit: null, approx: null, range: around(b, 0, 0) }));
  const [aLo, aHi] = interval(a);
  const [bLo, bHi] = interval(b);
  const epsilon = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  return aLo <= bHi + epsilon && bLo <= aHi + epsilon;
}

/** A time of day as the interval of minutes it allows, shifted by a day when comparing across midnight. */
function around(m: NumberMention, shift: number, slack: number): [number, number] {
  const [lo, hi] = interval(m);
  return [lo + shift - slack, hi + shift + slack];
}
