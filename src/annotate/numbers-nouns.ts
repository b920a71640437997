import nouns from './data/numbers-nouns.json' with { type: 'json' };

const INVARIANT = new Set(nouns.invariantPlurals);
const IRREGULAR: Record<string, string> = nouns.irregularPlurals;
const NOT_NOUNS = new Set(nouns.notNouns);

/** How many words after a number may separate it from the noun it counts ("three Russian naval warships"). */
const WINDOW = 4;

const WORD = /^[ \t\u00a0]+([\p{L}][\p{L}\p{N}'’]*(?:[-‐‑][\p{L}\p{N}]+)*)/u;

export interface CountedNoun {
  /** head noun, lower-case and singular */
  unit: string;
  /** offset just after the noun */
  end: number;
}

/** Whether a word is a function word that ends a noun phrase. */
export const isFunctionWord = (word: string): boolean => NOT_NOUNS.has(word.toLowerCase());

/** Singular of a lower-case plural noun: "warships" -> "warship", "casualties" -> "casualty". */
function singular(word: string): string {
  const parts = word.split(/(?<=[-‐‑])/);
  const last = parts.pop() ?? word;
  let one: string;
  if (IRREGULAR[last] !== undefined) one = IRREGULAR[last];
  else if (/.people$/.test(last)) one = `${last.slice(0, -6)}person`;
  else if (INVARIANT.has(last)) one = last;
  else if (/[^aeiou]ies$/.test(last)) one = `${last.slice(0, -3)}y`;
  else if (/(?:ch|sh|x|z|ss)es$/.test(last)) one = last.slice(0, -2);
  else if (/[^s]s$/.test(last)) one = last.slice(0, -1);
  else one = last;
  return parts.join('') + one;
}

function isPlural(word: string): boolean {
  const last = word.split(/[-‐‑]/).pop() ?? word;
  if (INVARIANT.has(last) || IRREGULAR[last] !== undefined || /.people$/.test(last)) return true;
  return /^[a-z][a-z'’]*[^sui'’]s$/.test(last);
}

/**
 * The noun a number counts, within a few words after `from`: "190 individuals", "three Russian warships", "12 aircraft".
 * Capitalised words and designations (Su-30) are skipped as modifiers; `single` (the number is 1) accepts a singular
 * head. `stop` is the first offset the phrase may not reach.
 */
export function countedNoun(text: string, from: number, single: boolean, stop: number): CountedNoun | null {
  let pos = from;
  let run: CountedNoun | null = null;
  for (let i = 0; i < WINDOW; i++) {
    const m = WORD.exec(text.slice(pos, stop));
    if (!m) break;
    const word = m[1];
    const end = pos + m[0].length;
    pos = end;
    const lower = word.toLowerCase();
    if (NOT_NOUNS.has(lower)) break;
    if (/^\p{Lu}/u.test(word) || /\d/.test(word)) {
      if (run) break;
      continue;
    }
    if (!single && isPlural(lower)) return { unit: singular(lower), end };
    // A participle after the noun starts a new clause: "1 vessel stationed at…".
    if (run && /ed$/.test(lower)) break;
    if (single) run = { unit: lower, end };
  }
  return single ? run : null;
}
