import type { Report } from '../report/index.js';
import { context } from './views.js';

const LIMIT = 50;

/** Lower case without diacritics, one UTF-16 unit per input unit so offsets still point into the original. */
function fold(s: string): string {
  return [...s].map((ch) => (ch.length === 1 ? ch.normalize('NFD')[0].toLowerCase().slice(0, 1) : ch)).join('');
}

/** Documents, entities and claims whose text contains the query (case- and accent-insensitive). */
export function searchStory(r: Report, q: string) {
  const needle = fold(q.trim());
  const has = (s: string | null | undefined) => !!s && fold(s).includes(needle);
  const documents = r.documents
    .map((d) => {
      const at = fold(d.text).indexOf(needle);
      if (at < 0 && !has(d.title) && !has(d.outlet)) return null;
      return { id: d.id, title: d.title, outlet: d.outlet, hits: at < 0 ? 0 : fold(d.text).split(needle).length - 1, match: at < 0 ? null : { start: at, end: at + needle.length, ...context(d.text, at, at + needle.length) } };
    })
    .filter((d) => d !== null);
  const entities = r.entities.filter((e) => has(e.name) || e.aliases.some(has)).map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases }));
  const names = new Map(r.entities.map((e) => [e.id, e.name]));
  const claims = r.claims
    .filter((c) => ('value' in c.object && has(c.object.value)) || c.evidence.some((e) => has(e.quote)))
    .map((c) => ({
      id: c.id,
      predicate: c.predicate,
      status: c.status,
      subjectName: names.get(c.subject) ?? c.subject,
      objectText: 'entity' in c.object ? (names.get(c.object.entity) ?? c.object.entity) : c.object.value,
      evidence: c.evidence.find((e) => has(e.quote)) ?? c.evidence[0],
    }));
  return { query: q, documents: documents.slice(0, LIMIT), entities: entities.slice(0, LIMIT), claims: claims.slice(0, LIMIT), total: { documents: documents.length, entities: entities.length, claims: claims.length } };
}
