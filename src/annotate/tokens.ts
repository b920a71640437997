/** A word or punctuation token with its offsets in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-\u2010-\u2013\u2212'’.&][\p{L}\p{M}\p{N}]+)*[’']?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of text[start, end): words keep inner hyphens, apostrophes and dots ("al-Nouri", "Portugal’s", "U.S"). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

export const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text[0]);

/** Any hyphen-like character folded to "-" and curly apostrophes to "'". */
export const normalizePunctuation = (s: string): string => s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[’‘`´ʼ]/g, "'");

/** The token without a trailing possessive ("Syria’s" -> "Syria"). */
export const stripPossessive = (s: string): string => s.replace(/['’ʼ]s?$/u, '');

export const isPossessive = (s: string): boolean => /\p{L}['’]s?$/u.test(s) && /['’]s$|s['’]$/u.test(s);
