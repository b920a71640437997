import data from './data/organizations.json' with { type: 'json' };
import { HYPHENS } from './gazetteer-words.js';
import lexicon from './data/lexicon.json' with { type: 'json' };
import { countryCode, lookupPlace } from './gazetteer.js';
import { countryOfWord } from './roles.js';

/** A well-known body named in the text, by any of its names, acronyms or descriptive phrases in any language. */
export interface KnownOrganization {
  start: number;
  end: number;
  text: string;
  /** the body's canonical (English) name: one key for every language's name */
  name: string;
}


const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alias as a RegExp source: words joined by spaces or hyphens, a trailing "*" for any case ending. */
function aliasSource(alias: string): string {
  return alias
    .split(/[\s-]+/)
    .map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)))
    .join(`[\\s${HYPHENS}]+`);
}

const LEFT = '(?<![\\p{L}\\p{N}])';
const RIGHT = '(?![\\p{L}\\p{N}])';

interface Candidate {
  name: string;
  /** sticky: tried at one word start */
  pattern: RegExp;
  /** the first letter's case must match as written ("Amnesty", not "amnesty"); null for acronyms (matched as written) */
  first: string | null;
}

/** candidates by the prefix of their names (prefixOf, any case) and of their acronyms (as written) */
interface Index {
  names: Map<string, Candidate[]>;
  acronyms: Map<string, Candidate[]>;
}

let compiled: Index | undefined;

const PREFIX = 3;
const SEPARATOR = new RegExp(`[\\s${HYPHENS}]`, 'gu');
// candidates are found by the first letters of a word start, so the text is not scanned once per alias: names by three
// letters in any case (separators as one space), acronyms by two as written
const prefixOf = (s: string, exact: boolean) => (exact ? s.slice(0, 2) : s.slice(0, PREFIX).toLowerCase().replace(SEPARATOR, ' '));

function candidates(): Index {
  if (compiled) return compiled;
  const out: Index = { names: new Map(), acronyms: new Map() };
  const add = (map: Map<string, Candidate[]>, key: string, c: Candidate) => map.set(key, [...(map.get(key) ?? []), c]);
  for (const o of data.organizations) {
    for (const n of o.names) {
      const pattern = new RegExp(`(?:${aliasSource(n)})${RIGHT}`, 'iuy');
      add(out.names, prefixOf(n.replace('*', ''), false), { name: o.name, pattern, first: n[0] });
    }
    for (const a of o.acronyms) add(out.acronyms, prefixOf(a, true), { name: o.name, pattern: new RegExp(`${escapeRegExp(a)}${RIGHT}`, 'uy'), first: null });
  }
  compiled = out;
  return out;
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
const CAPS_WORD = /^[\p{Lu}\p{N}]{2,}$/u;

/** True when the acronym stands among other words in capitals: a shouted headline ("WHO SAID IT"), not a name. */
function inCapitals(text: string, start: number, end: number): boolean {
  const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}\n]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[^\p{L}\p{N}\n]*([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((w) => w !== undefined && CAPS_WORD.test(w));
}

/** The longest candidate matching at `at`: names first (any case, first letter as written), then acronyms as written. */
function matchAt(text: string, at: number, index: Index): { end: number; name: string; acronym: boolean } | null {
  const named = index.names.get(prefixOf(text.slice(at, at + PREFIX), false));
  const best = named ? longest(text, at, named, false) : null;
  if (best) return best;
  const acronyms = index.acronyms.get(text.slice(at, at + 2));
  return acronyms ? longest(text, at, acronyms, true) : null;
}

/** The candidate of the list that matches longest at `at` (the first of equal length), or null. */
function longest(text: string, at: number, list: Candidate[], acronym: boolean): { end: number; name: string; acronym: boolean } | null {
  let best: { end: number; name: string; acronym: boolean } | null = null;
  for (const c of list) {
    if (c.first !== null && c.first !== text[at]) continue;
    c.pattern.lastIndex = at;
    const m = c.pattern.exec(text);
    if (m && (!best || at + m[0].length > best.end)) best = { end: at + m[0].length, name: c.name, acronym };
  }
  return best;
}

/**
 * Every mention of a body the organizations table knows ("UN refugee agency", "EU-Kommission", "МАГАТЭ", "talibanes"),
 * longest name first, non-overlapping, in text order. Pure.
 */
export function findKnownOrganizations(text: string): KnownOrganization[] {
  const index = candidates();
  const found: KnownOrganization[] = [];
  let after = 0;
  for (const w of text.matchAll(WORD_START)) {
    if (w.index < after) continue;
    const hit = matchAt(text, w.index, index);
    if (!hit || (hit.acronym && inCapitals(text, w.index, hit.end))) continue;
    found.push({ start: w.index, end: hit.end, text: text.slice(w.index, hit.end), name: hit.name });
    after = hit.end;
  }
  return found;
}

/** A military formation named by its number ("the 112th and 448th missile brigades", "117-й бригады ТРО"). */
export interface UnitMention extends KnownOrganization {
  /** "unit:117:brigade": the same in every language */
  key: string;
}

let unitPattern: { re: RegExp; ordinal: RegExp; kinds: [RegExp, string][] } | undefined;

function units() {
  if (unitPattern) return unitPattern;
  const u = data.units;
  const ordinal = `(?:${u.ordinals.join('|').replace(/\((?!\?)/g, '(?:')})`;
  const joiner = `\\s*(?:${u.joiners.map(escapeRegExp).join('|')})\\s*`;
  const stems = Object.values(u.kinds).flat().sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const source = `${LEFT}(${ordinal}(?:${joiner}${ordinal})*)\\s+((?:[\\p{L}'’${HYPHENS}]+\\s+){0,3}?)([\\p{L}${HYPHENS}]*(?:${stems})\\p{L}*)(\\s+\\p{Lu}{2,5})?${RIGHT}`;
  unitPattern = {
    re: new RegExp(source, 'giu'),
    ordinal: new RegExp(`${LEFT}${ordinal}(?!\\p{L})`, 'giu'),
    kinds: Object.entries(u.kinds).map(([kind, forms]) => [new RegExp(`(?:${forms.map(escapeRegExp).join('|')})\\p{L}*$`, 'iu'), kind]),
  };
  return unitPattern;
}

const LATIN_WORD = /^\p{Script=Latin}/u;

/** Numbered military formations, one mention per number: earlier numbers of a list as the number alone. Pure. */
export function findMilitaryUnits(text: string): UnitMention[] {
  const { re, ordinal, kinds } = units();
  const out: UnitMention[] = [];
  for (const m of text.matchAll(re)) {
    const [whole, list, modifiers, formation, tail] = m;
    const kind = kinds.find(([k]) => k.test(formation))?.[1];
    if (!kind) continue;
    // a following word in capitals belongs to the name ("бригады ТРО"); any other word does not
    const acronym = tail && tail.trim() === tail.trim().toUpperCase() ? tail : '';
    const end = m.index + whole.length - (tail && !acronym ? tail.length : 0);
    const ordinals = [...list.matchAll(ordinal)];
    // Latin-script plurals name one formation each: "the 112th and 448th missile brigades"
    const singular = ordinals.length > 1 && LATIN_WORD.test(formation) && kind !== 'corps' ? formation.replace(/s$/iu, '') : formation;
    ordinals.forEach((o, i) => {
      const start = m.index + o.index;
      const last = i === ordinals.length - 1;
      const spanEnd = last ? end : start + o[0].length;
      const number = /\d+/.exec(o[0])?.[0];
      if (!number) return;
      const name = `${o[0]} ${modifiers}${singular}${acronym}`.replace(/\s+/g, ' ').trim();
      out.push({ start, end: spanEnd, text: text.slice(start, spanEnd), name, key: `unit:${Number(number)}:${kind}` });
    });
  }
  return out;
}

const ordinalSuffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));
let modifierStems: [string, string][] | undefined;

/**
 * The English name of a numbered formation written in another script ("95-й десантно-штурмовых бригад" → "95th air
 * assault brigade"): its number as an English ordinal, the branch words the data knows, the formation; null for a name
 * already in Latin script or a key that is no formation's.
 */
export function englishUnitName(name: string, key: string): string | null {
  const k = /^(?:org:)?unit:(\d+):(\w+)$/.exec(key);
  if (!k || LATIN_WORD.test(name.replace(/^[\p{N}\p{P}\s]+/u, ''))) return null;
  modifierStems ??= Object.entries(data.units.modifiers).flatMap(([english, stems]) => stems.map((s) => [s.toLowerCase(), english] as [string, string]));
  const words = name.toLowerCase().split(/\s+/).slice(1);
  const branches: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const rest = words.slice(i).join(' ');
    const hit = modifierStems.find(([stem]) => rest.startsWith(stem));
    if (hit && !branches.includes(hit[1])) branches.push(hit[1]);
  }
  const n = Number(k[1]);
  return [`${n}${ordinalSuffix(n)}`, ...branches, k[2]].join(' ');
}

const MISSION = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+)\\s+(?:${lexicon.missionWords.join('|')})\\s+(?:in|to)\\s+(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}\\p{N}])`, 'gu');
// most texts name no mission: one scan for the mission word before the full pattern
const MISSION_WORD = new RegExp(`(?:${lexicon.missionWords.join('|')})\\s+(?:in|to)\\s`, 'u');

/**
 * A body's or a country's outpost named by what it is and where ("the UN mission in Afghanistan", "the Indian mission in
 * Kabul", "the EU delegation to Ukraine"): an acronym or a demonym, a mission word of lexicon.json, "in"/"to" and a known
 * place. Pure.
 */
export function findMissions(text: string): { start: number; end: number; text: string; place: { start: number; end: number } }[] {
  const out: { start: number; end: number; text: string; place: { start: number; end: number } }[] = [];
  if (!MISSION_WORD.test(text)) return out;
  for (const m of text.matchAll(MISSION)) {
    const [whole, owner, where] = m;
    const acronym = /^\p{Lu}+$/u.test(owner);
    if (!acronym && !(countryOfWord(owner) && !countryCode(owner))) continue;
    if (!lookupPlace(where)) continue;
    const end = m.index + whole.length;
    out.push({ start: m.index, end, text: whole, place: { start: end - where.length, end } });
  }
  return out;
}

const NATIONAL_BODY = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}-]+)['’ʼ]s\\s+((?:[\\p{Ll}-]+\\s+){1,3}(?:${lexicon.nationalBodyWords.join('|')}))(?![\\p{L}\\p{N}])`, 'gu');
// most texts name no such body: one scan for a body word before the full pattern
const NATIONAL_BODY_WORD = new RegExp(`(?:${lexicon.nationalBodyWords.join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * A country's body named by its country and what it does, in lower case ("France’s data protection authority", "Kenya’s
 * competition watchdog"): a country's possessive, one to three lower-case words and a body word of lexicon.json. Pure.
 */
export function findNationalBodies(text: string): { start: number; end: number; text: string; place: { start: number; end: number } }[] {
  const out: { start: number; end: number; text: string; place: { start: number; end: number } }[] = [];
  if (!NATIONAL_BODY_WORD.test(text)) return out;
  for (const m of text.matchAll(NATIONAL_BODY)) {
    if (!countryCode(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], place: { start: m.index, end: m.index + m[1].length } });
  }
  return out;
}
