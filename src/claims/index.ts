import { countryName } from '../annotate/gazetteer.js';
import type { Annotations } from '../annotate/index.js';
import { countryOfWord, describeOffice } from '../annotate/roles.js';
import { tokenize } from '../annotate/tokens.js';
import type { DateMention, Document, Entity, Evidence, Mention, NumberMention } from '../types.js';
import patterns from './data/patterns.json' with { type: 'json' };

/** A claim as one document makes it, before claims are grouped across documents. */
export interface ClaimDraft {
  doc: string;
  subject: string;
  predicate: 'holds_role' | 'met' | 'led_delegation' | 'visited' | 'quantity' | 'attributed_to';
  object: { entity: string } | { value: string };
  qualifiers: Record<string, string | number | boolean | null>;
  evidence: Evidence;
  /** what the sentence attributes the claim to ("according to X"), as an entity id */
  attributedTo: string | null;
  sentence: number;
}

/** One occurrence (meeting, visit, delegation) as one sentence tells it. */
export interface EventMention {
  doc: string;
  sentence: number;
  kind: 'meeting' | 'visit' | 'delegation';
  participants: string[];
  place: string | null;
  dates: DateMention[];
  /** a date carried over from the previous sentence when this one states none */
  inheritedDate: DateMention | null;
  evidence: Evidence;
  claims: ClaimDraft[];
}

export interface DocumentClaims {
  claims: ClaimDraft[];
  events: EventMention[];
}

const re = (src: string) => new RegExp(src, 'iu');
const MEETING = re(patterns.meeting);
const VISIT = re(patterns.visit);
const DELEGATION_LED = re(patterns.delegationLed);
const RECEIVED = re(patterns.received);
const ATTRIBUTION = new RegExp(patterns.attribution, 'giu');

interface Context {
  doc: Document;
  ann: Annotations;
  entityOf: Map<Mention, Entity>;
}

/** Claims and event mentions of one document, from its annotations and the folder's entities. */
export function extractClaims(doc: Document, ann: Annotations, entities: Entity[]): DocumentClaims {
  const entityOf = new Map<Mention, Entity>();
  for (const e of entities) for (const m of e.mentions) if (m.doc === doc.id) entityOf.set(m, e);
  const ctx: Context = { doc, ann, entityOf };
  const claims: ClaimDraft[] = [];
  const events: EventMention[] = [];
  ann.sentences.forEach((s, si) => {
    const mentions = ann.mentions.filter((m) => m.sentence === si && entityOf.has(m));
    const quote = doc.text.slice(s.start, s.end);
    const evidence: Evidence = { doc: doc.id, start: s.start, end: s.end, quote };
    const attributedTo = attribution(ctx, si, mentions);
    const base = { doc: doc.id, evidence, attributedTo, sentence: si };
    for (const m of mentions) {
      for (const r of m.roles) {
        const entity = entityOf.get(m)!;
        claims.push({
          ...base,
          evidence: r.evidence,
          subject: entity.id,
          predicate: 'holds_role',
          object: { value: describeOffice(r.qualifiers.includes('deputy') ? `deputy ${r.title}` : r.title, r.country, r.organization, countryName) },
          qualifiers: { title: r.title, country: r.country, organization: r.organization, deputy: r.qualifiers.includes('deputy'), former: r.qualifiers.includes('former'), acting: r.qualifiers.includes('acting') },
        });
      }
    }
    if (attributedTo) claims.push({ ...base, subject: attributedTo, predicate: 'attributed_to', object: { value: quote }, qualifiers: {} });
    for (const n of ann.numbers.filter((x) => x.start >= s.start && x.end <= s.end)) claims.push(quantityClaim(ctx, base, n, mentions));
    const ev = sentenceEvent(ctx, si, mentions, base);
    if (ev) {
      events.push(ev);
      claims.push(...ev.claims);
    }
  });
  return { claims, events };
}

const people = (ctx: Context, ms: Mention[]) => ms.filter((m) => ctx.entityOf.get(m)!.type === 'person');
const placeOf = (ctx: Context, ms: Mention[], from: number) => {
  const places = ms.filter((m) => ['place', 'facility'].includes(ctx.entityOf.get(m)!.type));
  const after = places.find((m) => m.start >= from && /\b(?:in|at|to|near)\s+(?:the\s+)?$/i.test(ctx.doc.text.slice(Math.max(0, m.start - 12), m.start)));
  return after ?? places.find((m) => /\b(?:in|at|to)\s+(?:the\s+)?$/i.test(ctx.doc.text.slice(Math.max(0, m.start - 12), m.start))) ?? places.find((m) => m.start === ctx.ann.sentences[m.sentence].start);
};

/** "according to X", "X reported", "X said": the named source a sentence leans on. */
function attribution(ctx: Context, si: number, ms: Mention[]): string | null {
  const s = ctx.ann.sentences[si];
  const text = ctx.doc.text.slice(s.start, s.end);
  for (const m of text.matchAll(ATTRIBUTION)) {
    const at = s.start + (m.index ?? 0);
    const src = ms.find((x) => x.start >= at && x.start <= at + m[0].length + 40 && ['organization', 'other'].includes(ctx.entityOf.get(x)!.type));
    if (src) return ctx.entityOf.get(src)!.id;
  }
  const reported = ms.find((x) => ['organization', 'other'].includes(ctx.entityOf.get(x)!.type) && /^\s+(?:reported|said|reports|says|quoted|cited)\b/.test(ctx.doc.text.slice(x.end, x.end + 12)));
  return reported ? ctx.entityOf.get(reported)!.id : null;
}

function quantityClaim(ctx: Context, base: Omit<ClaimDraft, 'subject' | 'predicate' | 'object' | 'qualifiers'>, n: NumberMention, ms: Mention[]): ClaimDraft {
  const s = ctx.ann.sentences[base.sentence];
  const sentence = ctx.doc.text.slice(s.start, s.end);
  const measure = nearestMeasure(sentence, n.start - s.start, n.end - s.start);
  const subject = ms.find((m) => m.end <= n.start) ?? ms[0];
  return {
    ...base,
    evidence: base.evidence,
    subject: subject ? ctx.entityOf.get(subject)!.id : '',
    predicate: 'quantity',
    object: { value: n.text },
    qualifiers: { kind: n.kind, unit: n.unit, value: n.value, approx: n.approx, measure, start: n.start, end: n.end, rangeLow: n.range?.[0] ?? null, rangeHigh: n.range?.[1] ?? null },
  };
}

const MEASURES = patterns.measures.map((m) => ({ key: m.key, re: new RegExp(m.pattern, 'giu') }));

/** What a figure counts ("dead", "on board"): the measure word nearest to it, within a few words. */
function nearestMeasure(sentence: string, start: number, end: number): string | null {
  let best: { key: string; d: number } | null = null;
  for (const m of MEASURES) {
    for (const hit of sentence.matchAll(m.re)) {
      const at = hit.index ?? 0;
      const d = at >= end ? at - end : Math.max(0, start - (at + hit[0].length));
      if (d <= 50 && (!best || d < best.d)) best = { key: m.key, d };
    }
  }
  return best?.key ?? null;
}

/** A meeting, visit or delegation told by one sentence, with its participants, place and dates. */
function sentenceEvent(ctx: Context, si: number, ms: Mention[], base: Omit<ClaimDraft, 'subject' | 'predicate' | 'object' | 'qualifiers'>): EventMention | null {
  const s = ctx.ann.sentences[si];
  const text = ctx.doc.text.slice(s.start, s.end);
  const persons = people(ctx, ms);
  const ids = [...new Set(persons.map((m) => ctx.entityOf.get(m)!.id))];
  const dates = ctx.ann.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const prev = si > 0 ? ctx.ann.dates.filter((d) => d.start >= ctx.ann.sentences[si - 1].start && d.end <= ctx.ann.sentences[si - 1].end && !d.relative && d.precision === 'day') : [];
  const claims: ClaimDraft[] = [];
  let kind: EventMention['kind'] | null = null;
  const led = DELEGATION_LED.exec(text);
  const received = RECEIVED.exec(text);
  const leaderFrom = led ? s.start + led.index + led[0].length : received && /\bvisit\b/i.test(text) ? s.start + received.index + received[0].length : -1;
  const place = placeOf(ctx, ms, s.start);
  const placeId = place ? ctx.entityOf.get(place)!.id : null;
  if (leaderFrom >= 0) {
    const leader = persons.find((m) => m.start >= leaderFrom);
    if (leader) {
      kind = 'delegation';
      const delegationCountry = delegationOf(ctx, s.start, leaderFrom, leader);
      claims.push({
        ...base,
        subject: ctx.entityOf.get(leader)!.id,
        predicate: 'led_delegation',
        object: { value: delegationCountry ? `${delegationCountry} delegation` : 'delegation' },
        qualifiers: { country: delegationCountry, place: placeId, via: led ? 'led' : 'received' },
      });
    }
  }
  if (ids.length >= 2 && MEETING.test(text)) {
    kind = kind ?? 'meeting';
    for (let i = 1; i < ids.length; i++) claims.push({ ...base, subject: ids[0], predicate: 'met', object: { entity: ids[i] }, qualifiers: { place: placeId } });
  }
  if (!kind && ids.length >= 1 && VISIT.test(text) && placeId) {
    kind = 'visit';
    for (const id of ids) claims.push({ ...base, subject: id, predicate: 'visited', object: { entity: placeId }, qualifiers: {} });
  }
  if (!kind && ids.length === 1 && placeId && MEETING.test(text)) kind = 'meeting';
  if (!kind) return null;
  const date = dates.find((d) => d.value) ?? dates[0];
  for (const c of claims) c.qualifiers.date = date?.value ?? null;
  return { doc: ctx.doc.id, sentence: si, kind, participants: ids, place: placeId, dates, inheritedDate: dates.length ? null : (prev[0] ?? null), evidence: base.evidence, claims };
}

/** The country of a delegation: the demonym right before "delegation", else the leader's role country. */
function delegationOf(ctx: Context, from: number, to: number, leader: Mention): string | null {
  const toks = tokenize(ctx.doc.text, from, to);
  const i = toks.findIndex((t) => /^delegations?$/i.test(t.text));
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const hit = ctx.ann.mentions.find((m) => m.start === toks[k].start);
    if (hit) break;
    const c = patterns.delegationWords.includes(toks[k].text.toLowerCase()) ? null : countryOfWord(toks[k].text);
    if (c) return c;
  }
  return leader.roles.find((r) => r.country)?.country ?? null;
}
