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
