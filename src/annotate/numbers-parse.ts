import { ENGLISH, type NumberFormat } from '../lang/index.js';
import { digitsSource, parseDigits } from './numbers-regex.js';

const words = ENGLISH.englishNumbers;
const FORMAT: NumberFormat = ENGLISH.numberFormat ?? { decimal: '.', group: [','] };

const UNITS: Record<string, number> = words.units;
const TENS: Record<string, number> = words.tens;
const SCALES: Record<string, number> = words.scales;
const SUFFIXES: Record<string, number> = words.scaleSuffixes;

/** Regex source of a number in digits: "1,200", "2.1", "55000". */
export const DIGITS = digitsSource(FORMAT);

/** Every number word, longest first so that a regex alternation prefers "seventeen" over "seven". */
export const NUMBER_WORDS: string[] = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)].sort(
  (a, b) => b.length - a.length,
);

/** Multiplier of a scale word or suffix ("million", "bn", "m", "dozen"), or null. */
export function scaleOf(word: string): number | null {
  const w = word.toLowerCase();
  return SCALES[w] ?? SUFFIXES[w] ?? null;
}

/** Parses a number written in digits or words: "1,200", "2.1bn", "twelve", "forty-five", "three hundred". */
export function parseNumber(s: string): number | null {
  const text = s.trim().toLowerCase();
  const digits = new RegExp(String.raw`^(${DIGITS})\s*([a-z]+)?$`).exec(text);
  if (digits) {
    const base = parseDigits(digits[1], FORMAT);
    if (!digits[2]) return base;
    const scale = scaleOf(digits[2]);
    return scale === null ? null : base * scale;
  }
  return parseWords(text.split(/[\s\-‐‑–]+/).filter((w) => w && w !== 'and'));
}

type WordClass = 'unit' | 'ten' | 'hundred' | 'scale';

/** Sums number words the English way: "two thousand five hundred" = 2 * 1000 + 5 * 100. */
function parseWords(tokens: string[]): number | null {
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  let previous: WordClass | null = null;
  let largestScale = Number.POSITIVE_INFINITY;
  for (const [i, token] of tokens.entries()) {
    // "a hundred", "a million": the article counts as one only before a scale word.
    if (token === 'a' && i === 0 && tokens.length > 1 && (SCALES[tokens[1]] || tokens[1] === 'dozen')) {
      current = 1;
      previous = 'unit';
      continue;
    }
    if (token in UNITS) {
      if (previous === 'unit' && token !== 'dozen') return null;
      if (token === 'dozen') {
        current = (current || 1) * 12;
      } else {
        if (previous === 'ten' && UNITS[token] >= 10) return null;
        current += UNITS[token];
      }
      previous = 'unit';
    } else if (token in TENS) {
      if (previous === 'unit' || previous === 'ten') return null;
      current += TENS[token];
      previous = 'ten';
    } else if (token === 'hundred') {
      if (previous === 'hundred' || current >= 100) return null;
      current = (current || 1) * 100;
      previous = 'hundred';
    } else if (token in SCALES) {
      const scale = SCALES[token];
      if (scale >= largestScale) return null;
      total += (current || 1) * scale;
      current = 0;
      largestScale = scale;
      previous = 'scale';
    } else {
      return null;
    }
  }
  return total + current;
}
