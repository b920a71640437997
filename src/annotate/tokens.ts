/** A word or punctuation token with its offsets in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[-\u2010-\u2013\u2212'’.&][\p{L}\p{M}\p{N}]+)*[’']?|[^\s\p{L}\p{M}\p{N}]/gu;

/** French, Italian and Catalan elisions before a capitalised word (l', d', qu', dell', nell'…). */
const ELIDED = /^(?:[ldjnscmt]|qu|dell|all|nell|dall|sull|un)['’](?=\p{Lu})/u;

/** Tokens of text[start, end): words keep inner hyphens, apostrophes and dots ("al-Nouri", "Portugal’s", "U.S"). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    const at = start + m.index;
    // an elided article or preposition glued to a name is a word of its own: "l'Afghanistan", "d'Israël", "dell'Ucraina"
    const elided = ELIDED.exec(m[0]);
    if (elided) {
      out.push({ text: elided[0], start: at, end: at + elided[0].length });
      out.push({ text: m[0].slice(elided[0].length), start: at + elided[0].length, end: at + m[0].length });
    } else out.push({ text: m[0], start: at, end: at + m[0].length });
  }
  return out;
}

export const isWord = (t: Token): boolean => /[\p{L}\p{N}]/u.test(t.text[0]);

/** Any hyphen-like character folded to "-" and curly apostrophes to "'". */
export const normalizePunctuation = (s: string): string => s.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[’‘`´ʼ]/g, "'");

/** The token without a trailing possessive ("Syria’s" -> "Syria"). */
export const stripPossessive = (s: string): string => s.replace(/['’ʼ]s?$/u, '');

export const isPossessive = (s: string): boolean => /\p{L}['’]s?$/u.test(s) && /['’]s$|s['’]$/u.test(s);
