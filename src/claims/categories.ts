import data from './data/categories.json' with { type: 'json' };

type Words = Record<string, string[]>;

interface Category {
  question: string;
  nouns: Words;
  values: Record<string, Words>;
}

const CATEGORIES = data.categories as Record<string, Category>;

/** A named value one sentence gives for a category: "ballistic missiles", "second-largest" (fine). */
export interface CategoryValue {
  category: string;
  value: string;
  /** the words as written, offsets into the sentence */
  start: number;
  end: number;
}

export const categoryQuestion = (category: string): string => CATEGORIES[category]?.question ?? `What is the ${category}?`;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const term = (w: string): string => (w.endsWith('*') ? `${escapeRe(w.slice(0, -1))}\\p{L}*` : escapeRe(w));
const pattern = (ws: string[]) =>
  new RegExp(
    String.raw`(?<![\p{L}])(?:${[...ws]
      .sort((a, b) => b.length - a.length)
      .map(term)
      .join('|')})(?![\p{L}])`,
    'giu',
  );
const KIN: Record<string, string[]> = { ru: ['uk'], uk: ['ru'] };
const pick = (w: Words, lang: string) => [...new Set([lang, ...(KIN[lang] ?? []), 'en'])].flatMap((l) => w[l] ?? []);

interface Compiled {
  key: string;
  nouns: RegExp;
  values: { value: string; re: RegExp }[];
}

const compiled = new Map<string, Compiled[]>();

function categoriesFor(lang: string): Compiled[] {
  const hit = compiled.get(lang);
  if (hit) return hit;
  const out = Object.entries(CATEGORIES).flatMap(([key, c]) => {
    const nouns = pick(c.nouns, lang);
    if (!nouns.length) return [];
    const values = Object.entries(c.values).flatMap(([value, ws]) => (pick(ws, lang).length ? [{ value, re: pattern(pick(ws, lang)) }] : []));
    return [{ key, nouns: pattern(nouns), values }];
  });
  compiled.set(lang, out);
  return out;
}

/** How far before its noun a value word may stand ("ballistic missiles", "second-largest antitrust fine"). */
const REACH = 40;

/** The category values a sentence states: a value word right before (or forming) one of the category's nouns. */
export function findCategoryValues(sentence: string, lang: string): CategoryValue[] {
  const out: CategoryValue[] = [];
  for (const c of categoriesFor(lang)) {
    const nouns = [...sentence.matchAll(c.nouns)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    if (!nouns.length) continue;
    for (const v of c.values) {
      for (const m of sentence.matchAll(v.re)) {
        const start = m.index;
        const end = start + m[0].length;
        const noun = nouns.find((n) => (n.start >= end && n.start - end <= REACH && !/[.;:!?](?:\s|$)/.test(sentence.slice(end, n.start))) || (n.start <= start && n.end >= end));
        if (noun) out.push({ category: c.key, value: v.value, start, end: Math.max(end, noun.end) });
      }
    }
  }
  return out;
}
