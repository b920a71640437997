import anyAscii from 'any-ascii';
import vocabulary from './data/equipment-classes.json' with { type: 'json' };
import familyData from './data/equipment-families.json' with { type: 'json' };
import exclusions from './data/equipment-not.json' with { type: 'json' };
import { countryFromDemonym, isCountryCode, lookupPlace } from './gazetteer.js';
import { HYPHENS, isFrequentWord, normalisePhrase, phraseAlternation } from './gazetteer-words.js';

export interface EquipmentMention {
  start: number;
  end: number;
  text: string;
  /** normalised designation: any hyphen char or space -> "-": "S-300", "Su-35", "MiG-29", "Pantsir-S1", "Kilo-class" */
  key: string;
  /** aircraft | tank | missile system | air defence system | rifle | drone | ship | submarine | helicopter | vehicle | null */
  kind: string | null;
}

interface Family {
  name: string;
  kind: string;
  /** prefixes that are also English words ("An", "Il") count only with a hyphen */
  hyphenOnly: boolean;
}

interface ClassWord {
  /** as the data spells it: a capitalised match of a lower-case phrase is a heading, not a class word */
  words: string;
  kind: string;
  /** "missiles", "jets": too plain to make an unknown capitalised word a weapon */
  generic: boolean;
  /** "fighters" also means people */
  people: boolean;
}

interface ClassMatch extends ClassWord {
  start: number;
  end: number;
}

const MAX_MODIFIERS = 2;
const WINDOW = 120;

const families = new Map<string, Family>(
  Object.entries(familyData).map(([name, f]) => [name.toUpperCase(), { name, kind: f.kind, hyphenOnly: (f as { hyphenOnly?: boolean }).hyphenOnly ?? false }]),
);
const classWords = new Map<string, ClassWord>(
  vocabulary.classes.map((c) => [normalisePhrase(c.words), { words: c.words, kind: c.kind, generic: c.generic ?? false, people: c.people ?? false }]),
);
const notHeads = new Set(exclusions.heads);
const notModifiers = new Set(vocabulary.notModifiers);

const classAlternation = phraseAlternation(vocabulary.classes.map((c) => c.words));
const CLASS_AT = new RegExp(`(?:${classAlternation})(?![\\p{L}\\p{N}])`, 'iuy');
const CLASS_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${classAlternation})(?![\\p{L}\\p{N}])`, 'giu');
const DESIGNATION = new RegExp(
  `(?<![\\p{L}\\p{N}${HYPHENS}'’./@_])([A-Z][A-Za-z]*)([${HYPHENS}]| |\\u00A0)(\\d+[A-Z0-9]*|[A-Z][A-Z0-9]*)(s?)(?![\\p{L}\\p{N}]|[${HYPHENS}][\\p{L}\\p{N}])`,
  'gu',
);
// "AW139", "MiG29": a known family glued to its number
const JOINED = /(?<![\p{L}\p{N}'’./@_-])([A-Z][A-Za-z]{0,3})(\d{2,4}[A-Z]?)(s?)(?![\p{L}\p{N}])/gu;
// "Ми-8", "Бе-200": a known family written in Cyrillic, read through its transliteration
const CYRILLIC_DESIGNATION = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Script=Cyrillic}{1,4})([${HYPHENS}]| |\\u00A0)(\\d+[\\p{Lu}0-9]*)(?![\\p{L}\\p{N}])`, 'gu');
const CLASS_NAME = new RegExp(`(?<![\\p{L}\\p{N}])((?:\\p{Lu}\\p{L}*[ ]){0,2}\\p{Lu}\\p{L}*)(?:[${HYPHENS}]|[ ])[cC]lass(?![\\p{L}\\p{N}])`, 'gu');
const WORD = new RegExp(`[\\p{L}\\p{N}]+(?:[${HYPHENS}'’][\\p{L}\\p{N}]+)*`, 'gu');
const MODIFIER = new RegExp(`^\\p{Ll}+(?:[${HYPHENS}]\\p{L}+)*`, 'u');
const INLINE_SPACE = /^[ \t\u00A0]+$/;
const YEAR = /^(?:19|20)\d\d$/;

/** The class word after `pos`, past at most two modifiers ("Su-35 multirole fighter jets", "Kornet anti-tank systems"). */
function classAfter(text: string, pos: number): ClassMatch | null {
  let at = pos;
  for (let skipped = 0; skipped <= MAX_MODIFIERS; skipped++) {
    const gap = /^[ \t\u00A0]+/.exec(text.slice(at, at + 8));
    if (!gap) return null;
    const start = at + gap[0].length;
    CLASS_AT.lastIndex = start;
    const m = CLASS_AT.exec(text);
    if (m) return { ...classWords.get(normalisePhrase(m[0]))!, start, end: start + m[0].length };
    const modifier = MODIFIER.exec(text.slice(start, start + 40));
    if (!modifier || notModifiers.has(modifier[0])) return null;
    at = start + modifier[0].length;
  }
  return null;
}

/** A capitalised word that only qualifies the weapon: a determiner, demonym or country ("the", "Russian", "Syria's"). */
const isQualifier = (word: string): boolean => notModifiers.has(word.toLowerCase()) || /['’]s$/.test(word) || countryFromDemonym(word) !== null;

/** End of a name that follows a designation before its class word: "UH-60 Black Hawk helicopter" -> after "Black Hawk". */
function nameAfter(text: string, pos: number): number | null {
  const m = /^[ \u00A0]((?:\p{Lu}\p{Ll}+)(?:[ \u00A0]\p{Lu}\p{Ll}+)?)(?=[ \u00A0]\p{Ll})/u.exec(text.slice(pos, pos + 40));
  return m ? pos + m[0].length : null;
}

/** Start of a maker's name in capitals just before a designation: "NIMR Ajban 440A". */
function brandBefore(text: string, start: number): number {
  const m = /(?<![\p{L}\p{N}])(\p{Lu}{2,8})[ \u00A0]$/u.exec(text.slice(Math.max(0, start - 12), start));
  return m && !isCountryCode(m[1]) && !notHeads.has(m[1]) ? start - m[0].length : start;
}

/** Whether a prefix-code pair is hardware rather than a year, code, page or sentence-initial word ("In 2025", "US-2024", "Article 5"). */
function acceptDesignation(head: string, family: Family | undefined, spaced: boolean, code: string, after: ClassMatch | null): boolean {
  const digitCode = /^\d/.test(code);
  if (spaced && YEAR.test(code)) return false;
  if (family) return !(spaced && family.hyphenOnly) || after !== null;
  if (notHeads.has(head.toUpperCase())) return false;
  if (head === head.toUpperCase()) {
    if (head.length === 1 || isCountryCode(head) || !digitCode) return false;
    return !spaced || after !== null;
  }
  // "Reach-S drones": an everyday word names hardware when a class word follows the code
  if ((isFrequentWord(head) && after === null) || countryFromDemonym(head)) return false;
  if (/^[A-Z]+$/.test(code) && (code.length > 2 || notHeads.has(code) || isCountryCode(code))) return false;
  if (!spaced) return true;
  return digitCode ? after !== null : /\d/.test(code);
}

/** "Su-35", "S 300", "S‑300PMU2", "Pantsir-S1", "Bastion-P", "Bayraktar TB2", "F-16s". */
function designations(text: string): EquipmentMention[] {
  const found: EquipmentMention[] = [];
  for (const m of text.matchAll(DESIGNATION)) {
    const [whole, head, sep, code] = m;
    const family = families.get(head.toUpperCase());
    const end = m.index + whole.length;
    const after = classAfter(text, end);
    const named = nameAfter(text, end);
    const classWord = after ?? (named ? classAfter(text, named) : null);
    if (!acceptDesignation(head, family, /\s/.test(sep), code, classWord)) continue;
    const start = brandBefore(text, m.index);
    const stop = named && classWord ? named : end;
    found.push({ start, end: stop, text: text.slice(start, stop), key: `${family?.name ?? head}-${code}`, kind: family?.kind ?? classWord?.kind ?? null });
  }
  for (const m of text.matchAll(CYRILLIC_DESIGNATION)) {
    const [whole, head, , code] = m;
    const family = families.get(anyAscii(head).toUpperCase());
    if (!family || YEAR.test(code)) continue;
    found.push({ start: m.index, end: m.index + whole.length, text: whole, key: `${family.name}-${anyAscii(code)}`, kind: family.kind });
  }
  for (const m of text.matchAll(JOINED)) {
    const [whole, head, code] = m;
    const family = families.get(head.toUpperCase());
    if (!family || family.hyphenOnly || YEAR.test(code)) continue;
    found.push({ start: m.index, end: m.index + whole.length, text: whole, key: `${family.name}-${code}`, kind: family.kind });
  }
  return found;
}

/** "Kilo-class submarines", "Admiral Grigorovich class frigates". */
function classNames(text: string): EquipmentMention[] {
  const found: EquipmentMention[] = [];
  for (const m of text.matchAll(CLASS_NAME)) {
    const words = m[1].split(' ');
    let start = m.index;
    while (words.length > 0 && isQualifier(words[0])) start += words.shift()!.length + 1;
    if (words.length === 0) continue;
    const end = m.index + m[0].length;
    const after = classAfter(text, end);
    const vessel = after?.kind === 'ship' || after?.kind === 'submarine';
    if (words.every((w) => isFrequentWord(w)) && !vessel) continue;
    found.push({ start, end, text: text.slice(start, end), key: `${words.join('-')}-class`, kind: after?.kind ?? null });
  }
  return found;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The capitalised words right before `end` (past at most two modifiers), on the same line. */
function namesBefore(text: string, end: number): Word[] {
  const base = Math.max(0, end - WINDOW);
  const words = [...text.slice(base, end).matchAll(WORD)].map((m) => ({ text: m[0], start: base + m.index, end: base + m.index + m[0].length }));
  const run: Word[] = [];
  let edge = end;
  let modifiers = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!INLINE_SPACE.test(text.slice(w.end, edge))) break;
    if (/^\p{Lu}/u.test(w.text)) run.unshift(w);
    else if (run.length > 0 || modifiers === MAX_MODIFIERS || notModifiers.has(w.text) || !MODIFIER.test(w.text)) break;
    else modifiers++;
    edge = w.start;
  }
  return run;
}

const joined = (words: Word[]): string => words.map((w) => w.text).join(' ');

/** The system's name at the end of a capitalised run: a known family, or an unknown proper name (not a place) before a specific class word. */
function systemName(run: Word[], cls: ClassWord): Word[] | null {
  const pair = run.slice(-2);
  if (pair.length === 2 && families.has(joined(pair).toUpperCase())) return pair;
  const last = run.slice(-1);
  if (last.length === 1 && families.has(last[0].text.toUpperCase())) return last;
  if (cls.generic || cls.people) return null;
  while (pair.length > 0 && isQualifier(pair[0].text)) pair.shift();
  if (pair.length === 0 || pair.every((w) => w.text === w.text.toUpperCase() || isFrequentWord(w.text))) return null;
  return lookupPlace(joined(pair)) ? null : pair;
}

/** A named system before a class word: "Kornet anti-tank systems", "Storm Shadow cruise missiles". */
function namedSystems(text: string): EquipmentMention[] {
  const found: EquipmentMention[] = [];
  for (const m of text.matchAll(CLASS_ANYWHERE)) {
    const cls = classWords.get(normalisePhrase(m[0]))!;
    const heading = m[0][0] !== m[0][0].toLowerCase() && cls.words[0] === cls.words[0].toLowerCase();
    const name = heading ? null : systemName(namesBefore(text, m.index), cls);
    if (!name) continue;
    const family = families.get(joined(name).toUpperCase());
    const start = name[0].start;
    const end = name[name.length - 1].end;
    found.push({ start, end, text: text.slice(start, end), key: (family?.name ?? joined(name)).replace(/ /g, '-'), kind: family?.kind ?? cls.kind });
  }
  return found;
}

/** Weapons and military hardware named in text: designations ("Su-35", "S 300", "Pantsir-S1"), class names ("Kilo-class") and named systems before a class word ("Kornet anti-tank systems"); kind from a known family, else from the class word that follows. */
export function findEquipment(text: string): EquipmentMention[] {
  const found: EquipmentMention[] = [];
  for (const mention of [...designations(text), ...classNames(text), ...namedSystems(text)]) {
    if (!found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
  }
  return found.sort((a, b) => a.start - b.start);
}
