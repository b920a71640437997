import { createRequire } from 'node:module';
import { languageModule, nameRules } from '../lang/index.js';
import { isGivenName } from './lexicon.js';
import config from './data/lexicons.json' with { type: 'json' };

/** Everyday words (by frequency rank) and name lists of one language. */
export interface LanguageLexicon {
  language: string;
  /** lowercase word -> frequency rank (0 = most common) */
  common: Map<string, number>;
  given: Set<string>;
  family: Set<string>;
  capitalisesNouns: boolean;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, LanguageLexicon | null>();
const packages = config.packages as Record<string, string>;

/** Whether the language capitalises every noun (German), so that a capital is no evidence of a name. */
export const capitalisesNouns = (language: string): boolean => nameRules(language).capitalizesNouns === true;

/** "Gesundheitsministerium", "Bundesamt": a one-word compound whose head names a kind of body, in a language that writes such compounds. */
export const hasOrganizationHead = (word: string, language: string): boolean =>
  (nameRules(language).organizationHeads ?? []).some((head) => word.length > head.length + 2 && word.toLowerCase().endsWith(head));

/** Whether the names stage has a word-list package (everyday words, given and family names) for this language. */
export const hasWordLists = (language: string): boolean => Object.hasOwn(packages, language);

/** The lexicon of a language, loaded on first use (null for English, whose statistics live in lexicon.ts, and for languages without data). */
export function lexiconFor(language: string): LanguageLexicon | null {
  if (cache.has(language)) return cache.get(language) ?? null;
  let lex: LanguageLexicon | null = null;
  const pkg = packages[language];
  if (pkg) {
    const dict = (require(pkg) as { dictionary: Record<string, string[]> }).dictionary;
    const list = (kind: string) => Object.entries(dict).find(([k]) => k === kind || k.startsWith(`${kind}-`))?.[1] ?? [];
    const common = new Map<string, number>();
    list('commonWords').forEach((w, i) => {
      if (i < config.commonRankLimit && !common.has(w)) common.set(w, i);
    });
    lex = { language, common, given: new Set(list('firstnames')), family: new Set(list('lastnames')), capitalisesNouns: capitalisesNouns(language) };
  } else {
    // a language without a package: its module's function words (English's statistics live in lexicon.ts)
    const functionWords = language === 'en' ? undefined : languageModule(language)?.functionWords;
    if (functionWords) lex = { language, common: new Map(functionWords.map((w, i) => [w, i])), given: new Set(), family: new Set(), capitalisesNouns: false };
  }
  cache.set(language, lex);
  return lex;
}

const lower = (w: string) => w.toLocaleLowerCase();

/** A given or family name in this language's lists or the English given-name lists. */
export const isKnownName = (lex: LanguageLexicon, word: string): boolean => lex.given.has(lower(word)) || lex.family.has(lower(word)) || isGivenName(word);

/** An everyday word of the language (case-insensitive). */
export const isEverydayWord = (lex: LanguageLexicon, word: string): boolean => lex.common.has(lower(word));

/** In a language that writes compounds as one word (German), a word whose head (its last part) is an everyday word: "Löscharbeiten", "Feuerwehrsprecher". */
export function hasEverydayHead(lex: LanguageLexicon, word: string): boolean {
  if (!lex.capitalisesNouns) return false;
  const w = lower(word);
  for (let i = 3; i <= w.length - config.compoundHeadMin; i++) if (lex.common.has(w.slice(i))) return true;
  return false;
}

