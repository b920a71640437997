// Language modules: one folder per language (src/lang/<code>/data.json) with what triangulate knows of it: month and
// weekday names, page-date labels, the in-text date grammar, number words, digit format, hedges and function words.
// Ingest and annotate read their per-language knowledge only from here.
import ar from './ar/data.json' with { type: 'json' };
import de from './de/data.json' with { type: 'json' };
import en from './en/data.json' with { type: 'json' };
import es from './es/data.json' with { type: 'json' };
import fa from './fa/data.json' with { type: 'json' };
import fr from './fr/data.json' with { type: 'json' };
import hi from './hi/data.json' with { type: 'json' };
import it from './it/data.json' with { type: 'json' };
import pt from './pt/data.json' with { type: 'json' };
import ru from './ru/data.json' with { type: 'json' };
import uk from './uk/data.json' with { type: 'json' };
import ur from './ur/data.json' with { type: 'json' };
import type { EnglishData, FormsByIndex, HedgeKind, LanguageData, LanguageModule, NameRules } from './types.js';

export type * from './types.js';

const HEDGE_KINDS: ReadonlySet<string> = new Set<HedgeKind>(['about', 'nearly', 'over', 'under', 'at least', 'at most']);

/** Rejects a data file that breaks the module shape (wrong number of months, unknown hedge kinds, upper-case forms). */
function check<T extends LanguageData>(data: T): T & LanguageModule {
  const where = `src/lang/${data.code}/data.json`;
  const lists = (forms: FormsByIndex | undefined, length: number, field: string) => {
    if (forms && forms.length !== length) throw new Error(`${where}: ${field} has ${forms.length} entries, not ${length}`);
    for (const form of forms?.flat() ?? []) {
      if (form !== form.toLowerCase()) throw new Error(`${where}: ${field} form "${form}" is not lower-case`);
    }
  };
  lists(data.months, 12, 'months');
  lists(data.monthAbbreviations, 12, 'monthAbbreviations');
  lists(data.weekdays, 7, 'weekdays');
  lists(data.weekdayAbbreviations, 7, 'weekdayAbbreviations');
  for (const [word, kind] of Object.entries({ ...data.hedges, ...data.numbers?.hedgesAfter })) {
    if (!HEDGE_KINDS.has(kind)) throw new Error(`${where}: hedge "${word}" has unknown kind "${kind}"`);
  }
  for (const [words, period] of Object.entries({ ...data.times?.periods, ...data.times?.periodsBefore })) {
    if (!['am', 'pm', 'night'].includes(period)) throw new Error(`${where}: time period "${words}" is "${period}", not am, pm or night`);
  }
  return data as T & LanguageModule;
}

/** The English module with its English-only vocabularies (the English rules also read text of languages without rules of their own). */
export const ENGLISH: EnglishData & LanguageModule = check(en satisfies EnglishData);

// registry order is the order every language-independent reader (page-header dates) takes the languages in
const MODULES: ReadonlyMap<string, LanguageModule> = new Map(
  [ENGLISH, ...([de, fr, es, pt, it, ru, uk, ar, hi, ur, fa] satisfies LanguageData[]).map(check)].map((m) => [m.code, m]),
);

/** ISO 639-1 codes of every language with a module. */
export function knownLanguages(): string[] {
  return [...MODULES.keys()];
}

/** Every language module, in registry order. */
export function languageModules(): LanguageModule[] {
  return [...MODULES.values()];
}

/** The module of an ISO 639-1 language code, or undefined when triangulate has none for it. */
export function languageModule(code: string): LanguageModule | undefined {
  return MODULES.get(code);
}

/** Every written form of each month (index 0 is January): names and inflected forms, then abbreviations. */
export function monthNames(code: string): string[][] | undefined {
  const m = MODULES.get(code);
  return m?.months.map((names, i) => [...names, ...(m.monthAbbreviations?.[i] ?? [])]);
}

/** Every written form of each weekday (index 0 is Sunday): names, then abbreviations; undefined without weekday data. */
export function weekdayNames(code: string): string[][] | undefined {
  const m = MODULES.get(code);
  if (!m?.weekdays && !m?.weekdayAbbreviations) return undefined;
  return Array.from({ length: 7 }, (_, i) => [...(m.weekdays?.[i] ?? []), ...(m.weekdayAbbreviations?.[i] ?? [])]);
}

/** Form → number (1-12 for months, 0-6 for weekdays) of a forms-by-index list. */
export function numbering(forms: FormsByIndex, first = 0): Record<string, number> {
  const out: Record<string, number> = {};
  forms.forEach((list, i) => {
    for (const form of list) out[form] = i + first;
  });
  return out;
}

/** A module's month and weekday names as lookups: form → 1-12 (months) and form → 0-6 (weekdays, 0 is Sunday). */
export function dateNameNumbers(m: LanguageModule): {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  weekdays: Record<string, number>;
  weekdayAbbreviations: Record<string, number>;
} {
  return {
    months: numbering(m.months, 1),
    monthAbbreviations: numbering(m.monthAbbreviations ?? [], 1),
    weekdays: numbering(m.weekdays ?? []),
    weekdayAbbreviations: numbering(m.weekdayAbbreviations ?? []),
  };
}

/** Whether triangulate has a module for this ISO 639-1 code. */
export function hasLanguageModule(code: string): boolean {
  return MODULES.has(code);
}

/** Sentence rules as the splitter and the tokenizer take them: the English rules, with the language's own on top. */
export interface SentenceBoundaries {
  /** characters that end a sentence besides ". ! ?" */
  stops: string[];
  /** lower-case words after which a full stop ends no sentence: abbreviations, their mid-sentence kin, month abbreviations */
  abbreviations: Set<string>;
  /** lower-case abbreviations whose full stop the tokenizer keeps with the word ("Mr.", "Jan.") */
  tokenAbbreviations: Set<string>;
  /** in a language that writes a day as "5." ("am 5. Oktober"), its month forms: a day's full stop before one ends no sentence */
  monthsAfterDayStop: Set<string>;
}

const boundaries = new Map<string, SentenceBoundaries>();

/** The sentence rules of a document in this language (English's alone for a language without a module or rules). */
export function sentenceBoundaries(code = 'en'): SentenceBoundaries {
  const hit = boundaries.get(code);
  if (hit) return hit;
  const own = code === 'en' ? [ENGLISH] : [ENGLISH, MODULES.get(code)].filter((m): m is LanguageModule => m !== undefined);
  const token = own.flatMap((m) => [...(m.sentences?.abbreviations ?? []), ...(m.monthAbbreviations?.flat() ?? [])]);
  const out: SentenceBoundaries = {
    stops: own.flatMap((m) => m.sentences?.stops ?? []),
    tokenAbbreviations: new Set(token),
    abbreviations: new Set([...token, ...own.flatMap((m) => m.sentences?.midSentence ?? [])]),
    monthsAfterDayStop: new Set(own.flatMap((m) => (m.ordinalSuffixes?.includes('.') ? (monthNames(m.code) ?? []).flat() : []))),
  };
  boundaries.set(code, out);
  return out;
}

/** The names-stage facts of a language (none for a language without a module or without them). */
export function nameRules(code: string): NameRules {
  return MODULES.get(code)?.names ?? {};
}

/** Unit words of every module's number vocabulary, merged (a document's figures are read with all of them). */
export function unitWords(): { measure: Record<string, string>; duration: Record<string, string>; percent: string[] } {
  const units = languageModules().flatMap((m) => (m.numbers?.units ? [m.numbers.units] : []));
  return {
    measure: Object.assign({}, ...units.map((u) => u.measure ?? {})),
    duration: Object.assign({}, ...units.map((u) => u.duration ?? {})),
    percent: [...new Set(units.flatMap((u) => u.percent ?? []))],
  };
}
