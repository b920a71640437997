// The part of a country a sentence puts something in: "eastern Afghanistan", "den Osten Afghanistans",
// "l'est de l'Afghanistan", "на востоке Украины". Words per language are data (data/directions.json); the claim is
// a named value of the category "part of <country>", compared like the other named values, with neighbouring
// compass points (east, north-east) told apart from opposite ones.
import data from './data/directions.json' with { type: 'json' };
import { alternationOf, phraseSource } from './phrases.js';

type Lists = Record<string, string[]>;
const WORDS = data.words as Record<string, { before: Lists; after: Lists; between: string[] }>;
const POINTS: readonly string[] = data.directions;

/** A compass direction a sentence gives a country, with the offsets (into the sentence) of its words. */
export interface DirectionValue {
  direction: string;
  /** the country mention it qualifies, by its offsets into the sentence */
  country: { start: number; end: number };
  start: number;
  end: number;
}

/** One pattern per direction; the first match is taken, longest words first ("north-eastern" before "eastern"). */
const anchored = (lists: Lists, at: 'end' | 'start'): { direction: string; re: RegExp }[] =>
  Object.entries(lists).map(([direction, ws]) => {
    const alt = alternationOf(ws);
    return { direction, re: new RegExp(at === 'end' ? `(?<![\\p{L}\\p{M}])(?:${alt})$` : `^(?:${alt})(?![\\p{L}\\p{M}])`, 'iu') };
  });

interface Compiled {
  before: { direction: string; re: RegExp }[];
  after: { direction: string; re: RegExp }[];
  between: Set<string>;
}
const compiled = new Map<string, Compiled>();
function patternsFor(lang: string): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const w = WORDS[lang] ?? { before: {}, after: {}, between: [] };
    c = { before: anchored(w.before, 'end'), after: anchored(w.after, 'start'), between: new Set(w.between.map((x) => x.toLowerCase())) };
    compiled.set(lang, c);
  }
  return c;
}

/** How far from the country's name its direction words may stand: "the south-eastern part of", "den südöstlichen Teil". */
const BEFORE_CHARS = 40;
const AFTER_CHARS = 24;
/** At most this many of the language's connecting words between the direction and the country ("part of", "Teil"). */
const GAP_WORDS = 2;
const BREAK = /[,;:.!?()[\]"«»“”|–—]/;

/**
 * The directions a sentence gives the countries it names. `countries` are the country mentions' offsets into the
 * sentence; `others` are the other names' offsets, which may not stand between a direction and its country.
 */
export function findDirections(sentence: string, lang: string, countries: { start: number; end: number }[], others: { start: number; end: number }[] = []): DirectionValue[] {
  const { before, after, between } = patternsFor(lang);
  if (!before.length && !after.length) return [];
  const out: DirectionValue[] = [];
  for (const c of countries) {
    const lead = sentence.slice(Math.max(0, c.start - BEFORE_CHARS), c.start);
    const found = matchBefore(lead, before, between, lang !== 'de') ?? matchAfter(sentence.slice(c.end, c.end + AFTER_CHARS), after);
    if (!found) continue;
    const start = found.side === 'before' ? c.start - lead.length + found.at : c.end + found.at;
    const end = found.side === 'before' ? c.start - lead.length + found.at + found.length : c.end + found.at + found.length;
    const [from, to] = found.side === 'before' ? [end, c.start] : [c.end, start];
    if (others.some((o) => o.start >= from && o.end <= to)) continue;
    out.push({ direction: found.direction, country: c, start: Math.min(start, c.start), end: Math.max(end, c.end) });
  }
  return out;
}

/** Direction words ending at most GAP_WORDS words before the end of `lead`, with no punctuation between. */
function matchBefore(lead: string, pats: { direction: string; re: RegExp }[], between: Set<string>, capitalsNameThings: boolean) {
  // cut the lead at the last break: a direction behind a comma belongs to something else
  const cut = [...lead].reduce((last, ch, i) => (BREAK.test(ch) && !/['’]/.test(ch) ? i + 1 : last), 0);
  const text = lead.slice(cut);
  const words = [...text.matchAll(/[\p{L}\p{M}'’-]+/gu)];
  for (let gap = 0; gap <= GAP_WORDS && gap <= words.length; gap++) {
    const last = words[words.length - 1 - gap];
    if (!last) break;
    // the words skipped so far must all be connecting words ("part of"), not "border with"
    if (gap > 0 && !between.has(words[words.length - gap].at(0)!.toLowerCase())) break;
    const head = text.slice(0, last.index + last[0].length);
    for (const p of pats) {
      const m = p.re.exec(head);
      if (!m) continue;
      // a capitalised bare point right before the name is part of the name ("North Korea", "East Timor"), except
      // where every noun is capitalised ("den Nordosten Afghanistans")
      if (capitalsNameThings && gap === 0 && /^\p{Lu}/u.test(m[0]) && !/\s/.test(m[0]) && text.slice(m.index + m[0].length).trim() === '') continue;
      return { direction: p.direction, at: cut + m.index, length: m[0].length, side: 'before' as const };
    }
  }
  return null;
}

function matchAfter(tail: string, pats: { direction: string; re: RegExp }[]) {
  const lead = /^['’]s\s+|^\s+/u.exec(tail);
  if (!lead) return null;
  const rest = tail.slice(lead[0].length);
  for (const p of pats) {
    const m = p.re.exec(rest);
    if (m) return { direction: p.direction, at: lead[0].length, length: m[0].length, side: 'after' as const };
  }
  return null;
}

/** How far apart two compass points are, in eighths of a turn (0 to 4). */
export function compassDistance(a: string, b: string): number {
  const i = POINTS.indexOf(a);
  const j = POINTS.indexOf(b);
  if (i < 0 || j < 0) return a === b ? 0 : 4;
  const d = Math.abs(i - j) % 8;
  return Math.min(d, 8 - d);
}

export const isCompassPoint = (v: string): boolean => POINTS.includes(v);

const THE_COUNTRY = (data as unknown as { theCountry: Record<string, string[]> }).theCountry;
const theCountryRe = new Map<string, RegExp | null>();

/** Where a sentence names the document's country without its name ("des Landes", "the country", "du pays"), offsets into the sentence. */
export function theCountrySpans(sentence: string, lang: string): { start: number; end: number }[] {
  if (!theCountryRe.has(lang)) {
    const ws = THE_COUNTRY[lang] ?? [];
    theCountryRe.set(lang, ws.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternationOf(ws, phraseSource)})(?![\\p{L}\\p{M}])`, 'giu') : null);
  }
  const re = theCountryRe.get(lang);
  return re ? [...sentence.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
}
