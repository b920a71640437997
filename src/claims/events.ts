// Open event types from trigger words per language: an event frame (trigger, type, participants with roles, place,
// time) for every sentence that names a happening (earthquake, strike, theft…), an action (fine, verdict, arrest,
// election, resignation…) or a statement by a named speaker. Trigger vocabularies are data: data/events-<lang>.json,
// and the types with their class in data/event-types.json.
import type { Annotations } from '../annotate/index.js';
import type { DateMention, Document, Entity, Evidence, Mention } from '../types.js';
import types from './data/event-types.json' with { type: 'json' };
import de from './data/events-de.json' with { type: 'json' };
import ar from './data/events-ar.json' with { type: 'json' };
import en from './data/events-en.json' with { type: 'json' };
import es from './data/events-es.json' with { type: 'json' };
import fr from './data/events-fr.json' with { type: 'json' };
import hi from './data/events-hi.json' with { type: 'json' };
import it from './data/events-it.json' with { type: 'json' };
import pt from './data/events-pt.json' with { type: 'json' };
import ru from './data/events-ru.json' with { type: 'json' };
import uk from './data/events-uk.json' with { type: 'json' };
import { ARABIC_PROCLITICS, isArabic, LETTER, scriptForms } from './figures.js';

export type EventClass = 'happening' | 'action' | 'count' | 'statement';

/** What a trigger-based mention adds to an event mention. */
export interface EventFrame {
  /** open event type ("earthquake", "fine", "statement"); absent on meetings, visits and delegations */
  type?: string;
  /** the words that name the event in the sentence */
  trigger?: { start: number; end: number; text: string };
  /** who does what: the speaker of a statement, the agent before the trigger, the patient after it */
  roles?: { entity: string; role: 'speaker' | 'agent' | 'patient' }[];
  /** counts and sums the sentence gives, to tell two statements or two fines apart */
  figures?: number[];
  /** the document's own date (its publication date, else the first full date its text states) */
  docDate?: { value: string; how: 'published' | 'stated' } | null;
  /** for statements and actions: the latest day the text told before the sentence, not after the document's date */
  contextDate?: string | null;
}

interface Vocabulary {
  types: Record<string, string[]>;
  speech: string[];
  sources: string[];
}

const VOCABULARIES: Record<string, Vocabulary> = { ar, de, en, es, fr, hi, it, pt, ru, uk };
const TYPES = types.types as Record<string, { class: EventClass; label: string }>;

/** The label of an open event type ("Earthquake"), or null for an unknown type. */
export const eventTypeLabel = (type: string): string | null => (type === 'statement' ? 'Statement' : (TYPES[type]?.label ?? null));
/** The clustering class of an open event type. */
export const eventClass = (type: string): EventClass => (type === 'statement' ? 'statement' : (TYPES[type]?.class ?? 'action'));

/**
 * Letter classes of a language's patterns: ASCII for English (V8 matches /i many times faster than /iu), Unicode
 * otherwise, where a word's marks are part of it (Devanagari vowel signs and Arabic harakat are \p{M}, not \p{L}).
 * `inClass` is what \p{L} of the data becomes inside a character class ("[\p{L}-]").
 */
interface Letters {
  letter: string;
  inClass: string;
  wordChar: string;
  flags: string;
}
const UNICODE: Letters = { letter: LETTER, inClass: '\\p{L}\\p{M}', wordChar: '[\\p{L}\\p{M}\\p{N}]', flags: 'giu' };
const ASCII: Letters = { letter: '[a-z]', inClass: 'a-z', wordChar: '[a-z0-9]', flags: 'gi' };

/**
 * A trigger as written in the data: "*" at either end stands for more letters (stems, compounds), \b is a word edge.
 * An Arabic trigger is read with the proclitics glued before it ("والزلزال", "بالهجوم") and the script's spelling
 * variants (see scriptForms).
 */
function triggerSource(t: string, x: Letters): string {
  const lead = t.startsWith('*');
  // a "*" that closes a regex token ("\\p{L}*", "(?:…)*") is the pattern's own
  const trail = t.endsWith('*') && !/[})\]]\*$/.test(t);
  const L = x.wordChar;
  const edge = `(?:(?<!${L})(?=${L})|(?<=${L})(?!${L}))`;
  const body = t
    .slice(lead ? 1 : 0, trail ? -1 : undefined)
    .replace(/\\b/g, edge)
    .replace(/\[(?:\\.|[^\]\\])*\]|\\p\{L\}/g, (m) => (m.startsWith('[') ? m.replace(/\\p\{L\}/g, x.inClass) : x.letter))
    .replace(/ /g, '\\s+');
  const proclitics = isArabic(t) ? ARABIC_PROCLITICS : '';
  return `${lead ? `${x.letter}*` : ''}${proclitics}(?:${scriptForms(body)})${trail ? `${x.letter}*` : ''}(?!${L})`;
}

/** Alternatives after one word-start check. */
const alternation = (list: string[], x: Letters) => `(?<!${x.wordChar})(?:${list.map((t) => triggerSource(t, x)).join('|')})`;

/** A pattern with the two-letter starts of its words, so it is tried only where a word starts so (null: everywhere). */
interface Scanner {
  regex: RegExp;
  starts: Set<string> | null;
}

interface Compiled {
  /** every type's triggers in one pattern, a capturing group per type (in `types` order) */
  triggers: Scanner;
  types: string[];
  speech: Scanner;
  sources: Scanner;
  words: RegExp;
}

/** The two letters a trigger starts with ("fi" for "fined"; "mi", "dr" for "(?:missile|drone) strike"), or null when it can start otherwise. */
function startsOf(t: string): string[] | null {
  if (t.startsWith('(?:')) {
    let depth = 0;
    let end = 0;
    const alts: string[] = [];
    let from = 3;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '\\') i++;
      else if (t[i] === '(') depth++;
      else if (t[i] === ')' && --depth === 0) {
        end = i;
        break;
      } else if (t[i] === '|' && depth === 1) {
        alts.push(t.slice(from, i));
        from = i + 1;
      }
    }
    if (!end || /^[?*{]/.test(t.slice(end + 1))) return null;
    alts.push(t.slice(from, end));
    const all = alts.map(startsOf);
    return all.some((a) => a === null) ? null : all.flat() as string[];
  }
  // an Arabic word may start with a proclitic, and a Devanagari one with a nukta form: no fixed start
  if (isArabic(t) || /\p{Script=Devanagari}/u.test(t.slice(0, 3))) return null;
  const m = /^(\p{L})(\p{L})(?![?*{])/u.exec(t);
  return m ? [`${m[1]}${m[2]}`.toLowerCase()] : null;
}

function scanner(source: string, triggers: string[], flags: string): Scanner {
  const all = triggers.map(startsOf);
  return { regex: new RegExp(source, `${flags.replace('g', '')}y`), starts: all.some((a) => a === null) ? null : new Set(all.flat() as string[]) };
}

/** Where the words of a text start, with their first two letters in lower case: found once for every scanner. */
interface WordStarts {
  index: number[];
  starts: string[];
}

function wordStarts(text: string, words: RegExp): WordStarts {
  const index: number[] = [];
  const starts: string[] = [];
  for (const w of text.matchAll(words)) {
    index.push(w.index);
    starts.push(w[0].slice(0, 2).toLowerCase());
  }
  return { index, starts };
}

/** Every match of a scanner in text, tried at the starts of words only. */
function scanText(text: string, s: Scanner, words: WordStarts): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (let k = 0; k < words.index.length; k++) {
    const at = words.index[k];
    if (at < after) continue;
    if (s.starts && !s.starts.has(words.starts[k])) continue;
    s.regex.lastIndex = at;
    const m = s.regex.exec(text);
    if (m) {
      out.push(m);
      after = m.index + m[0].length;
    }
  }
  return out;
}

const COMPILED = new Map<string, Compiled>();
function compiled(lang: string): Compiled {
  const key = VOCABULARIES[lang] ? lang : 'en';
  let c = COMPILED.get(key);
  if (c) return c;
  const v = VOCABULARIES[key];
  const entries = Object.entries(v.types);
  const x = key === 'en' ? ASCII : UNICODE;
  c = {
    triggers: scanner(
      `(?<!${x.wordChar})(?:${entries.map(([, list]) => `(${list.map((t) => triggerSource(t, x)).join('|')})`).join('|')})`,
      entries.flatMap(([, list]) => list),
      x.flags,
    ),
    types: entries.map(([type]) => type),
    speech: scanner(alternation(v.speech, x), v.speech, x.flags),
    sources: scanner(alternation(v.sources, x), v.sources, x.flags),
    words: new RegExp(`${x.wordChar}+`, x.flags),
  };
  COMPILED.set(key, c);
  return c;
}

/** What every event mention has, whichever finder made it (this module, or the meetings and visits of claims/index.ts). */
export interface EventMentionBase extends EventFrame {
  doc: string;
  sentence: number;
  /** for incidents: what happened ("fire", "explosion") */
  incident?: string;
  participants: string[];
  place: string | null;
  /** every place the sentence names ("at the Kremlin in Moscow, Russia"), to match events told at different scales */
  places: string[];
  dates: DateMention[];
  /** a date carried over from the previous sentence when this one states none */
  inheritedDate: DateMention | null;
  evidence: Evidence;
}

/** The event mentions this module makes: typed happenings, actions and statements, with no claims of their own. */
export interface FrameMention extends EventMentionBase {
  kind: 'incident' | 'action' | 'statement';
  claims: never[];
}

export interface FrameContext {
  doc: Document;
  ann: Annotations;
  entityOf: Map<Mention, Entity>;
}

const DOC_DATES = new WeakMap<Annotations, EventFrame['docDate']>();
/** The document's own date: its publication date, else the first full date its text states (a "date 2025-09-01" line). */
export function documentDate(doc: Document, ann: Annotations): EventFrame['docDate'] {
  if (doc.published) return { value: doc.published.slice(0, 10), how: 'published' };
  if (DOC_DATES.has(ann)) return DOC_DATES.get(ann) ?? null;
  const stated = ann.dates.find((d) => !d.relative && d.precision === 'day' && d.value);
  const found = stated?.value ? { value: stated.value, how: 'stated' as const } : null;
  DOC_DATES.set(ann, found);
  return found;
}

/** "1.411" read as a decimal where the writer meant 1,411 (a thousands dot): three decimals make it a whole number. */
const wholeFigure = (v: number): number => {
  const hundredths = Math.round(v * 1e8) / 1e6;
  const thousandths = Math.round(v * 1e9) / 1e6;
  return v < 1000 && !Number.isInteger(hundredths) && Number.isInteger(thousandths) ? Math.round(v * 1000) : v;
};

/** A date in the first characters of a document is its dateline or page date, not part of the story told. */
export const HEADER_CHARS = 40;

/** A date used as an attribute of a noun: after a possessive or an article ("the April 13 strike"), or possessive itself. */
const attributive = (text: string, d: DateMention) =>
  /(?:['’]s|\b(?:the|a|an))\s+$/i.test(text.slice(Math.max(0, d.start - 6), d.start)) || /^['’]s\b/.test(text.slice(d.end, d.end + 3));

const ACTOR_TYPES = new Set(['person', 'organization']);

type Span = { start: number; end: number; text: string };
/** What one pass over a document finds, per sentence: triggers by type, speech verbs, source phrases, dates, figures. */
interface DocScan {
  triggers: Map<number, Map<string, Span>>;
  speech: Map<number, RegExpMatchArray[]>;
  sources: Map<number, RegExpMatchArray[]>;
  dates: Map<number, DateMention[]>;
  figures: Map<number, number[]>;
  mentions: Map<number, Mention[]>;
  /** per sentence: the latest day the text told before it (see EventFrame.contextDate) */
  told: (string | null)[];
}

const SCANS = new WeakMap<Annotations, DocScan>();

function sentenceOf(ann: Annotations, offset: number): number {
  let lo = 0;
  let hi = ann.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ann.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function scan(doc: Document, ann: Annotations): DocScan {
  const found = SCANS.get(ann);
  if (found) return found;
  const c = compiled(doc.language);
  const triggers = new Map<number, Map<string, Span>>();
  const words = wordStarts(doc.text, c.words);
  for (const m of scanText(doc.text, c.triggers, words)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const type = c.types[group - 1];
    const si = sentenceOf(ann, m.index);
    const byType = triggers.get(si) ?? new Map<string, Span>();
    if (!byType.has(type)) byType.set(type, { start: m.index, end: m.index + m[0].length, text: m[0] });
    triggers.set(si, byType);
  }
  const speech = new Map<number, RegExpMatchArray[]>();
  for (const m of scanText(doc.text, c.speech, words)) push(speech, sentenceOf(ann, m.index), m);
  const sources = new Map<number, RegExpMatchArray[]>();
  for (const m of scanText(doc.text, c.sources, words)) push(sources, sentenceOf(ann, m.index), m);
  const dates = new Map<number, DateMention[]>();
  for (const d of ann.dates) push(dates, sentenceOf(ann, d.start), d);
  const figures = new Map<number, number[]>();
  for (const n of ann.numbers) if (n.kind === 'count' || n.kind === 'money') push(figures, sentenceOf(ann, n.start), wholeFigure(n.value));
  const mentions = new Map<number, Mention[]>();
  for (const m of ann.mentions) push(mentions, m.sentence, m);
  const docDate = documentDate(doc, ann);
  const told: (string | null)[] = [];
  let latest: string | null = null;
  let k = 0;
  const ordered = [...ann.dates].sort((a, b) => a.start - b.start);
  for (const s of ann.sentences) {
    for (; k < ordered.length && ordered[k].end <= s.start; k++) {
      const d = ordered[k];
      // the days the text told, leaving out dates that name a thing ("Russia's April 13 strike")
      if (d.start >= HEADER_CHARS && d.precision === 'day' && d.value && (!docDate || d.value <= docDate.value) && !attributive(doc.text, d)) {
        if (!latest || d.value > latest) latest = d.value;
      }
    }
    told.push(latest);
  }
  const result = { triggers, speech, sources, dates, figures, mentions, told };
  SCANS.set(ann, result);
  return result;
}

/** The event types one sentence's triggers name, with where each trigger is (document offsets). */
export function sentenceTriggers(doc: Document, ann: Annotations, si: number): { type: string; start: number; end: number }[] {
  return [...(scan(doc, ann).triggers.get(si) ?? [])].map(([type, span]) => ({ type, start: span.start, end: span.end }));
}

/** The happening a document is about: the type of its first happening trigger (a theft, a fire), or null. */
export function documentHappening(doc: Document, ann: Annotations): string | null {
  const triggers = scan(doc, ann).triggers;
  for (const si of [...triggers.keys()].sort((a, b) => a - b)) {
    const first = [...triggers.get(si)!].filter(([type]) => eventClass(type) === 'happening').sort((a, b) => a[1].start - b[1].start)[0];
    if (first) return first[0];
  }
  return null;
}

/**
 * The trigger-based event mentions of one sentence: one per event type the sentence names, and a statement when a
 * named person or organization speaks. `skip` lists incident keys another rule has already found in the sentence.
 */
export function sentenceFrames(ctx: FrameContext, si: number, evidence: Evidence, skip: string[] = []): FrameMention[] {
  const { doc, ann, entityOf } = ctx;
  const sc = scan(doc, ann);
  const hits = sc.triggers.get(si);
  const speechHits = sc.speech.get(si);
  const sourceHits = sc.sources.get(si);
  if (!hits && !speechHits && !sourceHits) return [];
  const s = ann.sentences[si];
  const mentions = (sc.mentions.get(si) ?? []).filter((m) => entityOf.has(m));
  const actors = mentions.filter((m) => ACTOR_TYPES.has(entityOf.get(m)!.type));
  const places = [...new Set(mentions.filter((m) => ['place', 'facility'].includes(entityOf.get(m)!.type)).map((m) => entityOf.get(m)!.id))];
  const place = places[0] ?? null;
  const dates = (sc.dates.get(si) ?? []).filter((d) => d.end <= s.end);
  const figures = sc.figures.get(si) ?? [];
  const docDate = documentDate(doc, ann);
  const contextDate = sc.told[si] ?? null;
  const id = (m: Mention) => entityOf.get(m)!.id;
  const base = { doc: doc.id, sentence: si, place, places, dates, evidence, claims: [] as never[], figures, docDate };
  const out: FrameMention[] = [];
  for (const [type, trigger] of hits ?? []) {
    if (skip.includes(type)) continue;
    const roles = [...new Set(actors.map(id))].map((entity) => {
      const first = actors.find((m) => id(m) === entity)!;
      return { entity, role: first.end <= trigger.start ? ('agent' as const) : ('patient' as const) };
    });
    const happening = eventClass(type) === 'happening';
    // a count (a death toll) is an event only with its figure
    if (eventClass(type) === 'count' && !figures.length) continue;
    let inheritedDate: DateMention | null = null;
    if (happening && !dates.length) {
      const from = ann.sentences[Math.max(0, si - 3)].start;
      const prev = ann.dates.filter((d) => d.start >= from && d.end <= s.start && d.precision === 'day' && (!d.relative || d.anchor === 'published'));
      inheritedDate = prev[prev.length - 1] ?? null;
    }
    out.push({
      ...base,
      kind: happening ? 'incident' : 'action',
      ...(happening ? { incident: type } : { contextDate }),
      type,
      trigger,
      roles,
      participants: happening ? [] : roles.map((r) => r.entity),
      inheritedDate,
    });
  }
  const speaker = actors.length ? speakerOf(doc.text, sourceHits ?? [], speechHits ?? [], actors, (m) => entityOf.get(m)?.name) : null;
  if (speaker) {
    const entity = id(speaker.mention);
    out.push({
      ...base,
      kind: 'statement',
      type: 'statement',
      trigger: speaker.trigger,
      roles: [{ entity, role: 'speaker' }],
      participants: [entity],
      inheritedDate: null,
      contextDate,
    });
  }
  return out;
}

/**
 * Who speaks in a sentence: the person or organization after "according to X" / "selon X" / "по словам X", else the
 * one nearest before a speech verb ("X said"), else the first right after it ("said X", "a précisé … X").
 */
function speakerOf(text: string, sources: RegExpMatchArray[], speech: RegExpMatchArray[], actors: Mention[], entityName: (m: Mention) => string | undefined): { mention: Mention; trigger: Span } | null {
  const span = (m: RegExpMatchArray): Span => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] });
  // a person is preferred to an organization in the same window, and a full name to a single word
  const rank = (m: Mention) => (m.type !== 'person' ? 2 : (entityName(m) ?? m.text).trim().includes(' ') ? 0 : 1);
  const pick = (list: Mention[], last: boolean) => {
    const best = Math.min(...list.map(rank));
    const top = list.filter((m) => rank(m) === best);
    return last ? top[top.length - 1] : top[0];
  };
  for (const m of sources) {
    const t = span(m);
    let after = pick(actors.filter((a) => a.start >= t.end && a.start - t.end <= 60), false);
    // "according to Taliban spokesman X": the last name of the phrase that follows is the one who speaks
    for (let next: Mention | undefined = after; next; ) {
      const end: number = next.end;
      next = actors.find((a) => a.start >= end && a.start - end <= 25 && !/[,.;:()"«»“”]/.test(text.slice(end, a.start)));
      if (next) after = next;
    }
    if (after) return { mention: after, trigger: t };
  }
  for (const m of speech) {
    const t = span(m);
    const before = pick(actors.filter((a) => a.end <= t.start && t.start - a.end <= 100), true);
    const after = pick(actors.filter((a) => a.start >= t.end && a.start - t.end <= 80), false);
    // "…, said X" / "«…», a précisé X" / "…, — заявил X": a reporting clause after a comma or a quote names its speaker after the verb
    const inverted = /[,"»”“—–-]\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start));
    const chosen = inverted ? (after ?? before) : (before ?? after);
    if (chosen) return { mention: chosen, trigger: t };
  }
  return null;
}
