import { countryName } from '../annotate/gazetteer.js';
import { isSingleHolder } from '../annotate/index.js';
import { figuresAgree } from '../annotate/numbers.js';
import type { Document, Entity, Evidence, NumberMention } from '../types.js';
import type { GroupedClaim } from './claims.js';
import type { StoryEvent } from './events.js';
import type { DocumentOrigin } from './origins.js';
import { categoryQuestion } from '../claims/categories.js';
import { compassDistance } from '../claims/directions.js';
import { measureCountsPeople, measureEvolves, measureFits, measureQuestion } from '../claims/figures.js';
import { countedUnit, isHumanUnit, unitPlural } from './units.js';
import victims from './data/victims.json' with { type: 'json' };
import { memo, StableIds } from '../text/index.js';

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
  kind: 'office' | 'leader' | 'host' | 'quantity' | 'date' | 'value';
  question: string;
  internal: boolean;
  alternatives: Alternative[];
  /** the value with most independent origins, or null when tied */
  bestSupported: string | null;
  /** why the values cannot both hold */
  why?: string;
  /** the values may be loose wordings of one answer (neighbouring compass points: east and north-east) */
  soft?: boolean;
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

/** Every question with one true answer that documents answer differently: office holders, delegation leaders, counts. */
export function findConflicts(claims: GroupedClaim[], events: StoryEvent[], ctx: Ctx): Conflict[] {
  const holders = officeConflicts(claims, ctx);
  const out: Omit<Conflict, 'id'>[] = [...holders, ...officeStatusConflicts(claims, ctx, holders), ...leaderConflicts(claims, ctx), ...hostConflicts(claims, ctx), ...quantityConflicts(claims, ctx), ...categoryConflicts(claims, ctx), ...countedYearConflicts(claims, ctx), ...victimConflicts(claims, ctx), ...dateConflicts(events, ctx)];
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

// why the values of each kind of conflict cannot all hold; quantity, value and office-status conflicts say more
const WHY: Record<Conflict['kind'], string> = {
  office: 'the office has one holder at a time, and these reports, not known to be of different days, name different people as its current holder',
  leader: 'one delegation, commission or operation has one leader, and reports not known to be of different days name different people',
  host: 'one reception had one host, and reports not known to be of different days name different people',
  quantity: 'the same measure is given values that cannot all hold',
  date: 'one occurrence happened on one day, and documents that share no source date it differently',
  value: 'the question has one true answer, and the reports give different ones',
};

function finish(kind: Conflict['kind'], question: string, alts: Alternative[]): Omit<Conflict, 'id'> {
  const internal = alts.some((a) => a.docs.some((d) => alts.some((b) => b !== a && b.docs.includes(d))));
  const sorted = [...alts].sort((a, b) => b.origins.length - a.origins.length);
  const bestSupported = sorted.length > 1 && sorted[0].origins.length > sorted[1].origins.length ? sorted[0].value : null;
  return { kind, question, internal, alternatives: sorted, bestSupported, why: WHY[kind] };
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

/** Different named values for one category with one true answer ("ballistic" vs "cruise" missiles, "record" vs "second-largest" fine), same day or undated. */
function categoryConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const vs = claims.filter((c) => c.predicate === 'has_value');
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [key, cs] of groupBy(vs, (c) => `${c.qualifiers.category}|${c.qualifiers.year ?? ''}`)) {
    const byValue = [...groupBy(cs, (c) => ('value' in c.object ? c.object.value : null)).values()];
    if (byValue.length < 2) continue;
    const meet = (a: GroupedClaim[], b: GroupedClaim[]) => a.some((x) => b.some((y) => rivals(x, y) && sameDay(x, y, ctx)));
    const involved = byValue.filter((a) => byValue.some((b) => a !== b && meet(a, b)));
    if (involved.length < 2) continue;
    const [category, year] = key.split('|');
    const alts = involved.map((xs) => alternative('value' in xs[0].object ? xs[0].object.value : '', xs[0].qualifiers.valueIsSubject ? xs[0].subject : undefined, xs, ctx));
    // the question in the report's language where one document words it so (a place named in Latin letters)
    const questions = cs.map((c) => c.qualifiers.question).filter((q): q is string => typeof q === 'string');
    const stated = questions.find((q) => LATIN_ONLY.test(q)) ?? questions[0];
    const question = typeof stated === 'string' ? stated : categoryQuestion(category);
    const conflict = finish('value', question.replace(/\?$/, year ? ` (${year})?` : '?'), alts);
    const shown = alts.map((a) => `"${a.value}"`).join(' and ');
    if (typeof cs[0].qualifiers.distanceKm === 'number') {
      // 27 km east against 27 km north-east of one place: one spot in two neighbouring directions may be loose wording
      const directions = involved.map((xs) => String(xs[0].qualifiers.direction));
      conflict.soft = directions.every((a) => directions.every((b) => compassDistance(a, b) <= 1));
      conflict.why = `reports of the same day or undated put it at about the same distance from the same place in different directions, ${shown}${conflict.soft ? ', neighbouring ones: a soft conflict, which may be two loose wordings of one spot' : ', which cannot both hold'}`;
    } else if (cs[0].qualifiers.compass) {
      // east against north-east may be two loose wordings of one area; east against west cannot
      const values = alts.map((a) => a.value);
      conflict.soft = values.every((a) => values.every((b) => compassDistance(a, b) <= 1));
      conflict.why = `reports of the same day or undated put it in ${shown}${conflict.soft ? ', neighbouring parts: a soft conflict, which may be two loose wordings of one area' : ', which cannot both hold'}`;
    } else {
      const ranked = involved.some((xs) => xs.some((c) => c.qualifiers.outranks));
      conflict.why = `the ${category} has one true answer, and ${shown} are given for it in reports of the same day or undated${ranked ? ' (one of them by figures that rank that place far above the other)' : ''}`;
    }
    out.push(conflict);
  }
  return out;
}

const LATIN_ONLY = /^[\p{Script=Latin}\p{P}\p{N}\p{Zs}]+$/u;

/** How far apart two distances from one place may be and still name one spot: a fifth of the larger. */
const POSITION_TOLERANCE = 0.2;

/**
 * Whether two different values of one category contradict each other. A value read from figures that rank one place
 * above others ("800 dead in A, 12 in B": A outranks B) contradicts only a value naming one of the places it outranks
 * (a report calling B the hardest hit), not a place its figures leave out; two such readings are figures, compared as
 * figures.
 */
function rivals(x: GroupedClaim, y: GroupedClaim): boolean {
  const [dx, dy] = [x.qualifiers.distanceKm, y.qualifiers.distanceKm];
  // positions from one place: about the same distance (the same spot) in another direction; another distance may be another spot
  if (typeof dx === 'number' && typeof dy === 'number') return x.qualifiers.direction !== y.qualifiers.direction && Math.abs(dx - dy) <= POSITION_TOLERANCE * Math.max(dx, dy);
  const [ox, oy] = [x.qualifiers.outranks, y.qualifiers.outranks];
  if (ox && oy) return false;
  if (ox) return String(ox).split(',').includes(y.subject);
  if (oy) return String(oy).split(',').includes(x.subject);
  return true;
}

const CIVILIAN = (() => {
  const ws = Object.values(victims.civilian as Record<string, string[]>).flat();
  const exact = new Set(ws.filter((w) => !w.endsWith('*')));
  const stems = ws.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  return (unit: unknown): boolean => {
    const u = String(unit ?? '').toLowerCase();
    return exact.has(u) || stems.some((st) => u.startsWith(st));
  };
})();

/**
 * Whom one happening killed, told in two versions: some documents count its dead only as civilians ("killed at least
 * 20 civilians"), others only as soldiers ("killed more than 60 Ukrainian troops"), and no document counts both (which
 * would be a mixed toll). Each side's version is an alternative.
 */
function victimConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const dead = claims.filter((c) => c.predicate === 'quantity' && c.qualifiers.measure === 'dead' && c.qualifiers.kind === 'count' && !c.qualifiers.partOf);
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [, cs] of groupBy(dead, (c) => String(c.qualifiers.event ?? ''))) {
    const civilians = cs.filter((c) => CIVILIAN(c.qualifiers.unit));
    const soldiers = cs.filter((c) => countedUnit(c.qualifiers.unit) === 'soldier');
    if (!civilians.length || !soldiers.length) continue;
    const docsOf = (xs: GroupedClaim[]) => new Set(xs.flatMap((c) => c.evidence.map((e) => e.doc)));
    // a document that counts both, even a count whose measure was not read ("killed 14 civilians and 40 soldiers"), tells a mixed toll
    const counts = claims.filter((c) => c.predicate === 'quantity' && c.qualifiers.kind === 'count' && (c.qualifiers.measure === 'dead' || !c.qualifiers.measure));
    const civilianDocs = docsOf(counts.filter((c) => CIVILIAN(c.qualifiers.unit)));
    if ([...docsOf(counts.filter((c) => countedUnit(c.qualifiers.unit) === 'soldier'))].some((d) => civilianDocs.has(d))) continue;
    if (!civilians.some((x) => soldiers.some((y) => sameDay(x, y, ctx)))) continue;
    // one alternative per version, with every figure that tells it
    const version = (who: string, xs: GroupedClaim[]) => alternative(`${who}: ${[...new Set(xs.map(figureLabel))].join('; ')}`, undefined, xs, ctx);
    const alts = [version('civilians', civilians), version('soldiers', soldiers)];
    const conflict = finish('value', 'Whom did it kill: civilians or soldiers?', alts);
    conflict.why = `some documents count the dead only as civilians (${civilians.map(figureLabel).join(', ')}), others only as soldiers (${soldiers.map(figureLabel).join(', ')}), and no document counts both: two versions of whom it killed`;
    out.push(conflict);
  }
  return out;
}

/** How a year counted from a publication year reads in English: "last year", "3 years ago". */
const yearsAgo = (n: number): string => (n === 1 ? 'last year' : `${n} years ago`);

/**
 * One earlier happening in one part of a country, dated in different years, where a document counts its year from
 * its own publication day ("im vergangenen Jahr" in a 2025 report, against "in October 2023" elsewhere): a relative
 * year left standing in a background paragraph goes stale. Only a counted year is asked about, since two years both
 * named outright may be two happenings.
 */
function countedYearConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const placed = claims.filter((c) => c.predicate === 'has_value' && c.qualifiers.compass && typeof c.qualifiers.year === 'string' && typeof c.qualifiers.happening === 'string' && typeof c.qualifiers.distanceKm !== 'number');
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [, cs] of groupBy(placed, (c) => `${c.qualifiers.category}|${'value' in c.object ? c.object.value : ''}`)) {
    const counted = cs.filter((c) => typeof c.qualifiers.yearCounted === 'string');
    const named = cs.filter((c) => !c.qualifiers.yearCounted);
    const docsOf = (xs: GroupedClaim[]) => new Set(xs.flatMap((c) => c.evidence.map((e) => e.doc)));
    const clash = counted.filter((c) => named.some((n) => n.qualifiers.year !== c.qualifiers.year && ![...docsOf([n])].some((d) => docsOf([c]).has(d))));
    if (!clash.length) continue;
    const years = new Set(clash.map((c) => c.qualifiers.year));
    const against = named.filter((n) => !years.has(n.qualifiers.year));
    const label = (c: GroupedClaim): string => {
      const year = String(c.qualifiers.year);
      if (!c.qualifiers.yearCounted) return year;
      const published = ctx.docs.get(c.evidence[0].doc)?.published?.slice(0, 4);
      const ago = published ? ` "${yearsAgo(Number(published) - Number(year))}"` : '';
      return `${year} (${ago.trim()}${ago ? ': ' : ''}${c.qualifiers.yearCounted})`;
    };
    const alts = [...groupBy([...clash, ...against], label).entries()].map(([value, xs]) => alternative(value, undefined, xs, ctx));
    const { happening } = cs[0].qualifiers;
    const country = ctx.entities.get(cs[0].subject)?.name ?? cs[0].subject;
    const direction = 'value' in cs[0].object ? cs[0].object.value : '';
    const conflict = finish('date', `In what year did the ${happening} in the ${direction} of ${country} happen?`, alts);
    conflict.why = `one ${happening} in the ${direction} of ${country} is dated ${alts.map((a) => a.value).join(' and ')}; a year counted from a report's own publication day ("last year") goes stale when the paragraph is reused`;
    conflict.soft = true;
    out.push(conflict);
  }
  return out;
}

/** The office as the text words it: the role phrase of the claim's evidence without the name ("Former U.S. President"). */
function officePhrase(c: GroupedClaim, name: string): string {
  const quote = c.evidence[0]?.quote ?? '';
  const phrase = quote.replace(name, '').replace(/^[\s,]+|[\s,]+$/g, '').replace(/\s+/g, ' ');
  // the office in English with its status ("former mayor of Villeurbanne"), then the source's own words when they differ
  const office = `${c.qualifiers.former ? 'former ' : ''}${'value' in c.object ? c.object.value : String(c.qualifiers.title)}`;
  if (!phrase || phrase.length > 80) return office;
  // a phrase that already names the office in English ("Former U.S. President") stands as written
  return phrase.toLowerCase().includes(String(c.qualifiers.title).toLowerCase()) ? phrase : `${office} (${phrase})`;
}

/** One person called the holder of an office by some documents and its former holder by others, in reports whose dates do not differ. */
function officeStatusConflicts(claims: GroupedClaim[], ctx: Ctx, holders: Omit<Conflict, 'id'>[]): Omit<Conflict, 'id'>[] {
  // a person named as the holder against another holder is already asked about as "Who is …?"
  const asked = new Set(holders.flatMap((c) => c.alternatives.flatMap((a) => a.claims)));
  const roles = claims.filter((c) => c.predicate === 'holds_role' && !c.qualifiers.deputy && !c.qualifiers.acting);
  const out: Omit<Conflict, 'id'>[] = [];
  for (const [, cs] of groupBy(roles, (c) => `${c.subject}|${c.qualifiers.title}`)) {
    const countries = new Set(cs.map((c) => c.qualifiers.country).filter(Boolean));
    if (countries.size > 1) continue;
    const former = cs.filter((c) => c.qualifiers.former);
    const sitting = cs.filter((c) => !c.qualifiers.former);
    if (!former.length || !sitting.length || sitting.some((c) => asked.has(c.id))) continue;
    const name = ctx.entities.get(cs[0].subject)?.name ?? cs[0].subject;
    const docsOf = (xs: GroupedClaim[]) => new Set(xs.flatMap((c) => c.evidence.map((e) => e.doc)));
    const days = (xs: GroupedClaim[]) => new Set([...docsOf(xs)].map((d) => ctx.docs.get(d)?.published ?? null));
    const [a, b] = [days(former), days(sitting)];
    // a holder who left office between two reports: "president" on one day, "former president" on a later one
    if (![...a].some((d) => d === null || b.has(d) || b.has(null))) continue;
    const alts = [alternative(officePhrase(sitting[0], name), undefined, sitting, ctx), alternative(officePhrase(former[0], name), undefined, former, ctx)];
    const conflict = finish('office', `What office does ${name} hold?`, alts);
    conflict.why = `${name} is called the ${String(cs[0].qualifiers.title)} and its former holder in reports of the same day or undated; one person cannot be both`;
    out.push(conflict);
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


/** The figures of one measure: same measure word, counted class, kind, currency or unit, year and clock. */
function measureKey(c: GroupedClaim): string | null {
  const q = c.qualifiers;
  const measure = q.measure ? String(q.measure) : null;
  if (!measure) return null;
  const kind = String(q.kind);
  if (kind === 'time') return measure.startsWith('time of the ') ? `${measure}|time|${clockOf(c)}` : null;
  if (!measureFits(measure, kind)) return null;
  const unit = kind === 'count' ? comparedUnit(measure, q.unit) : String(q.unit ?? '');
  if (kind === 'duration' && unit === 'age') return null;
  return `${measure}|${kind}|${unit}|${q.year ?? ''}`;
}

/** The class a count is compared in: its counted class, or people for a measure that counts whoever did it ("three masked men", "five thieves"). */
function comparedUnit(measure: string | null, unit: unknown): string {
  const counted = countedUnit(unit);
  return measure && measureCountsPeople(measure) && isHumanUnit(counted) ? 'person' : counted;
}

/** Times named in a zone other than the local one are compared in UTC, local times among themselves. */
const clockOf = (c: GroupedClaim): string => (typeof c.qualifiers.zone === 'string' && c.qualifiers.zone.startsWith('UTC') ? 'UTC' : 'local');

/** A grouped figure as a number mention, with times moved to UTC when the text names their zone. */
function asFigure(c: GroupedClaim): NumberMention {
  const raw = asNumber(c);
  const n = raw.kind === 'count' ? { ...raw, unit: comparedUnit(c.qualifiers.measure ? String(c.qualifiers.measure) : null, raw.unit) } : raw;
  const zone = c.qualifiers.zone;
  if (n.kind !== 'time' || typeof zone !== 'string' || !zone.startsWith('UTC')) return n;
  const offset = Number(zone.slice(3));
  return { ...n, value: (((n.value - offset) % 1440) + 1440) % 1440 };
}

/** Money stated for one thing by different sources does not differ by more than this factor; beyond it, two amounts are two things. */
const MAX_MONEY_RATIO = 2;

/** Whether two figures of one measure cannot both hold: their intervals do not meet (times in UTC allow an hour for daylight saving). */
function incompatible(a: GroupedClaim, b: GroupedClaim): boolean {
  // figures of two kinds of occurrence ("floods killed five", "the earthquake killed 800") are about two things
  const [ea, eb] = [a.qualifiers.event, b.qualifiers.event];
  if (ea && eb && ea !== eb) return false;
  const x = asFigure(a);
  const y = asFigure(b);
  if (x.kind === 'money' && Math.max(x.value, y.value) > MAX_MONEY_RATIO * Math.min(x.value, y.value)) return false;
  const slack = x.kind === 'time' && clockOf(a) === 'UTC' ? 60 : 0;
  return !figuresAgree(x, y, slack);
}

/** The days a claim's documents state it for: the stated "as of" day for its first document, else each document's publication day. */
function daysOf(c: GroupedClaim, ctx: Ctx): (string | null)[] {
  return c.evidence.map((e, i) => (i === 0 && typeof c.qualifiers.asOf === 'string' ? c.qualifiers.asOf : (ctx.docs.get(e.doc)?.published ?? null)));
}

/** Whether two claims are stated for one day: a day they share, or one of them undated. */
function sameDay(x: GroupedClaim, y: GroupedClaim, ctx: Ctx): boolean {
  return daysOf(x, ctx).some((d) => daysOf(y, ctx).some((e) => d === null || e === null || d === e));
}

export interface EvolvingFigure {
  id: string;
  question: string;
  measure: string;
  /** one entry per day, oldest first: what was reported that day, by whom */
  series: { date: string; values: { value: string; docs: string[]; outlets: string[]; evidence: Evidence[] }[] }[];
}

/** Figures of one measure, grouped, with the question a conflict over them asks. */
function measureGroups(claims: GroupedClaim[]): { key: string; question: string; values: GroupedClaim[][] }[] {
  const qs = claims.filter((c) => c.predicate === 'quantity');
  const out: { key: string; question: string; values: GroupedClaim[][] }[] = [];
  for (const [key, cs] of groupBy(qs, measureKey)) {
    const [measure, kind, unit, year] = key.split('|');
    const values = [...groupBy(cs, (c) => `${asFigure(c).value}|${c.qualifiers.approx ?? ''}|${c.qualifiers.rangeLow ?? ''}`).values()];
    if (values.length < 2) continue;
    const who = kind === 'count' ? unitPlural(unit) : '';
    const base = measure.startsWith('time of the ') ? `At what time did the ${measure.slice(12)} happen?` : (measureQuestion(measure) ?? `What is the figure for ${measure}?`);
    const question = base.replace('{who}', who).replace(/\?$/, year ? ` (${year})?` : '?');
    out.push({ key, question, values });
  }
  return out;
}

/**
 * Figures of one measure that cannot both hold, reported for the same day (or undated): the same counted thing and
 * predicate, the same currency or unit and year, values whose intervals (hedges and ranges included) do not meet. A
 * part ("including five children") is counted in its own class and never against its whole; a time in two zones is
 * compared in UTC; figures of different days are an evolving figure, not a conflict.
 */
function quantityConflicts(claims: GroupedClaim[], ctx: Ctx): Omit<Conflict, 'id'>[] {
  const out: Omit<Conflict, 'id'>[] = [];
  for (const { key, question, values } of measureGroups(claims)) {
    const meetsOnADay = (a: GroupedClaim[], b: GroupedClaim[]) => a.some((x) => b.some((y) => sameDay(x, y, ctx)));
    // a measure that does not change from day to day (a sentence) conflicts whatever the days
    const evolves = measureEvolves(key.split('|')[0]);
    const clash = (a: GroupedClaim[], b: GroupedClaim[]) => incompatible(a[0], b[0]) && (!evolves || meetsOnADay(a, b));
    const involved = values.filter((a) => values.some((b) => a !== b && clash(a, b)));
    if (involved.length < 2) continue;
    const alts = involved.map((xs) => alternative(figureLabel(xs[0]), undefined, xs, ctx));
    const conflict = finish('quantity', question, alts);
    const shown = alts.map((a) => a.value).join(' vs ');
    const when = evolves ? 'reported for the same day or undated' : 'a measure that does not change from day to day';
    conflict.why = `${conflict.internal ? 'one document gives' : 'documents give'} ${shown} for the same measure, ${when}, and these values (with their hedges and ranges) cannot all hold`;
    out.push(conflict);
  }
  return out;
}

const HEDGE_WORDS: Record<string, string> = { about: 'about', nearly: 'nearly', over: 'more than', under: 'fewer than', 'at least': 'at least', 'at most': 'up to' };
const SIGNS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };
const SCALES: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
const english = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 3 });

/** An amount the English way: "€2.93 billion", "1,411", so that figures of every language read alike. */
function amount(v: number, money: boolean): string {
  if (!money) return english(v);
  const scale = SCALES.find(([s]) => v >= s);
  return scale ? `${english(v / scale[0])} ${scale[1]}` : english(v);
}

/** How a figure is named in a conflict: its own words in English, else an English rendering followed by its own words. */
export function figureLabel(c: GroupedClaim): string {
  const q = c.qualifiers;
  const text = 'value' in c.object ? c.object.value : String(q.value);
  // a duration given by its start is already worded in English ("since 2021 (about 4 years)")
  if (!q.language || q.language === 'en' || q.kind === 'time' || typeof q.since === 'string') return text;
  const kind = String(q.kind);
  const lo = q.rangeLow === null || q.rangeLow === undefined ? null : Number(q.rangeLow);
  const money = kind === 'money';
  const value = lo !== null ? `${amount(lo, money)}–${amount(Number(q.rangeHigh), money)}` : amount(Number(q.value), money);
  const hedge = typeof q.approx === 'string' ? `${HEDGE_WORDS[q.approx] ?? q.approx} ` : '';
  const code = String(q.unit ?? '');
  const plural = lo !== null || Number(q.value) !== 1;
  const figure = money ? (SIGNS[code] ? `${SIGNS[code]}${value}` : `${value} ${code}`) : kind === 'count' ? `${value} ${unitPlural(countedUnit(q.unit))}` : kind === 'duration' && plural ? `${value} ${unitPlural(code)}` : `${value} ${code}`;
  return `${hedge}${figure} (${text})`;
}

/** Figures of one measure reported with different values on different days: a series of who said what when. */
export function findEvolvingFigures(claims: GroupedClaim[], ctx: Ctx): EvolvingFigure[] {
  const out: EvolvingFigure[] = [];
  const ids = new StableIds();
  for (const { key, question, values } of measureGroups(claims)) {
    // a sentence or a depth does not evolve: differing values are a conflict
    if (!measureEvolves(key.split('|')[0])) continue;
    const byDay = new Map<string, Map<string, { value: string; docs: string[]; outlets: string[]; evidence: Evidence[] }>>();
    const claimsOfDay = new Map<string, GroupedClaim[]>();
    for (const xs of values) {
      for (const c of xs) {
        const days = daysOf(c, ctx);
        c.evidence.forEach((e, i) => {
          const d = days[i];
          if (!d) return;
          claimsOfDay.set(d, [...new Set([...(claimsOfDay.get(d) ?? []), c])]);
          const label = figureLabel(c);
          const day = byDay.get(d) ?? new Map();
          const v = day.get(label) ?? { value: label, docs: [], outlets: [], evidence: [] };
          if (!v.docs.includes(e.doc)) v.docs.push(e.doc);
          const outlet = ctx.docs.get(e.doc)?.outlet ?? ctx.docs.get(e.doc)?.file ?? e.doc;
          if (!v.outlets.includes(outlet)) v.outlets.push(outlet);
          v.evidence.push(e);
          day.set(label, v);
          byDay.set(d, day);
        });
      }
    }
    if (byDay.size < 2) continue;
    const series = [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, vs]) => ({ date, values: [...vs.values()] }));
    // a series only when a later day reports a value that no earlier day's value allows: the figure changed
    const dates = series.map((d) => d.date);
    const changed = dates.some((d, i) => i > 0 && (claimsOfDay.get(d) ?? []).some((c) => dates.slice(0, i).every((e) => (claimsOfDay.get(e) ?? []).every((o) => incompatible(c, o)))));
    if (!changed) continue;
    out.push({ id: ids.next('v', `${key}|${question}`), question, measure: key.split('|')[0], series });
  }
  return out;
}

const MAX_DATE_GAP_DAYS = 2;
// asked for every pair of dated events: each date is parsed once
const dayNumber = memo((iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86400000);

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
