import { matchesWeekday, weekdayOf } from '../annotate/dates.js';
import { eventClass, eventTypeLabel, HEADER_CHARS } from '../claims/events.js';
import type { EventMention } from '../claims/index.js';
import patterns from '../claims/data/patterns.json' with { type: 'json' };
import type { DateMention, Entity, Evidence } from '../types.js';
import { datedAcross, type StoryDates, storyDates } from './eventDates.js';

/** One occurrence told by one or more documents. */
export interface StoryEvent {
  id: string;
  what: string;
  kind: EventMention['kind'];
  /** open event type ("earthquake", "fine", "statement"), or null for meetings, visits and delegations */
  type: string | null;
  date: string | null;
  /** how the date was reached, in words */
  dateReason: string | null;
  place: string | null;
  participants: string[];
  docs: string[];
  evidence: Evidence[];
  mentions: EventMention[];
}

export interface DateInfo {
  value: string | null;
  /** 2: stated or counted from the publication date; 1: counted from another date in the text; 0: none */
  strength: number;
  weekday: string | null;
  phrase: string | null;
  soft?: boolean;
  /** the weekday named (0 = Sunday), in any language */
  weekdayNumber?: number;
  /** month and day of a date written without a year, when the document gave no year */
  monthDay?: { month: number; day: number };
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A date in the first characters of a document that is the document's own date is its dateline, not an event's. */
const isDocumentDate = (m: EventMention, d: DateMention) => d.start < HEADER_CHARS && !d.relative && d.value !== null && d.value === m.docDate?.value;

/** "Tuesday's clash", "last weekend's earthquake": a date in the possessive dates a noun, not a statement's verb. */
const possessive = (m: EventMention, d: DateMention) => /^['’]s\b/.test(m.evidence.quote.slice(d.end - m.evidence.start, d.end - m.evidence.start + 3));

export function dateInfo(m: EventMention): DateInfo {
  const own = m.dates.filter((x) => !isDocumentDate(m, x) && !((m.kind === 'statement' || m.kind === 'action') && possessive(m, x)));
  const inherited = m.inheritedDate && !isDocumentDate(m, m.inheritedDate) ? m.inheritedDate : null;
  const d: DateMention | null = own.find((x) => x.value || x.monthDay || x.weekday !== undefined) ?? own[0] ?? inherited;
  if (!d) return { value: null, strength: 0, weekday: null, phrase: null };
  const weekday = WEEKDAY.exec(d.text)?.[1] ?? (d.weekday !== undefined ? WEEKDAY_NAMES[d.weekday] : null);
  if (!d.value && (d.monthDay || d.weekday !== undefined)) {
    return { value: null, strength: 0, weekday, phrase: d.text, weekdayNumber: d.weekday, ...(d.monthDay ? { monthDay: d.monthDay } : {}) };
  }
  const isInherited = d === inherited;
  // a relative date carried over from a neighbouring sentence only fills a gap: it never splits events
  if (isInherited && d.relative) return { value: d.value, strength: 0.5, weekday: null, phrase: d.text, soft: true };
  if (!d.value) return { value: null, strength: 0, weekday, phrase: d.text };
  if (!d.relative && !isInherited) return { value: d.value, strength: 2, weekday: null, phrase: d.text };
  if (d.anchor === 'published' && !isInherited) return { value: d.value, strength: 2, weekday, phrase: d.text };
  // a weekday counted from some other date in the text says only which weekday it was
  if (weekday) return { value: null, strength: 0, weekday, phrase: d.text, weekdayNumber: d.weekday ?? WEEKDAY_NAMES.indexOf(weekday.toLowerCase()) };
  return { value: d.value, strength: 1, weekday: null, phrase: d.text };
}

const monthDayOf = (iso: string) => ({ month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

const prefixCompatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

function datesCompatible(a: DateInfo, b: DateInfo): boolean {
  if (a.soft || b.soft) return true;
  if (a.monthDay && b.monthDay) return a.monthDay.month === b.monthDay.month && a.monthDay.day === b.monthDay.day;
  const md = a.monthDay ? { md: a.monthDay, o: b } : b.monthDay ? { md: b.monthDay, o: a } : null;
  if (md) {
    if (md.o.value && md.o.value.length === 10) {
      const x = monthDayOf(md.o.value);
      return x.month === md.md.month && x.day === md.md.day;
    }
    if (md.o.value && md.o.value.length === 7) return Number(md.o.value.slice(5, 7)) === md.md.month;
    return true;
  }
  if (a.weekdayNumber !== undefined && b.weekdayNumber !== undefined && !a.value && !b.value) return a.weekdayNumber === b.weekdayNumber;
  if (a.value && b.weekdayNumber !== undefined && !b.value && a.value.length === 10) return weekdayOf(a.value) === b.weekdayNumber;
  if (b.value && a.weekdayNumber !== undefined && !a.value && b.value.length === 10) return weekdayOf(b.value) === a.weekdayNumber;
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
  figures: Set<number>;
}

/** The blocking keys of a mention: its incident, its speaker, its action type, else its participants. */
const keysOf = (m: EventMention): string[] =>
  m.incident ? [`i:${m.incident}`] : m.kind === 'statement' ? m.participants.map((p) => `s:${p}`) : m.kind === 'action' && m.type ? [`a:${m.type}`] : m.participants.map((p) => `p:${p}`);

const RECENT_DAYS = 60;
const dayIndex = (iso: string) => Date.parse(`${iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
/** Whether a cluster is dated far (more than two months) from a reference day. */
const far = (c: Cluster, ref: string | null | undefined) => {
  if (!ref) return false;
  const v = c.infos.find((i) => i.value && !i.soft && /^\d{4}(?:-\d{2}){0,2}$/.test(i.value))?.value;
  return typeof v === 'string' && Math.abs(dayIndex(v) - dayIndex(ref)) > RECENT_DAYS;
};

/** Two tellings of one statement or one fine give a figure in common, or one of them gives none. */
const figuresCompatible = (m: EventMention, c: Cluster) => !m.figures?.length || !c.figures.size || m.figures.some((f) => c.figures.has(f));

/**
 * Groups event mentions across documents into events. Meetings, visits and delegations: shared participants,
 * compatible place and date. Happenings (an earthquake, a strike, a theft): the same type at a compatible place and
 * date. Actions (a fine, a verdict, an arrest): the same type, a shared participant where both name one, and a common
 * figure where both give one. Statements: the same speaker and a common figure where both give one. Event dates are
 * then reasoned across the documents of each event (see eventDates.ts).
 */
export function clusterEvents(all: EventMention[], entities: Map<string, Entity>): StoryEvent[] {
  const countryOf = (id: string): string | null => entities.get(id)?.country ?? null;
  const isCountry = (id: string) => isCountryEntity(entities, id);
  const placeMatch = (a: string, b: string) => a === b || (isCountry(a) && countryOf(b) === countryOf(a)) || (isCountry(b) && countryOf(a) === countryOf(b));
  const placesCompatible = (m: EventMention, c: Cluster) => !m.place || !c.places.size || m.places.some((a) => [...c.places].some((b) => placeMatch(a, b)));
  const story = storyDates(all);
  // each mention's date read once: the sort below compares it many times
  const infoOf = new Map(all.map((m) => [m, dateInfo(m)]));
  const ordered = [...all].sort((a, b) => b.participants.length - a.participants.length || infoOf.get(b)!.strength - infoOf.get(a)!.strength);
  const clusters: Cluster[] = [];
  // blocking: a mention is compared only with clusters that share a participant, its incident, speaker or type
  const byKey = new Map<string, Set<Cluster>>();
  for (const m of ordered) {
    const info = infoOf.get(m)!;
    let best: Cluster | null = null;
    let bestScore = 0;
    const candidates = new Set(keysOf(m).flatMap((k) => [...(byKey.get(k) ?? [])]));
    for (const c of candidates) {
      const first = c.mentions[0];
      if (first.kind !== m.kind && !(m.incident && first.incident === m.incident)) {
        if (m.kind === 'statement' || first.kind === 'statement' || m.kind === 'action' || first.kind === 'action') continue;
      }
      if ((m.incident ?? null) !== (first.incident ?? null)) continue;
      if (m.kind === 'action' && first.type !== m.type) continue;
      if (!placesCompatible(m, c) || !c.infos.every((i) => datesCompatible(i, info))) continue;
      // a mention that gives no year belongs with the story's time, not with an event dated months or years away
      if (!info.value && far(c, m.docDate?.value ?? story.reference)) continue;
      const sharedPeople = m.participants.filter((p) => c.participants.has(p)).length;
      const near = c.mentions.some((x) => x.doc === m.doc && Math.abs(x.sentence - m.sentence) <= 3) ? 1 : 0;
      let shared: number;
      if (m.incident !== undefined) shared = 2;
      else if (m.kind === 'statement' || m.kind === 'action') {
        if (!figuresCompatible(m, c)) continue;
        const count = m.type !== undefined && eventClass(m.type) === 'count';
        if (count && !m.figures?.some((f) => c.figures.has(f))) continue;
        if (m.kind === 'action' && !count && m.participants.length && c.participants.size && !sharedPeople) continue;
        shared = 2 + sharedPeople;
      } else {
        shared = sharedPeople;
        // one shared person is enough only with a shared place or a neighbouring sentence of the same document
        if (!shared || (shared < 2 && !near && !(m.place && c.places.size))) continue;
      }
      const score = shared * 2 + (m.place && c.places.has(m.place) ? 1 : 0) + near;
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (!best) {
      best = { mentions: [], infos: [], participants: new Set(), places: new Set(), figures: new Set() };
      clusters.push(best);
    }
    best.mentions.push(m);
    best.infos.push(info);
    for (const p of m.participants) best.participants.add(p);
    for (const f of m.figures ?? []) best.figures.add(f);
    for (const k of keysOf(m)) {
      const set = byKey.get(k);
      if (set) set.add(best);
      else byKey.set(k, new Set([best]));
    }
    if (m.place) for (const p of m.places) best.places.add(p);
  }
  return clusters
    .map((c) => toEvent(c, entities, story))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.docs[0].localeCompare(b.docs[0]))
    .map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

const isCountryEntity = (entities: Map<string, Entity>, id: string) => entities.get(id)?.mentions.some((m) => m.rule.startsWith('country')) ?? false;

const INCIDENT_LABEL = new Map(patterns.incidents.map((i) => [i.key, i.label]));

const leaderOf = (c: Cluster) => c.mentions.flatMap((m) => m.claims).find((x) => x.predicate === 'leads')?.subject;

function toEvent(c: Cluster, entities: Map<string, Entity>, story: StoryDates): StoryEvent {
  const name = (id: string) => entities.get(id)?.name ?? id;
  const docs = [...new Set(c.mentions.map((m) => m.doc))].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  const dated = c.mentions.map((m, i) => ({ m, info: c.infos[i] })).filter((x) => x.info.value);
  dated.sort((a, b) => b.info.strength - a.info.strength || (b.info.value?.length ?? 0) - (a.info.value?.length ?? 0));
  const best = dated[0];
  let dateReason: string | null = null;
  let date = best?.info.value ?? null;
  if (best) {
    const agreeing = c.mentions.filter((m, i) => m.doc !== best.m.doc && (c.infos[i].weekday || c.infos[i].value)).map((m) => m.doc);
    dateReason = `${best.m.doc} gives "${best.info.phrase}"${agreeing.length ? `; ${[...new Set(agreeing)].join(', ')} agree` : ''}`;
  }
  // no document dates the event itself: reason across documents (a weekday, a day without its year, the reports' dates)
  if (!best || best.info.strength < 1) {
    const across = datedAcross(c.mentions, c.infos, story, best ? { value: best.info.value ?? '', strength: best.info.strength } : null);
    if (across) [date, dateReason] = [across.value, across.reason];
  }
  const placeCounts = new Map<string, number>();
  for (const m of c.mentions) if (m.place) placeCounts.set(m.place, (placeCounts.get(m.place) ?? 0) + 1);
  // the most named place; on a tie the more precise one (a city before its country)
  const place = [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || Number(isCountryEntity(entities, a[0])) - Number(isCountryEntity(entities, b[0])))[0]?.[0] ?? null;
  const participants = [...c.participants];
  const kinds: EventMention['kind'][] = ['meeting', 'delegation', 'incident', 'visit', 'action', 'statement'];
  const kind = kinds.find((k) => c.mentions.some((m) => m.kind === k)) ?? 'visit';
  const type = c.mentions.find((m) => m.type)?.type ?? null;
  const who = participants.map(name);
  const where = place ? ` in ${name(place)}` : '';
  const incident = c.mentions[0].incident;
  const what =
    kind === 'statement'
      ? `Statement by ${who[0] ?? 'a source'}${where}`
      : kind === 'action' && type
      ? `${eventTypeLabel(type) ?? type}${who.length ? `: ${who.slice(0, 4).join(', ')}` : ''}${where}`
      : kind === 'incident' && incident
      ? `${INCIDENT_LABEL.get(incident) ?? eventTypeLabel(incident) ?? incident}${where}`
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
    type: type ?? (kind === 'incident' ? (incident ?? null) : null),
    date,
    dateReason,
    place,
    participants,
    docs,
    evidence: c.mentions.map((m) => m.evidence),
    mentions: c.mentions,
  };
}
