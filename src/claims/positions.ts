// A position given relative to a named place: "27 km north-east of Lakeside", "27 Kilometer nordöstlich von
// Lakeside", "à 27 km au nord-est de Lakeside", "Lakeside से 27 किलोमीटर उत्तर-पूर्व में". The place is compared by
// a consonant key of its name, so that spellings in two scripts meet; words per language are data
// (data/directions.json, "relative").
import data from './data/directions.json' with { type: 'json' };
import { consonantKey } from '../resolve/crossScript.js';
import { alternationOf, phraseSource } from './phrases.js';

interface Relative {
  order: 'distance-direction-place' | 'place-distance-direction';
  of: string[];
  points: Record<string, string[]>;
}
const RELATIVE = data.relative as Record<string, Relative>;

/** A distance of a sentence, by its offsets into the sentence, in kilometres. */
export interface DistanceSpan {
  start: number;
  end: number;
  km: number;
}

/** A position a sentence gives: a distance and compass direction from a named place, offsets into the sentence. */
export interface PositionValue {
  direction: string;
  km: number;
  /** the place's name as written, and the key it is compared by */
  place: string;
  placeKey: string;
  start: number;
  end: number;
}

const alternation = (ws: string[]): string => alternationOf(ws, phraseSource);

interface Compiled {
  order: Relative['order'];
  /** for "distance-direction-place": what follows the distance; for "place-distance-direction": what follows the distance, with the place before it read by `before` */
  after: RegExp;
  before: RegExp | null;
  points: { direction: string; re: RegExp }[];
}

const compiled = new Map<string, Compiled | null>();
function patternsFor(lang: string): Compiled | null {
  if (compiled.has(lang)) return compiled.get(lang)!;
  const r = RELATIVE[lang];
  let c: Compiled | null = null;
  if (r) {
    const dirs = alternation(Object.values(r.points).flat());
    const of = alternation(r.of);
    const points = Object.entries(r.points).map(([direction, ws]) => ({ direction, re: new RegExp(`^(?:${alternation(ws)})$`, 'iu') }));
    c =
      r.order === 'distance-direction-place'
        ? {
            order: r.order,
            // "east of the city of Lakeside": at most three lower-case words between "of" and the name
            after: new RegExp(String.raw`^[\s\u00a0]+(?<dir>${dirs})[\s\u00a0]+(?:${of})[\s\u00a0]*(?:\p{Ll}+[\s\u00a0]+){0,3}(?<name>\p{Lu}[\p{L}\p{M}'’-]+)`, 'u'),
            before: null,
            points,
          }
        : {
            order: r.order,
            after: new RegExp(String.raw`^[\s\u00a0]+(?<dir>${dirs})(?![\p{L}\p{M}-])`, 'u'),
            before: new RegExp(String.raw`(?<name>[\p{L}\p{M}]+)[\s\u00a0]+(?:${of})[\s\u00a0]*$`, 'u'),
            points,
          };
  }
  compiled.set(lang, c);
  return c;
}

/** The positions a sentence gives: each distance followed by a compass direction and a named place (or, in some languages, preceded by the place). */
export function findPositions(sentence: string, lang: string, distances: DistanceSpan[]): PositionValue[] {
  const p = patternsFor(lang);
  if (!p) return [];
  const out: PositionValue[] = [];
  for (const d of distances) {
    const m = p.after.exec(sentence.slice(d.end));
    if (!m?.groups) continue;
    const direction = p.points.find((x) => x.re.test(m.groups!.dir.replace(/\s+/g, ' ')))?.direction;
    if (!direction) continue;
    const b = p.before ? p.before.exec(sentence.slice(0, d.start)) : null;
    const place = p.before ? b?.groups?.name : m.groups.name;
    if (!place) continue;
    const placeKey = consonantKey(place);
    if (placeKey.length < 2) continue;
    const start = b ? b.index : d.start;
    out.push({ direction, km: d.km, place, placeKey, start, end: d.end + m[0].length });
  }
  return out;
}

/** Kilometres in one unit of length, for the units distances are written in. */
export const KM_PER_UNIT: Record<string, number> = { km: 1, mi: 1.609344, m: 0.001, nmi: 1.852 };
