import vocabulary from './data/facilities.json' with { type: 'json' };
import { countryCode, countryFromDemonym } from './gazetteer.js';
import { isLeadingFunctionWord } from './lexicon.js';
import { HYPHENS, isFrequentWord, normalisePhrase, phraseAlternation } from './gazetteer-words.js';

export type FacilityKind = 'air base' | 'naval base' | 'military base' | 'port' | 'airport' | 'other';

export interface FacilitySpan {
  name: string;
  start: number;
  end: number;
}

export interface FacilityMention {
  start: number;
  end: number;
  text: string;
  /** core name without the class words: "Kala" for "Kala air base" */
  name: string;
  kind: FacilityKind;
  /** place named as its location in the same sentence ("X air base near Y", "Y's X airport") */
  near: FacilitySpan | null;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD_RE = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:['’${HYPHENS}][\\p{L}\\p{M}\\p{N}]+)*['’]?`, 'gu');
const HYPHEN_SPLIT = new RegExp(`[${HYPHENS}]`, 'u');
const INLINE_SPACE = /^[ \t\u00A0]+$/;
const CAPITAL = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
const POSSESSIVE = /(?<=\p{L})['’]s$|(?<=s)['’]$/u;
const WINDOW = 160;

const skipWords = new Set(vocabulary.skipWords);
const particles = new Set(vocabulary.nameParticles);
const locativeWords = new Set(vocabulary.locativeWords);


const classKinds = new Map(vocabulary.classes.map((c) => [normalisePhrase(c.words), c.kind as FacilityKind]));
const prefixKinds = new Map(vocabulary.prefixes.map((c) => [normalisePhrase(c.words), c.kind as FacilityKind]));
const CLASS_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(vocabulary.classes.map((c) => c.words))})(?![\\p{L}\\p{N}]|[${HYPHENS}]\\p{L})`, 'giu');
const PREFIX_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseAlternation(vocabulary.prefixes.map((c) => c.words))})(?=\\s)`, 'giu');
const NEAR_RE = new RegExp(
  `^,?\\s+(${phraseAlternation(vocabulary.nearWords)})\\s+(?:the\\s+)?(?:(?:${phraseAlternation(vocabulary.placeNouns)})\\s+of\\s+)?`,
  'iu',
);

/** A capitalised word, or a hyphenated one whose parts stay name-like ("Deir", "ez-Zor", "T-4"; not "Russian-operated"). */
function isNameWord(word: string): boolean {
  const parts = word.split(HYPHEN_SPLIT);
  const last = parts[parts.length - 1];
  if (parts.length > 1 && /^\p{Ll}{1,3}$/u.test(parts[0])) return CAPITAL.test(parts[1]);
  return CAPITAL.test(parts[0]) && (parts.length === 1 || /^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(last));
}

function wordsIn(text: string, from: number, to: number): Word[] {
  return [...text.slice(from, to).matchAll(WORD_RE)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
}

/** The capitalised words (with name particles inside) that end at `end`, on the same line. */
function nameRunBefore(text: string, end: number): Word[] {
  const words = wordsIn(text, Math.max(0, end - WINDOW), end);
  const run: Word[] = [];
  let edge = end;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!INLINE_SPACE.test(text.slice(w.end, edge))) break;
    if (!isNameWord(w.text) && !(particles.has(w.text) && run.length > 0)) break;
    run.unshift(w);
    edge = w.start;
  }
  return run;
}

/** The capitalised words (with name particles inside) that start at `start`, up to a possessive. */
function nameRunAfter(text: string, start: number): Word[] {
  const run: Word[] = [];
  let edge = start;
  for (const w of wordsIn(text, start, Math.min(text.length, start + WINDOW))) {
    if (edge !== start && !INLINE_SPACE.test(text.slice(edge, w.start))) break;
    if (edge === start && w.start !== start) break;
    if (!isNameWord(w.text) && !particles.has(w.text)) break;
    run.push(w);
    edge = w.end;
    if (POSSESSIVE.test(w.text)) break;
  }
  while (run.length > 0 && particles.has(run[run.length - 1].text)) run.pop();
  return run;
}

function span(text: string, words: Word[]): FacilitySpan | null {
  if (words.length === 0) return null;
  const start = words[0].start;
  const end = words[words.length - 1].end;
  const name = text.slice(start, end).replace(POSSESSIVE, '');
  return { name, start, end: start + name.length };
}

/** Drops leading determiners, prepositions ("At Jalalabad airport"), particles, demonyms and country names; null when nothing name-like is left. */
function coreName(words: Word[]): Word[] | null {
  const joined = words.map((w) => w.text).join(' ');
  if (words.length === 0 || countryCode(joined)) return null;
  let first = 0;
  while (first < words.length) {
    const w = words[first].text;
    if (!(skipWords.has(w.toLowerCase()) || isLeadingFunctionWord(w) || particles.has(w) || countryFromDemonym(w))) break;
    first++;
  }
  const core = words.slice(first);
  return core.length > 0 && !core.every((w) => isFrequentWord(w.text)) ? core : null;
}

function placeAfter(text: string, end: number): { near: FacilitySpan; locative: boolean } | null {
  const m = NEAR_RE.exec(text.slice(end, end + WINDOW));
  if (!m) return null;
  const near = span(text, nameRunAfter(text, end + m[0].length));
  return near ? { near, locative: locativeWords.has(normalisePhrase(m[1])) } : null;
}

/** "<Name> air base", "Y's <Name> airport", "<Name> port near Y", or "naval facility in <Place>" when the place is not a country. */
function classMention(text: string, m: RegExpExecArray): FacilityMention | null {
  const kind = classKinds.get(normalisePhrase(m[0]))!;
  const end = m.index + m[0].length;
  const run = nameRunBefore(text, m.index);
  let owner = run.length - 1;
  while (owner >= 0 && !POSSESSIVE.test(run[owner].text)) owner--;
  const core = coreName(run.slice(owner + 1));
  const after = placeAfter(text, end);
  if (core) {
    const start = core[0].start;
    return { start, end, text: text.slice(start, end), name: text.slice(start, core[core.length - 1].end), kind, near: span(text, run.slice(0, owner + 1)) ?? after?.near ?? null };
  }
  if (after?.locative && !countryCode(after.near.name)) {
    return { start: m.index, end: after.near.end, text: text.slice(m.index, after.near.end), name: after.near.name, kind, near: after.near };
  }
  return null;
}

/** "Port of <Name>", with a place after it as its location. */
function prefixMention(text: string, m: RegExpExecArray): FacilityMention | null {
  const kind = prefixKinds.get(normalisePhrase(m[0]))!;
  const afterPrefix = m.index + m[0].length + (/^\s+/.exec(text.slice(m.index + m[0].length))?.[0].length ?? 0);
  const core = coreName(nameRunAfter(text, afterPrefix));
  const named = core && span(text, core);
  if (!named || countryCode(named.name)) return null;
  return { start: m.index, end: named.end, text: text.slice(m.index, named.end), name: named.name, kind, near: placeAfter(text, named.end)?.near ?? null };
}

/** Facilities in text: "<Name> air base|airfield|naval base|naval facility|military base|port|airport|International Airport…", "Port of <Name>"; Name is one or more capitalised words (any script), hyphenated parts allowed; a bare country or demonym is never a name. */
export function findFacilities(text: string): FacilityMention[] {
  const found: FacilityMention[] = [];
  const accept = (mention: FacilityMention | null): void => {
    if (mention && !found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
  };
  // "Port of X" first: in "the Black Sea port of X" the facility is X.
  for (const m of text.matchAll(PREFIX_RE)) accept(prefixMention(text, m as RegExpExecArray));
  for (const m of text.matchAll(CLASS_RE)) accept(classMention(text, m as RegExpExecArray));
  return found.sort((a, b) => a.start - b.start);
}
