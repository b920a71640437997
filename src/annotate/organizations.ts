import data from './data/organizations.json' with { type: 'json' };
import { HYPHENS } from './gazetteer-words.js';

/** A well-known body named in the text, by any of its names, acronyms or descriptive phrases in any language. */
export interface KnownOrganization {
  start: number;
  end: number;
  text: string;
  /** the body's canonical (English) name: one key for every language's name */
  name: string;
}

interface Alias {
  name: string;
  pattern: RegExp;
  /** the first letter's case must match as written ("Amnesty", not "amnesty") */
  first: string;
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

let compiled: { names: RegExp; acronyms: RegExp; aliases: Alias[]; acronymOwner: Map<string, string> } | undefined;

function patterns() {
  if (compiled) return compiled;
  const aliases: Alias[] = [];
  const acronymOwner = new Map<string, string>();
  for (const o of data.organizations) {
    for (const n of o.names) aliases.push({ name: o.name, pattern: new RegExp(`^${aliasSource(n)}$`, 'iu'), first: n[0] });
    for (const a of o.acronyms) acronymOwner.set(a, o.name);
  }
  const bySize = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(aliasSource);
  compiled = {
    names: new RegExp(`${LEFT}(?:${bySize(data.organizations.flatMap((o) => o.names)).join('|')})${RIGHT}`, 'giu'),
    acronyms: new RegExp(`${LEFT}(?:${bySize([...acronymOwner.keys()]).join('|')})${RIGHT}`, 'gu'),
    aliases,
    acronymOwner,
  };
  return compiled;
}

const CAPS_WORD = /^[\p{Lu}\p{N}]{2,}$/u;

/** True when the acronym stands among other words in capitals: a shouted headline ("WHO SAID IT"), not a name. */
function inCapitals(text: string, start: number, end: number): boolean {
  const before = /([\p{L}\p{N}]+)[^\p{L}\p{N}\n]*$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[^\p{L}\p{N}\n]*([\p{L}\p{N}]+)/u.exec(text.slice(end, end + 30))?.[1];
  return [before, after].some((w) => w !== undefined && CAPS_WORD.test(w));
}

/**
 * Every mention of a body the organizations table knows ("UN refugee agency", "EU-Kommission", "МАГАТЭ", "talibanes"),
 * longest name first, non-overlapping, in text order. Pure.
 */
export function findKnownOrganizations(text: string): KnownOrganization[] {
  const { names, acronyms, aliases, acronymOwner } = patterns();
  const found: KnownOrganization[] = [];
  for (const m of text.matchAll(names)) {
    const alias = aliases.find((a) => a.pattern.test(m[0]) && a.first === m[0][0]);
    if (alias) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], name: alias.name });
  }
  for (const m of text.matchAll(acronyms)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end) || inCapitals(text, start, end)) continue;
    found.push({ start, end, text: m[0], name: acronymOwner.get(m[0])! });
  }
  return found.sort((a, b) => a.start - b.start);
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
