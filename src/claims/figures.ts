import type { NumberMention } from '../types.js';
import data from './data/measures.json' with { type: 'json' };

/** What one figure of a sentence measures, and how it stands to the figures beside it. */
export interface FigureReading {
  /** the measure key of measures.json ("dead", "fine", "depth"), or null when the sentence states none */
  measure: string | null;
  /** the figure this one is a part of ("34 killed, including two children"): index into the sentence's figures */
  partOf: number | null;
  /** the figure this one restates in another unit or zone ("€2.95bn ($3.45bn)", "11:47 p.m. (19:17 GMT)") */
  equivalentOf: number | null;
  /** the kind of occurrence the sentence names nearest to the figure ("earthquake", "flood"), or null */
  event: string | null;
}

interface MeasureData {
  kinds: string[];
  question: string;
  /** measures this one narrows ("in hospital" narrows "injured"): found together in a figure's clause, this one wins */
  refines?: string[];
  /** the counted noun is whoever did it: every human noun counts alike */
  people?: boolean;
  /** false for a measure that does not change from day to day (a sentence, a depth) */
  evolves?: boolean;
  [lang: string]: string[] | string | boolean | undefined;
}

const MEASURES = data.measures as unknown as Record<string, MeasureData>;
const PARTS = data.parts as Record<string, string[]>;
const BREAKS = data.clauseBreaks as Record<string, string[]>;
const EVENTS = data.events as Record<string, Record<string, string[]>>;
const ACTS = data.acts as Record<string, string[] | string>;

/** The question a conflict over this measure asks, with {who} for the counted noun. */
export const measureQuestion = (measure: string): string | null => MEASURES[measure]?.question ?? null;
/** Whether a measure counts whoever did something, so that its figures compare across every word for people. */
export const measureCountsPeople = (measure: string): boolean => MEASURES[measure]?.people === true;
/** Whether a measure's value may change from day to day (a toll does; a prison sentence, a depth or the time an occurrence happened does not). */
export const measureEvolves = (measure: string): boolean => !measure.startsWith('time of the ') && MEASURES[measure]?.evolves !== false;
/** Whether a measure applies to figures of a kind (a fine is money, a toll is a count). */
export const measureFits = (measure: string, kind: string): boolean => MEASURES[measure]?.kinds.includes(kind) ?? false;

const ALEF = 'اأإآ';
/** Devanagari letters with nukta that Unicode also encodes as one character (NFC writes them as letter + nukta). */
const NUKTA_FORMS: Record<string, string> = {
  'क': '\u0958',
  'ख': '\u0959',
  'ग': '\u095a',
  'ज': '\u095b',
  'ड': '\u095c',
  'ढ': '\u095d',
  'फ': '\u095e',
  'य': '\u095f',
};

/**
 * Script rules for a pattern written in Arabic or Devanagari, so the data can list plain words. Arabic: short vowel
 * marks (harakat, shadda) may stand after any letter ("قُتل" for "قتل"), and the alef is written with or without its
 * hamza or madda (أ إ آ ا). Devanagari: a letter with nukta ("ड़", "फ़") matches its one-character form (U+0958–U+095F),
 * the letter followed by the nukta sign, and the letter without it (writers often leave the nukta out: "तूफान"), so the
 * data writes the nukta where the standard spelling has it; candrabindu and anusvara stand for each other ("आँधी",
 * "आंधी"). Letters inside a character class are left as written.
 */
export function scriptForms(source: string): string {
  const src = source.normalize('NFC');
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const brace = /^\\[pPu]\{[^}]*\}/.exec(src.slice(i));
      const esc = brace ? brace[0] : src.slice(i, i + 2);
      out += esc;
      i += esc.length - 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (/[\u0621-\u064a]/.test(c)) {
      out += `(?:${ALEF.includes(c) ? `[${ALEF}]` : c}[\\u0640\\u064b-\\u0652\\u0670]*)`;
    } else if (src[i + 1] === '\u093c' && /[\u0915-\u092f]/.test(c)) {
      const one = NUKTA_FORMS[c];
      out += one ? `(?:${c}\u093c?|${one})` : `${c}\u093c?`;
      i++;
    } else if (c === '\u0901' || c === '\u0902') out += '[\u0901\u0902]';
    else out += c;
  }
  return out;
}
/** Whether a word or pattern is written in Arabic script (its first letter is). */
export const isArabic = (w: string): boolean => /^[^\p{L}]*\p{Script=Arabic}/u.test(w);
/**
 * What Arabic glues before a word: the conjunctions و/ف, the prepositions ب/ك/ل, the article ال, and لل (ل + ال):
 * "والقتلى", "بالزلزال", "للمصابين". Every Arabic word of the data is read with them.
 */
export const ARABIC_PROCLITICS = '(?:[وف]?(?:[بك]?ال|لل|[بكل])?)';
/** A letter of a word: vowel signs and other marks belong to it (Devanagari matras, Arabic harakat). */
export const LETTER = '[\\p{L}\\p{M}]';

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const term = (w: string): string => {
  const stem = w.endsWith('*');
  const body = scriptForms(escapeRe(stem ? w.slice(0, -1) : w));
  return `${isArabic(w) ? ARABIC_PROCLITICS : ''}${body}${stem ? `${LETTER}*` : ''}`;
};
const alternation = (ws: string[]): string =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map(term)
    .join('|');
const words = (ws: string[]) => String.raw`(?<!${LETTER})(?:${alternation(ws)})(?!${LETTER})`;

/** Languages whose vocabulary a document's sentences are read with: its own, English (quoted everywhere), and close kin. */
const KIN: Record<string, string[]> = { ru: ['uk'], uk: ['ru'] };
const languagesOf = (lang: string): string[] => [...new Set([lang, ...(KIN[lang] ?? []), 'en'])];

/**
 * Arabic writes "and" glued to the next word: "مقتل 42 شخصا وإصابة 150" starts a new clause at "وإصابة". A و or ف
 * glued before a measure word ends the clause of the figure before it (a word that merely starts with و, "وفاة", does not).
 */
function gluedBreak(langs: string[]): string {
  const ws = Object.values(MEASURES).flatMap((m) => langs.flatMap((l) => (Array.isArray(m[l]) ? (m[l] as string[]) : [])).filter(isArabic));
  if (!ws.length) return '';
  const bare = [...ws].sort((a, b) => b.length - a.length).map((w) => scriptForms(escapeRe(w.endsWith('*') ? w.slice(0, -1) : w)));
  return `|(?<!${LETTER})[وف](?=(?:[بك]?ال|لل)?(?:${bare.join('|')}))`;
}

interface Vocabulary {
  measures: { key: string; kinds: string[]; re: RegExp }[];
  part: RegExp;
  clauseBreak: RegExp;
  events: { key: string; re: RegExp }[];
  /** words naming the act of a happening or whoever carried it out (measures.json "acts", and the perpetrators' words) */
  act: RegExp | null;
}

const vocabularies = new Map<string, Vocabulary>();

function vocabulary(lang: string): Vocabulary {
  const hit = vocabularies.get(lang);
  if (hit) return hit;
  const langs = languagesOf(lang);
  const pick = (table: Record<string, string[]>) => langs.flatMap((l) => table[l] ?? []);
  const v: Vocabulary = {
    measures: Object.entries(MEASURES).flatMap(([key, m]) => {
      const ws = langs.flatMap((l) => (Array.isArray(m[l]) ? (m[l] as string[]) : []));
      return ws.length ? [{ key, kinds: m.kinds, re: new RegExp(words(ws), 'giu') }] : [];
    }),
    events: Object.entries(EVENTS).flatMap(([key, e]) => {
      const ws = pick(e);
      return ws.length ? [{ key, re: new RegExp(words(ws), 'giu') }] : [];
    }),
    act: actPattern(langs),
    part: new RegExp(String.raw`(?:${words(pick(PARTS))})[\s\u00a0:]*$`, 'iu'),
    clauseBreak: new RegExp(String.raw`[,;:()\[\]—–،؛]|${words(pick(BREAKS))}${gluedBreak(langs)}`, 'iu'),
  };
  vocabularies.set(lang, v);
  return v;
}

function actPattern(langs: string[]): RegExp | null {
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const ws = langs.flatMap((l) => [...list(ACTS[l]), ...list(MEASURES.perpetrators?.[l])]);
  return ws.length ? new RegExp(words(ws), 'iu') : null;
}

/** Whether a sentence names the act of a happening or whoever carried it out ("the thieves", "accedieron", "sono entrati"). */
export function namesAct(sentence: string, lang: string): boolean {
  return vocabulary(lang).act?.test(sentence) ?? false;
}

interface Hit {
  key: string;
  kinds: string[];
  start: number;
  end: number;
}

/** Where a sentence names a measure ("probe", "Ermittlungen"), with the measure's key, offsets into the sentence. */
export function measureWords(sentence: string, lang: string): { key: string; start: number; end: number }[] {
  return vocabulary(lang).measures.flatMap((m) => [...sentence.matchAll(m.re)].map((h) => ({ key: m.key, start: h.index, end: h.index + h[0].length })));
}

/**
 * What each figure of one sentence measures. A figure in parentheses right after another restates it; a figure after
 * "including"/"darunter"/"dont"/"из них" is a part of the figure before it and keeps its measure; otherwise the
 * measure word nearest in the figure's own clause after it, then inside the figure ("622 deaths"), then before it
 * back to the previous figure. Offsets are relative to `sentence`.
 */
export function readFigures(sentence: string, figures: NumberMention[], lang: string, offset = 0): FigureReading[] {
  const v = vocabulary(lang);
  const hits: Hit[] = [];
  for (const m of v.measures) for (const h of sentence.matchAll(m.re)) hits.push({ key: m.key, kinds: m.kinds, start: h.index, end: h.index + h[0].length });
  const spans = figures.map((f) => ({ start: f.start - offset, end: f.end - offset }));
  const events: { key: string; at: number }[] = [];
  for (const e of v.events) for (const h of sentence.matchAll(e.re)) events.push({ key: e.key, at: h.index });
  const eventNear = (at: number) => events.reduce<{ key: string; d: number } | null>((best, e) => (!best || Math.abs(e.at - at) < best.d ? { key: e.key, d: Math.abs(e.at - at) } : best), null)?.key ?? null;
  const restates = figures.map((f, i) => i > 0 && RESTATES.test(sentence.slice(spans[i - 1].end, spans[i].start)) && sameFamily(figures[i - 1], f));
  const out: FigureReading[] = [];
  // a measure word after a figure belongs to it ("huit kilomètres de profondeur"), not to the next figure
  let claimed = 0;
  figures.forEach((f, i) => {
    const { start } = spans[i];
    const prevEnd = i > 0 ? spans[i - 1].end : 0;
    if (restates[i]) {
      out.push({ measure: out[i - 1].measure, partOf: out[i - 1].partOf, equivalentOf: i - 1, event: out[i - 1].event });
      return;
    }
    if (i > 0 && v.part.test(sentence.slice(Math.max(prevEnd, start - 30), start))) {
      let whole = -1;
      for (let j = i - 1; j >= 0 && whole < 0; j--) if (out[j].equivalentOf === null && figures[j].kind === f.kind) whole = j;
      if (whole >= 0) {
        out.push({ measure: out[whole].measure, partOf: whole, equivalentOf: null, event: out[whole].event });
        return;
      }
    }
    // the clause after a figure starts after the figures that restate it in parentheses: "€2.95bn ($3.45bn) fine"
    let last = i;
    while (last + 1 < figures.length && restates[last + 1]) last++;
    let end = spans[last].end;
    if (last > i) end += /^\s*[)\]]?/.exec(sentence.slice(end))?.[0].length ?? 0;
    const nextStart = last + 1 < spans.length ? spans[last + 1].start : sentence.length;
    const fits = (h: Hit) => h.kinds.includes(f.kind);
    const afterText = sentence.slice(end, Math.min(nextStart, end + 60));
    const cut = v.clauseBreak.exec(afterText);
    const afterEnd = end + (cut ? cut.index : afterText.length);
    const after = hits.filter((h) => fits(h) && h.start >= end && h.end <= afterEnd).sort((a, b) => a.start - b.start)[0];
    const inside = hits.filter((h) => fits(h) && h.start >= start && h.end <= spans[i].end).sort((a, b) => b.start - a.start)[0];
    const from = Math.max(prevEnd, claimed, start - 120);
    const before = hits.filter((h) => fits(h) && h.start >= from && h.end <= start).sort((a, b) => b.end - a.end)[0];
    const found = [after, inside, before].filter((h): h is Hit => h !== undefined);
    const narrow = found.find((h) => found.some((o) => MEASURES[h.key].refines?.includes(o.key)));
    if (after && (narrow ?? found[0]) === after) claimed = after.end;
    out.push({ measure: (narrow ?? found[0])?.key ?? null, partOf: null, equivalentOf: null, event: eventNear(start) });
  });
  return out;
}

/** What stands between a figure and one that restates it: an opening parenthesis, perhaps "about". */
const RESTATES = /^\s*[([]\s*(?:[≈~]|ca\.?|about|approx\.?|around|rund|environ|около)?\s*$/iu;

/** Two figures that can restate each other: amounts in two currencies, a distance in two units, a time in two zones. */
const sameFamily = (a: NumberMention, b: NumberMention): boolean => a.kind === b.kind;
