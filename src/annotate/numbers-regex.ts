/** Regex-building helpers shared by the date and number annotators. */

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
