import type { Kysely } from 'kysely';
import type { Note, Review, ReviewedKind, Verdict, VerdictRating } from '../report/review.js';
import type { Database } from './schema.js';

/** The analyst's review of a story: verdicts in the order they were first set, notes oldest first. */
export async function loadReview(db: Kysely<Database>, storyId: number): Promise<Review> {
  const [verdicts, notes] = await Promise.all([
    db.selectFrom('verdicts').selectAll().where('story_id', '=', storyId).orderBy('item_id').execute(),
    db.selectFrom('notes').selectAll().where('story_id', '=', storyId).orderBy('at').orderBy('id').execute(),
  ]);
  return {
    verdicts: verdicts.map(
      (v): Verdict => ({
        itemId: v.item_id,
        itemKind: v.item_kind as Verdict['itemKind'],
        rating: v.rating as VerdictRating,
        chosenValue: v.chosen_value,
        note: v.note,
        author: v.author,
        at: v.at,
      }),
    ),
    notes: notes.map((n): Note => ({ id: n.id, itemId: n.item_id, itemKind: n.item_kind as ReviewedKind, text: n.text, author: n.author, at: n.at })),
  };
}

/** Sets (or replaces) the verdict on one item of a story. */
export async function saveVerdict(db: Kysely<Database>, storyId: number, v: Verdict): Promise<void> {
  const row = { item_kind: v.itemKind, rating: v.rating, chosen_value: v.chosenValue ?? null, note: v.note ?? null, author: v.author ?? null, at: v.at };
  await db
    .insertInto('verdicts')
    .values({ story_id: storyId, item_id: v.itemId, ...row })
    .onConflict((oc) => oc.columns(['story_id', 'item_id']).doUpdateSet(row))
    .execute();
}

/** Removes the verdict on one item; returns whether there was one. */
export async function removeVerdict(db: Kysely<Database>, storyId: number, itemId: string): Promise<boolean> {
  const r = await db.deleteFrom('verdicts').where('story_id', '=', storyId).where('item_id', '=', itemId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function saveNote(db: Kysely<Database>, storyId: number, n: Note): Promise<void> {
  await db
    .insertInto('notes')
    .values({ id: n.id, story_id: storyId, item_id: n.itemId, item_kind: n.itemKind, text: n.text, author: n.author ?? null, at: n.at })
    .execute();
}

/** Removes one note of a story; returns whether there was one. */
export async function removeNote(db: Kysely<Database>, storyId: number, noteId: string): Promise<boolean> {
  const r = await db.deleteFrom('notes').where('story_id', '=', storyId).where('id', '=', noteId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
