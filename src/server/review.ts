import { randomUUID } from 'node:crypto';
import { CONFLICT_RATINGS, emptyReview, type Note, type Report, type Review, type ReviewedKind, VERDICT_RATINGS, type Verdict, type VerdictRating } from '../report/index.js';

/** Where a story's review is kept: the case file, or memory for paths analysed on the spot. */
export interface ReviewStore {
  load(storyId: string): Promise<Review>;
  setVerdict(storyId: string, v: Verdict): Promise<void>;
  clearVerdict(storyId: string, itemId: string): Promise<boolean>;
  addNote(storyId: string, n: Note): Promise<void>;
  removeNote(storyId: string, noteId: string): Promise<boolean>;
}

export const REVIEW_LIMITS = { note: 4000, reasoning: 4000, author: 100, notesPerStory: 5000 } as const;
export const REVIEWED_KINDS: readonly ReviewedKind[] = ['conflict', 'claim', 'entity', 'event', 'document'];

/** In memory, for a story analysed from paths: kept while the server runs. */
export function memoryReview(): ReviewStore {
  const all = new Map<string, Review>();
  const of = (s: string) => {
    const r = all.get(s) ?? emptyReview();
    all.set(s, r);
    return r;
  };
  return {
    load: async (s) => structuredClone(of(s)),
    async setVerdict(s, v) {
      const r = of(s);
      r.verdicts = [...r.verdicts.filter((x) => x.itemId !== v.itemId), v].sort((a, b) => a.itemId.localeCompare(b.itemId));
    },
    async clearVerdict(s, id) {
      const r = of(s);
      const before = r.verdicts.length;
      r.verdicts = r.verdicts.filter((x) => x.itemId !== id);
      return r.verdicts.length < before;
    },
    async addNote(s, n) {
      of(s).notes.push(n);
    },
    async removeNote(s, id) {
      const r = of(s);
      const before = r.notes.length;
      r.notes = r.notes.filter((x) => x.id !== id);
      return r.notes.length < before;
    },
  };
}

/** What an item is called in the review: a conflict's question, a claim as a sentence, a name, a title. */
function itemLabels(r: Report): Map<string, { kind: ReviewedKind; label: string }> {
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const out = new Map<string, { kind: ReviewedKind; label: string }>();
  for (const c of r.conflicts) out.set(c.id, { kind: 'conflict', label: c.question });
  for (const c of r.claims) {
    const object = 'entity' in c.object ? (names.get(c.object.entity) ?? c.object.entity) : c.object.value;
    out.set(c.id, { kind: 'claim', label: `${names.get(c.subject) ?? c.subject} ${c.predicate.replace('_', ' ')} ${object}` });
  }
  for (const e of r.entities) out.set(e.id, { kind: 'entity', label: e.name });
  for (const e of r.events) out.set(e.id, { kind: 'event', label: e.what });
  for (const d of r.documents) out.set(d.id, { kind: 'document', label: d.title ?? d.file });
  return out;
}

/** The review with each verdict and note marked orphaned when its item is no longer in the story (kept, never dropped). */
export function reviewView(r: Report, review: Review) {
  const labels = itemLabels(r);
  const place = (itemId: string, kind: ReviewedKind) => {
    const found = labels.get(itemId);
    return found && found.kind === kind ? { label: found.label, orphaned: false } : { label: null, orphaned: true };
  };
  return {
    verdicts: review.verdicts.map((v) => ({ ...v, ...place(v.itemId, v.itemKind) })),
    notes: review.notes.map((n) => ({ ...n, ...place(n.itemId, n.itemKind) })),
  };
}

type Parsed<T> = { ok: T } | { error: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An optional text field: absent, null or a string of at most `max` characters (trimmed; empty is null). */
function optionalText(body: Record<string, unknown>, key: string, max: number): Parsed<string | null> {
  const v = body[key];
  if (v === undefined || v === null) return { ok: null };
  if (typeof v !== 'string') return { error: `${key} must be a string` };
  const t = v.trim();
  if (t.length > max) return { error: `${key} is longer than ${max} characters` };
  return { ok: t || null };
}

function unknownKeys(body: Record<string, unknown>, allowed: string[]): string | null {
  const extra = Object.keys(body).find((k) => !allowed.includes(k));
  return extra === undefined ? null : `unknown field ${JSON.stringify(extra.slice(0, 40))}`;
}

/** A verdict from a request body, checked against the story: the item exists, the rating is known, the chosen value is one of the alternatives. */
export function parseVerdict(r: Report, itemId: string, body: unknown, at: string): Parsed<Verdict> {
  if (!isRecord(body)) return { error: 'the body must be a JSON object' };
  const extra = unknownKeys(body, ['rating', 'chosenValue', 'note', 'author']);
  if (extra) return { error: extra };
  const conflict = r.conflicts.find((c) => c.id === itemId);
  const claim = conflict ? undefined : r.claims.find((c) => c.id === itemId);
  if (!conflict && !claim) return { error: `no conflict or claim ${JSON.stringify(itemId.slice(0, 80))} in this story` };
  if (typeof body.rating !== 'string' || !VERDICT_RATINGS.includes(body.rating as VerdictRating)) return { error: `rating must be one of ${VERDICT_RATINGS.join(', ')}` };
  if (!conflict && CONFLICT_RATINGS.includes(body.rating as VerdictRating)) return { error: `rating ${body.rating} is for conflicts: a claim is rated on the true–false scale` };
  const chosen = optionalText(body, 'chosenValue', 500);
  const note = optionalText(body, 'note', REVIEW_LIMITS.reasoning);
  const author = optionalText(body, 'author', REVIEW_LIMITS.author);
  for (const f of [chosen, note, author]) if ('error' in f) return f;
  const chosenValue = 'ok' in chosen ? chosen.ok : null;
  if (chosenValue !== null) {
    if (!conflict) return { error: 'chosenValue is for conflicts: a claim has no alternatives' };
    if (!conflict.alternatives.some((a) => a.value === chosenValue)) return { error: 'chosenValue must be the value of one of the conflict’s alternatives' };
  }
  return {
    ok: {
      itemId,
      itemKind: conflict ? 'conflict' : 'claim',
      rating: body.rating as VerdictRating,
      chosenValue,
      note: 'ok' in note ? note.ok : null,
      author: 'ok' in author ? author.ok : null,
      at,
    },
  };
}

/** A new note from a request body: the item exists with that kind, the text is 1 to 4,000 characters. */
export function parseNote(r: Report, body: unknown, at: string): Parsed<Note> {
  if (!isRecord(body)) return { error: 'the body must be a JSON object' };
  const extra = unknownKeys(body, ['itemId', 'itemKind', 'text', 'author']);
  if (extra) return { error: extra };
  if (typeof body.itemKind !== 'string' || !REVIEWED_KINDS.includes(body.itemKind as ReviewedKind)) return { error: `itemKind must be one of ${REVIEWED_KINDS.join(', ')}` };
  if (typeof body.itemId !== 'string' || !body.itemId) return { error: 'itemId must be the id of an item of the story' };
  const found = itemLabels(r).get(body.itemId);
  if (!found || found.kind !== body.itemKind) return { error: `no ${body.itemKind} ${JSON.stringify(body.itemId.slice(0, 80))} in this story` };
  const text = optionalText(body, 'text', REVIEW_LIMITS.note);
  const author = optionalText(body, 'author', REVIEW_LIMITS.author);
  if ('error' in text) return text;
  if ('error' in author) return author;
  if (!text.ok) return { error: 'text must not be empty' };
  return { ok: { id: randomUUID(), itemId: body.itemId, itemKind: body.itemKind as ReviewedKind, text: text.ok, author: author.ok, at } };
}

/** The review a report carries: none when the analyst has written nothing, so an unreviewed story's report is unchanged. */
export const reviewOrNothing = (review: Review): Review | undefined => (review.verdicts.length || review.notes.length ? review : undefined);
