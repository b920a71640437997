import credits from './data/credits.json' with { type: 'json' };
import { alternation } from './regex.js';
import { AGENCY_SPELLINGS, knownOutlet, normaliseOutlet, outletFromDomain, sameOutlet } from './outlets.js';

const words = credits.creditWords.join('|');
// "[Photo: Jane Roe via Reuters]", "(Image: J. Roe/AFP)", or a whole "Photo credit: …" line
const CREDIT = new RegExp(
  String.raw`[\[(]\s*(?:${words})\b\s*:?\s*([^\])]{1,160})[\])]|^\s*(?:${words})\b\s*:\s*(.{1,160})$`,
  'gimu',
);
const MAX_AGENCY_WORDS = 5;
// in "site.com/path" the slash separates a path, not photographer and agency
const URL_LIKE = /:\/\/|[\w-]+\.[a-z]{2,}\//i;

/** Agencies credited for photos or copy ("via Reuters", "Name/AFP"), normalised, in order of first appearance. */
export function findCredits(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(CREDIT)) {
    const agency = creditedAgency(match[1] ?? match[2]);
    if (agency && !found.includes(agency)) found.push(agency);
  }
  return found;
}

function creditedAgency(credit: string): string | null {
  const via = /\bvia\s+(.+)$/iu.exec(credit)?.[1];
  const slash = credit.includes('/') && !URL_LIKE.test(credit) ? credit.slice(credit.lastIndexOf('/') + 1) : undefined;
  const candidate = (via ?? slash ?? credit).replace(/[.,;:\s]+$/u, '').trim();
  if (!candidate || candidate.split(/\s+/).length > MAX_AGENCY_WORDS) return null;
  // a bare credit ("Photo: Jane Roe") names a photographer, not an agency, unless it is a known outlet
  if (via === undefined && slash === undefined) return knownOutlet(candidate);
  return normaliseOutlet(candidate);
}

/** The original publisher a copy credits, with the kind of credit that names it. */
export interface OriginCredit {
  name: string;
  rule: 'line' | 'anywhere' | 'opening' | 'closing' | 'selfReference' | 'interview';
  /** the credit as written */
  quote: string;
  /** the site's own name where the credit gives it too ("Site - Agency)" at the top of a copy) */
  outlet?: string;
}

const AGENCY = `(?:${alternation(AGENCY_SPELLINGS)})(?![\\p{L}\\p{N}])`;
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&'’/-]*(?:\s[\p{L}\p{N}.&'’/-]+){0,5}`;
const compile = (patterns: Record<string, string[]>, flags: string) =>
  Object.values(patterns)
    .flat()
    .map((p) => new RegExp(p.replaceAll('AGENCY', AGENCY).replaceAll('NAME', NAME), flags));
const { origin, interview } = credits;
const LINE = compile(origin.line, 'u');
const ANYWHERE = compile(origin.anywhere, 'u');
const OPENING = compile(origin.opening, 'u');
const CLOSING = compile(origin.closing, 'u');
const SELF_REFERENCE = compile(origin.selfReference, 'u');
const INTERVIEW = compile(interview.patterns, 'gdu');
const { note: _signatureNote, ...signatureData } = origin.signatures;
const SIGNATURES = Object.entries(signatureData).map(([name, patterns]) => ({ name, patterns: patterns.map((p) => new RegExp(p, 'u')) }));
const ANY_AGENCY = new RegExp(AGENCY, 'gu');
const DOMAIN = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?$/u;
const MAX_NAME_WORDS = 6;
// how far from the end a closing credit or a kept self-reference may sit, and how much of the first line a site's prefix
const TAIL_LINES = 3;
const OPENING_CHARS = 160;

/**
 * The publisher a copy says it comes from: a "via site.com" line, a translation note, a site's "Site - Agency)" prefix,
 * a sign-off ("— Reuters", "Quelle: dts"), the original's kept self-reference ("Ранее «X» писал"), or an agency's
 * interview credits repeated through the text ("told AFP" twice or more; once is a quote). `own` is the page's own outlet,
 * which never counts as its original. Lines: trimmed, non-empty.
 */
export function findOriginCredit(lines: string[], own: string | null): OriginCredit | null {
  const notOwn = (c: OriginCredit | null) => (c && !(own && sameName(c.name, own)) ? c : null);
  const tail = lines.slice(-TAIL_LINES);
  const first = (patterns: RegExp[], texts: string[], rule: OriginCredit['rule']) => {
    for (const text of texts) {
      for (const pattern of patterns) {
        const match = pattern.exec(text);
        const name = match?.groups?.name && originName(match.groups.name);
        const credit = name ? notOwn({ name, rule, quote: match[0].trim(), ...outletOf(match) }) : null;
        if (credit) return credit;
      }
    }
    return null;
  };
  return (
    first(ANYWHERE, lines, 'anywhere') ??
    first(LINE, lines, 'line') ??
    first(OPENING, lines.slice(0, 1).map((l) => l.slice(0, OPENING_CHARS)), 'opening') ??
    first(CLOSING, tail, 'closing') ??
    first(SELF_REFERENCE, tail, 'selfReference') ??
    notOwn(signature(tail)) ??
    notOwn(repeatedInterview(lines.join('\n')))
  );
}

function outletOf(match: RegExpExecArray): { outlet?: string } {
  const outlet = match.groups?.outlet?.trim();
  return outlet ? { outlet: normaliseOutlet(outlet) } : {};
}

/** An agency named by its house style at the end of a copy ("(Reporting by …; Editing by …)"). */
function signature(tail: string[]): OriginCredit | null {
  for (const line of tail) {
    const found = SIGNATURES.find((s) => s.patterns.some((p) => p.test(line)));
    if (found) return { name: found.name, rule: 'closing', quote: line };
  }
  return null;
}

/** An agency credited for interviews at least `minCount` times ("told AFP", "des journalistes de l'AFP"). */
function repeatedInterview(text: string): OriginCredit | null {
  // cheap gate: the patterns run only where an agency is named often enough
  if ((text.match(ANY_AGENCY)?.length ?? 0) < interview.minCount) return null;
  const seen = new Map<string, { at: Set<number>; quote: string }>();
  for (const pattern of INTERVIEW) {
    for (const match of text.matchAll(pattern)) {
      const name = match.groups?.name && normaliseOutlet(match.groups.name);
      if (!name) continue;
      const entry = seen.get(name) ?? { at: new Set<number>(), quote: match[0] };
      // the same credit met by two patterns counts once: keyed by where the agency's name stands
      entry.at.add(match.indices?.groups?.name?.[0] ?? match.index ?? 0);
      seen.set(name, entry);
    }
  }
  const best = [...seen.entries()].sort((a, b) => b[1].at.size - a[1].at.size)[0];
  if (!best || best[1].at.size < interview.minCount) return null;
  return { name: best[0], rule: 'interview', quote: `${best[1].quote} (×${best[1].at.size})` };
}

/** A credited name in its usual form: quotes and closing punctuation dropped, a domain as its site, aliases canonical. */
function originName(raw: string): string | null {
  const name = raw
    .trim()
    .replace(/^[«"“„'‘]+|[»"”'’]+$/gu, '')
    .replace(/[\s.,;:!?)]+$/u, '')
    .trim();
  if (!name || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  if (DOMAIN.test(name)) return outletFromDomain(name.replace(/^https?:\/\//, '').split('/')[0]);
  return normaliseOutlet(name);
}

function sameName(a: string, b: string): boolean {
  return normaliseOutlet(a).toLowerCase() === normaliseOutlet(b).toLowerCase() || sameOutlet(a, b);
}
