import { countryName } from '../annotate/gazetteer.js';
import type { Annotations } from '../annotate/index.js';
import { countryOfWord, describeOffice } from '../annotate/roles.js';
import { tokenize } from '../annotate/tokens.js';
import type { Claim, DateMention, Document, Entity, Evidence, Mention, Message, NumberMention } from '../types.js';
import patterns from './data/patterns.json' with { type: 'json' };
import { documentDate, documentHappening, eventClass, type EventMentionBase, sentenceFrames, sentenceTriggers } from './events.js';
import { caseless } from '../text/index.js';
import { findCategoryValues } from './categories.js';
import { findDirections, theCountrySpans } from './directions.js';
import { findDurationStarts } from './durations.js';
import { findPositions, KM_PER_UNIT } from './positions.js';
import { type FigureSpan, findSuperlatives, levelOf, rankByFigures, superlativeQuestion } from './superlatives.js';
import { type FigureReading, namesAct, readFigures } from './figures.js';

/** A claim as one document makes it, before claims are grouped across documents. */
export interface ClaimDraft {
  doc: string;
  subject: string;
  predicate: Claim['predicate'];
  object: { entity: string } | { value: string };
  qualifiers: Record<string, string | number | boolean | null>;
  evidence: Evidence;
  /** what the sentence attributes the claim to ("according to X"), as an entity id */
  attributedTo: string | null;
  sentence: number;
}

/** What every claim of one sentence shares: its document, sentence, evidence and attribution. */
type ClaimBase = Omit<ClaimDraft, 'subject' | 'predicate' | 'object' | 'qualifiers'>;

/** One occurrence (meeting, visit, delegation, a typed happening or action, a statement) as one sentence tells it. */
export interface EventMention extends EventMentionBase {
  kind: 'meeting' | 'visit' | 'delegation' | 'incident' | 'action' | 'statement';
  claims: ClaimDraft[];
}

export interface DocumentClaims {
  claims: ClaimDraft[];
  events: EventMention[];
  /** what the stage noticed and could not use (a figure with no measure to compare it on), with the span */
  messages: Message[];
}

const re = (src: string) => caseless(src);
const MEETING = re(patterns.meeting);
const VISIT = re(patterns.visit);
const GROUPS = patterns.groups.join('|');
const LED_BY = re(patterns.ledBy.replace('{groups}', GROUPS));
const LEADS = re(patterns.leads.replace('{groups}', GROUPS));
const RECEIVED = re(patterns.received);
const RECEIVED_PASSIVE = re(patterns.receivedPassive);
const RECEIVED_ACTIVE = caseless(patterns.receivedActive, 'g');
const ATTRIBUTION = caseless(patterns.attribution, 'g');
const SPEECH = re(patterns.speech);
const TIMED_EVENT = re(patterns.timedEvents);
const INCIDENTS = patterns.incidents.map((i) => ({ key: i.key, re: re(i.pattern) }));

interface Context {
  doc: Document;
  ann: Annotations;
  entityOf: Map<Mention, Entity>;
  /** per sentence, its mentions that belong to an entity, in the annotations' order */
  resolved: Mention[][];
}

/** Claims and event mentions of one document, from its annotations and the entity each of its mentions belongs to. */
export function extractClaims(doc: Document, ann: Annotations, entityOf: Map<Mention, Entity>): DocumentClaims {
  const resolved: Mention[][] = ann.sentences.map(() => []);
  for (const m of ann.mentions) if (entityOf.has(m)) resolved[m.sentence]?.push(m);
  const ctx: Context = { doc, ann, entityOf, resolved };
  const claims: ClaimDraft[] = [];
  const events: EventMention[] = [];
  ann.sentences.forEach((s, si) => {
    const mentions = resolved[si];
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
    for (const m of mentions) {
      const facility = entityOf.get(m)!;
      if (facility.type === 'facility' && m.near && facility.locatedAt) {
        claims.push({ ...base, subject: facility.id, predicate: 'located_at', object: { entity: facility.locatedAt }, qualifiers: {} });
      }
    }
    if (attributedTo) claims.push({ ...base, subject: attributedTo, predicate: 'attributed_to', object: { value: quote }, qualifiers: {} });
    // a figure belongs to the sentence it starts in (a splitter may cut after an abbreviation such as "Mrd.")
    const figures = ann.numbers.filter((x) => x.start >= s.start && x.start < s.end);
    const readings = figures.length ? readFigures(doc.text.slice(s.start, Math.max(s.end, ...figures.map((f) => f.end))), figures, doc.language, s.start) : [];
    for (const [i, n] of figures.entries()) claims.push(quantityClaim(ctx, base, n, mentions, readings[i], figures));
    for (const v of findCategoryValues(quote, doc.language)) {
      const year = yearOf(ctx, s, { start: s.start + v.start, end: s.start + v.end } as NumberMention, YEAR_REACH);
      claims.push({ ...base, subject: '', predicate: 'has_value', object: { value: v.value }, qualifiers: { category: v.category, year, asOf: asOf(ctx, s), start: s.start + v.start, end: s.start + v.end } });
    }
    const counts = figures.flatMap((n, i) => (n.kind === 'count' && readings[i] && readings[i].partOf === null && readings[i].equivalentOf === null ? [{ start: n.start - s.start, end: n.end - s.start, value: n.value, measure: readings[i].measure }] : []));
    claims.push(...superlativeClaims(ctx, si, base, counts));
    claims.push(...durationStartClaims(ctx, si, base));
    const persons = people(ctx, mentions);
    const place = placeOf(ctx, mentions);
    const placeId = place ? entityOf.get(place)!.id : null;
    const leads = leadershipClaims(ctx, si, persons, placeId, base);
    claims.push(...hostClaims(ctx, si, persons, placeId, base));
    const ev = sentenceEvent(ctx, si, persons, placeId, leads, base);
    claims.push(...leads);
    if (ev) {
      ev.docDate = documentDate(doc, ann);
      events.push(ev);
      claims.push(...ev.claims.filter((c) => !leads.includes(c)));
    }
    const frames = sentenceFrames(ctx, si, evidence, ev?.incident ? [ev.incident] : []);
    events.push(...frames);
    const happenings = [...new Set([ev?.incident, ...frames.map((f) => f.incident)].filter((x): x is string => !!x))];
    if (happenings.length) claims.push(...directionClaims(ctx, s, mentions, happenings, base), ...positionClaims(ctx, s, figures, happenings[0], base));
  });
  return { claims, events, messages: figuresWithoutMeasure(doc, claims) };
}

const people = (ctx: Context, ms: Mention[]) => ms.filter((m) => ctx.entityOf.get(m)!.type === 'person');
const AT_PLACE = /\b(?:in|at|near|on|off|outside)\s+(?:the\s+)?$/i;
const TO_PLACE = /\b(?:to|visited|visits|visiting|toured|reached)\s+(?:the\s+)?$/i;

/** Where a sentence happens: a place after "in/at/near", else after "to" or a visit verb, else its first place (a dateline). */
const placeOf = (ctx: Context, ms: Mention[]) => {
  const places = ms.filter((m) => ['place', 'facility'].includes(ctx.entityOf.get(m)!.type));
  const before = (m: Mention) => ctx.doc.text.slice(Math.max(0, m.start - 12), m.start);
  return places.find((m) => AT_PLACE.test(before(m))) ?? places.find((m) => TO_PLACE.test(before(m))) ?? places[0];
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

function quantityClaim(ctx: Context, base: ClaimBase, n: NumberMention, ms: Mention[], reading: FigureReading, figures: NumberMention[]): ClaimDraft {
  const s = ctx.ann.sentences[base.sentence];
  const sentence = ctx.doc.text.slice(s.start, s.end);
  // a time of day measures the occurrence the sentence names ("the fire started at 2:40 a.m.")
  const word = n.kind === 'time' ? TIMED_EVENT.exec(sentence)?.[1]?.toLowerCase() : undefined;
  const timed = n.kind !== 'time' ? undefined : word ? ((patterns.timedEventSynonyms as Record<string, string>)[word] ?? word) : timedOccurrence(ctx, base.sentence, n);
  const measure = timed ? `time of the ${timed}` : n.kind === 'time' ? null : reading.measure;
  // the length of the act itself ("were gone within eight minutes"): of the occurrence its sentence names, else of the document's happening
  const event = reading.measure === ACT_LENGTH && n.kind === 'duration' ? (reading.event ?? timedOccurrence(ctx, base.sentence, n, true) ?? null) : reading.event;
  const subject = ms.find((m) => m.end <= n.start) ?? ms[0];
  const whole = reading.partOf === null ? null : figures[reading.partOf];
  const same = reading.equivalentOf === null ? null : figures[reading.equivalentOf];
  return {
    ...base,
    evidence: base.evidence,
    subject: subject ? ctx.entityOf.get(subject)!.id : '',
    predicate: 'quantity',
    object: { value: n.text },
    qualifiers: {
      kind: n.kind,
      unit: n.unit,
      value: n.value,
      approx: n.approx,
      measure,
      asOf: asOf(ctx, s),
      start: n.start,
      end: n.end,
      rangeLow: n.range?.[0] ?? null,
      rangeHigh: n.range?.[1] ?? null,
      zone: n.zone ?? null,
      partOf: whole?.text ?? null,
      equivalentOf: same?.text ?? null,
      year: yearOf(ctx, s, n),
      event,
      language: ctx.doc.language,
    },
  };
}

/**
 * The occurrence a time of day times when no English word names it: the event trigger of its sentence nearest the
 * time ("festgenommen um 6 Uhr"), else, when the sentence names the act or whoever did it ("the thieves", "accedieron",
 * measures.json "acts") or `act` says the figure measures the act, the happening the document is about (its first
 * happening trigger). A time in a sentence naming neither stays unmeasured: a timeline's other moments are not the act's.
 */
function timedOccurrence(ctx: Context, si: number, n: NumberMention, act = false): string | undefined {
  const near = sentenceTriggers(ctx.doc, ctx.ann, si)
    .filter((t) => ['happening', 'action'].includes(eventClass(t.type)))
    .sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start))[0];
  if (near) return near.type;
  const s = ctx.ann.sentences[si];
  return act || namesAct(ctx.doc.text.slice(s.start, s.end), ctx.doc.language) ? (documentHappening(ctx.doc, ctx.ann) ?? undefined) : undefined;
}

/** The measure of how long the act itself lasted (measures.json). */
const ACT_LENGTH = 'duration of the act';

/**
 * One message per bare count whose measure could not be read ("rose to 3,000", no counted thing or unit), and per sum
 * whose clause names no known measure ("a $40 million package"): each stays a claim, but no other figure is compared with it.
 */
function figuresWithoutMeasure(doc: Document, claims: ClaimDraft[]): Message[] {
  const out: Message[] = [];
  for (const c of claims) {
    const q = c.qualifiers;
    if (c.predicate !== 'quantity' || q.measure) continue;
    const start = Number(q.start);
    const end = Number(q.end);
    const figure = 'value' in c.object ? c.object.value : '';
    // a sum whose clause names no measure the stage knows (fine, deal value, aid…): a synonym measures.json may lack
    if (q.kind === 'money') {
      out.push({
        file: doc.path,
        rule: 'claims/sum-no-measure',
        severity: 'info',
        message: `${doc.path}: the sum "${figure}" (at ${start}) states no measure the claims stage knows (fine, deal value, aid, compensation…; src/claims/data/measures.json); it is kept as a claim and compared with no other sum`,
        place: { start, end },
      });
      continue;
    }
    // a count with its counted thing ("36 passengers") or a unit ("110 kilometres") says what it counts; a bare count does not
    if (q.unit || q.kind !== 'count') continue;
    out.push({
      file: doc.path,
      rule: 'claims/figure-no-measure',
      severity: 'info',
      message: `${doc.path}: the figure "${figure}" (at ${start}) counts nothing the text names (no counted noun, unit or measure); it is kept as a claim and compared with no other figure`,
      place: { start, end },
    });
  }
  return out;
}

const COUNTRY = new WeakMap<Entity, boolean>();
/** Whether an entity is named as a country by one of its mentions, read once per entity. */
function isCountry(e: Entity): boolean {
  let known = COUNTRY.get(e);
  if (known === undefined) {
    known = e.mentions.some((x) => x.rule.startsWith('country'));
    COUNTRY.set(e, known);
  }
  return known;
}

/**
 * The part of a country a sentence that tells a happening puts it in ("an earthquake struck eastern Afghanistan"): a
 * named value of the category "part of <country>" for the sentence's first happening, with its year when the sentence
 * names another, so that the 2023 quake "in the west" is not compared with this year's "in the east".
 */
function directionClaims(ctx: Context, s: { start: number; end: number }, mentions: Mention[], happenings: string[], base: ClaimBase): ClaimDraft[] {
  // a mention of a country, whatever form it takes here ("Afghanistans"): its entity is named as a country somewhere
  const countries = mentions.filter((m) => isCountry(ctx.entityOf.get(m)!));
  const text = ctx.doc.text.slice(s.start, s.end);
  const rel = (m: Mention) => ({ start: m.start - s.start, end: m.end - s.start });
  // "im Westen des Landes": the country the document is about, where the sentence names no country itself
  const main = countries.length ? null : mainCountry(ctx);
  const unnamed = main ? theCountrySpans(text, ctx.doc.language) : [];
  if (!countries.length && !unnamed.length) return [];
  const others = mentions.filter((m) => !countries.includes(m)).map(rel);
  return findDirections(text, ctx.doc.language, [...countries.map(rel), ...unnamed], others).map((d) => {
    const named = countries.find((m) => m.start - s.start === d.country.start);
    const country = named ? ctx.entityOf.get(named)! : main!;
    const at = { start: s.start + d.start, end: s.start + d.end };
    const happening = happenings[0];
    const dated = yearMention(ctx, s, at, Number.POSITIVE_INFINITY);
    return {
      ...base,
      subject: country.id,
      predicate: 'has_value' as const,
      object: { value: d.direction },
      qualifiers: {
        category: `part of ${country.id} (${happening})`,
        question: `In which part of ${country.name} did the ${happening} happen?`,
        compass: true,
        happening,
        year: dated?.year ?? null,
        // "im vergangenen Jahr": the year is counted from the publication day, as written
        yearCounted: dated?.counted ?? null,
        asOf: asOf(ctx, s),
        start: at.start,
        end: at.end,
      },
    };
  });
}

/** The named places of a sentence, by their offsets into it, with their entities. */
function placesOf(ctx: Context, si: number): { start: number; end: number; id: string; entity: Entity }[] {
  const s = ctx.ann.sentences[si];
  return (ctx.resolved[si] ?? []).flatMap((m) => {
    const entity = ctx.entityOf.get(m)!;
    return entity.type === 'place' ? [{ start: m.start - s.start, end: m.end - s.start, id: entity.id, entity }] : [];
  });
}

/**
 * The place a sentence singles out with a superlative ("Kunar province was the hardest hit", "dans cette dernière
 * province, le bilan est le plus lourd"): a named value of the category "<measure> <kind of place>", whose value is the
 * place's entity, so that two documents naming different provinces as the hardest hit conflict.
 */
function superlativeClaims(ctx: Context, si: number, base: ClaimBase, counts: FigureSpan[]): ClaimDraft[] {
  const s = ctx.ann.sentences[si];
  const text = ctx.doc.text.slice(s.start, s.end);
  const places = placesOf(ctx, si);
  const prev = si > 0 ? ctx.ann.sentences[si - 1] : null;
  const before = prev ? placesOf(ctx, si - 1) : [];
  if (!places.length && !before.length) return [];
  const previous = () => before.map((p) => ({ id: p.id, level: levelOf(ctx.doc.text.slice(prev!.start, prev!.end), p, ctx.doc.language) }));
  const entities = new Map([...places, ...before].map((p) => [p.id, p.entity]));
  const claim = (measure: string, id: string, level: string | null, span: { start: number; end: number }, outranks?: string[]): ClaimDraft => {
    const place = entities.get(id)!;
    const kind = level ?? (isCountry(place) ? 'country' : null);
    const at = { start: s.start + span.start, end: s.start + span.end };
    const qualifiers = { category: `${measure} ${kind ?? 'place'}`, question: superlativeQuestion(measure, kind), valueIsSubject: true, year: yearOf(ctx, s, at), asOf: asOf(ctx, s), start: at.start, end: at.end };
    return { ...base, subject: place.id, predicate: 'has_value', object: { value: place.name }, qualifiers: outranks ? { ...qualifiers, outranks: outranks.join(',') } : qualifiers };
  };
  const stated = findSuperlatives(text, ctx.doc.language, places, previous).map((v) => claim(v.measure, v.place, v.level, v));
  // a breakdown by place ranks its places only when they are of one kind (two provinces, not a city and its province)
  const ranked = rankByFigures(text, ctx.doc.language, places, counts).flatMap((r) => {
    const kinds = new Set([r.place, ...r.outranks].map((id) => levelOf(text, places.find((p) => p.id === id)!, ctx.doc.language)));
    return kinds.size === 1 ? [claim(r.measure, r.place, [...kinds][0], r, r.outranks)] : [];
  });
  return [...stated, ...ranked];
}

/**
 * A duration a sentence gives by its start ("the probe, first opened in June 2021"): a figure of the duration measure
 * whose value, the years from that start to the document's date, the cross-document stage fills in (`since`), where
 * the story's date stands in for an undated document's.
 */
function durationStartClaims(ctx: Context, si: number, base: ClaimBase): ClaimDraft[] {
  const s = ctx.ann.sentences[si];
  const dates = ctx.ann.dates.filter((d) => d.start >= s.start && d.end <= s.end && !d.relative && d.value && ['year', 'month', 'day'].includes(d.precision));
  if (!dates.length) return [];
  const text = ctx.doc.text.slice(s.start, s.end);
  const rel = dates.map((d) => ({ start: d.start - s.start, end: d.end - s.start, value: d.value! }));
  return findDurationStarts(text, ctx.doc.language, rel).map((v) => {
    const date = rel.find((d) => d.value === v.since && d.start >= v.start && d.end <= v.end)!;
    return {
      ...base,
      subject: '',
      predicate: 'quantity' as const,
      object: { value: `since ${text.slice(date.start, date.end)}` },
      qualifiers: { kind: 'duration', unit: 'year', value: null, approx: null, measure: v.measure, since: v.since, asOf: asOf(ctx, s), start: s.start + v.start, end: s.start + v.end, rangeLow: null, rangeHigh: null, zone: null, partOf: null, equivalentOf: null, year: null, event: null, language: ctx.doc.language },
    };
  });
}

/**
 * Where a sentence that tells a happening puts it relative to a named place ("the epicentre, 27 km north-east of
 * Lakeside"): a named value of the category "position of the <happening> from <place>", with its distance and
 * direction, so that two reports putting it at about the same distance from one place in different directions conflict.
 */
function positionClaims(ctx: Context, s: { start: number; end: number }, figures: NumberMention[], happening: string, base: ClaimBase): ClaimDraft[] {
  const distances = figures.flatMap((n) => (n.kind === 'measure' && n.unit && n.unit in KM_PER_UNIT ? [{ start: n.start - s.start, end: n.end - s.start, km: n.value * KM_PER_UNIT[n.unit] }] : []));
  if (!distances.length) return [];
  const text = ctx.doc.text.slice(s.start, s.end);
  return findPositions(text, ctx.doc.language, distances).map((v) => {
    const at = { start: s.start + v.start, end: s.start + v.end };
    const km = Math.round(v.km);
    return {
      ...base,
      subject: '',
      predicate: 'has_value' as const,
      object: { value: `${km} km ${v.direction}` },
      qualifiers: {
        category: `position of the ${happening} from ${v.placeKey}`,
        question: `Where did the ${happening} happen relative to ${v.place}?`,
        compass: true,
        direction: v.direction,
        distanceKm: v.km,
        year: yearOf(ctx, s, at, Number.POSITIVE_INFINITY),
        asOf: asOf(ctx, s),
        start: at.start,
        end: at.end,
      },
    };
  });
}

/** How close a year must stand to a named value to be its year ("the record fine of 2018"). */
const YEAR_REACH = 20;

/** The year a figure is stated for when its sentence names one other than the publication year ("the 2018 fine", "im Jahr 2018", "last year's fine"). */
function yearOf(ctx: Context, s: { start: number; end: number }, n: { start: number; end: number }, reach = Number.POSITIVE_INFINITY): string | null {
  return yearMention(ctx, s, n, reach)?.year ?? null;
}

/** The year of `yearOf`, with the words that count it from the publication day ("last year") where it is counted so. */
function yearMention(ctx: Context, s: { start: number; end: number }, n: { start: number; end: number }, reach: number): { year: string; counted: string | null } | null {
  const published = ctx.doc.published?.slice(0, 4) ?? null;
  const near = (d: DateMention) => d.end >= n.start - reach && d.start <= n.end + reach;
  // a year counted from the publication day stands for that year ("last year's fine", "im vergangenen Jahr")
  const stated = (d: DateMention) => (!d.relative && (d.precision === 'year' || d.precision === 'month')) || (d.relative && d.anchor === 'published' && d.precision === 'year');
  const years = ctx.ann.dates.filter((d) => d.start >= s.start && d.end <= s.end && d.value && stated(d) && near(d));
  const nearest = years.sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start))[0];
  const year = nearest?.value?.slice(0, 4) ?? null;
  return year && year !== published ? { year, counted: nearest.relative ? nearest.text : null } : null;
}

const MAIN_COUNTRY = new WeakMap<Annotations, Entity | null>();
/** The country a document is about: the one it names at least twice as often as any other, or null. */
function mainCountry(ctx: Context): Entity | null {
  if (MAIN_COUNTRY.has(ctx.ann)) return MAIN_COUNTRY.get(ctx.ann)!;
  const counts = new Map<Entity, number>();
  for (const ms of ctx.resolved) for (const m of ms) {
    const e = ctx.entityOf.get(m)!;
    if (isCountry(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const main = first && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
  MAIN_COUNTRY.set(ctx.ann, main);
  return main;
}

/** The day a figure is stated for: "as of Wednesday, November 12" / "by Tuesday evening" in its sentence, else the publication day. */
function asOf(ctx: Context, s: { start: number; end: number }): string | null {
  const stated = ctx.ann.dates.find(
    (d) => d.start >= s.start && d.end <= s.end && d.precision === 'day' && d.value && (!d.relative || d.anchor === 'published') && AS_OF.test(ctx.doc.text.slice(Math.max(s.start, d.start - 12), d.start)),
  );
  return stated?.value ?? ctx.doc.published;
}

const AS_OF = /\b(?:as of|as at|by|until|up to)\s+(?:on\s+)?$/i;

/** Characters from a document's start its dateline ("SEVILLE, Spain (Wire) —", "Sevilla, 10 de marzo") stands within. */
const DATELINE_CHARS = 300;

/** The place a document's dateline names ("SEVILLE, Spain (Wire) —", "Sevilla, 10 de marzo"): the place entity the
 * ingested dateline names, else a place at the start of a line near the document's start before a comma, a parenthesis or a dash. */
function datelinePlace(ctx: Context): string | null {
  const dateline = ctx.doc.dateline?.toLowerCase();
  if (dateline) {
    for (const [m, e] of ctx.entityOf) if (e.type === 'place' && (m.text.toLowerCase() === dateline || e.name.toLowerCase() === dateline)) return e.id;
  }
  const text = ctx.doc.text;
  for (const ms of ctx.resolved) {
    for (const m of ms) {
      if (m.start > DATELINE_CHARS) return null;
      const line = m.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, m.start - 4), m.start));
      if (line && ctx.entityOf.get(m)!.type === 'place' && /^\s*[,(—–-]/.test(text.slice(m.end, m.end + 3))) return ctx.entityOf.get(m)!.id;
    }
  }
  return null;
}

/** A meeting, visit or delegation told by one sentence, with its participants, place and dates. */
function sentenceEvent(ctx: Context, si: number, persons: Mention[], placeId: string | null, leads: ClaimDraft[], base: ClaimBase): EventMention | null {
  const s = ctx.ann.sentences[si];
  const text = ctx.doc.text.slice(s.start, s.end);
  const meeting = MEETING.exec(text);
  // only read before a meeting verb: most sentences have none
  const speech = meeting ? SPEECH.exec(text) : null;
  // "X said Y met Z": the speaker is not a party to the meeting
  const parties = meeting && speech && speech.index < meeting.index ? persons.filter((m) => m.start > s.start + speech.index) : persons;
  const ids = [...new Set(parties.map((m) => ctx.entityOf.get(m)!.id))];
  const dates = ctx.ann.dates.filter((d) => d.start >= s.start && d.end <= s.end);
  // a sentence without a date continues the story of the last dated sentence shortly before it
  const from = ctx.ann.sentences[Math.max(0, si - 3)].start;
  const prev = ctx.ann.dates.filter((d) => d.start >= from && d.end <= s.start && d.precision === 'day' && (!d.relative || d.anchor === 'published'));
  const claims = leads.filter((c) => c.qualifiers.group === 'delegation');
  let kind: EventMention['kind'] | null = claims.length ? 'delegation' : null;
  if (ids.length >= 2 && meeting) {
    kind = kind ?? 'meeting';
    for (let i = 1; i < ids.length; i++) claims.push({ ...base, subject: ids[0], predicate: 'met', object: { entity: ids[i] }, qualifiers: { place: placeId } });
  }
  const visit = VISIT.exec(text);
  // the visitor is named just before the visit ("X made his first visit to", "X, the president, travelled to")
  const visitors = visit ? persons.filter((m) => m.end <= s.start + visit.index && s.start + visit.index - m.end <= 60) : [];
  // a visit to a place named by a common noun ("visited the museum", "visitó el hospital") is in the dateline's place
  const visited = placeId ?? (visitors.length ? datelinePlace(ctx) : null);
  if (!kind && visitors.length && visited) {
    kind = 'visit';
    for (const m of visitors) claims.push({ ...base, subject: ctx.entityOf.get(m)!.id, predicate: 'visited', object: { entity: visited }, qualifiers: {} });
  }
  if (!kind && ids.length === 1 && placeId && meeting) kind = 'meeting';
  const incident = kind ? undefined : INCIDENTS.find((i) => i.re.test(text))?.key;
  if (incident) kind = 'incident';
  if (!kind) return null;
  const date = dates.find((d) => d.value) ?? dates[0];
  for (const c of claims) c.qualifiers.date = date?.value ?? null;
  const participants = kind === 'visit' ? [...new Set(claims.map((c) => c.subject))] : kind === 'incident' ? [] : ids;
  const places = [...new Set(ctx.resolved[si].filter((m) => ['place', 'facility'].includes(ctx.entityOf.get(m)!.type)).map((m) => ctx.entityOf.get(m)!.id))];
  if (kind === 'visit' && visited && !places.includes(visited)) places.push(visited);
  return { doc: ctx.doc.id, sentence: si, kind, incident, participants, place: kind === 'visit' ? visited : placeId, places, dates, inheritedDate: dates.length ? null : (prev[prev.length - 1] ?? null), evidence: base.evidence, claims };
}

/**
 * Who leads what: "a delegation led by X", "a commission headed by X", "X, who … is leading the rescue operation",
 * and "received X … visit" (the visitor heads the visiting delegation).
 */
function leadershipClaims(ctx: Context, si: number, persons: Mention[], placeId: string | null, base: ClaimBase): ClaimDraft[] {
  const s = ctx.ann.sentences[si];
  const text = ctx.doc.text.slice(s.start, s.end);
  const found: { leader: Mention; group: string; phrase: string; via: string; groupEnd: number }[] = [];
  const led = LED_BY.exec(text);
  if (led) {
    const from = s.start + led.index + led[0].length;
    const leader = persons.find((m) => m.start >= from);
    if (leader) found.push({ leader, group: led[1].toLowerCase(), phrase: led[0], via: 'led by', groupEnd: s.start + led.index + led[1].length });
  }
  for (const m of persons) {
    const hit = LEADS.exec(ctx.doc.text.slice(m.end, s.end));
    if (!hit) continue;
    const verbAt = m.end + hit[0].length - hit[1].length;
    // the clause belongs to the nearest person before it: "X met Y, who leads the team" is about Y
    if (persons.some((o) => o !== m && o.start > m.end && o.start < verbAt)) continue;
    found.push({ leader: m, group: hit[2].toLowerCase(), phrase: hit[1], via: 'leads', groupEnd: verbAt + hit[0].length });
  }
  const received = RECEIVED.exec(text);
  if (!found.length && received && /\bvisit\b/i.test(text)) {
    const from = s.start + received.index + received[0].length;
    const visitor = persons.find((m) => m.start >= from);
    if (visitor) found.push({ leader: visitor, group: 'delegation', phrase: 'visit', via: 'received', groupEnd: from });
  }
  return found.map((f) => {
    const country = f.group === 'delegation' ? delegationOf(ctx, s.start, f.groupEnd, f.leader) : null;
    const label = f.group === 'delegation' && country ? `${country} delegation` : f.group;
    return {
      ...base,
      subject: ctx.entityOf.get(f.leader)!.id,
      predicate: 'leads' as const,
      object: { value: label },
      qualifiers: { group: f.group, country, place: f.group === 'delegation' ? placeId : null, via: f.via },
    };
  });
}

/**
 * Who received whom: "X was received at the airport by Y", "Y received X", "Y, who welcomed X". The host is the person
 * nearest before an active verb, or the first after "by"; the visitor the first after the active verb, or the nearest
 * before the passive one.
 */
function hostClaims(ctx: Context, si: number, persons: Mention[], placeId: string | null, base: ClaimBase): ClaimDraft[] {
  const s = ctx.ann.sentences[si];
  const text = ctx.doc.text.slice(s.start, s.end);
  const id = (m: Mention) => ctx.entityOf.get(m)!.id;
  // a date dates the reception only when it stands close to it ("received … on Tuesday afternoon by")
  const dateNear = (from: number, to: number) => ctx.ann.dates.find((d) => d.start >= from && d.end <= to + 50 && d.value)?.value ?? null;
  const pairs: [Mention, Mention][] = [];
  const passive = RECEIVED_PASSIVE.exec(text);
  if (passive) {
    const at = s.start + passive.index;
    const visitor = persons.filter((m) => m.end <= at).pop();
    const host = persons.find((m) => m.start >= at + passive[0].length);
    if (visitor && host) pairs.push([host, visitor]);
  } else {
    for (const hit of text.matchAll(RECEIVED_ACTIVE)) {
      const at = s.start + (hit.index ?? 0);
      const host = persons.filter((m) => m.end <= at).pop();
      const visitor = persons.find((m) => m.start >= at + hit[0].length && m.start - (at + hit[0].length) < 60);
      if (host && visitor) pairs.push([host, visitor]);
    }
  }
  return pairs
    .filter(([h, v]) => id(h) !== id(v))
    .map(([h, v]) => ({ ...base, subject: id(h), predicate: 'received' as const, object: { entity: id(v) }, qualifiers: { place: placeId, date: dateNear(Math.min(h.start, v.start), Math.max(h.end, v.end)) } }));
}

/** The country of a delegation: the demonym right before "delegation", else the leader's role country. */
function delegationOf(ctx: Context, from: number, to: number, leader: Mention): string | null {
  const toks = tokenize(ctx.doc.text, from, Math.max(to, from));
  const i = toks.map((t) => /^delegations?$/i.test(t.text)).lastIndexOf(true);
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const hit = ctx.ann.mentions.find((m) => m.start === toks[k].start);
    if (hit) break;
    const c = patterns.delegationWords.includes(toks[k].text.toLowerCase()) ? null : countryOfWord(toks[k].text);
    if (c) return c;
  }
  return leader.roles.find((r) => r.country)?.country ?? null;
}
