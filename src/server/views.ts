import { countryName } from '../annotate/gazetteer.js';
import type { Report } from '../report/index.js';
import type { StorySummary } from './source.js';

type ReportClaim = Report['claims'][number];
type ReportEntity = Report['entities'][number];
export type ClaimStatus = ReportClaim['status'];
export type Stance = 'supports' | 'contradicts';

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['corroborated', 'single-source', 'contested'];
const PLACE_TYPES = new Set(['place', 'facility']);

const namesOf = (r: Report) => new Map(r.entities.map((e) => [e.id, e.name]));

/** The story page: its documents with outlet, date, language, syndication chain and reliability profile. */
export function storyOverview(story: StorySummary, r: Report) {
  const profiles = new Map(r.profiles.map((p) => [p.doc, p]));
  return {
    story,
    summary: r.summary,
    documents: r.documents.map(({ text, removed, path, ...d }) => ({ ...d, characters: text.length, removedBlocks: removed.length, profile: profiles.get(d.id) ?? null })),
    warnings: r.warnings,
  };
}

export function conflictsView(r: Report) {
  return { conflicts: r.conflicts };
}

/** For each claim, the documents that back it and the documents that back a rival answer to the same question. */
function stances(r: Report): Map<string, Record<string, Stance>> {
  const out = new Map<string, Record<string, Stance>>();
  for (const c of r.claims) out.set(c.id, Object.fromEntries(c.evidence.map((e) => [e.doc, 'supports' as Stance])));
  for (const conflict of r.conflicts)
    for (const alt of conflict.alternatives)
      for (const id of alt.claims) {
        const row = out.get(id);
        if (!row) continue;
        for (const rival of conflict.alternatives) if (rival !== alt) for (const d of rival.docs) row[d] ??= 'contradicts';
      }
  return out;
}

export interface ClaimFilter {
  status?: ClaimStatus;
  entity?: string;
  doc?: string;
  /** an outlet (a document without one goes by its file name) with evidence for the claim */
  outlet?: string;
  /** evidence published on or after / on or before this day (YYYY-MM-DD); undated documents do not match a date filter */
  from?: string;
  to?: string;
}

const about = (c: ReportClaim, entity: string) => c.subject === entity || ('entity' in c.object && c.object.entity === entity);

function describeClaims(r: Report, claims: ReportClaim[]) {
  const names = namesOf(r);
  const stance = stances(r);
  return claims.map((c) => ({
    ...c,
    subjectName: names.get(c.subject) ?? c.subject,
    objectText: 'entity' in c.object ? (names.get(c.object.entity) ?? c.object.entity) : c.object.value,
    stance: stance.get(c.id) ?? {},
  }));
}

/** Claims × documents: which documents support, contradict or say nothing about each claim. */
export function claimsView(r: Report, f: ClaimFilter) {
  const docs = new Map(r.documents.map((d) => [d.id, d]));
  const inFilter = (doc: string) => {
    const d = docs.get(doc);
    if (!d) return false;
    if (f.outlet && (d.outlet ?? d.file) !== f.outlet) return false;
    const day = d.published?.slice(0, 10);
    if ((f.from || f.to) && !day) return false;
    return !(f.from && day && day < f.from) && !(f.to && day && day > f.to);
  };
  const picked = r.claims.filter(
    (c) =>
      (!f.status || c.status === f.status) &&
      (!f.entity || about(c, f.entity)) &&
      (!f.doc || c.evidence.some((e) => e.doc === f.doc)) &&
      (!(f.outlet || f.from || f.to) || c.evidence.some((e) => inFilter(e.doc))),
  );
  return {
    documents: r.documents.map((d) => ({ id: d.id, outlet: d.outlet, title: d.title, file: d.file, published: d.published })),
    claims: describeClaims(r, picked),
  };
}

/** The documents that name an entity, in report order of first mention. */
const docsOf = (e: ReportEntity) => [...new Set(e.mentions.map((m) => m.doc))];
const mentionDocs = (e: ReportEntity) => docsOf(e).length;

export function entitiesView(r: Report) {
  return {
    entities: r.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      kind: e.kind,
      country: e.country,
      roles: [...new Set(e.roles.map((x) => x.title))],
      mentions: e.mentions.length,
      documents: mentionDocs(e),
      /** the ids of the documents that name it, so the workbench can filter by outlet, language and date */
      docs: docsOf(e),
    })),
  };
}

/** One entity with the quoted mentions, the claims about it, its events and the conflicts it figures in. */
export function entityView(r: Report, e: ReportEntity) {
  const texts = new Map(r.documents.map((d) => [d.id, d.text]));
  const names = namesOf(r);
  return {
    entity: { ...e, mentions: e.mentions.map((m) => ({ ...m, context: context(texts.get(m.doc) ?? '', m.start, m.end) })) },
    claims: describeClaims(
      r,
      r.claims.filter((c) => about(c, e.id)),
    ),
    events: r.events.filter((ev) => ev.place === e.id || ev.participants.includes(e.id)).map((ev) => describeEvent(ev, names)),
    conflicts: r.conflicts.filter((c) => c.alternatives.some((a) => a.entity === e.id)).map((c) => ({ id: c.id, question: c.question })),
  };
}

/** A window of text around a span, so a mention can be read in place. */
export function context(text: string, start: number, end: number, width = 60) {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to), clippedStart: from > 0, clippedEnd: to < text.length };
}

function describeEvent(ev: Report['events'][number], names: Map<string, string>) {
  return { ...ev, placeName: ev.place ? (names.get(ev.place) ?? ev.place) : null, participantNames: ev.participants.map((p) => names.get(p) ?? p) };
}

/** The timeline: dated events in date order; undated ones apart with how far the text got. */
export function eventsView(r: Report) {
  const names = namesOf(r);
  const all = r.events.map((ev) => describeEvent(ev, names));
  return {
    dated: all.filter((e) => e.date).sort((a, b) => (a.date as string).localeCompare(b.date as string) || a.id.localeCompare(b.id)),
    undated: all.filter((e) => !e.date),
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A country named as a place: its coordinates are a centroid, so the map shades the country rather than placing a dot. */
const isCountry = (e: ReportEntity) => !!e.country && countryName(e.country).toLowerCase() === e.name.toLowerCase();

/**
 * Places and facilities: those with coordinates for the map, the rest listed apart. A facility without coordinates
 * (a port, an air base, an airport) is placed at the town it is located at, or the town its name contains, marked as near it.
 */
export function placesView(r: Report) {
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  const towns = r.entities.filter((e) => PLACE_TYPES.has(e.type) && e.coordinates && !isCountry(e));
  const near = (e: ReportEntity): ReportEntity | null => {
    if (e.coordinates) return null;
    const at = e.locatedAt ? byId.get(e.locatedAt) : undefined;
    if (at?.coordinates && !isCountry(at)) return at;
    return towns.find((t) => t.id !== e.id && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(t.name)}(?![\\p{L}\\p{N}])`, 'iu').test(e.name)) ?? null;
  };
  const places = r.entities
    .filter((e) => PLACE_TYPES.has(e.type))
    .map((e) => {
      const host = near(e);
      return {
        id: e.id,
        type: e.type,
        name: e.name,
        kind: e.kind,
        country: e.country,
        coordinates: e.coordinates ?? host?.coordinates ?? null,
        /** "country": the coordinates are a country's centre; "near": those of the town it is at */
        scope: isCountry(e) ? ('country' as const) : host ? ('near' as const) : ('point' as const),
        near: host ? { id: host.id, name: host.name } : null,
        mentions: e.mentions.length,
        documents: mentionDocs(e),
        docs: docsOf(e),
      };
    });
  return { located: places.filter((p) => p.coordinates), unlocated: places.filter((p) => !p.coordinates) };
}

/** One document: clean text, the entity mentions inside it (by offset), removed boilerplate and its profile. */
export function documentView(r: Report, doc: Report['documents'][number]) {
  const mentions = r.entities
    .flatMap((e) => e.mentions.filter((m) => m.doc === doc.id).map((m) => ({ start: m.start, end: m.end, text: m.text, entity: e.id, type: e.type, name: e.name })))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  return { document: doc, mentions, profile: r.profiles.find((p) => p.doc === doc.id) ?? null };
}
