import anyAscii from 'any-ascii';
import rules from './data/stories.json' with { type: 'json' };

/** An article waiting for a story: its keys ("person:ada lind", "place:…") and stated date. */
export interface Candidate {
  id: number;
  source: string;
  title: string | null;
  keys: string[];
  published: string | null;
}

/** What a story already holds: the keys and dates of its articles. */
export interface StoryProfile {
  id: number;
  name: string;
  keys: string[];
  dates: string[];
}

export interface Assignment {
  article: number;
  /** an existing story id, or the name of a story to create */
  story: { id: number } | { create: string };
}

const DAY = 86_400_000;
const weights: Record<string, number> = rules.keyWeights;

/**
 * Groups articles into stories: an article joins the story whose keys it shares most (weighted: people and facilities
 * count more than places) when the score reaches the threshold and its date is near the story's dates; else it starts a
 * new story named after its title. Candidates are taken in source order, so the result does not depend on arrival order. Pure.
 */
export function assignStories(candidates: Candidate[], stories: StoryProfile[]): Assignment[] {
  const open = stories.map((s) => ({ ref: { id: s.id } as Assignment['story'], name: s.name, keys: new Set(s.keys), dates: [...s.dates] }));
  const names = new Set(stories.map((s) => s.name));
  const out: Assignment[] = [];
  for (const c of [...candidates].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))) {
    let best: (typeof open)[number] | null = null;
    let bestScore = rules.minScore - 1e-9;
    for (const s of open) {
      if (!near(c.published, s.dates)) continue;
      const score = c.keys.reduce((sum, k) => sum + (s.keys.has(k) ? (weights[k.slice(0, k.indexOf(':'))] ?? 0) : 0), 0);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    if (!best) {
      const name = uniqueName(c.title, names);
      names.add(name);
      best = { ref: { create: name }, name, keys: new Set(), dates: [] };
      open.push(best);
    }
    for (const k of c.keys) best.keys.add(k);
    if (c.published) best.dates.push(c.published);
    out.push({ article: c.id, story: best.ref });
  }
  return out;
}

/** True when the date is unknown, the story has no dates, or it lies within the allowed days of one of them. */
function near(date: string | null, dates: string[]): boolean {
  if (!date || !dates.length) return true;
  const t = Date.parse(date);
  return Number.isNaN(t) || dates.some((d) => Math.abs(Date.parse(d) - t) <= rules.maxDaysApart * DAY);
}

/** A story name from the first words of a title ("bridge-closed-after-storm"), unique among `taken`. */
export function uniqueName(title: string | null, taken: Set<string>): string {
  const slug = anyAscii(title ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, rules.nameWords)
    .join('-');
  const base = slug || 'story';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  return name;
}
