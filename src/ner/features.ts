import { placeClass, wordFlags } from './lexicon.js';

/** What the tagger knows of one document before tagging it: which words it writes in lower case, and which capitalised mid-sentence. */
export interface DocumentEvidence {
  lower: Set<string>;
  capitalizedMid: Set<string>;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const isUpper = (w: string) => w === w.toUpperCase() && w !== w.toLowerCase();

/** Evidence from every sentence of a document (token lists). */
export function documentEvidence(sentences: string[][]): DocumentEvidence {
  const lower = new Set<string>();
  const capitalizedMid = new Set<string>();
  for (const words of sentences) {
    const shouted = isShouted(words);
    words.forEach((w, i) => {
      if (!LETTER.test(w)) return;
      if (w === w.toLowerCase()) lower.add(w);
      else if (i > 0 && !shouted && UPPER_START.test(w) && LETTER.test(words[i - 1])) capitalizedMid.add(w.toLowerCase());
    });
  }
  return { lower, capitalizedMid };
}

/** A sentence in capitals (a headline or a dateline): capitalisation says nothing there. */
export function isShouted(words: string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const w of words) {
    if (!LETTER.test(w)) continue;
    letters++;
    if (isUpper(w)) upper++;
  }
  return letters >= 2 && upper / letters > 0.7;
}

/** "Xxxx" -> "Xx", "1996-08-22" -> "d-d-d": each run of one character class as one character. */
export function shortShape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Shape with runs capped at four: "Xxxx", "XX", "dddd", "x.x.". */
export function longShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = ch >= '0' && ch <= '9' ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Gazetteer phrase matches over the sentence: per token "B:city+", "I:country"… (longest match of up to four capitalised tokens). */
export function gazetteerMarks(words: string[]): string[] {
  const marks = new Array<string>(words.length).fill('');
  for (let i = 0; i < words.length; i++) {
    if (!UPPER_START.test(words[i])) continue;
    for (let len = Math.min(4, words.length - i); len >= 1; len--) {
      let ok = true;
      for (let k = i; k < i + len; k++) {
        if (!UPPER_START.test(words[k]) && !(k > i && k < i + len - 1 && (words[k] === 'of' || words[k] === 'de'))) ok = false;
      }
      if (!ok) continue;
      const cls = placeClass(words.slice(i, i + len).join(' '));
      if (!cls) continue;
      for (let k = i; k < i + len; k++) marks[k] = `${k === i ? (len === 1 ? 'U' : 'B') : 'I'}:${cls}`;
      i += len - 1;
      break;
    }
  }
  return marks;
}

/** Position in a run of capitalised words (B/I/L/U), and whether the run holds or ends with an organization word. */
export function capitalRuns(words: string[], flags: string[][]): { pos: string[]; org: string[] } {
  const pos = new Array<string>(words.length).fill('');
  const org = new Array<string>(words.length).fill('');
  let i = 0;
  while (i < words.length) {
    if (!UPPER_START.test(words[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && UPPER_START.test(words[j + 1])) j++;
    const hasOrg = flags.slice(i, j + 1).some((f) => f.includes('orgw'));
    const endsOrg = flags[j].includes('orgw');
    for (let k = i; k <= j; k++) {
      pos[k] = i === j ? 'U' : k === i ? 'B' : k === j ? 'L' : 'I';
      org[k] = endsOrg ? 'end' : hasOrg ? 'has' : '';
    }
    i = j + 1;
  }
  return { pos, org };
}

/** Features of the word alone (form, shape, affixes, word-list flags): the same wherever the word stands, so their scores can be cached. */
export function wordFeatures(w: string): string[] {
  const lw = w.toLowerCase();
  const f: string[] = ['b', `w=${lw}`, `W=${w}`, `s=${shortShape(w)}`, `S=${longShape(w)}`];
  const len = lw.length;
  for (let k = 1; k <= 4 && k < len; k++) f.push(`p${k}=${lw.slice(0, k)}`, `x${k}=${lw.slice(len - k)}`);
  for (const fl of wordFlags(w)) f.push(`f=${fl}`);
  return f;
}

/** Features of every token of a sentence that do not depend on the tags decided so far; without the word's own features when `withWord` is false. */
export function staticFeatures(words: string[], doc: DocumentEvidence, withWord = true): string[][] {
  // without the word's own features, the window's words (w-2…w+2) are left to the caller too: they are features of those words alone
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shortShape);
  const flags = words.map((w) => wordFlags(w));
  const gaz = gazetteerMarks(words);
  const runs = capitalRuns(words, flags);
  const shouted = isShouted(words);
  const at = (a: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const lw = lower[i];
    const f: string[] = withWord ? wordFeatures(w) : [];
    if (withWord) f.push(`w-1=${at(lower, i - 1)}`, `w+1=${at(lower, i + 1)}`, `w-2=${at(lower, i - 2)}`, `w+2=${at(lower, i + 2)}`);
    f.push(`w-1w=${at(lower, i - 1)}|${lw}`, `ww+1=${lw}|${at(lower, i + 1)}`);
    f.push(`s-1=${at(shapes, i - 1)}`, `s+1=${at(shapes, i + 1)}`, `s-1s+1=${at(shapes, i - 1)}|${shapes[i]}|${at(shapes, i + 1)}`);
    const cap = UPPER_START.test(w);
    const mode = shouted ? 'shout' : i === 0 ? 'first' : 'mid';
    f.push(`m=${mode}|${shapes[i]}`);
    if (i === 0) f.push(`first=${lw}`);
    for (const fl of flags[i]) f.push(`f=${fl}|${cap ? 'C' : 'c'}|${mode}`);
    if (i > 0) for (const fl of flags[i - 1]) f.push(`f-1=${fl}`);
    if (flags[i + 1]) for (const fl of flags[i + 1]) f.push(`f+1=${fl}`);
    if (gaz[i]) f.push(`g=${gaz[i]}`, `g=${gaz[i].slice(2)}`);
    if (gaz[i - 1]) f.push(`g-1=${gaz[i - 1].slice(2)}`);
    if (gaz[i + 1]) f.push(`g+1=${gaz[i + 1].slice(2)}`);
    if (runs.pos[i]) f.push(`r=${runs.pos[i]}`, `r=${runs.pos[i]}|${runs.org[i]}`);
    if (cap && LETTER.test(w)) {
      // document evidence: the same word written in lower case, or capitalised mid-sentence, elsewhere in the document
      const inLower = doc.lower.has(lw);
      const inCap = doc.capitalizedMid.has(lw);
      f.push(`d=${inLower ? 'L' : ''}${inCap ? 'C' : ''}|${mode}`);
    }
    out.push(f);
  }
  return out;
}
