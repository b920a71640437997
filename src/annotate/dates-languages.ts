// Dates written in other languages than English: month and weekday names, relative words ("gestern", "la veille",
// "в прошлом году") and "N units ago" phrases, all from the language's module (src/lang/<lang>/data.json).
import type { AbsoluteDate } from './dates-absolute.js';
import { addDays, type Day, isoDay, isoMonth, makeDay } from './dates-calendar.js';
import type { Anaphora, RelativePhrase, Resolved } from './dates-relative.js';
import { day, shift, week, weekday } from './dates-relative.js';
import { dateNameNumbers, ENGLISH, type LanguageModule, languageModules } from '../lang/index.js';
import type { DateVocabulary } from '../lang/types.js';
import { cldrDateVocabulary } from '../lang/cldr.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The date vocabulary of a module with an in-text date grammar, else null (its dates are read by the language-independent rules). */
function vocabularyOf(m: LanguageModule): DateVocabulary | null {
  if (!m.textDates) return null;
  return {
    ...m.textDates,
    ...dateNameNumbers(m),
    numberWords: m.numberWords ?? {},
    dayOrdinal: (m.ordinalSuffixes ?? []).map(escapeRegex).join('|'),
  };
}

const VOCABULARIES: Record<string, DateVocabulary> = Object.fromEntries(
  languageModules().flatMap((m) => {
    const v = vocabularyOf(m);
    return v ? [[m.code, v]] : [];
  }),
);

/** Languages with a date vocabulary of their own besides English. */
export const DATE_LANGUAGES = Object.keys(VOCABULARIES);

/** The vocabulary a language's dates are read with: its module's, else the CLDR's (src/lang/cldr.ts), else none. */
const vocabularyFor = (lang: string): DateVocabulary | undefined => (Object.hasOwn(VOCABULARIES, lang) ? VOCABULARIES[lang] : lang === 'en' ? undefined : cldrDateVocabulary(lang));

/** Alternation of lower-case words matching either case of the first letter; spaces match any run of spaces. */
const alternatives = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      const first = w[0];
      const head = first.toUpperCase() !== first ? `[${first.toUpperCase()}${first}]` : escapeRegex(first);
      return head + escapeRegex(w.slice(1)).replace(/ /g, '\\s+').replace(/['’ʼ]/g, "['’ʼ]");
    })
    .join('|');
const norm = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/[’ʼ]/g, "'");
const EDGE_START = '(?<![\\p{L}\\p{N}])';
const EDGE_END = '(?![\\p{L}\\p{N}])';
const YEAR = '(?<year>19\\d{2}|20\\d{2})';

interface Compiled {
  absolute: { regex: RegExp; read(g: Record<string, string | undefined>): Omit<AbsoluteDate, 'start' | 'end' | 'text'> | null }[];
  relative: RelativeRule[];
}

type Groups = Record<string, string | undefined>;
interface RelativeRule {
  regex: RegExp;
  anaphoric: Anaphora;
  resolve(g: Groups, anchor: Day): Resolved | null;
  weekday?: (g: Groups) => number;
}

const lookup = (map: Record<string, number>) => {
  const folded = new Map(Object.entries(map).map(([k, v]) => [norm(k), v]));
  return (s: string | undefined): number => folded.get(norm(s).replace(/\.$/, '')) ?? Number.NaN;
};

function compile(v: DateVocabulary): Compiled {
  const month = lookup({ ...v.months, ...v.monthAbbreviations });
  const monthAlt = `${alternatives(Object.keys(v.months))}${Object.keys(v.monthAbbreviations).length ? `|(?:${alternatives(Object.keys(v.monthAbbreviations))})\\.` : ''}`;
  const MONTH = `(?<month>${monthAlt})${EDGE_END}`;
  const DAY = `(?<![\\p{L}\\p{N}.,/])(?<day>[0-3]?\\d)${v.dayOrdinal ? `(?:${v.dayOrdinal})?` : ''}`;
  const weekdays = lookup(v.weekdays);
  const WEEKDAY_PREFIX = `(?:(?:${alternatives(Object.keys(v.weekdays))}),?\\s+)?`;
  const absolute: Compiled['absolute'] = [
    {
      regex: new RegExp(`${EDGE_START}${WEEKDAY_PREFIX}${DAY}${v.dayMonthJoin}${MONTH}(?:,?${v.monthYearJoin}${YEAR}${v.yearSuffix})?${EDGE_END}`, 'giu'),
      read: (g) => {
        const m = month(g.month);
        const d = Number(g.day);
        if (g.year) {
          const found = makeDay(Number(g.year), m, d);
          return found ? { value: isoDay(found), precision: 'day' } : null;
        }
        return makeDay(2000, m, d) ? { value: null, precision: 'day', yearless: { month: m, day: d } } : null;
      },
    },
    {
      regex: new RegExp(`${EDGE_START}${MONTH}${v.monthYearJoin}${YEAR}${v.yearSuffix}${EDGE_END}`, 'giu'),
      read: (g) => ({ value: isoMonth(Number(g.year), month(g.month)), precision: 'month' }),
    },
  ];
  const weekdayGlued = v.weekdayGlued.length ? `(?:${alternatives(v.weekdayGlued)})?` : '';
  const parts = v.partsOfDay.length ? `(?:\\s+(?:${alternatives(v.partsOfDay)}))?` : '';
  const before = Object.keys(v.weekdayBefore).length ? `(?:(?<pre>${alternatives(Object.keys(v.weekdayBefore))})\\s+)?` : '';
  const after = Object.keys(v.weekdayAfter).length ? `(?:\\s+(?<post>${alternatives(Object.keys(v.weekdayAfter))}))?` : '';
  const directionOf = (g: Record<string, string | undefined>) =>
    g.pre ? v.weekdayBefore[norm(g.pre)] : g.post ? v.weekdayAfter[norm(g.post)] : undefined;
  const count = lookup(v.numberWords);
  const unitOf = (s: string | undefined) => v.units[norm(s)] ?? '';
  const n = (s: string | undefined) => (/^\d+$/.test(s ?? '') ? Number(s) : count(s));
  const COUNT = `(?<count>\\d{1,3}|${alternatives(Object.keys(v.numberWords))})`;
  const UNIT = `(?<unit>${alternatives(Object.keys(v.units))})`;
  const rules: RelativeRule[] = [
    {
      regex: new RegExp(`${EDGE_START}${before}(?<weekday>${alternatives(Object.keys(v.weekdays))})${weekdayGlued}${after}${parts}${EDGE_END}`, 'giu'),
      anaphoric: false,
      resolve: (g, anchor) => weekday(anchor, weekdays(g.weekday), directionOf(g)),
      weekday: (g) => weekdays(g.weekday),
    },
    {
      regex: new RegExp(`${EDGE_START}(?<word>${alternatives(Object.keys(v.dayWords))})${EDGE_END}`, 'giu'),
      anaphoric: false,
      resolve: (g, anchor) => day(addDays(anchor, v.dayWords[Object.keys(v.dayWords).find((k) => norm(k) === norm(g.word)) ?? ''] ?? 0)),
    },
    {
      regex: new RegExp(`${EDGE_START}(?<word>${alternatives(Object.keys(v.anaphoricDays))})${EDGE_END}`, 'giu'),
      anaphoric: 'day',
      resolve: (g, anchor) => day(addDays(anchor, v.anaphoricDays[Object.keys(v.anaphoricDays).find((k) => norm(k) === norm(g.word)) ?? ''] ?? 0)),
    },
    {
      regex: new RegExp(`${EDGE_START}(?<word>${alternatives(Object.keys(v.periods))})${EDGE_END}`, 'giu'),
      anaphoric: false,
      resolve: (g, anchor) => {
        const [unit, offset] = v.periods[Object.keys(v.periods).find((k) => norm(k) === norm(g.word)) ?? ''] ?? [];
        if (typeof unit !== 'string' || typeof offset !== 'number') return null;
        return unit === 'week' ? week(anchor, offset, '') : shift(anchor, unit, offset);
      },
    },
    ...v.ago.map(
      (t): RelativeRule => ({
        regex: new RegExp(`${EDGE_START}${escapeRegex(t).replace('\\{n\\}', COUNT).replace('\\{unit\\}', UNIT).replace(/ /g, '\\s+')}${EDGE_END}`, 'giu'),
        anaphoric: false,
        resolve: (g, anchor) => shift(anchor, unitOf(g.unit), -n(g.count)),
      }),
    ),
  ];
  // a rule whose vocabulary is empty in this language would match the empty string
  const relative = rules.filter((r) => !/\(\?<(?:word|weekday|unit|count)>\)/.test(r.regex.source));
  return { absolute, relative };
}

const COMPILED = new Map<string, Compiled>();
const compiled = (lang: string): Compiled | null => {
  const v = vocabularyFor(lang);
  if (!v) return null;
  const known = COMPILED.get(lang);
  if (known) return known;
  const c = compile(v);
  COMPILED.set(lang, c);
  return c;
};

/** Absolute dates of a language's own month names ("4 septembre 2025", "15. August", "13 квітня"). */
export function findLanguageAbsolute(text: string, lang: string): AbsoluteDate[] {
  const c = compiled(lang);
  const out: AbsoluteDate[] = [];
  for (const { regex, read } of c?.absolute ?? []) {
    for (const m of text.matchAll(regex)) {
      const r = read(m.groups ?? {});
      if (r) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], ...r });
    }
  }
  out.push(...findNumericDayMonth(text, lang));
  return out;
}

/** Relative phrases of a language ("am Sonntagabend", "la veille", "два дня назад"). */
export function findLanguageRelative(text: string, lang: string): (RelativePhrase & { weekday?: number })[] {
  const c = compiled(lang);
  const out: (RelativePhrase & { weekday?: number })[] = [];
  for (const rule of c?.relative ?? []) {
    for (const m of text.matchAll(rule.regex)) {
      const g = m.groups ?? {};
      const wd = rule.weekday?.(g);
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        anaphoric: rule.anaphoric,
        fromEvent: false,
        resolve: (anchor) => rule.resolve(g, anchor),
        ...(wd !== undefined && Number.isFinite(wd) ? { weekday: wd } : {}),
      });
    }
  }
  return out;
}

const NUMERIC = new Map<string, RegExp>();
/** "on 31/8", "am 31.8.": a day and month without a year, read only after a cue word of the language. */
function findNumericDayMonth(text: string, lang: string): AbsoluteDate[] {
  const cues = lang === 'en' ? ENGLISH.englishDates.numericCues : (vocabularyFor(lang)?.numericCues ?? []);
  if (!cues.length) return [];
  let regex = NUMERIC.get(lang);
  if (!regex) {
    regex = new RegExp(`(?<=${EDGE_START}(?:${alternatives(cues)})\\s)(?<day>[0-3]?\\d)(?<sep>[/.])(?<month>[01]?\\d)(?:\\k<sep>)?(?![\\p{N}]|[/.,]\\d)`, 'giu');
    NUMERIC.set(lang, regex);
  }
  const out: AbsoluteDate[] = [];
  for (const m of text.matchAll(regex)) {
    const d = Number(m.groups?.day);
    const mo = Number(m.groups?.month);
    if (!makeDay(2000, mo, d)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: null, precision: 'day', yearless: { month: mo, day: d } });
  }
  return out;
}
