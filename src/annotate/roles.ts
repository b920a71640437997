import type { Evidence, Role } from '../types.js';
import roles from './data/roles.json' with { type: 'json' };
import { countryCode, countryFromDemonym } from './gazetteer.js';
import { isOrganizationWord } from './lexicon.js';
import { memo } from '../text/index.js';
import { normalizePunctuation, stripPossessive, type Token, tokenize } from './tokens.js';

type Qualifier = Role['qualifiers'][number];

interface TitleForm {
  words: string[];
  key: string;
  plural: boolean;
}

const words = (s: string): string[] => normalizePunctuation(s).toLowerCase().split(/\s+/).filter(Boolean);

function buildForms(): TitleForm[] {
  const forms: TitleForm[] = [];
  const add = (phrase: string, key: string) => {
    forms.push({ words: words(phrase), key, plural: false });
    const w = words(phrase);
    const last = w[w.length - 1];
    const plural = last.endsWith('man') ? `${last.slice(0, -3)}men` : last.endsWith('s') ? null : `${last}s`;
    if (plural) forms.push({ words: [...w.slice(0, -1), plural], key, plural: true });
  };
  for (const [key, phrases] of Object.entries(roles.portfolios)) {
    for (const p of phrases) {
      add(`${p} minister`, `${key} minister`);
      for (const prep of ['of', 'for', 'of the']) forms.push({ words: ['minister', ...words(prep), ...words(p)], key: `${key} minister`, plural: false });
      forms.push({ words: ['ministers', 'of', ...words(p)], key: `${key} minister`, plural: true });
      if (key === 'foreign' || key === 'defence' || key === 'interior') add(`${p} secretary`, `${key} minister`);
    }
  }
  for (const t of roles.titles) for (const f of t.forms) add(f, t.key);
  forms.push({ words: ['counterpart'], key: 'counterpart', plural: false });
  forms.push({ words: ['counterparts'], key: 'counterpart', plural: true });
  return forms.sort((a, b) => b.words.length - a.words.length);
}

const FORMS = buildForms();
const FORMS_BY_LAST = groupForms((f) => f.words[f.words.length - 1]);
const FORMS_BY_FIRST = groupForms((f) => f.words[0]);

/** Title forms indexed by one of their words, longest first, so a lookup tries only the forms that can match. */
function groupForms(word: (f: TitleForm) => string): Map<string, TitleForm[]> {
  const out = new Map<string, TitleForm[]>();
  for (const f of FORMS) out.set(word(f), [...(out.get(word(f)) ?? []), f]);
  return out;
}
const SINGLE_HOLDER = new Set(roles.titles.filter((t) => t.singleHolder).map((t) => t.key));
const QUALIFIERS = new Map<string, Qualifier>();
for (const [q, ws] of Object.entries(roles.qualifiers)) for (const w of ws) QUALIFIERS.set(w, q as Qualifier);
const FILLERS = new Set(roles.fillers);
// "exalcalde", "expresidente": a qualifier glued to a one-word title
const GLUED = Object.entries(roles.gluedQualifiers as Record<string, Qualifier>);
// the words that join a title to the place or body it serves: "mayor of Villeurbanne", "Bürgermeister von Lyon"
const COMPLEMENT = new Set(roles.complementPrepositions);
const MAX_COMPLEMENT_WORDS = 3;
const RANKS = roles.ranks.map((r) => words(r.replace(/\./g, ' . ')).filter((w) => w !== '.')).sort((a, b) => b.length - a.length);
/** Ranks by their last word, longest first as in RANKS: only those can end where a word is. */
const RANKS_BY_LAST = new Map<string, string[][]>();
for (const r of RANKS) RANKS_BY_LAST.set(r[r.length - 1], [...(RANKS_BY_LAST.get(r[r.length - 1]) ?? []), r]);
const ONE_WORD_RANKS = new Set(RANKS.filter((r) => r.length === 1).map((r) => r[0]));
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'whose']);
const TITLE_WORDS = new Set(FORMS.flatMap((f) => f.words).filter((w) => !['of', 'the', 'for', 'and'].includes(w)));

/** True for a word that belongs to an office title, rank or qualifier ("Deputy", "Minister", "Gen"). */
export function isRoleWord(word: string): boolean {
  const w = normalizePunctuation(word).toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) || QUALIFIERS.has(w) || FILLERS.has(w) || ONE_WORD_RANKS.has(w);
}

/** Offices that one person holds at a time (a country's defence minister), so two holders contradict each other. */
export const isSingleHolder = (title: string): boolean => title.endsWith(' minister') || SINGLE_HOLDER.has(title);

/** Country named by a demonym ("Syrian") or a country name or possessive ("Syria’s"). */
export const countryOfWord = memo((word: string): string | null => {
  const w = stripPossessive(normalizePunctuation(word));
  if (!/^\p{Lu}/u.test(w)) return null;
  return countryFromDemonym(w) ?? countryCode(w);
});

// tokens are lowered once per call; title matching compares many forms against the same tokens
const LOWERED = new WeakMap<Token, string>();
const lower = (t: Token) => {
  let l = LOWERED.get(t);
  if (l === undefined) {
    l = normalizePunctuation(t.text).toLowerCase().replace(/\.$/, '');
    LOWERED.set(t, l);
  }
  return l;
};
const matchesAt = (toks: Token[], end: number, seq: string[]) =>
  end - seq.length >= 0 && seq.every((w, i) => lower(toks[end - seq.length + i]) === w);

/** Skips ranks and honorifics ending at toks[end-1]; returns the new end. */
function skipRanksBackward(toks: Token[], end: number): number {
  let e = end;
  for (let moved = true; moved && e > 0; ) {
    moved = false;
    if (toks[e - 1].text === '.') e--;
    if (e === 0) break;
    for (const r of RANKS_BY_LAST.get(lower(toks[e - 1])) ?? []) {
      if (matchesAt(toks, e, r)) {
        e -= r.length;
        moved = true;
        break;
      }
    }
  }
  return e;
}

export interface RoleMatch extends Omit<Role, 'evidence'> {
  start: number;
  end: number;
  plural: boolean;
}

/** Reads backward from toks[end-1] for "[Country's|Demonym] [qualifiers] TITLE [of Country]", after any ranks. */
function titleBackward(text: string, toks: Token[], end: number): RoleMatch | null {
  let e = end;
  let country: string | null = null;
  // "… minister of foreign affairs of Syria"
  if (e >= 3 && ['of', 'for', 'to', 'in'].includes(lower(toks[e - 2])) && countryOfWord(toks[e - 1].text)) {
    // "ambassador to Jordan" serves the country that sends them, named before the title
    if (lower(toks[e - 2]) !== 'to') country = countryOfWord(toks[e - 1].text);
    e -= 2;
  } else if (e >= 4 && ['of', 'for'].includes(lower(toks[e - 3])) && lower(toks[e - 2]) === 'the' && countryOfWord(toks[e - 1].text)) {
    country = countryOfWord(toks[e - 1].text);
    e -= 3;
  }
  // "mayor of Villeurbanne, X", "maire de Villeurbanne, X": the title serves the place or body named after it
  let complement: string | null = null;
  if (!country) {
    let k = e;
    while (k > 1 && e - k < MAX_COMPLEMENT_WORDS && /^\p{Lu}/u.test(toks[k - 1].text) && !isRoleWord(toks[k - 1].text)) k--;
    if (k < e && k >= 2 && COMPLEMENT.has(lower(toks[k - 1])) && FORMS_BY_LAST.get(lower(toks[k - 2]))?.some((f) => matchesAt(toks, k - 1, f.words))) {
      complement = text.slice(toks[k].start, toks[e - 1].end);
      e = k - 1;
    }
  }
  let form = e > 0 ? FORMS_BY_LAST.get(lower(toks[e - 1]))?.find((f) => matchesAt(toks, e, f.words)) : undefined;
  const qualifiers: Qualifier[] = [];
  for (const [prefix, qualifier] of GLUED) {
    const w = e > 0 ? lower(toks[e - 1]) : '';
    if (form || !w.startsWith(prefix)) continue;
    form = FORMS_BY_LAST.get(w.slice(prefix.length))?.find((f) => f.words.length === 1);
    if (form) qualifiers.push(qualifier);
  }
  // "Ex-Präsident", "ex-president": a qualifier joined to a one-word title
  const joined = !form && e > 0 ? /^([\p{L}]+)-(.+)$/u.exec(lower(toks[e - 1])) : null;
  if (joined && QUALIFIERS.has(joined[1])) {
    form = FORMS_BY_LAST.get(joined[2])?.find((f) => f.words.length === 1);
    if (form) qualifiers.push(QUALIFIERS.get(joined[1])!);
  }
  if (!form) return null;
  let s = e - form.words.length;
  let organization: string | null = null;
  const orgTokens: Token[] = [];
  while (s > 0) {
    const t = toks[s - 1];
    const w = lower(t);
    const hyphenQual = /^(ex|then|former)-/.exec(w);
    // the dot of an abbreviation written with dots: "U.S. President"
    const skippable = FILLERS.has(w) || w === '-' || (w === '' && s > 1 && /^\p{Lu}(?:\.\p{Lu})+$/u.test(toks[s - 2].text));
    if (QUALIFIERS.has(w)) qualifiers.unshift(QUALIFIERS.get(w)!);
    else if (hyphenQual) qualifiers.unshift(QUALIFIERS.get(hyphenQual[1])!);
    else if (!skippable && !country && countryOfWord(t.text)) country = countryOfWord(t.text);
    else if (!skippable && /^\p{Lu}/u.test(t.text) && !/['’]/.test(t.text) && orgTokens.length < 4 && !isRoleWord(t.text)) orgTokens.unshift(t);
    else if (!skippable) break;
    s--;
  }
  if (orgTokens.length && orgTokens.some((t) => isOrganizationWord(t.text))) organization = text.slice(orgTokens[0].start, orgTokens[orgTokens.length - 1].end);
  else {
    // capitalised words that are no organization and open the phrase ("Sunday Defence Minister X") are not part of it;
    // after a qualifier ("former Villeurbanne mayor X") they stay inside
    let lead = 0;
    while (lead < orgTokens.length && toks[s + lead] === orgTokens[lead]) lead++;
    s += lead;
  }
  organization ??= complement;
  return {
    title: form.key,
    country,
    organization,
    qualifiers: [...new Set(qualifiers)],
    start: toks[s].start,
    end: toks[end - 1].end,
    plural: form.plural,
  };
}

/** The role written right before a name: "Syrian Defence Minister X", "Syria’s new president, X", "the minister of foreign affairs of Syria, X". */
export function roleBefore(text: string, nameStart: number, sentenceStart: number): RoleMatch | null {
  const toks = tokenize(text, Math.max(sentenceStart, nameStart - 160), nameStart);
  let end = toks.length;
  end = skipRanksBackward(toks, end);
  if (end > 0 && toks[end - 1].text === ',') end--;
  if (end === 0) return null;
  const m = titleBackward(text, toks, end);
  if (!m || m.plural) return null;
  return m;
}

/** The role written right after a name: "X, Syria’s new president", "X, a spokeswoman for the Russian foreign ministry". */
export function roleAfter(text: string, nameEnd: number, sentenceEnd: number): RoleMatch | null {
  const windowEnd = Math.min(sentenceEnd, nameEnd + 160);
  // most names are not followed by a comma: answered before tokenizing the window
  let next = nameEnd;
  while (next < windowEnd && /\s/.test(text[next])) next++;
  if (text[next] !== ',' || next >= windowEnd) return null;
  const toks = tokenize(text, nameEnd, windowEnd);
  // toks[0] is the comma
  let i = 1;
  if (toks[i] && DETERMINERS.has(lower(toks[i]))) i++;
  let country: string | null = null;
  const qualifiers: Qualifier[] = [];
  for (; i < toks.length; i++) {
    const w = lower(toks[i]);
    if (QUALIFIERS.has(w)) qualifiers.push(QUALIFIERS.get(w)!);
    else if (FILLERS.has(w) || w === '-') continue;
    else if (!country && countryOfWord(toks[i].text)) country = countryOfWord(toks[i].text);
    else break;
  }
  const form = toks[i] ? FORMS_BY_FIRST.get(lower(toks[i]))?.find((f) => f.words.every((w, k) => toks[i + k] && lower(toks[i + k]) === w)) : undefined;
  if (!form || form.plural) return null;
  let j = i + form.words.length;
  let organization: string | null = null;
  if (toks[j] && ['of', 'for', 'at'].includes(lower(toks[j]))) {
    let k = j + 1;
    const startTok = toks[k] && lower(toks[k]) === 'the' ? k + 1 : k;
    k = startTok;
    while (k < toks.length && !/^[,.;:()"“”]$/.test(toks[k].text)) k++;
    const phrase = toks.slice(startTok, k);
    const named = phrase.filter((t) => countryOfWord(t.text));
    if (!country && named.length) country = countryOfWord(named[0].text);
    if (phrase.length === 1 && countryOfWord(phrase[0].text)) {
      /* "president of Syria": the country is the whole complement */
    } else if (phrase.some((t) => /^\p{Lu}/u.test(t.text) && isOrganizationWord(t.text))) {
      const firstCap = phrase.findIndex((t) => /^\p{Lu}/u.test(t.text) && !countryOfWord(t.text));
      if (firstCap >= 0) organization = text.slice(phrase[firstCap].start, phrase[phrase.length - 1].end);
    }
    if (phrase.length) j = k;
  }
  return {
    title: form.key,
    country,
    organization,
    qualifiers: [...new Set(qualifiers)],
    start: toks[1].start,
    end: toks[Math.max(0, j - 1)].end,
    plural: false,
  };
}

/** A plural role phrase naming a country's offices without names: "Syria’s foreign and defence ministers". */
export interface PluralRoles {
  titles: string[];
  country: string;
  start: number;
  end: number;
}

export function findPluralRoles(text: string): PluralRoles[] {
  const out: PluralRoles[] = [];
  const re = /([\p{Lu}][\p{L}-]+(?:['’]s)?)\s+((?:[\p{Ll}]+\s+){1,3}?and\s+(?:[\p{Ll}]+\s+){1,2}?ministers)\b/gu;
  for (const m of text.matchAll(re)) {
    const country = countryOfWord(m[1]);
    if (!country) continue;
    const phrase = m[2].replace(/\s+ministers$/, '');
    const titles: string[] = [];
    for (const part of phrase.split(/\s*(?:,|\band\b)\s*/)) {
      const form = FORMS.find((f) => f.words.join(' ') === `${part.trim()} minister`);
      if (form) titles.push(form.key);
    }
    if (titles.length >= 2) out.push({ titles, country, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Nearest demonym or country possessive before `at` in the sentence that no other role uses ("Syrian delegation included Defence Minister X"). */
export function sentenceCountry(text: string, sentenceStart: number, at: number, taken: { start: number; end: number }[]): string | null {
  const toks = tokenize(text, sentenceStart, at);
  for (let i = toks.length - 1; i >= 0; i--) {
    const t = toks[i];
    if (taken.some((r) => t.start >= r.start && t.end <= r.end)) continue;
    const c = countryOfWord(t.text);
    if (c && (countryFromDemonym(stripPossessive(t.text)) || /['’]s$/.test(t.text))) return c;
  }
  return null;
}

export function toRole(m: RoleMatch, evidence: Evidence): Role {
  return { title: m.title, country: m.country, organization: m.organization, qualifiers: m.qualifiers, evidence };
}

/** Human wording of an office: "defence minister of Syria". */
export function describeOffice(title: string, country: string | null, organization: string | null, countryName: (c: string) => string): string {
  const where = country ? countryName(country) : organization;
  return where ? `${title} of ${where}` : title;
}
