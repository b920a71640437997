import { matchesWeekday } from '../annotate/dates.js';
import type { EventMention } from '../claims/index.js';
import patterns from '../claims/data/patterns.json' with { type: 'json' };
import type { DateMention, Entity, Evidence } from '../types.js';

/** One occurrence told by one or more documents. */
export interface StoryEvent {
  id: string;
  what: string;
  kind: EventMention['kind'];
  date: string | null;
  /** how the date was reached, in words */
  dateReason: string | null;
  place: string | null;
  participants: string[];
  docs: string[];
  evidence: Evidence[];
  mentions: EventMention[];
}

interface DateInfo {
  value: string | null;
  /** 2: stated or counted from the publication date; 1: counted from another date in the text; 0: none */
  strength: number;
  weekday: string | null;
  phrase: string | null;
  soft?: boolean;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

function dateInfo(m: EventMention): DateInfo {
  const d: DateMention | null = m.dates.find((x) => x.value) ?? m.dates[0] ?? m.inheritedDate;
  if (!d) return { value: null, strength: 0, weekday: null, phrase: null };
  const weekday = WEEKDAY.exec(d.text)?.[1] ?? null;
  const inherited = d === m.inheritedDate;
  // a relative date carried over from a neighbouring sentence only fills a gap: it never splits events
  if (inherited && d.relative) return { value: d.value, strength: 0.5, weekday: null, phrase: d.text, soft: true };
  if (!d.value) return { value: null, strength: 0, weekday, phrase: d.text };
  if (!d.relative && !inherited) return { value: d.value, strength: 2, weekday: null, phrase: d.text };
  if (d.anchor === 'published' && !inherited) return { value: d.value, strength: 2, weekday, phrase: d.text };
  // a weekday counted from some other date in the text says only which weekday it was
  if (weekday) return { value: null, strength: 0, weekday, phrase: d.text };
  return { value: d.value, strength: 1, weekday: null, phrase: d.text };
}

const prefixCompatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function datesCompatible(a: DateInfo, b: DateInfo): boolean {
  if (a.soft || b.soft) return true;
  if (a.value && b.value) return prefixCompatible(a.value, b.value);
  if (a.value && b.weekday && a.value.length === 10) return matchesWeekday(b.weekday, a.value);
  if (b.value && a.weekday && b.value.length === 10) return matchesWeekday(a.weekday, b.value);
  if (a.weekday && b.weekday) return a.weekday.toLowerCase() === b.weekday.toLowerCase();
  return true;
}

interface Cluster {
  mentions: EventMention[];
  infos: DateInfo[];
  participants: Set<string>;
  places: Set<string>;
}

/** Groups event mentions across documents into events: shared participants, compatible place and date. */
export function clusterEvents(all: EventMention[], entities: Map<string, Entity>): StoryEvent[] {
  const countryOf = (id: string): string | null => entities.get(id)?.country ?? null;
  const isCountry = (id: string) => isCountryEntity(entities, id);
  const placeMatch = (a: string, b: string) => a === b || (isCountry(a) && countryOf(b) === countryOf(a)) || (isCountry(b) && countryOf(a) === countryOf(b));
  const placesCompatible = (m: EventMention, c: Cluster) => !m.place || !c.places.size || m.places.some((a) => [...c.places].some((b) => placeMatch(a, b)));
  const ordered = [...all].sort((a, b) => b.participants.length - a.participants.length || dateInfo(b).strength - dateInfo(a).strength);
  const clusters: Cluster[] = [];
  // blocking: a mention is compared only with clusters that share a participant or its incident
  const byKey = new Map<string, Set<Cluster>>();
  const keysOf = (m: EventMention) => (m.incident ? [`i:${m.incident}`] : m.participants.map((p) => `p:${p}`));
  for (const m of ordered) {
    const info = dateInfo(m);
    let best: Cluster | null = null;
    let bestScore = 0;
    const candidates = new Set(keysOf(m).flatMap((k) => [...(byKey.get(k) ?? [])]));
    for (const c of candidates) {
      const sameIncident = m.incident !== undefined && c.mentions[0].incident === m.incident;
      const shared = sameIncident ? 2 : m.participants.filter((p) => c.participants.has(p)).length;
      if ((m.incident ?? null) !== (c.mentions[0].incident ?? null)) continue;
      if (!shared || !placesCompatible(m, c) || !c.infos.every((i) => datesCompatible(i, info))) continue;
      const near = c.mentions.some((x) => x.doc === m.doc && Math.abs(x.sentence - m.sentence) <= 3) ? 1 : 0;
      // one shared person is enough only with a shared place or a neighbouring sentence of the same document
      if (shared < 2 && !near && !(m.place && c.places.size)) continue;
      const score = shared * 2 + (m.place && c.places.has(m.place) ? 1 : 0) + near;
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (!best) {
      best = { mentions: [], infos: [], participants: new Set(), places: new Set() };
      clusters.push(best);
    }
    best.mentions.push(m);
    best.infos.push(info);
    for (const p of m.participants) best.participants.add(p);
    for (const k of keysOf(m)) {
      const set = byKey.get(k);
      if (set) set.add(best);
      else byKey.set(k, new Set([best]));
    }
    if (m.place) for (const p of m.places) best.places.add(p);
  }
  return clusters
    .map((c) => toEvent(c, entities))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.docs[0].localeCompare(b.docs[0]))
    .map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

const isCountryEntity = (entities: Map<string, Entity>, id: string) => entities.get(id)?.mentions.some((m) => m.rule.startsWith('country')) ?? false;

const INCIDENT_LABEL = new Map(patterns.incidents.map((i) => [i.key, i.label]));

const leaderOf = (c: Cluster) => c.mentions.flatMap((m) => m.claims).find((x) => x.predicate === 'leads')?.subject;

function toEvent(c: Cluster, entities: Map<string, Entity>): StoryEvent {
  const name = (id: string) => entities.get(id)?.name ?? id;
  const docs = [...new Set(c.mentions.map((m) => m.doc))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const dated = c.mentions.map((m, i) => ({ m, info: c.infos[i] })).filter((x) => x.info.value);
  dated.sort((a, b) => b.info.strength - a.info.strength || (b.info.value?.length ?? 0) - (a.info.value?.length ?? 0));
  const best = dated[0];
  let dateReason: string | null = null;
  if (best) {
    const agreeing = c.mentions.filter((m, i) => m.doc !== best.m.doc && (c.infos[i].weekday || c.infos[i].value)).map((m) => m.doc);
    dateReason = `${best.m.doc} gives "${best.info.phrase}"${agreeing.length ? `; ${[...new Set(agreeing)].join(', ')} agree` : ''}`;
  }
  const placeCounts = new Map<string, number>();
  for (const m of c.mentions) if (m.place) placeCounts.set(m.place, (placeCounts.get(m.place) ?? 0) + 1);
  // the most named place; on a tie the more precise one (a city before its country)
  const place = [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || Number(isCountryEntity(entities, a[0])) - Number(isCountryEntity(entities, b[0])))[0]?.[0] ?? null;
  const participants = [...c.participants];
  const kinds: EventMention['kind'][] = ['meeting', 'delegation', 'incident', 'visit'];
  const kind = kinds.find((k) => c.mentions.some((m) => m.kind === k)) ?? 'visit';
  const who = participants.map(name);
  const where = place ? ` in ${name(place)}` : '';
  const incident = c.mentions[0].incident;
  const what =
    kind === 'incident' && incident
      ? `${INCIDENT_LABEL.get(incident) ?? incident}${where}`
      : kind === 'meeting' && who.length >= 2
      ? `${who[0]} meets ${who.slice(1).join(', ')}${where}`
      : kind === 'delegation'
        ? `Delegation led by ${name(leaderOf(c) ?? participants[0])}${where}`
        : kind === 'visit'
          ? `${who.join(', ')} visits ${place ? name(place) : ''}`.trim()
          : `${who.join(', ')} holds talks${where}`;
  return {
    id: '',
    what,
    kind,
    date: best?.info.value ?? null,
    dateReason,
    place,
    participants,
    docs,
    evidence: c.mentions.map((m) => m.evidence),
    mentions: c.mentions,
  };
}
