/** Regex-building helpers shared by the date and number annotators. */
import type { NumberFormat } from '../lang/index.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Literal alternation, longest first so that "seventeen" wins over "seven". */
export const alternation = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

/** Alternation of lower-case phrases whose first letter may be capitalised at a sentence start; spaces match any run. */
export const phrases = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => `[${p[0].toUpperCase()}${p[0]}]${escapeRegex(p.slice(1)).replace(/ /g, '\\s+')}`)
    .join('|');

/** Alternation of names that are always capitalised (months, weekdays), from lower-case keys. */
export const names = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((s) => s[0].toUpperCase() + s.slice(1))
    .join('|');

/** Any hyphen or dash, including the non-breaking hyphen U+2011 and the minus sign. */
export const DASH = '[-‐‑‒–—−]';

/** Regex source of a number in digits written in a language's format: "1,200.5" (English), "1.411,5" or "1 300" (German, French). */
export function digitsSource(format: NumberFormat): string {
  const group = `(?:${format.group.map(escapeRegex).join('|')})`;
  const decimal = escapeRegex(format.decimal);
  return String.raw`\d{1,3}(?:${group}\d{3})+(?:${decimal}\d+)?|\d+(?:${decimal}\d+)?`;
}

/** The value of digits written in a language's format ("1.411" → 1411, "2,95" → 2.95 in German). */
export function parseDigits(digits: string, format: NumberFormat): number {
  let plain = digits;
  for (const g of format.group) plain = plain.replaceAll(g, '');
  return Number(format.decimal === '.' ? plain : plain.replace(format.decimal, '.'));
}

// digits of other scripts, each one UTF-16 unit like its ASCII digit: Devanagari, Arabic-Indic, Extended Arabic-Indic (Persian, Urdu)
const SCRIPT_DIGITS = /[\u0966-\u096f\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g;
const SCRIPT_ZERO = [0x966, 0x660, 0x6f0];

/** The text with digits of other scripts as ASCII digits ("९००", "٨٠٠" → "900", "800"; "٫" and "٬" → "." and ","), offsets unchanged. */
export function asciiDigits(text: string): string {
  return text.replace(SCRIPT_DIGITS, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0x66b) return '.';
    if (code === 0x66c) return ',';
    const zero = SCRIPT_ZERO.find((z) => code >= z && code <= z + 9) ?? 0x30;
    return String(code - zero);
  });
}
