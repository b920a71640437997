// Date vocabularies from the Unicode CLDR, for languages without a vocabulary of our own: month and weekday names
// (every region's spellings), "yesterday"/"today", "last year"-style periods and "N days ago" templates, built by
// scripts/lang-cldr.mjs from the CLDR data in Node's ICU and committed, so that every run reads the same words.
import data from './data/cldr-dates.json' with { type: 'json' };

/** One language's date words as the in-text date reader takes them (the shape of a module's textDates with its names as lookups, src/lang/types.ts). */
export interface CldrDateVocabulary {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
  weekdayGlued: string[];
  partsOfDay: string[];
  weekdayBefore: Record<string, string>;
  weekdayAfter: Record<string, string>;
  dayWords: Record<string, number>;
  anaphoricDays: Record<string, number>;
  periods: Record<string, (string | number)[]>;
  ago: string[];
  units: Record<string, string>;
  numberWords: Record<string, number>;
  dayOrdinal: string;
  dayMonthJoin: string;
  monthYearJoin: string;
  yearSuffix: string;
  numericCues: string[];
}

const VOCABULARIES = data.vocabularies as Record<string, CldrDateVocabulary>;

/** The CLDR date vocabulary of a language (ISO 639-1 code), or undefined when the CLDR has none. */
export function cldrDateVocabulary(language: string): CldrDateVocabulary | undefined {
  return Object.hasOwn(VOCABULARIES, language) ? VOCABULARIES[language] : undefined;
}

/** Languages whose dates are read from the CLDR vocabulary. */
export const CLDR_DATE_LANGUAGES: readonly string[] = Object.keys(VOCABULARIES);
