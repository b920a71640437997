import anyAscii from 'any-ascii';
import type { Report } from '../report/index.js';
import { context } from './views.js';

const LIMIT = 50;
/** the longest query the API answers; the workbench cuts longer ones to this */
export const MAX_QUERY = 200;

/** Lower case without diacritics, one UTF-16 unit per input unit so offsets still point into the original. */
function fold(s: string): string {
  return [...s].map((ch) => (ch.length === 1 ? ch.normalize('NFD')[0].toLowerCase().slice(0, 1) : ch)).join('');
}

/** A name in Latin letters, folded, with its spaces collapsed: "Баку" and "Baku" have the same key. */
const nameKey = (s: string) => fold(anyAscii(s)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

type Entity = Report['entities'][number];

/** The entities the query names, by their name or any alias, in any script: their mentions count as hits whatever the spelling. */
function namedEntities(r: Report, q: string): Entity[] {
  const key = nameKey(q);
  if (!key) return [];
  return r.entities.filter((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === key));
}

/** Documents, entities and claims whose text contains the query (case- and accent-insensitive), or that mention an entity the query names. */
export function searchStory(r: Report, q: string) {
  const needle = fold(q.trim());
  const has = (s: string | null | undefined) => !!s && fold(s).includes(needle);
  const named = namedEntities(r, q);
  const namedIds = new Set(named.map((e) => e.id));
  const mentions = named.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const documents = r.documents
    .map((d) => {
      const text = fold(d.text);
      const hits: { start: number; end: number }[] = [];
      for (let at = text.indexOf(needle); at >= 0 && needle; at = text.indexOf(needle, at + needle.length)) hits.push({ start: at, end: at + needle.length });
      // a mention of a named entity under another spelling is a hit too, once
      for (const m of mentions) if (m.doc === d.id && !hits.some((h) => h.start < m.end && m.start < h.end)) hits.push({ start: m.start, end: m.end });
      if (!hits.length && !has(d.title) && !has(d.outlet)) return null;
      const first = hits.reduce<{ start: number; end: number } | null>((a, b) => (!a || b.start < a.start ? b : a), null);
      return { id: d.id, title: d.title, outlet: d.outlet, hits: hits.length, match: first ? { start: first.start, end: first.end, ...context(d.text, first.start, first.end) } : null };
    })
    .filter((d) => d !== null);
  const entities = r.entities.filter((e) => namedIds.has(e.id) || has(e.name) || e.aliases.some(has)).map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const about = (c: Report['claims'][number]) => namedIds.has(c.subject) || ('entity' in c.object && namedIds.has(c.object.entity));
  const claims = r.claims
    .filter((c) => ('value' in c.object && has(c.object.value)) || c.evidence.some((e) => has(e.quote)) || about(c))
    .map((c) => ({
      id: c.id,
      predicate: c.predicate,
      status: c.status,
      subjectName: names.get(c.subject) ?? c.subject,
      objectText: 'entity' in c.object ? (names.get(c.object.entity) ?? c.object.entity) : c.object.value,
      /** the object is text of a document (a value), not an entity's name */
      objectIsValue: !('entity' in c.object),
      evidence: c.evidence.find((e) => has(e.quote)) ?? c.evidence[0],
    }));
  return {
    query: q,
    /** the entities the query names, whose mentions were searched under every spelling */
    named: named.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases })),
    documents: documents.slice(0, LIMIT),
    entities: entities.slice(0, LIMIT),
    claims: claims.slice(0, LIMIT),
    total: { documents: documents.length, entities: entities.length, claims: claims.length },
  };
}

/** One query over every story of the case file: per story with a hit, its counts, the entities it names, its first documents. */
export function searchStories(stories: { id: string; name: string; report: Report }[], q: string) {
  const found = stories
    .map(({ id, name, report }) => {
      const r = searchStory(report, q);
      if (!r.total.documents && !r.total.entities && !r.total.claims) return null;
      return { story: { id, name }, total: r.total, named: r.named, entities: r.entities.slice(0, 10), documents: r.documents.slice(0, 5).map(({ id, title, outlet, hits }) => ({ id, title, outlet, hits })) };
    })
    .filter((x) => x !== null);
  return { query: q, stories: found, searched: stories.length };
}
