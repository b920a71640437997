import type { NumberKind, NumberMention } from '../types.js';
import currencies from './data/numbers-currencies.json' with { type: 'json' };
import units from './data/numbers-units.json' with { type: 'json' };
import { ENGLISH } from '../lang/index.js';
import { countedNoun, isFunctionWord } from './numbers-nouns.js';
import { DIGITS, NUMBER_WORDS, parseNumber, scaleOf } from './numbers-parse.js';
import { WORD_END, WORD_START } from '../text/index.js';
import { alternation, asciiDigits, DASH } from './numbers-regex.js';
import { findIntlNumbers, hasNumberData } from './numbers-intl.js';
import { findTimes } from './numbers-times.js';

export { figuresAgree } from './numbers-agree.js';
export { parseNumber } from './numbers-parse.js';

interface Span {
  start: number;
  end: number;
}

type Approx = NumberMention['approx'];

const HEDGES: Record<string, Approx> = ENGLISH.hedges ?? {};
const words = ENGLISH.englishNumbers;
const VAGUE: Record<string, number> = words.vague;
const SYMBOLS: Record<string, string> = currencies.symbols;
const CURRENCY_WORDS: Record<string, string> = currencies.words;
const CODES = new Set(currencies.codes);
const DURATIONS: Record<string, string> = units.duration;
const MEASURES: Record<string, string> = units.measure;

const SCALE_WORDS = 'trillion|billion|million|thousand|hundred|dozen';
const NUMBER_WORD = `(?:${alternation(NUMBER_WORDS)})`;
/** A number in digits (optionally scaled: "2.1bn", "600 million", "40m") or in words ("forty-five", "a dozen"). */
const CORE = String.raw`(?<digits>${DIGITS})(?:(?<abbr>bn|mn|mln|tn|trn|k|m|b)(?![\p{L}])|\s?(?<scale>${SCALE_WORDS}|bn|mn|mln|tn|trn)(?![\p{L}]))?(?![\p{N}])|(?<words>(?:a\s+(?=(?:${SCALE_WORDS})${WORD_END}))?${WORD_START}${NUMBER_WORD}(?:(?:\s+and\s+|[\s‐‑-]+)${NUMBER_WORD})*${WORD_END})`;
const NUMBER = new RegExp(
  String.raw`${WORD_START}(?:(?<vague>${alternation(Object.keys(VAGUE))})\s+of${WORD_END}|${CORE})`,
  'giu',
);
const SECOND_NUMBER = new RegExp(`^(?:${CORE})`, 'iu');

const CURRENCY_BEFORE = new RegExp(
  String.raw`(?:(?<symbol>${alternation(Object.keys(SYMBOLS))})|(?<![\p{L}])(?<code>${alternation(CODES)})[ \u00a0]?)$`,
  'u',
);
const HEDGE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?<hedge>${alternation(Object.keys(HEDGES))}|between)\s+$`, 'iu');
// Codes are matched by case ("TRY", not "try"); currency words in any case.
const CODE_AFTER = new RegExp(String.raw`^[ \u00a0]?(?<code>${alternation(CODES)})(?![\p{L}])`, 'u');
const CURRENCY_WORD_AFTER = new RegExp(String.raw`^\s+(?<word>${alternation(Object.keys(CURRENCY_WORDS))})(?![\p{L}])`, 'iu');
const PERCENT_AFTER = /^(?:\s?%|\s(?:per\s?cent|percent)(?![\p{L}])|\s(?<points>percentage points?)(?![\p{L}]))/iu;
const AGE_AFTER = new RegExp(String.raw`^(?:${DASH}|\s)years?(?:${DASH}|\s)old(?![\p{L}])`, 'iu');
const UNIT_AFTER = new RegExp(
  String.raw`^(?<joint>${DASH}|\s?)(?<unit>${alternation([...Object.keys(DURATIONS), ...Object.keys(MEASURES)])})(?![\p{L}\p{N}])`,
  'iu',
);
const DESIGNATION_BEFORE = new RegExp(`\\p{L}${DASH}$`, 'u');
const FROM_BEFORE = /(?<![\p{L}])from\s+$/iu;
const PHONE = /\+\d{1,4}(?:[\s.-]?\(?\d{1,4}\)?){2,}\d|\(\d{2,4}\)\s?\d{3,4}[\s.-]?\d{3,4}|(?<!\d)\d{3}[.-]\d{3}[.-]\d{4}(?!\d)/g;

interface Reading {
  value: number;
  range?: [number, number];
  end: number;
}

/**
 * Money, counts, percentages, times of day (with their zone), durations and measures, with hedges; skips spans inside
 * `exclude` (e.g. date mentions). `lang` picks the number vocabulary and digit grouping (English by default).
 */
export function findNumbers(text: string, exclude: Span[] = [], lang = 'en'): NumberMention[] {
  // digits of other scripts are read as ASCII digits; each mention keeps the text as written
  const ascii = asciiDigits(text);
  if (ascii !== text) return findNumbers(ascii, exclude, lang).map((n) => ({ ...n, text: text.slice(n.start, n.end) }));
  const blocked: Span[] = [...exclude, ...[...text.matchAll(PHONE)].map((m) => spanOf(m))];
  const out: NumberMention[] = [];
  for (const t of findTimes(text, lang)) {
    if (overlaps(blocked, t.start, t.end)) continue;
    const hedge = hedgeBefore(text, t.start);
    const approx = hedge?.approx ?? (t.named || t.approx ? 'about' : null);
    out.push({ ...mention(text, hedge?.start ?? t.start, t.end, t.minutes, undefined, 'time', 'time', approx), zone: t.zone });
  }
  blocked.push(...out);
  if (hasNumberData(lang)) return [...out, ...findIntlNumbers(text, blocked, lang)].sort((a, b) => a.start - b.start);
  out.push(...findZeros(text, blocked));
  blocked.push(...out);
  let cursor = 0;
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    if (start < cursor || overlaps(blocked, start, start + m[0].length)) continue;
    const found = readMention(text, m, blocked);
    if (!found) continue;
    out.push(found);
    cursor = found.end;
  }
  return out.sort((a, b) => a.start - b.start);
}

const ZERO = new RegExp(String.raw`${WORD_START}(?:${alternation(words.zero)})(?=\s)`, 'giu');

/** "no deaths", "no immediate reports of injuries": a count of zero of the plural noun that follows. */
function findZeros(text: string, blocked: Span[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(ZERO)) {
    const end = m.index + m[0].length;
    if (overlaps(blocked, m.index, end) || out.some((o) => o.end > m.index)) continue;
    // the noun right after: "no deaths", not "no one" or "no longer"
    const noun = countedNoun(text, end, false, Math.min(text.length, end + 30));
    if (!noun || /\s\S+\s\S+\s/.test(text.slice(end, noun.end))) continue;
    out.push(mention(text, m.index, noun.end, 0, undefined, 'count', noun.unit, null));
  }
  return out;
}

/** Reads one mention around a number match, or null when the number is a label, part of a name, or counts nothing. */
function readMention(text: string, m: RegExpExecArray, blocked: Span[]): NumberMention | null {
  const g = m.groups ?? {};
  const start = m.index;
  if (g.vague) return readVague(text, m, blocked);
  if (isLabel(text, start, m[0], g)) return null;
  const currencyBefore = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const numberStart = currencyBefore ? start - currencyBefore[0].length : start;
  const hedge = hedgeBefore(text, numberStart);
  const money = currencyBefore !== null;
  const first = readCore(g, money);
  if (first === null) return null;
  let reading: Reading = { value: first.value, end: start + m[0].length };
  if (first.metres) return finish(text, hedge, numberStart, reading, 'measure', 'm');
  const fromBefore = FROM_BEFORE.test(text.slice(Math.max(0, numberStart - 8), numberStart));
  const joiner = hedge?.word === 'between' ? 'and' : fromBefore ? 'dash' : 'to';
  reading = readRange(text, reading, joiner, first.scaled, money) ?? reading;
  if (hedge?.word === 'between' && !reading.range) return null;
  if (currencyBefore) {
    const code = currencyBefore.groups?.code ?? SYMBOLS[currencyBefore.groups?.symbol ?? ''];
    return finish(text, hedge, numberStart, reading, 'money', code);
  }
  return readUnit(text, hedge, numberStart, reading, blocked, g.words !== undefined);
}

/** Ordinals, list numbering, designations (S-300, F 16), "No. 5" and numbers inside names ("Resolution 2254"). */
function isLabel(text: string, start: number, core: string, g: Record<string, string | undefined>): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const rest = text.slice(start + core.length, start + core.length + 40);
  // A letter glued to the number is an ordinal (4th) or model suffix (30SM) unless it is a unit (150km).
  if (/^\p{L}/u.test(rest) && !UNIT_AFTER.test(rest)) return true;
  if (/^[.,/]\d/.test(rest) || /\d[.,/]$/.test(before) || /[#№]\s?$|\bno\.\s?$/i.test(before)) return true;
  if (g.digits === undefined) return false;
  if (DESIGNATION_BEFORE.test(before)) return true;
  const scaled = g.scale !== undefined || g.abbr !== undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (!scaled && /^[\s•·*>|-]*$/.test(text.slice(lineStart, start))) {
    if (/^[.)](?:\s|$)/.test(rest) || (core.includes('.') && /^\s\p{Lu}/u.test(rest))) return true;
  }
  const word = /(?<![\p{L}])(\p{Lu}[\p{L}]*)[ \u00a0]$/u.exec(before)?.[1];
  if (scaled || g.digits.includes(',') || word === undefined || CODES.has(word)) return false;
  return !isFunctionWord(word) && !(word.toLowerCase() in HEDGES);
}

interface Core {
  value: number;
  /** the number carried its own scale ("3 billion"), which a range's first number may borrow */
  scaled: number | null;
  /** "300m" without a currency is metres, not millions */
  metres: boolean;
}

function readCore(g: Record<string, string | undefined>, money: boolean): Core | null {
  if (g.words !== undefined) {
    const value = parseNumber(g.words);
    const last = g.words.toLowerCase().split(/[\s‐‑-]+/).pop() ?? '';
    return value === null ? null : { value, scaled: scaleOf(last), metres: false };
  }
  const base = Number((g.digits ?? '').replaceAll(',', ''));
  const suffix = g.abbr ?? g.scale;
  if (g.abbr?.toLowerCase() === 'm' && !money) return { value: base, scaled: null, metres: true };
  if (suffix === undefined) return { value: base, scaled: null, metres: false };
  const scale = scaleOf(suffix);
  return scale === null ? null : { value: base * scale, scaled: scale, metres: false };
}

const SYMBOL = `(?:${alternation(Object.keys(SYMBOLS))})?`;
const JOINERS = {
  and: new RegExp(String.raw`^\s+and\s+${SYMBOL}`, 'iu'),
  dash: new RegExp(String.raw`^\s*${DASH}\s*${SYMBOL}`, 'iu'),
  to: new RegExp(String.raw`^(?:\s*${DASH}\s*|\s+to\s+)${SYMBOL}`, 'iu'),
};

/**
 * "40-50", "40 to 50", "between 40 and 50", "$2–3 billion": a second number after the first. After "from", "to"
 * gives a change, not a range.
 */
function readRange(
  text: string,
  first: Reading,
  joiner: keyof typeof JOINERS,
  firstScaled: number | null,
  money: boolean,
): Reading | null {
  const link = JOINERS[joiner].exec(text.slice(first.end, first.end + 12));
  if (!link) return null;
  const from = first.end + link[0].length;
  const m = SECOND_NUMBER.exec(text.slice(from, from + 40));
  if (!m) return null;
  const second = readCore(m.groups ?? {}, money);
  if (second === null) return null;
  const lo = firstScaled === null && second.scaled !== null ? first.value * second.scaled : first.value;
  if (!(lo < second.value)) return null;
  return { value: (lo + second.value) / 2, range: [lo, second.value], end: from + m[0].length };
}

/** "dozens of", "hundreds of": approximate counts of the noun that follows. */
function readVague(text: string, m: RegExpExecArray, blocked: Span[]): NumberMention | null {
  const value = VAGUE[(m.groups?.vague ?? '').toLowerCase().replace(/\s+/g, ' ')];
  const end = m.index + m[0].length;
  const currency = CURRENCY_WORD_AFTER.exec(text.slice(end, end + 40));
  if (currency?.groups?.word) {
    const code = CURRENCY_WORDS[currency.groups.word.toLowerCase()];
    return mention(text, m.index, end + currency[0].length, value, undefined, 'money', code, 'about');
  }
  const noun = countedNoun(text, end, false, stopOf(blocked, end, text.length));
  return noun ? mention(text, m.index, noun.end, value, undefined, 'count', noun.unit, 'about') : null;
}

/** What follows the number decides its kind: a percent sign, a currency, a time or distance unit, or a counted noun. */
function readUnit(
  text: string,
  hedge: Hedge | null,
  start: number,
  reading: Reading,
  blocked: Span[],
  inWords: boolean,
): NumberMention | null {
  const rest = text.slice(reading.end, reading.end + 40);
  const past = (m: RegExpExecArray): Reading => ({ ...reading, end: reading.end + m[0].length });
  const percent = PERCENT_AFTER.exec(rest);
  if (percent) return finish(text, hedge, start, past(percent), 'percent', percent.groups?.points ? 'pp' : '%');
  const currency = CODE_AFTER.exec(rest) ?? CURRENCY_WORD_AFTER.exec(rest);
  if (currency) {
    const code = currency.groups?.code ?? CURRENCY_WORDS[(currency.groups?.word ?? '').toLowerCase()];
    return finish(text, hedge, start, past(currency), 'money', code);
  }
  const age = AGE_AFTER.exec(rest);
  if (age) return finish(text, hedge, start, past(age), 'duration', 'age');
  const unit = UNIT_AFTER.exec(rest);
  // A unit glued to a word number ("fiveday") is not a unit.
  if (unit && !(inWords && unit.groups?.joint === '')) {
    const word = (unit.groups?.unit ?? '').toLowerCase();
    if (word in DURATIONS) return finish(text, hedge, start, past(unit), 'duration', DURATIONS[word]);
    return finish(text, hedge, start, past(unit), 'measure', MEASURES[word]);
  }
  // "one" is mostly a pronoun ("one of them"); only digits count a single thing.
  const single = reading.value === 1 && !reading.range;
  if (single && inWords) return null;
  const noun = countedNoun(text, reading.end, single, stopOf(blocked, reading.end, text.length));
  if (!noun) {
    // "injured 1,300 more", "wounded 117 others": a count of what the sentence counts
    const more = ELLIPTIC.exec(rest);
    return more && !single ? finish(text, hedge, start, { ...reading, end: reading.end + more[0].length }, 'count', null) : null;
  }
  return finish(text, hedge, start, { ...reading, end: noun.end }, 'count', noun.unit);
}

const ELLIPTIC = /^\s(?:more|others)(?![\p{L}])/iu;

interface Hedge {
  start: number;
  word: string;
  approx: Approx;
}

function hedgeBefore(text: string, start: number): Hedge | null {
  const m = HEDGE_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  if (!m) return null;
  const word = (m.groups?.hedge ?? '').toLowerCase();
  return { start: start - m[0].length, word, approx: word === 'between' ? null : HEDGES[word] };
}

function finish(
  text: string,
  hedge: Hedge | null,
  start: number,
  reading: Reading,
  kind: NumberKind,
  unit: string | null,
): NumberMention {
  const from = hedge?.start ?? start;
  return mention(text, from, reading.end, reading.value, reading.range, kind, unit, hedge?.approx ?? null);
}

function mention(
  text: string,
  start: number,
  end: number,
  value: number,
  range: [number, number] | undefined,
  kind: NumberKind,
  unit: string | null,
  approx: Approx,
): NumberMention {
  return { start, end, text: text.slice(start, end), value, ...(range ? { range } : {}), kind, unit, approx };
}

const spanOf = (m: RegExpMatchArray): Span => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });

const overlaps = (spans: Span[], start: number, end: number): boolean =>
  spans.some((s) => s.start < end && start < s.end);

/** First blocked offset at or after `from`: a counted noun may not run into a date or another mention. */
const stopOf = (spans: Span[], from: number, limit: number): number =>
  spans.reduce((stop, s) => (s.start >= from && s.start < stop ? s.start : stop), limit);
