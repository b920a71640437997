/** The shape of a language module's data (src/lang/<code>/data.json). Every word is lower-case. */

/** Forms per month (index 0 is January) or per weekday (index 0 is Sunday). A form may be several words ("كانون الثاني"). */
export type FormsByIndex = string[][];

/** How the page labels its own date ("Published:", "Mis à jour le"), for the page-header reader of ingest. */
export interface DateLabels {
  /** labels of the publication date */
  published?: string[];
  /** labels of a later revision (used only when no publication date is stated) */
  updated?: string[];
  /** regex sources of dates counted from a moment a saved page does not give ("3 hours ago", "gestern"): never a date */
  relative?: string[];
}

/**
 * The in-text date grammar of a language other than English (src/annotate/dates-languages.ts), besides its month and
 * weekday names, ordinal suffixes and number words, which are the module's own fields.
 */
export interface TextDateGrammar {
  /** endings glued to a weekday ("Sonntagabend") */
  weekdayGlued: string[];
  /** parts of the day written after a weekday ("dimanche soir") */
  partsOfDay: string[];
  /** modifiers before ("letzten Sonntag") and after ("dimanche dernier") a weekday: before | after */
  weekdayBefore: Record<string, string>;
  weekdayAfter: Record<string, string>;
  /** days counted from the day of writing ("hier" -1) */
  dayWords: Record<string, number>;
  /** days counted from the last date the text gave ("la veille" -1) */
  anaphoricDays: Record<string, number>;
  /** periods counted from the day of writing: phrase → [unit, offset] */
  periods: Record<string, (string | number)[]>;
  /** "N units ago" templates with {n} and {unit} */
  ago: string[];
  units: Record<string, string>;
  /** regex sources: between day and month ("5 de mayo"), and between month and year */
  dayMonthJoin: string;
  monthYearJoin: string;
  /** regex source after the year ("2025 года") */
  yearSuffix: string;
  /** words before a numeric day/month without a year ("am 31.8.") */
  numericCues: string[];
}

/** A language's in-text date words as the date reader takes them: its date grammar with its names as lookups. */
export interface DateVocabulary extends TextDateGrammar {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
  numberWords: Record<string, number>;
  /** regex source of what may follow the day number ("15." "1er") */
  dayOrdinal: string;
}

/** How digits are written: "1.411,5" has '.' groups and a ',' decimal mark. */
export interface NumberFormat {
  decimal: string;
  /** characters that group thousands */
  group: string[];
}

/**
 * Number vocabulary of a language other than English (src/annotate/numbers-intl.ts). A key ending in * is a stem: any
 * word starting with it. 'verbs' are words after a number that start a predicate, not a noun: the number counts what the
 * sentence counts. 'stops' end the search for a counted noun (prepositions, conjunctions); a word with an
 * 'adjectiveEndings' ending before another word is skipped as a modifier ('200 украинских боевиков'). 'zero' words
 * before a noun state that none were counted ('keine Toten', 'aucun mort', 'нет погибших'): a figure of 0.
 */
export interface NumberVocabulary {
  /** scale words and abbreviations after a number ("Mrd.", "milliard*") */
  scales: Record<string, number>;
  /** currency words after a number → ISO code */
  currencies: Record<string, string>;
  /** words that stand between a number and the noun it counts ("weitere") */
  between: string[];
  /** words between the two numbers of a range ("bis"), and before its first ("zwischen") */
  ranges: string[];
  rangeBefore: string[];
  verbs: string[];
  stops: string[];
  adjectiveEndings: string[];
  zero: string[];
  /** hedges written after the number ("900 से अधिक", "800 على الأقل") → hedge kind */
  hedgesAfter?: Record<string, string>;
  /** units written after a number */
  units?: UnitWords;
}

/**
 * How a language ends its sentences and which full stops end none (src/annotate/sentences.ts, src/ner/tokenize.ts).
 * The English rules read every document; a language's own rules come on top of them.
 */
export interface SentenceRules {
  /** characters other than ". ! ?" that end a sentence ("।" in Hindi, "؟" in Arabic) */
  stops?: string[];
  /** abbreviations whose full stop belongs to the word ("Mr.", "Corp."): the tokenizer keeps the stop, and it ends no sentence */
  abbreviations?: string[];
  /** further abbreviations after which a full stop ends no sentence, though the tokenizer splits it off ("etc.", "approx.", "u.s.") */
  midSentence?: string[];
}

/** Names-stage facts of a language (src/annotate/names.ts, lexicons.ts, languageNames.ts). */
export interface NameRules {
  /** the language capitalises every noun (German), so a capital is no evidence of a name */
  capitalizesNouns?: boolean;
  /** heads of one-word compounds that name an institution ("-ministerium", "-behörde") */
  organizationHeads?: string[];
  /** determiners that may open a name's phrase and are not part of the name */
  determiners?: string[];
  /** nouns of a place's kind that, capitalised before a name, say the name after them is a place ("Provinz Kunar") */
  placeNouns?: string[];
  /** prepositions and byline words ("Von X") that a capital at the start of a sentence does not make part of a name */
  leadingFunctionWords?: string[];
  /**
   * where the language writes a medium's or programme's title with only its first word capitalised: the nouns (stems)
   * that introduce one ("телемарафону Єдині новини") and the endings of a first word that takes the noun after it along
   */
  sentenceCaseTitles?: { nouns: string[]; adjectiveEndings: string[] };
}

/** Units written after a number, in this language (src/annotate/numbers-intl.ts): word → unit code. */
export interface UnitWords {
  measure?: Record<string, string>;
  /** durations → second | minute | hour | day | week | month | year */
  duration?: Record<string, string>;
  /** words for "per cent" after a number; a key ending in * is a stem, a space may be left out ("pourcent") */
  percent?: string[];
}

/** English number words, read by src/annotate/numbers-parse.ts and numbers.ts. */
export interface EnglishNumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  /** glued or short scale abbreviations ("2.1bn", "40m") */
  scaleSuffixes: Record<string, number>;
  /** vague quantities before "of" ("dozens of") and the value they stand for */
  vague: Record<string, number>;
  /** phrases before a noun that state none were counted ("no deaths") */
  zero: string[];
}

/** English in-text date vocabulary beyond month and weekday names (src/annotate/dates-absolute.ts, dates-relative.ts). */
export interface EnglishDateVocabulary {
  yearCues: string[];
  monthCues: string[];
  yearParts: { prefixes: string[]; ofPhrases: string[]; seasons: string[] };
  quarterOrdinals: Record<string, number>;
  dayWords: Record<string, number>;
  weekdayModifiers: Record<string, string>;
  monthModifiers: Record<string, string>;
  periodModifiers: Record<string, number>;
  directions: Record<string, number>;
  yearDeterminers: string[];
  yearFollowersThatAreVerbs: string[];
  futureCues: string[];
  /** words after a weekday that make it a day named for something to come ("declared Tuesday a day of mourning"): the coming one */
  designations?: string[];
  numericCues: string[];
}

/** Hedge kinds a hedge word may name ("mindestens" → "at least"). */
export type HedgeKind = 'about' | 'nearly' | 'over' | 'under' | 'at least' | 'at most';

/** One language's knowledge, as its data.json states it. Only `code`, `name` and `months` are required. */
export interface LanguageData {
  /** ISO 639-1 code, the document language the detector gives */
  code: string;
  name: string;
  /** full month names with their inflected forms, 12 lists, index 0 is January */
  months: FormsByIndex;
  /** month abbreviations (written with or without a full stop), 12 lists */
  monthAbbreviations?: FormsByIndex;
  /** weekday names with their inflected forms, 7 lists, index 0 is Sunday */
  weekdays?: FormsByIndex;
  weekdayAbbreviations?: FormsByIndex;
  /** what may follow a day number ("1er", "1st", "15.", "5-го") */
  ordinalSuffixes?: string[];
  /** words that may stand between day, month and year in a page's date ("20 de octubre de 2025") */
  dateConnectors?: string[];
  dateLabels?: DateLabels;
  /** the in-text date grammar; without it, dates in running text are read by the language-independent rules only */
  textDates?: TextDateGrammar;
  /** small number words ("zwei", "двое"), for counts and for "vor zwei Tagen" */
  numberWords?: Record<string, number>;
  numberFormat?: NumberFormat;
  /** words before a number that hedge it ("mindestens" → "at least") */
  hedges?: Record<string, string>;
  /** the number vocabulary; without it, the English number rules read the document */
  numbers?: NumberVocabulary;
  /** the language's commonest function words (for a language without a word-list package in src/annotate/data/lexicons.json, its everyday words) */
  functionWords?: string[];
  sentences?: SentenceRules;
  names?: NameRules;
  /** how the language writes a time of day with words around the hour ("a las 4 de la madrugada", "um 3.10 Uhr") */
  times?: TimeWords;
}

/**
 * Words around an hour that make it a time of day: `before` the hour ("a las", "verso le", "às"), of which `approx`
 * hedge it ("hacia las", "gegen"); `after` it ("Uhr", "h", "heures"), optionally followed by the minutes; and
 * `periods` of the day after it ("de la madrugada", "du soir"): "am" (0-11 h), "pm" (adds 12 to 1-11) or "night"
 * (adds 12 to 6-11). A bare hour after a `before` word, followed by a word, is not read as a time ("a las 4 personas").
 */
export interface TimeWords {
  before?: string[];
  approx?: string[];
  after?: string[];
  periods?: Record<string, string>;
  /** periods of the day written before the hour ("रात 11:47 बजे"), same values */
  periodsBefore?: Record<string, string>;
}

/** The English module: English is also the language-independent default, so it has vocabularies of its own shape. */
export interface EnglishData extends LanguageData {
  englishDates: EnglishDateVocabulary;
  englishNumbers: EnglishNumberWords;
  /** a text whose first `minWords` or more words are at least `minShare` English function words is English */
  functionWordShare: { minWords: number; minShare: number };
}

/** A loaded, checked language module. */
export interface LanguageModule extends Readonly<LanguageData> {
  hedges?: Record<string, HedgeKind>;
}
