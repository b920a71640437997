import { sentenceBoundaries } from '../lang/index.js';

/** A token of plain text in CoNLL-2003's conventions, with its character offsets. */
export interface NerToken {
  text: string;
  start: number;
  end: number;
}

/** A word whose following full stop belongs to it ("Mr.", "Corp.", "Jan."): the English module's abbreviations and month abbreviations. */
export const ABBREVIATION = new RegExp(`^(?:${[...sentenceBoundaries('en').tokenAbbreviations].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'i');

// initials and dotted abbreviations ("U.S.", "J.R."), words with inner hyphens/apostrophes/dots/ampersands, numbers with separators, any other character alone
const TOKEN_RE = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'’.&/][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;

/** Tokens of text[start, end): "Portugal's" is "Portugal" + "'s", "U.S." and "Mr." keep their dot, "Jean-Luc" is one token. */
export function nerTokenize(text: string, start = 0, end = text.length): NerToken[] {
  const out: NerToken[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    let s = start + m.index;
    let word = m[0];
    const push = (t: string, at: number) => out.push({ text: t, start: at, end: at + t.length });
    // possessive and contracted "n't": separate tokens, as in the Penn treebank
    const clitic = /(['’ʼ][sS]|n['’ʼ]t)$/.exec(word);
    if (clitic && clitic.index > 0) {
      push(word.slice(0, clitic.index), s);
      push(clitic[1], s + clitic.index);
      continue;
    }
    // a single capital or a known abbreviation keeps a following period: "J. Smith", "Mr. Brown", "St. Louis"
    const next = text[s + word.length];
    if (next === '.' && s + word.length < end && (/^\p{Lu}$/u.test(word) || ABBREVIATION.test(word))) word += '.';
    // "U.S." at the end of a match already holds its last dot; "U.S" before a period gets it
    else if (next === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(word)) word += '.';
    push(word, s);
    s += word.length;
  }
  // a dot glued by the rules above is consumed: drop the standalone "." that would follow it
  return out.filter((t, i) => !(t.text === '.' && i > 0 && out[i - 1].end > t.start));
}
