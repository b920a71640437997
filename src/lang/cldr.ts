// Date vocabularies from the Unicode CLDR, for languages without a vocabulary of our own: month and weekday names
// (every region's spellings), "yesterday"/"today", "last year"-style periods and "N days ago" templates, built by
// scripts/lang-cldr.mjs from the CLDR data in Node's ICU and committed, so that every run reads the same words.
import data from './data/cldr-dates.json' with { type: 'json' };
import type { DateVocabulary } from './types.js';

const VOCABULARIES = data.vocabularies as Record<string, DateVocabulary>;

/** The CLDR date vocabulary of a language (ISO 639-1 code), or undefined when the CLDR has none. */
export function cldrDateVocabulary(language: string): DateVocabulary | undefined {
  return Object.hasOwn(VOCABULARIES, language) ? VOCABULARIES[language] : undefined;
}

/** Languages whose dates are read from the CLDR vocabulary. */
export const CLDR_DATE_LANGUAGES: readonly string[] = Object.keys(VOCABULARIES);
