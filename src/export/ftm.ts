/**
 * FollowTheMoney entities as JSON Lines, the format OCCRP Aleph and the `ftm` tools read: the articles as Article,
 * people, organizations, places (Address), events, offices (Position + Occupancy), memberships, mentions
 * (Documentation) and the other links claims make (UnknownLink). Ids come from the report's stable ids.
 */
import type { Report, ReportClaim, ReportEntity } from '../report/index.js';
import { shortHash } from '../text/ids.js';
import ftmLanguages from './data/ftm-languages.json' with { type: 'json' };
import { documentUrl, isIsoDate } from './sources.js';

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const LANGUAGES: Record<string, string> = ftmLanguages;
const SCHEMA_OF: Partial<Record<ReportEntity['type'], string>> = { person: 'Person', organization: 'Organization', place: 'Address', facility: 'Address' };
/** Claims that link two entities, and the words FtM's UnknownLink gets as its role. */
const LINK_ROLES: Partial<Record<ReportClaim['predicate'], string>> = { met: 'met', visited: 'visited', received: 'received', located_at: 'located at' };
const LEGAL = new Set(['Person', 'Organization']);
/** FtM's longest text value; Aleph cuts longer ones, we cut them here so that the file is valid as written. */
const MAX_TEXT = 65_000;

export const ftmId = (...parts: string[]): string => ['triangulate', ...parts].join('-');

/** An entity with its empty properties left out (FtM values are lists of non-empty strings). */
function entity(id: string, schema: string, props: Record<string, (string | number | null | undefined)[]>): FtmEntity {
  const properties: Record<string, string[]> = {};
  for (const [k, values] of Object.entries(props)) {
    const clean = [...new Set(values.filter((v) => v !== null && v !== undefined && String(v).trim() !== '').map(String))];
    if (clean.length) properties[k] = clean;
  }
  return { id, schema, properties };
}

const country = (code: string | null | undefined) => (code && /^[A-Za-z]{2}$/.test(code) ? code.toLowerCase() : null);

export function ftmEntities(r: Report): FtmEntity[] {
  const out: FtmEntity[] = [];
  const docIds = new Map(r.documents.map((d) => [d.id, ftmId('document', d.id)]));
  for (const d of r.documents) {
    out.push(
      entity(ftmId('document', d.id), 'Article', {
        title: [d.title],
        name: [d.title ?? d.file],
        fileName: [d.file],
        author: [d.author],
        publisher: [d.outlet],
        publishedAt: [isIsoDate(d.published) ? d.published : null],
        language: [LANGUAGES[d.language]],
        encoding: [d.encoding],
        mimeType: [d.format === 'html' ? 'text/html' : 'text/plain'],
        sourceUrl: [documentUrl(d)],
        bodyText: [d.text.slice(0, MAX_TEXT).replace(/[\uD800-\uDBFF]$/, '')],
      }),
    );
  }

  const emitted = new Map<string, { id: string; schema: string; name: string }>();
  for (const e of r.entities) {
    const schema = SCHEMA_OF[e.type];
    if (schema) emitted.set(e.id, { id: ftmId('entity', e.id), schema, name: e.name });
  }
  const orgByName = new Map(r.entities.filter((e) => e.type === 'organization').map((e) => [e.name.toLowerCase(), e.id]));
  const roleClaims = r.claims.filter((c) => c.predicate === 'holds_role' && emitted.get(c.subject)?.schema === 'Person');
  const positionsHeld = new Map<string, string[]>();

  const positions = new Map<string, FtmEntity>();
  const links: FtmEntity[] = [];
  for (const c of roleClaims) {
    const q = c.qualifiers;
    const org = typeof q.organization === 'string' ? orgByName.get(q.organization.toLowerCase()) : undefined;
    const name = 'value' in c.object ? c.object.value : String(q.title);
    // an office of no named country or organization ("commander") is only known to be the same post for the same holder
    const scope = q.country || q.organization ? `${q.country ?? ''}|${q.organization ?? ''}` : `holder ${c.subject}`;
    const positionId = ftmId('position', shortHash(`${q.deputy ? 'deputy ' : ''}${q.title}|${scope}`, 12));
    if (!positions.has(positionId))
      positions.set(positionId, entity(positionId, 'Position', { name: [name], country: [country(String(q.country ?? ''))], organization: [org && emitted.get(org)?.id] }));
    positionsHeld.set(c.subject, [...(positionsHeld.get(c.subject) ?? []), name]);
    const status = [q.former && 'former', q.acting && 'acting'].filter(Boolean).join(', ') || 'current';
    links.push(entity(ftmId('occupancy', c.id), 'Occupancy', { holder: [emitted.get(c.subject)?.id], post: [positionId], status: [status], summary: [c.evidence[0]?.quote] }));
    if (org && emitted.get(org)?.schema === 'Organization')
      links.push(entity(ftmId('membership', c.id), 'Membership', { member: [emitted.get(c.subject)?.id], organization: [emitted.get(org)?.id], role: [q.title as string], summary: [c.evidence[0]?.quote] }));
  }

  for (const e of r.entities) {
    const self = emitted.get(e.id);
    if (!self) continue;
    const props: Record<string, (string | number | null | undefined)[]> = { name: [e.name], alias: e.aliases.filter((a) => a !== e.name), country: [country(e.country)] };
    if (self.schema === 'Person') props.position = positionsHeld.get(e.id) ?? [];
    if (self.schema === 'Address') {
      props.full = [e.name];
      if (e.coordinates) [props.latitude, props.longitude] = [[e.coordinates[0]], [e.coordinates[1]]];
      if (e.kind) props.keywords = [e.kind];
      const at = e.locatedAt ? emitted.get(e.locatedAt) : undefined;
      if (at?.schema === 'Address') props.addressEntity = [at.id];
    }
    out.push(entity(self.id, self.schema, props));
    const docs = [...new Set(e.mentions.map((m) => m.doc))];
    for (const doc of docs) {
      const document = docIds.get(doc);
      const first = e.mentions.find((m) => m.doc === doc);
      if (document) links.push(entity(ftmId('mention', e.id, doc), 'Documentation', { document: [document], entity: [self.id], role: ['mentioned'], summary: [first?.text] }));
    }
  }
  out.push(...positions.values());

  for (const ev of r.events) {
    const place = ev.place ? emitted.get(ev.place) : undefined;
    const placeEntity = ev.place ? r.entities.find((e) => e.id === ev.place) : undefined;
    out.push(
      entity(ftmId('event', ev.id), 'Event', {
        name: [ev.what],
        date: [isIsoDate(ev.date) ? ev.date : null],
        description: [ev.dateReason],
        summary: [ev.evidence[0]?.quote],
        keywords: [ev.type ?? ev.kind],
        involved: ev.participants.map((p) => emitted.get(p)).filter((p) => p && LEGAL.has(p.schema)).map((p) => p?.id),
        location: [placeEntity?.name],
        addressEntity: [place?.schema === 'Address' ? place.id : null],
        country: [country(placeEntity?.country)],
        proof: ev.docs.map((d) => docIds.get(d)),
      }),
    );
  }

  for (const c of r.claims) {
    const role = LINK_ROLES[c.predicate];
    const subject = emitted.get(c.subject);
    const object = 'entity' in c.object ? emitted.get(c.object.entity) : undefined;
    if (!role || !subject || !object) continue;
    const date = c.qualifiers.date;
    links.push(entity(ftmId('link', c.id), 'UnknownLink', { subject: [subject.id], object: [object.id], role: [role], date: [isIsoDate(date as string) ? (date as string) : null], summary: [c.evidence[0]?.quote] }));
  }
  return [...out, ...links];
}

/** The FtM entities as JSON Lines, one entity per line. */
export function renderFtm(r: Report): string {
  return ftmEntities(r)
    .map((e) => `${JSON.stringify(e)}\n`)
    .join('');
}
