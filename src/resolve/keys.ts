import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { memo } from '../text/index.js';

const ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'an', 'ed', 'es', 'the']);
const JOINERS = new Set(['abu', 'abou', 'bin', 'ibn', 'bint', 'ben', 'bou', 'abd', 'abdel', 'abdul', 'van', 'von', 'de', 'da', 'di', 'del', 'le', 'la']);

/** Folds one name word to a spelling-variant key: diacritics, script, kh/h, sch/sh, dsch/j, ou/u, ee/i, ei/ey/y/i, q/k, doubled letters. */
export const normWord = memo((word: string): string => {
  let w = anyAscii(word)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  w = w
    .replace(/^ye/, 'e')
    .replace(/^yu/, 'iu')
    .replace(/^ya/, 'ia')
    .replace(/kh/g, 'h')
    // German and French spellings of one sound: dsch/j (Nadschibullah), tsch/ch, sch/sh (Scharafat), a final ch/sh (Kouch)
    .replace(/dsch/g, 'j')
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/(?<=[aeiou])ch$/, 'sh')
    .replace(/ou/g, 'u')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/(?<=[aeiou])(?:y|j)(?=[aeiou]|$)/g, 'i')
    .replace(/ei|ey|ii/g, 'i')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=[aeiou])h$/, '');
  if (w === 'abu') return 'abu';
  return w;
});

/** Name words without articles, each normalised; "Abu", "bin", "Abdul" stay joined to the next word. */
export function nameWords(name: string): string[] {
  const parts = anyAscii(name)
    .replace(/['’`]s\b/g, '')
    .split(/[\s\-\u2010-\u2015\u2212]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i].toLowerCase().replace(/[^a-z0-9]/g, '');
    if (!p || ARTICLES.has(p)) continue;
    if (JOINERS.has(p) && i + 1 < parts.length) {
      const next = parts[i + 1].toLowerCase().replace(/^(?:al|el)[-]/, '');
      out.push(`${normWord(p === 'abou' ? 'abu' : p)} ${normWord(next)}`);
      i++;
      continue;
    }
    out.push(normWord(p));
  }
  return out;
}

/** The whole name as one key. */
export const nameKey = (name: string): string => nameWords(name).join(' ');

/** The family name key: last word (with a joined "Abu …"). */
export function surnameKey(name: string): string {
  const w = nameWords(name);
  return w[w.length - 1] ?? '';
}

/** Consonant skeleton: first letter kept, vowels dropped ("mohamed" and "muhammad" -> "mhmd"). */
export const skeleton = (w: string): string => w[0] + w.slice(1).replace(/[aeiou ]/g, '');

/** Similarity 0..1 of two normalised words (1 - edit distance / length). */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/** Two given names that can be spellings of one name: equal keys, an initial, or close edit distance. */
export function givenNamesCompatible(a: string[], b: string[]): 'same' | 'close' | 'different' {
  if (!a.length || !b.length) return 'same';
  const [x, y] = [a[0], b[0]];
  if (x === y) return 'same';
  if ((x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y))) return 'same';
  if (similarity(x, y) >= 0.7) return 'same';
  const sx = skeleton(x);
  const sy = skeleton(y);
  // one consonant skeleton, or one a prefix of the other ("Mareh"/"Murhaf"): the same name only if something else links them
  if (x[0] === y[0] && (sx.startsWith(sy) || sy.startsWith(sx)) && Math.min(sx.length, sy.length) >= 2) return 'close';
  return 'different';
}
