import type { NumberKind, NumberMention } from '../types.js';
import currencies from './data/numbers-currencies.json' with { type: 'json' };
import { languageModules, type NumberFormat, type NumberVocabulary, unitWords } from '../lang/index.js';
import units from './data/numbers-units.json' with { type: 'json' };
import { alternation, DASH, digitsSource, parseDigits } from './numbers-regex.js';

type Approx = NumberMention['approx'];

interface Span {
  start: number;
  end: number;
}

/** A language's number vocabulary with its hedges, number words and digit format (src/lang/<lang>/data.json). */
interface LanguageData extends NumberVocabulary {
  hedges: Record<string, string>;
  words: Record<string, number>;
  format: NumberFormat;
}

// the languages other than English whose module has a number vocabulary and a digit format
const LANGUAGES = new Map<string, LanguageData>(
  languageModules().flatMap((m) =>
    m.code !== 'en' && m.numbers && m.numberFormat
      ? [[m.code, { ...m.numbers, hedges: m.hedges ?? {}, words: m.numberWords ?? {}, format: m.numberFormat }]]
      : [],
  ),
);

/** Whether numbers of this language are read by this module (languages other than English with data). */
export const hasNumberData = (lang: string): boolean => LANGUAGES.has(lang);

/** A vocabulary key: an exact word, or a stem when it ends with "*". */
const entry = (key: string): string => (key.endsWith('*') ? `${escapeRe(key.slice(0, -1))}[\\p{L}\\p{M}]*` : escapeRe(key));
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const wordsOf = (keys: string[]): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(entry)
    .join('|');

/** Looks a matched word up in a vocabulary whose keys may be stems. */
function lookup<T>(table: Record<string, T>, word: string): T | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w in table) return table[w];
  let best: { len: number; value: T } | undefined;
  for (const [k, v] of Object.entries(table)) {
    if (k.endsWith('*') && w.startsWith(k.slice(0, -1)) && (!best || k.length > best.len)) best = { len: k.length, value: v };
  }
  return best?.value;
}

const SYMBOLS: Record<string, string> = currencies.symbols;
const CODES = new Set(currencies.codes);
// units after a number: the English ones, then every module's own (a document's figures are read with all of them)
const MODULE_UNITS = unitWords();
const MEASURES: Record<string, string> = { ...units.measure, ...MODULE_UNITS.measure };
const DURATIONS: Record<string, string> = { ...units.duration, ...MODULE_UNITS.duration };
// "pour cent" is also written "pourcent"; a stem takes any ending ("процентов")
const percentWord = (w: string): string => (w.endsWith('*') ? `${escapeRe(w.slice(0, -1))}\\p{L}*` : `${escapeRe(w).replace(/\\s\+/g, '\\s?')}(?![\\p{L}])`);
const PERCENT = new RegExp(String.raw`^\s?(?:%|${MODULE_UNITS.percent.map(percentWord).join('|')})`, 'iu');
const UNIT_AFTER = new RegExp(String.raw`^[\s\u00a0]?(?<unit>${alternation([...Object.keys(MEASURES), ...Object.keys(DURATIONS)])})(?![\p{L}\p{N}])`, 'iu');
const CODE_AFTER = new RegExp(String.raw`^[\s\u00a0]?(?<code>${alternation(CODES)})(?![\p{L}])`, 'u');
const CURRENCY_BEFORE = new RegExp(String.raw`(?:${alternation(Object.keys(SYMBOLS))})[\s\u00a0]?$`, 'u');
// a word of any script: Devanagari vowel signs and Arabic short vowels are marks inside the word
const WORD_AFTER = /^[\s\u00a0]+([\p{L}][\p{L}\p{M}'’-]*\.?)/u;

interface Compiled {
  data: LanguageData;
  digits: RegExp;
  hedge: RegExp;
  scale: RegExp;
  currency: RegExp;
  words: RegExp;
  range: RegExp;
  zero: RegExp;
  hedgeAfter: RegExp | null;
}

const compiled = new Map<string, Compiled>();

function compile(lang: string): Compiled {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const data = LANGUAGES.get(lang);
  if (!data) throw new RangeError(`no number vocabulary for "${lang}"`);
  const digits = digitsSource(data.format);
  const c: Compiled = {
    data,
    digits: new RegExp(String.raw`(?<![\p{L}\p{N}.,:/])(?<digits>${digits})(?![\p{N}]|[.,:/]\p{N})`, 'gu'),
    hedge: new RegExp(String.raw`(?<![\p{L}])(?<hedge>${wordsOf([...Object.keys(data.hedges), ...data.rangeBefore])})[\s\u00a0]+$`, 'iu'),
    scale: new RegExp(String.raw`^[\s\u00a0]+(?<scale>${wordsOf(Object.keys(data.scales))})(?![\p{L}\p{M}])`, 'iu'),
    currency: new RegExp(String.raw`^[\s\u00a0]+(?<currency>${wordsOf(Object.keys(data.currencies))})(?![\p{L}\p{M}])`, 'iu'),
    words: new RegExp(String.raw`(?<![\p{L}\p{N}])(?<word>${wordsOf(Object.keys(data.words))})(?![\p{L}\p{N}])`, 'giu'),
    zero: new RegExp(String.raw`(?<![\p{L}])(?:${wordsOf(data.zero)})(?=[\s\u00a0])`, 'giu'),
    hedgeAfter: data.hedgesAfter ? new RegExp(String.raw`^[\s\u00a0]+(?<hedge>${wordsOf(Object.keys(data.hedgesAfter))})(?![\p{L}\p{M}])`, 'iu') : null,
    range: new RegExp(String.raw`^(?:\s*${DASH}\s*|\s+(?:${wordsOf(data.ranges)})\s+)(?<digits>${digits})(?![\p{N}])`, 'iu'),
  };
  compiled.set(lang, c);
  return c;
}

/** Digits in a language's format: "1.411" and "1 180" group thousands, "2,95" has a decimal comma (German, French, Russian). */
export const parseLocaleDigits = (s: string, format: NumberFormat): number => parseDigits(s, format);

/**
 * Numbers of a language other than English: digits in the language's grouping ("1.411", "1 300", "2,95"), scale
 * words ("2,95 Mrd.", "1,5 milliard"), currencies before or after, percentages, units, hedges ("mindestens",
 * "plus de", "более"), ranges and small number words. The counted noun is the next word, lower-cased (the
 * cross-check maps it to a class); a number followed by a verb counts what the sentence counts (unit null).
 */
export function findIntlNumbers(text: string, blocked: Span[], lang: string): NumberMention[] {
  const c = compile(lang);
  const out: NumberMention[] = [];
  const free = (start: number, end: number) => !blocked.some((s) => s.start < end && start < s.end) && !out.some((s) => s.start < end && start < s.end);
  for (const m of text.matchAll(c.digits)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end) || isLabel(text, start, end)) continue;
    const found = read(text, c, lang, start, end, parseLocaleDigits(m.groups?.digits ?? m[0], c.data.format));
    if (found && free(found.start, found.end)) out.push(found);
  }
  for (const m of text.matchAll(c.words)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const value = lookup(c.data.words, m[0]);
    if (value === undefined || value === 1) continue;
    const found = read(text, c, lang, start, end, value, true);
    // a number word counts something only when a noun or a unit follows it
    if (found && (found.kind !== 'count' || found.unit) && free(found.start, found.end)) out.push(found);
  }
  // a language may list no zero words (an empty alternation would match everywhere)
  for (const m of c.data.zero.length ? text.matchAll(c.zero) : []) {
    const end = m.index + m[0].length;
    const w = WORD_AFTER.exec(text.slice(end, end + 40));
    if (!w || !free(m.index, end + w[0].length)) continue;
    const word = w[1].replace(/\.$/, '').toLowerCase();
    const to = end + w[0].length - (w[1].endsWith('.') ? 1 : 0);
    if (c.data.stops.includes(word) || c.data.verbs.includes(word)) continue;
    out.push({ start: m.index, end: to, text: text.slice(m.index, to), value: 0, kind: 'count', unit: word, approx: null });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Designations (S-300), model numbers glued to letters, ordinals written "4." before a lower-case word, list numbering. */
function isLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 3);
  if (/\p{L}[-‐‑]$/u.test(before) || /^\p{L}/u.test(after) || /[#№]\s?$/u.test(before)) return true;
  // ordinals written with a suffix: "95-й", "21-го", "3-я"
  if (/^[-‐‑]\p{L}{1,3}(?!\p{L})/u.test(text.slice(end, end + 5))) return true;
  return /^\.\s\p{Ll}/u.test(after);
}

function read(text: string, c: Compiled, lang: string, start: number, numberEnd: number, base: number, inWords = false): NumberMention | null {
  let end = numberEnd;
  let value = base;
  let range: [number, number] | undefined;
  const rangeMatch = inWords ? null : c.range.exec(text.slice(end, end + 30));
  if (rangeMatch) {
    const hi = parseLocaleDigits(rangeMatch.groups?.digits ?? '', c.data.format);
    if (hi > value) {
      range = [value, hi];
      end += rangeMatch[0].length;
    }
  }
  const scale = c.scale.exec(text.slice(end, end + 24));
  let multiplier = 1;
  if (scale) {
    multiplier = lookup(c.data.scales, scale.groups?.scale ?? '') ?? 1;
    end += scale[0].length;
  }
  if (multiplier !== 1) {
    value *= multiplier;
    if (range) range = [range[0] * multiplier, range[1] * multiplier];
  }
  // a hedge after the number: "900 से अधिक" (more than 900), "800 على الأقل" (at least 800)
  const after = range ? null : c.hedgeAfter?.exec(text.slice(end, end + 30));
  if (after) end += after[0].length;
  const hedge = c.hedge.exec(text.slice(Math.max(0, start - 24), start));
  const hedgeWord = hedge?.groups?.hedge?.toLowerCase().replace(/\s+/g, ' ');
  const isRangeStart = hedgeWord !== undefined && c.data.rangeBefore.includes(hedgeWord);
  const approxAfter = after ? (lookup(c.data.hedgesAfter ?? {}, after.groups?.hedge ?? '') ?? null) : null;
  const approx = (hedgeWord && !isRangeStart ? (lookup(c.data.hedges, hedgeWord) ?? approxAfter) : approxAfter) as Approx;
  let from = hedge && !isRangeStart ? start - hedge[0].length : start;
  const symbol = CURRENCY_BEFORE.exec(text.slice(Math.max(0, from - 4), from));
  const make = (kind: NumberKind, unit: string | null, to: number): NumberMention => {
    const mid = range ? (range[0] + range[1]) / 2 : value;
    return { start: from, end: to, text: text.slice(from, to), value: mid, ...(range ? { range } : {}), kind, unit, approx };
  };
  if (symbol) {
    from = Math.min(from, start - symbol[0].length);
    return make('money', SYMBOLS[symbol[0].trim()] ?? null, end);
  }
  const rest = text.slice(end, end + 40);
  const code = CODE_AFTER.exec(rest);
  if (code) return make('money', code.groups?.code ?? null, end + code[0].length);
  const currency = c.currency.exec(rest);
  if (currency) return make('money', lookup(c.data.currencies, currency.groups?.currency ?? '') ?? null, end + currency[0].length);
  const percent = PERCENT.exec(rest);
  if (percent) return make('percent', '%', end + percent[0].length);
  const unit = UNIT_AFTER.exec(rest);
  if (unit) {
    const word = (unit.groups?.unit ?? '').toLowerCase();
    if (word in DURATIONS) return make('duration', DURATIONS[word], end + unit[0].length);
    return make('measure', MEASURES[word] ?? word, end + unit[0].length);
  }
  // a number written with a decimal part ("6,0", "2.5") counts no discrete thing unless a scale word follows ("2,5 Millionen")
  if (multiplier === 1 && !inWords && hasDecimalPart(text.slice(start, numberEnd))) return null;
  return countOf(text, c, lang, end, make);
}

/** "6,0", "2.5", "3,14": a separator followed by other than exactly three digits (which would be a thousands group). */
function hasDecimalPart(digits: string): boolean {
  return /[.,](?:\d{1,2}|\d{4,})$/.test(digits);
}

/** The noun after a count, skipping words like "weitere"/"autres" and a German lower-case adjective before a noun. */
function countOf(text: string, c: Compiled, lang: string, end: number, make: (kind: NumberKind, unit: string | null, to: number) => NumberMention): NumberMention | null {
  let pos = end;
  for (let i = 0; i < 3; i++) {
    const w = WORD_AFTER.exec(text.slice(pos, pos + 60));
    if (!w) break;
    const word = w[1].replace(/\.$/, '');
    const lower = word.toLowerCase();
    const next = pos + w[0].length - (w[1].endsWith('.') ? 1 : 0);
    if (c.data.between.includes(lower)) {
      pos = next;
      continue;
    }
    if (c.data.verbs.includes(lower) || c.data.stops.includes(lower)) break;
    // a modifier before the noun: "200 украинских боевиков", "800 obdachlose Familien"
    const following = WORD_AFTER.exec(text.slice(next, next + 40));
    const isModifier = following && !c.data.stops.includes(following[1].toLowerCase()) && (
      (lang === 'de' && /^\p{Ll}/u.test(word) && /^\p{Lu}/u.test(following[1])) ||
      (c.data.adjectiveEndings.some((e) => lower.endsWith(e)) && lower.length > 4 && following[1].length > 3 && !c.data.verbs.includes(following[1].toLowerCase())));
    if (isModifier && i < 2) {
      pos = next;
      continue;
    }
    // German writes every noun with a capital: a lower-case word after a number is a verb or an adverb, not what it counts
    if (lang === 'de' && /^\p{Ll}/u.test(word)) break;
    return make('count', lower, next);
  }
  // a decimal with no noun after it is no count ("Stärke 6,0")
  return Number.isInteger(make('count', null, end).value) ? make('count', null, end) : null;
}
