// A superlative that singles out one place: "Kunar province was the hardest hit", "la province la plus touchée",
// "am schwersten betroffen". The place it names is the one true answer of a question ("Which province was hit
// hardest?"); two documents that name different places answer it differently. Words per language are data
// (data/superlatives.json).
import data from './data/superlatives.json' with { type: 'json' };
import { alternationOf, termSource } from './phrases.js';

type Words = Record<string, string[]>;
const MEASURES = data.measures as Record<string, { question: string; rankedBy?: string[]; words: Words }>;
const LOCATIVE = data.locative as Words;
const NOT_UNIQUE = data.notUnique as Words;
const AND = data.and as Words;
const LATTER = data.latter as Words;
const LEVELS = data.levels as Record<string, Words>;

/** A named place in a sentence, by its offsets into the sentence and the id of its entity. */
export interface PlaceSpan {
  start: number;
  end: number;
  id: string;
}

/** One place a sentence singles out with a superlative: the measure ("hardest hit"), the kind of place ("province"), offsets into the sentence. */
export interface SuperlativeValue {
  measure: string;
  level: string | null;
  place: string;
  start: number;
  end: number;
}

/** A phrase, with " … " standing for up to four words between its halves. */
const term = (w: string): string =>
  w
    .split(' … ')
    .map(termSource)
    .join(String.raw`\s+(?:[\p{L}\p{M}'’-]+\s+){0,4}`);
const alternation = (ws: string[]): string => alternationOf(ws, term);
const words = (ws: string[], flags = 'giu'): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(ws)})(?![\\p{L}\\p{M}])`, flags);
const ending = (ws: string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(ws)})[\\s\\p{L}\\p{M}'’-]{0,30}$`, 'iu');
const pick = (w: Words, lang: string): string[] => w[lang] ?? [];

interface Compiled {
  measures: { measure: string; re: RegExp }[];
  notUnique: RegExp | null;
  joined: RegExp;
  latter: RegExp | null;
  locative: RegExp | null;
  levels: { level: string; all: RegExp; first: RegExp }[];
}

const compiled = new Map<string, Compiled>();
function patternsFor(lang: string): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const measures = Object.entries(MEASURES).flatMap(([measure, m]) => (pick(m.words, lang).length ? [{ measure, re: words(pick(m.words, lang)) }] : []));
  const and = pick(AND, lang);
  c = {
    measures,
    notUnique: pick(NOT_UNIQUE, lang).length ? ending(pick(NOT_UNIQUE, lang)) : null,
    // what may stand between two places joined into one answer: a comma, or the language's "and"
    joined: new RegExp(`^\\s*(?:,|${and.length ? alternation(and) : ','})?\\s*$`, 'iu'),
    latter: pick(LATTER, lang).length ? words(pick(LATTER, lang)) : null,
    // "in", "dans la province voisine de": a locative word and at most four words (articles, a kind of place) before the name
    locative: pick(LOCATIVE, lang).length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(pick(LOCATIVE, lang))})(?:\\s+[\\p{L}\\p{M}'’-]+){0,4}['’\\s]*$`, 'iu') : null,
    levels: Object.entries(LEVELS).flatMap(([level, w]) => (pick(w, lang).length ? [{ level, all: words(pick(w, lang), 'giu'), first: words(pick(w, lang), 'iu') }] : [])),
  };
  compiled.set(lang, c);
  return c;
}

export const superlativeQuestion = (measure: string, level: string | null): string => (MEASURES[measure]?.question ?? `Which {level} is the ${measure}?`).replace('{level}', level ?? 'place');

/** How far from its place a superlative may stand, with no clause break between. */
const REACH = 60;
/** How close to a place's name the noun saying its kind must stand ("Kunar province", "la province de Kounar"). */
const LEVEL_REACH = 24;
const CLAUSE_BREAK = /[;:!?()[\]"«»“”]|[.](?:\s|$)/;

/** The kind of place a name is, from a level noun right before or after it ("province of Kunar", "Provinz Kunar", "Kunar province"). */
export function levelOf(sentence: string, span: { start: number; end: number }, lang: string): string | null {
  const before = sentence.slice(Math.max(0, span.start - LEVEL_REACH), span.start);
  const after = sentence.slice(span.end, span.end + LEVEL_REACH);
  let best: { level: string; gap: number } | null = null;
  for (const { level, all, first } of patternsFor(lang).levels) {
    for (const m of before.matchAll(all)) {
      const gap = before.length - (m.index + m[0].length);
      if (!/[,;.]/.test(before.slice(m.index + m[0].length)) && (!best || gap < best.gap)) best = { level, gap };
    }
    const m = first.exec(after);
    if (m && !/[,;.]/.test(after.slice(0, m.index)) && (!best || m.index < best.gap)) best = { level, gap: m.index };
  }
  return best?.level ?? null;
}

/** A place named in the sentence before, with its kind. */
export type PreviousPlace = { id: string; level: string | null };

/**
 * The places a sentence singles out with a superlative. `places` are the sentence's named places (offsets into it);
 * `previous` are the places of the sentence before, in order, each with its kind, which "the latter" may point to.
 */
export function findSuperlatives(sentence: string, lang: string, places: PlaceSpan[], before: PreviousPlace[] | (() => PreviousPlace[]) = []): SuperlativeValue[] {
  const p = patternsFor(lang);
  // the sentence before is read only when "the latter" needs it
  let known: PreviousPlace[] | null = null;
  const previous = () => (known ??= typeof before === 'function' ? before() : before);
  const out: SuperlativeValue[] = [];
  for (const { measure, re } of p.measures) {
    for (const m of sentence.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      // "one of the hardest-hit provinces" names one of several, not the one
      const lead = sentence.slice(Math.max(0, start - 40), start);
      if (p.notUnique?.test(lead.slice(lastBreak(lead)))) continue;
      const gapTo = (s: { start: number; end: number }) => (s.end <= start ? sentence.slice(s.end, start) : s.start >= end ? sentence.slice(end, s.start) : null);
      const near = (s: { start: number; end: number }) => {
        const gap = gapTo(s);
        return gap !== null && gap.length <= REACH && !CLAUSE_BREAK.test(gap);
      };
      type Candidate = { start: number; end: number; id: string; level: string | null; distance: number };
      const candidates: Candidate[] = places.filter(near).map((s) => ({ ...s, level: levelOf(sentence, s, lang), distance: gapTo(s)!.length }));
      for (const a of p.latter ? sentence.matchAll(p.latter) : []) {
        const span = { start: a.index, end: a.index + a[0].length };
        if (!near(span)) continue;
        // "cette dernière province": the last place of that kind named in the sentence before
        const level = levelOf(sentence, span, lang);
        const antecedent = [...previous()].reverse().find((x) => !level || !x.level || x.level === level) ?? null;
        if (antecedent) candidates.push({ ...span, id: antecedent.id, level: level ?? antecedent.level, distance: gapTo(span)!.length });
      }
      const best = candidates.sort((a, b) => a.distance - b.distance)[0];
      if (!best) continue;
      // "Kunar and Nangarhar were hardest hit": two places are one answer, not a single place
      const joined = places.some((o) => o.id !== best.id && (o.end <= best.start ? p.joined.test(sentence.slice(o.end, best.start)) : o.start >= best.end && p.joined.test(sentence.slice(best.end, o.start))));
      if (joined) continue;
      out.push({ measure, level: best.level, place: best.id, start: Math.min(start, best.start), end: Math.max(end, best.end) });
    }
  }
  return out;
}

const lastBreak = (s: string): number => [...s].reduce((last, ch, i) => (/[,;:.!?]/.test(ch) ? i + 1 : last), 0);

/** A figure of a sentence, by its offsets into it, with what it measures (figures.ts) and its value. */
export interface FigureSpan {
  start: number;
  end: number;
  value: number;
  measure: string | null;
}

/** A place whose figure in a sentence's breakdown is at least twice every other place's: it outranks them on the measure. */
export interface RankedPlace {
  measure: string;
  place: string;
  outranks: string[];
  start: number;
  end: number;
}

/** How many times every other place's count the top place's count must be, to outrank them plainly. */
const MARGIN = 2;

/**
 * The place a sentence's breakdown of a toll by place ranks first: "A recorded 800 deaths, in addition to 12 deaths in
 * B", "610 morts dans la province de A ainsi que 12 morts dans la province de B". A place after a locative word takes
 * the figures between the place (or clause break) before it and itself, else, like a place without one, the figures
 * after it up to the next place or clause break. A figure two places take, or a place with two figures,
 * is left out.
 */
export function rankByFigures(sentence: string, lang: string, places: PlaceSpan[], figures: FigureSpan[]): RankedPlace[] {
  const p = patternsFor(lang);
  const out: RankedPlace[] = [];
  const sorted = [...places].sort((a, b) => a.start - b.start);
  if (sorted.length < 2) return out;
  for (const [measure, m] of Object.entries(MEASURES)) {
    const counted = figures.filter((f) => f.measure && m.rankedBy?.includes(f.measure));
    if (counted.length < 2) continue;
    const taken = new Map<FigureSpan, string[]>();
    sorted.forEach((pl, i) => {
      const prevEnd = i > 0 ? sorted[i - 1].end : 0;
      const lead = sentence.slice(prevEnd, pl.start);
      const locative = p.locative?.test(lead) ?? false;
      const before = [prevEnd + lastClauseBreak(lead), pl.start];
      const next = i + 1 < sorted.length ? sorted[i + 1].start : sentence.length;
      const after = [pl.end, pl.end + firstClauseBreak(sentence.slice(pl.end, next))];
      const within = ([from, to]: number[]) => counted.filter((f) => f.start >= from && f.end <= to);
      // "12 deaths in Nangarhar" looks back; "In Ostrava, 35 died" and "Kunar recorded 800 deaths" look ahead
      const own = locative && within(before).length ? within(before) : within(after);
      for (const f of own) taken.set(f, [...(taken.get(f) ?? []), pl.id]);
    });
    const byPlace = new Map<string, FigureSpan[]>();
    for (const [f, ids] of taken) if (ids.length === 1) byPlace.set(ids[0], [...(byPlace.get(ids[0]) ?? []), f]);
    const single = [...byPlace.entries()].filter(([, fs]) => fs.length === 1).map(([id, [f]]) => ({ id, f }));
    if (single.length < 2) continue;
    const [top, ...rest] = single.sort((a, b) => b.f.value - a.f.value);
    if (rest.some((r) => top.f.value < MARGIN * r.f.value)) continue;
    const spans = single.flatMap(({ id, f }) => [f, sorted.find((x) => x.id === id)!]);
    out.push({ measure, place: top.id, outranks: rest.map((r) => r.id), start: Math.min(...spans.map((x) => x.start)), end: Math.max(...spans.map((x) => x.end)) });
  }
  return out;
}

const lastClauseBreak = (s: string): number => [...s].reduce((last, ch, i) => (/[,;:]/.test(ch) ? i + 1 : last), 0);
const firstClauseBreak = (s: string): number => {
  const i = s.search(/[,;:]/);
  return i < 0 ? s.length : i;
};
