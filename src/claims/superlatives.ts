// A superlative that singles out one place: "Kunar province was the hardest hit", "la province la plus touchée",
// "am schwersten betroffen". The place it names is the one true answer of a question ("Which province was hit
// hardest?"); two documents that name different places answer it differently. Words per language are data
// (data/superlatives.json).
import data from './data/superlatives.json' with { type: 'json' };

type Words = Record<string, string[]>;
const MEASURES = data.measures as Record<string, { question: string; words: Words }>;
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

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+').replace(/['’]/g, "['’]");
const part = (w: string): string => (w.endsWith('*') ? `${escapeRe(w.slice(0, -1))}[\\p{L}\\p{M}]*` : escapeRe(w));
/** A phrase, with " … " standing for up to four words between its halves. */
const term = (w: string): string =>
  w
    .split(' … ')
    .map(part)
    .join(String.raw`\s+(?:[\p{L}\p{M}'’-]+\s+){0,4}`);
const alternation = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).map(term).join('|');
const words = (ws: string[], flags = 'giu'): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(ws)})(?![\\p{L}\\p{M}])`, flags);
const ending = (ws: string[]): RegExp => new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(ws)})[\\s\\p{L}\\p{M}'’-]{0,30}$`, 'iu');
const pick = (w: Words, lang: string): string[] => w[lang] ?? [];

interface Compiled {
  measures: { measure: string; re: RegExp }[];
  notUnique: RegExp | null;
  joined: RegExp;
  latter: RegExp | null;
  levels: { level: string; re: RegExp }[];
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
    levels: Object.entries(LEVELS).flatMap(([level, w]) => (pick(w, lang).length ? [{ level, re: words(pick(w, lang), 'iu') }] : [])),
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
  for (const { level, re } of patternsFor(lang).levels) {
    for (const m of before.matchAll(new RegExp(re.source, 'giu'))) {
      const gap = before.length - (m.index + m[0].length);
      if (!/[,;.]/.test(before.slice(m.index + m[0].length)) && (!best || gap < best.gap)) best = { level, gap };
    }
    const m = new RegExp(re.source, 'iu').exec(after);
    if (m && !/[,;.]/.test(after.slice(0, m.index)) && (!best || m.index < best.gap)) best = { level, gap: m.index };
  }
  return best?.level ?? null;
}

/**
 * The places a sentence singles out with a superlative. `places` are the sentence's named places (offsets into it);
 * `previous` are the places of the sentence before, in order, each with its kind, which "the latter" may point to.
 */
export function findSuperlatives(sentence: string, lang: string, places: PlaceSpan[], previous: { id: string; level: string | null }[] = []): SuperlativeValue[] {
  const p = patternsFor(lang);
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
        const antecedent = [...previous].reverse().find((x) => !level || !x.level || x.level === level) ?? null;
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
