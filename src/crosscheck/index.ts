import type { ClaimDraft, EventMention } from '../claims/index.js';
import type { Document, Entity } from '../types.js';
import { type GroupedClaim, groupClaims } from './claims.js';
import { type Conflict, findConflicts } from './conflicts.js';
import { datedDurations } from './durations.js';
import { clusterEvents, type StoryEvent } from './events.js';
import { type DocumentOrigin, documentOrigins } from './origins.js';
import { profileSources, type SourceProfile } from './profiles.js';
import { StableIds } from '../text/index.js';

export type { GroupedClaim } from './claims.js';
export type { Alternative, Conflict, EvolvingFigure } from './conflicts.js';
/** Figures of one measure reported differently on different days, from the grouped claims (the report computes them, so a report rebuilt from the store has them too). */
export { findEvolvingFigures } from './conflicts.js';
export type { StoryEvent } from './events.js';
export { nearDuplicates, signature } from './minhash.js';
export type { DocumentOrigin } from './origins.js';
export type { SourceProfile } from './profiles.js';

export interface CrossCheck {
  origins: Map<string, DocumentOrigin>;
  claims: GroupedClaim[];
  events: StoryEvent[];
  conflicts: Conflict[];
  profiles: SourceProfile[];
}

/** The cross-document stage: origins, grouped claims with status, events, conflicts and source profiles. */
export function crossCheck(docs: Document[], entities: Entity[], drafts: ClaimDraft[], eventMentions: EventMention[]): CrossCheck {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const origins = documentOrigins(docs);
  const position = new Map(docs.map((d, i) => [d.id, i]));
  const clustered = withStableIds(clusterEvents(eventMentions, byId), 'e', (e) => `${e.kind}|${e.what}`);
  // claims of one event carry the event's date, so "on Tuesday" and "3 February" copies group together: a dated copy of
  // each such draft (the last event that holds it decides), never a change to the claims stage's drafts
  const dated = new Map<ClaimDraft, ClaimDraft>();
  for (const e of clustered) for (const m of e.mentions) for (const c of m.claims) dated.set(c, { ...c, qualifiers: { ...c.qualifiers, date: e.date } });
  const datedOf = (c: ClaimDraft): ClaimDraft => dated.get(c) ?? c;
  const events = clustered.map((e) => ({
    ...e,
    docs: [...e.docs].sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)),
    mentions: e.mentions.map((m) => (m.claims.length ? { ...m, claims: m.claims.map(datedOf) } : m)),
  }));
  const grouped = groupClaims(datedDurations(drafts.map(datedOf), docs), origins, byId);
  const ctx = { entities: byId, docs: new Map(docs.map((d) => [d.id, d])), origins };
  const conflicts = withStableIds(findConflicts(grouped, events, ctx), 'c', (c) => `${c.kind}|${c.question}`);
  const contested = new Set(conflicts.flatMap((c) => c.alternatives.flatMap((a) => a.claims)));
  const claims = grouped.map((c) => (contested.has(c.id) ? { ...c, status: 'contested' as const } : c));
  return { origins, claims, events, conflicts, profiles: profileSources(docs, claims, conflicts) };
}

/** Content-based ids (from what each item is about, see StableIds) in place of the stage's running numbers. */
function withStableIds<T extends { id: string }>(items: T[], prefix: string, key: (item: T) => string): T[] {
  const ids = new StableIds();
  return items.map((item) => ({ ...item, id: ids.next(prefix, key(item)) }));
}
