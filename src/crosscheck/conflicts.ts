import { countryName } from '../annotate/gazetteer.js';
import { isSingleHolder } from '../annotate/index.js';
import { figuresAgree } from '../annotate/numbers.js';
import type { Document, Entity, Evidence, NumberMention } from '../types.js';
import type { GroupedClaim } from './claims.js';
import type { StoryEvent } from './events.js';
import type { DocumentOrigin } from './origins.js';
import { countedUnit } from './units.js';

export interface Alternative {
  value: string;
  entity?: string;
  docs: string[];
  outlets: string[];
  claims: string[];
  /** independent origins behind this value */
  origins: string[];
  evidence: Evidence[];
}

export interface Conflict {
  id: string;
  kind: 'office' | 'leader' | 'host' | 'quantity' | 'date';
  question: string;
  internal: boolean;
  alternatives: Alternative[];
  /** the value with most independent origins, or null when tied */
  bestSupported: string | null;
}

interface Ctx {
  entities: Map<string, Entity>;
  docs: Map<string, Document>;
  origins?: Map<string, DocumentOrigin>;
}

/** Different people named as the one who received a visitor, in reports whose dates do not differ. */
function hostConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const received = claims.filter((c) => c.predicate === 'received' && 'entity' in c.object);
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [visitor, cs] of groupBy(received, (c) => ('entity' in c.object ? c.object.entity : null))) {
    const byHost = groupBy(cs, (c) => c.subject);
    if (byHost.size < 2) continue;
    const dates = new Set(cs.map((c) => c.qualifiers.date).filter((d): d is string => typeof d === 'string' && d.length === 10));
    if (dates.size > 1) continue;
    const alts = [...byHost.entries()].map(([id, xs]) => alternative(ctx.entities.get(id)?.name ?? id, id, xs, ctx));
    out.push(finish('host', `Who received ${ctx.entities.get(visitor)?.name ?? visitor}?`, alts));
  }
  return out;
}

const pluralOf = (noun: string) => (/(?:s|x|ch|sh)$/.test(noun) ? `${noun}es` : /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`);


// which kinds of figure each measure can be: a count of the dead, a money value of a deal, a duration of a visit
const MEASURED_KINDS = new Set([
  ...['dead', 'injured', 'missing', 'rescued', 'on board', 'detained', 'delegation size'].map((m) => `count|${m}`),
  ...['deal value', 'compensation', 'aid'].map((m) => `money|${m}`),
  'duration|duration of the visit',
  'time|time',
]);

const QUESTIONS: Record<string, string> = {
  'deal value': 'How much is the deal worth?',
  compensation: 'How much compensation is paid?',
  aid: 'How much aid is given?',
  'duration of the visit': 'How long is the visit?',
  dead: 'How many {who} died?',
  injured: 'How many {who} were injured?',
  missing: 'How many {who} are missing?',
  rescued: 'How many {who} were rescued?',
  'on board': 'How many {who} were on board?',
  detained: 'How many {who} were detained?',
  'delegation size': 'How large was the delegation?',
};

/** Every question with one true answer that documents answer differently: office holders, delegation leaders, counts. */
export function findConflicts(claims: GroupedClaim[], events: StoryEvent[], ctx: Ctx): Conflict[] {
  const out: Omit<Conflict, 'id'>[] = [...officeConflicts(claims, ctx), ...leaderConflicts(claims, ctx), ...hostConflicts(claims, ctx), ...quantityConflicts(claims, ctx), ...dateConflicts(events, ctx)];
  return out.map((c, i) => ({ ...c, id: `c${i + 1}` }));
}

function alternative(value: string, entity: string | undefined, cs: GroupedClaim[], ctx: Ctx): Alternative {
  const docs = [...new Set(cs.flatMap((c) => c.evidence.map((e) => e.doc)))];
  return {
    value,
    entity,
    docs,
    outlets: [...new Set(docs.map((d) => ctx.docs.get(d)?.outlet ?? ctx.docs.get(d)?.file ?? d))],
    claims: cs.map((c) => c.id),
    origins: [...new Set(cs.flatMap((c) => c.origins))],
    evidence: cs.flatMap((c) => c.evidence),
  };
}

function finish(kind: Conflict['kind'], question: string, alts: Alternative[]): Omit<Conflict, 'id'> {
  const internal = alts.some((a) => a.docs.some((d) => alts.some((b) => b !== a && b.docs.includes(d))));
  const sorted = [...alts].sort((a, b) => b.origins.length - a.origins.length);
  const bestSupported = sorted.length > 1 && sorted[0].origins.length > sorted[1].origins.length ? sorted[0].value : null;
  return { kind, question, internal, alternatives: sorted, bestSupported };
}

const groupBy = <T>(xs: T[], key: (x: T) => string | null): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    if (k !== null) m.set(k, [...(m.get(k) ?? []), x]);
  }
  return m;
};

/** Two people named as the current holder of one single-holder office (a country's defence minister). */
function officeConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const roles = claims.filter((c) => c.predicate === 'holds_role' && !c.qualifiers.former && !c.qualifiers.deputy && isSingleHolder(String(c.qualifiers.title)) && (c.qualifiers.country || c.qualifiers.organization));
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [, cs] of groupBy(roles, (c) => `${c.qualifiers.title}|${c.qualifiers.country ?? c.qualifiers.organization}`)) {
    const bySubject = groupBy(cs, (c) => c.subject);
    if (bySubject.size < 2) continue;
    const { title, country, organization } = cs[0].qualifiers;
    const where = country ? `${countryName(String(country))}'s` : `the ${organization}'s`;
    const alts = [...bySubject.entries()].map(([id, xs]) => alternative(ctx.entities.get(id)?.name ?? id, id, xs, ctx));
    out.push(finish('office', `Who is ${where} ${title}?`, alts));
  }
  return out;
}

/** Different leaders named for one delegation, commission or operation (a delegation: same country and place, dates not known to differ). */
function leaderConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const led = claims.filter((c) => c.predicate === 'leads');
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [, cs] of groupBy(led, (c) => `${c.qualifiers.group}|${c.qualifiers.country ?? '?'}|${c.qualifiers.place ?? '?'}`)) {
    const bySubject = groupBy(cs, (c) => c.subject);
    if (bySubject.size < 2) continue;
    const dates = new Set(cs.map((c) => c.qualifiers.date).filter((d): d is string => typeof d === 'string' && d.length === 10));
    if (dates.size > 1) continue;
    const { country, place, group } = cs[0].qualifiers;
    const alts = [...bySubject.entries()].map(([id, xs]) => alternative(ctx.entities.get(id)?.name ?? id, id, xs, ctx));
    if (group === 'delegation') {
      const whose = country ? `${countryName(String(country))}'s` : 'the';
      const where = place ? ` in ${ctx.entities.get(String(place))?.name ?? place}` : '';
      out.push(finish('leader', `Who led ${whose} delegation${where}?`, alts));
    } else out.push(finish('leader', `Who leads the ${group}?`, alts));
  }
  return out;
}


/** Different figures for one measured quantity (the dead, people on board) among articles of the same day. */
function quantityConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const qs = claims.filter((c) => c.predicate === 'quantity' && c.qualifiers.measure && MEASURED_KINDS.has(`${c.qualifiers.kind}|${c.qualifiers.measure}`.replace(/\|time of the .*/, '|time')));
  const out: Omit<Conflict, 'id'>[] = [];
  const day = (c: GroupedClaim) => (c.qualifiers.asOf as string | null | undefined) ?? ctx.docs.get(c.evidence[0].doc)?.published ?? null;
  for (const [key, cs] of groupBy(qs, (c) => `${c.qualifiers.measure}|${countedUnit(c.qualifiers.unit)}|${c.qualifiers.kind}`)) {
    const measure = key.split('|')[0];
    // a figure that rises from one day's articles to the next is an evolution, not a conflict: compare same-day or undated reports only
    const values = [...groupBy(cs, (c) => String(c.qualifiers.value)).values()];
    const clash = (a: GroupedClaim[], b: GroupedClaim[]) =>
      !figuresAgree(asNumber(a[0]), asNumber(b[0])) && a.some((x) => b.some((y) => day(x) === null || day(y) === null || day(x) === day(y)));
    const involved = values.filter((a) => values.some((b) => a !== b && clash(a, b)));
    if (involved.length < 2) continue;
    const alts = involved.map((xs) => alternative('value' in xs[0].object ? xs[0].object.value : String(xs[0].qualifiers.value), undefined, xs, ctx));
    const unit = String(cs[0].qualifiers.unit ?? '');
    const who = countedUnit(unit) === 'person' ? 'people' : pluralOf(unit);
    const question = (QUESTIONS[measure] ?? (measure.startsWith('time of the ') ? `At what time did the ${measure.slice(12)} happen?` : `What is the figure for ${measure}?`)).replace('{who}', who);
    out.push(finish('quantity', question, alts));
  }
  return out;
}

const MAX_DATE_GAP_DAYS = 2;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000;

/**
 * One occurrence dated differently by different documents: events of the same kind, with the same incident or the same
 * two or more participants, at compatible places, dated a day or two apart by documents that share nothing.
 */
function dateConflicts(events: StoryEvent[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const dated = events.filter((e) => e.date && e.date.length === 10);
  const out: Omit<Conflict, 'id'>[] = [];
  const used = new Set<StoryEvent>();
  for (const a of dated) {
    if (used.has(a)) continue;
    const same = dated.filter((b) => {
      if (b === a || used.has(b) || b.kind !== a.kind || b.date === a.date) return false;
      if (Math.abs(dayNumber(b.date!) - dayNumber(a.date!)) > MAX_DATE_GAP_DAYS) return false;
      if (b.docs.some((d) => a.docs.includes(d))) return false;
      const incident = a.mentions[0].incident;
      if (incident) return b.mentions[0].incident === incident && (!a.place || !b.place || a.place === b.place);
      const shared = a.participants.filter((p) => b.participants.includes(p)).length;
      return shared >= 2 && (!a.place || !b.place || a.place === b.place);
    });
    if (!same.length) continue;
    for (const e of [a, ...same]) used.add(e);
    const alts = [a, ...same].map((e) => ({
      value: e.date!,
      docs: e.docs,
      outlets: [...new Set(e.docs.map((d) => ctx.docs.get(d)?.outlet ?? ctx.docs.get(d)?.file ?? d))],
      claims: [],
      origins: [...new Set(e.docs.map((d) => ctx.origins?.get(d)?.origin ?? d))],
      evidence: e.evidence,
    }));
    out.push(finish('date', `On what date: ${a.what}?`, alts));
  }
  return out;
}

function asNumber(c: GroupedClaim): NumberMention {
  const q = c.qualifiers;
  return {
    start: 0,
    end: 0,
    text: 'value' in c.object ? c.object.value : '',
    value: Number(q.value),
    kind: q.kind as NumberMention['kind'],
    unit: (q.unit as string | null) ?? null,
    approx: (q.approx as NumberMention['approx']) ?? null,
    range: q.rangeLow !== null && q.rangeLow !== undefined ? [Number(q.rangeLow), Number(q.rangeHigh)] : undefined,
  };
}
