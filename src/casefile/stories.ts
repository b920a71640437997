import { sql } from 'kysely';
import { applyAssignments, type Store, storyProfiles, unassignedArticles } from '../store/index.js';
import { assignStories } from './assign.js';
import { LOCKS } from './locks.js';

/** Puts every article without a story into one (existing or new), under a lock so two workers never assign at once. Returns how many were assigned. */
export async function assignPending(store: Store): Promise<number> {
  if (!(await unassignedArticles(store.db)).length) return 0;
  return store.db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCKS.assign})`.execute(trx);
    const pending = await unassignedArticles(trx);
    if (!pending.length) return 0;
    const assignments = assignStories(pending, await storyProfiles(trx));
    await applyAssignments(trx, assignments);
    return assignments.length;
  });
}
