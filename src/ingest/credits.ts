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
  rule: 'line' | 'anywhere' | 'opening' | 'closing' | 'selfReference' | 'interview' | 'dateline';
  /** the credit as written */
  quote: string;
  /** the site's own name where the credit gives it too ("Site - Agency)" at the top of a copy) */
  outlet?: string;
}

const AGENCY = `(?:${alternation(AGENCY_SPELLINGS)})(?![\\p{L}\\p{N}])`;
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&'’/-]*(?:[ \t][\p{L}\p{N}.&'’/-]+){0,5}`;
interface CreditPattern {
  re: RegExp;
  /** the pattern names an agency from agencies.json: skipped when the text names none */
  agency: boolean;
}
const compile = (patterns: Record<string, string[]>, flags: string): CreditPattern[] =>
  Object.values(patterns)
    .flat()
    .map((p) => ({ re: new RegExp(p.replaceAll('AGENCY', AGENCY).replaceAll('NAME', NAME), flags), agency: p.includes('AGENCY') }));
const { origin, interview } = credits;
// 'm': each pattern runs once over the lines joined, its ^ and $ at line edges
const LINE = compile(origin.line, 'mu');
const ANYWHERE = compile(origin.anywhere, 'mu');
const OPENING = compile(origin.opening, 'u');
const CLOSING = compile(origin.closing, 'mu');
const SELF_REFERENCE = compile(origin.selfReference, 'mu');
const BEFORE = Object.values(interview.before).flat().map((p) => new RegExp(p, 'u'));
const AFTER = Object.values(interview.after).flat().map((p) => new RegExp(p, 'u'));
const { note: _signatureNote, ...signatureData } = origin.signatures;
const SIGNATURES = Object.entries(signatureData).map(([name, patterns]) => ({ name, patterns: patterns.map((p) => new RegExp(p, 'u')) }));
// agency spellings by their first word, longest first, so a text's words find its agency mentions without a regex scan
const byFirstWord = new Map<string, string[]>();
for (const spelling of AGENCY_SPELLINGS) {
  const key = spelling.split(/[^\p{L}\p{N}\p{M}]/u)[0];
  if (key) byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), spelling]);
}
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/u;
// Arabic writes "to", "and", "by" as letters joined to the next word ("لفرانس برس")
const PROCLITICS = /^(?:[وف]?[لب]|[وف])/u;
const CLITIC_LETTERS = new Set(['و', 'ف', 'ل', 'ب']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const BEFORE_CHARS = 80;
const AFTER_CHARS = 40;
const DOMAIN = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?$/u;
const MAX_NAME_WORDS = 6;
// how far from the end a closing credit or a kept self-reference may sit, how much of the first lines a site's prefix,
// and how long a credit line may be
const TAIL_LINES = 3;
const OPENING_CHARS = 160;
// the headline may stand above the first paragraph, and a date line above that
const OPENING_LINES = 3;
const MAX_LINE_WORDS = 14;

/**
 * The publisher a copy says it comes from: a "via site.com" line, a translation note, a site's "Site - Agency)" prefix,
 * a sign-off ("— Reuters", "Quelle: dts"), the original's kept self-reference ("Ранее «X» писал"), or an agency's
 * interview credits repeated through the text ("told AFP" twice or more; once is a quote). `own` is the page's own outlet,
 * which never counts as its original. Lines: trimmed, non-empty.
 */
export function findOriginCredit(lines: string[], own: string | null): OriginCredit | null {
  const notOwn = (c: OriginCredit | null) => (c && !(own && sameName(c.name, own)) ? c : null);
  const text = lines.join('\n');
  const mentions = agencyMentions(text);
  const agencyNamed = mentions.length > 0;
  const first = (patterns: CreditPattern[], within: string, rule: OriginCredit['rule']) => {
    for (const { re, agency } of patterns) {
      if (agency && !agencyNamed) continue;
      const match = re.exec(within);
      const name = match?.groups?.name && originName(match.groups.name);
      // a closing "Source: X" names a copy's original only when X is an outlet, not a data source
      if (name && rule === 'closing' && !agency && !looksLikeOutlet(match.groups?.name ?? '')) continue;
      const credit = name ? notOwn({ name, rule, quote: match[0].trim(), ...outletOf(match) }) : null;
      if (credit) return credit;
    }
    return null;
  };
  const tail = lines.slice(-TAIL_LINES);
  const short = lines.filter((l) => l.split(' ', MAX_LINE_WORDS + 1).length <= MAX_LINE_WORDS).join('\n');
  return (
    first(ANYWHERE, text, 'anywhere') ??
    first(LINE, short, 'line') ??
    lines.slice(0, OPENING_LINES).reduce<OriginCredit | null>((found, line) => found ?? first(OPENING, line.slice(0, OPENING_CHARS), 'opening'), null) ??
    first(CLOSING, tail.join('\n'), 'closing') ??
    first(SELF_REFERENCE, tail.join('\n'), 'selfReference') ??
    notOwn(signature(tail)) ??
    notOwn(repeatedInterview(text, mentions))
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

interface Mention {
  name: string;
  start: number;
  end: number;
}

/** Where the text names a news agency of agencies.json (as written, case kept), in order. */
export function agencyMentions(text: string): Mention[] {
  // most texts name no agency: one split finds the first words worth looking for
  const keys = new Set<string>();
  for (const word of text.split(NON_WORD)) {
    if (byFirstWord.has(word)) keys.add(word);
    else {
      const bare = word.slice(procliticLength(word));
      if (bare !== word && byFirstWord.has(bare)) keys.add(bare);
    }
  }
  const found: Mention[] = [];
  for (const key of keys) {
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
      if (!startsWord(text, at)) continue;
      const spelling = byFirstWord.get(key)?.find((s) => text.startsWith(s, at) && !LETTER_OR_DIGIT.test(text[at + s.length] ?? ''));
      if (spelling) found.push({ name: normaliseOutlet(spelling), start: at, end: at + spelling.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A word starts at `at`: after a non-letter, or after an Arabic proclitic that itself starts a word. */
function startsWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && at - i < 2 && CLITIC_LETTERS.has(text[i - 1])) i--;
  return i === 0 || !LETTER_OR_DIGIT.test(text[i - 1]);
}

/** Length of an Arabic proclitic opening the word (0 for most words, checked by its first letter before any regex). */
function procliticLength(word: string): number {
  if (!CLITIC_LETTERS.has(word[0])) return 0;
  return PROCLITICS.exec(word)?.[0].length ?? 0;
}

/** An agency credited for interviews at least `minCount` times ("told AFP", "des journalistes de l'AFP"). */
function repeatedInterview(text: string, mentions: Mention[]): OriginCredit | null {
  const counts = new Map<string, { n: number; quote: string }>();
  for (const { name, start, end } of mentions) {
    const before = text.slice(Math.max(0, start - BEFORE_CHARS), start);
    const after = text.slice(end, end + AFTER_CHARS);
    if (!BEFORE.some((p) => p.test(before)) && !AFTER.some((p) => p.test(after))) continue;
    const entry = counts.get(name) ?? { n: 0, quote: text.slice(Math.max(0, start - 30), end).trim() };
    entry.n++;
    counts.set(name, entry);
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (!best || best[1].n < interview.minCount) return null;
  return { name: best[0], rule: 'interview', quote: `${best[1].quote} (×${best[1].n})` };
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

const OUTLET_WORDS = new Set(origin.outletWords.words);

/** Known outlets and agencies, domains, and names with a newsroom word ("Nordic News", "Kelby Zeitung"). */
function looksLikeOutlet(name: string): boolean {
  const bare = name.trim();
  if (knownOutlet(bare) || DOMAIN.test(bare)) return true;
  return bare
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => OUTLET_WORDS.has(w) || [...OUTLET_WORDS].some((o) => o.length > 4 && w.endsWith(o)));
}

function sameName(a: string, b: string): boolean {
  return normaliseOutlet(a).toLowerCase() === normaliseOutlet(b).toLowerCase() || sameOutlet(a, b);
}
