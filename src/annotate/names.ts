import type { EntityType, Mention, Role, Sentence } from '../types.js';
import { countryCode, lookupPlace } from './gazetteer.js';
import { withTaggedNames } from './names-ner.js';
import { capitalisesNouns, hasOrganizationHead, isEverydayWord, isKnownName, lexiconFor } from './lexicons.js';
import { endsWithFacilityWord, isCommonWord, isGivenName, isLeadingFunctionWord, isNameParticle, isNonEntityAcronym, isOrganizationWord, isSkipWord, PLACE_SUFFIXES, VESSEL_WORDS } from './lexicon.js';
import { countryOfWord, isRoleWord, type RoleMatch, roleAfter, roleBefore, toRole } from './roles.js';
import { nameRules } from '../lang/index.js';
import { WORD_END } from '../text/index.js';
import { isZoneAfterTime } from './numbers-times.js';
import { languageModule } from '../lang/index.js';
import { normalizePunctuation, stripPossessive, type Token, tokenize } from './tokens.js';

interface Span {
  start: number;
  end: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|es|et)[-\u2010-\u2013\u2212]\p{Lu}/u;
const ABBREVIATED = /^(?:st|gen|maj|lt|col|brig|adm|capt|sgt|dr|mr|mrs|ms|prof|gov|sen|rep|jr|sr)$/i;
const UNITS = new Set(['km', 'mw', 'kw', 'gw', 'kg', 'bpd', 'usd', 'eur', 'gbp', 'am', 'pm', 'gmt', 'utc', 'ok', 'tv']);

const LOCATIVE_BEFORE = /\b(?:in|near|at|from|outside|around)\s+(?:the\s+)?$/i;
const STRONG_LOCATIVE_BEFORE = /\b(?:near|outside|(?:border |frontier )?(?:town|village|city|province|region|district|governorate|area|port|suburb|neighbou?rhood) of)\s+(?:the\s+)?$/i;
const PLACE_SUFFIX_AFTER = new RegExp(`^\\s+(?:${PLACE_SUFFIXES.join('|')})\\b`, 'i');
const VESSEL_BEFORE = new RegExp(`\\b(?:${VESSEL_WORDS.join('|')})\\s+(?:the\\s+)?$`, 'i');
const VESSEL_AFTER = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${VESSEL_WORDS.join('|')})${WORD_END}`, 'iu');

// "Northern Military Region" can name a command; "Black Sea" or "Red Valley" are always places
const ADMINISTRATIVE_SUFFIXES = new Set(['region', 'district', 'governorate', 'province', 'oblast', 'county', 'prefecture', 'municipality']);
// "the Kursk region", "Sumy oblast" (an oblast, named for its centre city, is always told apart from it); "Herat
// province", "Mafraq governorate" are written and read as the city's own name, and stay it
const ADMINISTRATIVE_AFTER = /^ (?:region|oblast)(?![\p{L}\p{N}])/u;

const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text) || ARTICLE_PREFIX.test(t.text);
const isAcronym = (s: string) => /^\p{Lu}[\p{Lu}&]{1,5}s?$/u.test(s) && !UNITS.has(s.toLowerCase());
const lowerWord = (t: Token) => stripPossessive(normalizePunctuation(t.text)).toLowerCase();

/** True when the line reads like a title-case heading: most longer words capitalised. */
export function isHeadingLike(text: string, s: Sentence, sentenceTokens?: Token[]): boolean {
  const ws = (sentenceTokens ?? tokenize(text, s.start, s.end)).filter((t) => /^\p{L}/u.test(t.text) && t.text.length >= 4);
  if (ws.length < 3) return false;
  const caps = ws.filter(isCapitalized).length;
  return caps / ws.length >= 0.75 && !/[.!]["”’]?$/.test(text.slice(s.start, s.end));
}

/**
 * Whether a name particle may join the capitalised word before it to the one after it. Never after an acronym ("die EU
 * von Google": a preposition); where every noun is capitalised, an article ("der", "des") joins only after another
 * particle ("von der Leyen": "Beben der Stärke", "Koordinator der UNO" are a noun and its genitive), and no particle
 * joins after an everyday noun that no name list knows ("Verkauf von Google").
 */
function particleJoins(particle: Token, prev: Token, language: string): boolean {
  if (isAcronym(stripPossessive(prev.text))) return false;
  if (!capitalisesNouns(language)) return true;
  if (nameRules(language).determiners?.includes(particle.text.toLowerCase())) return isNameParticle(prev.text) && /^\p{Ll}/u.test(prev.text);
  const lex = lexiconFor(language);
  return !(lex && isEverydayWord(lex, prev.text) && !isKnownName(lex, prev.text));
}

/**
 * Whether the sentence is written in title case, so that its capitals say nothing of names: a heading, a short line of
 * its own whose longer words are all capitalised ("Why the EU Took Action"), or a document's opening title run into its
 * first paragraph ("EU Fines Google €2.95 Billion Over Adtech Abuses. Alphabet’s …").
 */
function isTitleCase(text: string, s: Sentence, toks: Token[], heading: boolean): boolean {
  if (heading) return true;
  const ws = toks.filter((t) => /^\p{L}/u.test(t.text) && t.text.length >= 4);
  if (ws.length < 2 || !ws.every(isCapitalized)) return false;
  const line = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const ownLine = line(s.start) === s.start && /^[ \t]*(?:\n|$)/.test(text.slice(s.end)) && !/[.!?:;,]["”’]?$/.test(text.slice(s.start, s.end));
  const opening = ws.length >= 4 && text.slice(0, s.start).trim() === '';
  return (ownLine && toks.length <= 10) || opening;
}

/** Runs of capitalised tokens joined by spaces, name particles ("al", "bin") and abbreviation dots ("Maj. Gen."). */
function capitalizedRuns(text: string, toks: Token[], language = ''): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (!run.length) return;
    runs.push(run);
    run = [];
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = run[run.length - 1];
    // the period of "Maj." or "St." belongs to the name run
    if (t.text === '.' && prev && prev.end === t.start && ABBREVIATED.test(prev.text)) continue;
    // "Dh1.1 billion": an amount glued to a currency sign is no name
    if (/\d[.,]\d/.test(t.text)) {
      flush();
      continue;
    }
    // the gap from the previous token: one space, or "." / ". " after an abbreviation (read without slicing the text)
    const gap = prev ? t.start - prev.end : 1;
    const at = prev ? prev.end : 0;
    const joined =
      !prev ||
      (gap === 1 && text[at] === ' ') ||
      (((gap === 2 && text[at] === '.' && text[at + 1] === ' ') || (gap === 1 && text[at] === '.')) && ABBREVIATED.test(prev.text));
    if (!joined) flush();
    if (isCapitalized(t) && /\p{L}/u.test(t.text)) {
      run.push(t);
      continue;
    }
    const next = toks[i + 1];
    // "Prosecutor’s Office of the Sumy region": an organization's name goes on through "of the" to the region it serves
    const after = toks[i + 2];
    if (t.text === 'of' && next?.text === 'the' && after && isCapitalized(after) && text.slice(t.end, after.start) === ' the ' && run.length > 0 && isOrganizationWord(stripPossessive(run[run.length - 1].text)) && ADMINISTRATIVE_AFTER.test(text.slice(after.end, after.end + 16)) && lookupPlace(after.text)) {
      run.push(t, next);
      i++;
      continue;
    }
    const connects =
      run.length > 0 &&
      next &&
      isCapitalized(next) &&
      text.slice(t.end, next.start) === ' ' &&
      ((isNameParticle(t.text) && particleJoins(t, prev ?? run[run.length - 1], language)) || (['of', 'for'].includes(t.text) && run.some((r) => isOrganizationWord(r.text) || isRoleWord(r.text))));
    if (connects) run.push(t);
    else flush();
  }
  flush();
  // "Design and Development Bureau": an everyday word, "and", then an organization's name make one name
  for (let i = runs.length - 2; i >= 0; i--) {
    const [a, b] = [runs[i], runs[i + 1]];
    const last = a[a.length - 1];
    const gap = text.slice(last.end, b[0].start);
    if (gap === ' and ' && isCommonWord(last.text) && !a.some((t) => isOrganizationWord(t.text)) && b.some((t) => isOrganizationWord(t.text))) {
      const and = toks.find((t) => t.start === last.end + 1);
      runs.splice(i, 2, [...a, ...(and ? [and] : []), ...b]);
    }
  }
  // a possessive ends a name: "Syria’s foreign minister"
  return runs.flatMap((r) => {
    const out: Token[][] = [];
    let cur: Token[] = [];
    for (const [k, t] of r.entries()) {
      cur.push(t);
      // "Prosecutor General's Office" keeps its possessive; "Syria's foreign minister" ends at it
      if (/['’ʼ]s?$/.test(t.text) && !(r[k + 1] && isOrganizationWord(r[k + 1].text) && !countryOfWord(t.text))) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
    return out;
  });
}

/** Splits a run at tokens that overlap blocked spans (dates, equipment, facilities found by other annotators). */
function splitAtBlocked(run: Token[], blocked: Span[]): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of run) {
    if (blocked.some((b) => t.start < b.end && t.end > b.start) || isCompoundDescription(t)) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Where a capital is no evidence of a name, a run is cut at its everyday words: in a title-case heading ("EU Fines
 * Google" → "EU", "Google"; "Why the EU Took Action"), and, in a language that capitalises every noun, around an acronym
 * ("der EU Berufung einlegen"). A run with an organization word keeps its words up to the last one ("European Publishers
 * Council", "Rote Halbmond-Gesellschaft"), and so do a known place of several words ("New York"), given names, countries
 * and titles.
 */
function splitAtEverydayWords(run: Token[], heading: boolean, language: string): Token[][] {
  const nouns = capitalisesNouns(language) && run.some((t) => isAcronym(stripPossessive(t.text)));
  if (run.length < 2 || !(heading || nouns)) return [run];
  // an organization's name keeps its words up to its last organization word ("… Council Now": "Council")
  const isHead = (t: Token) => isOrganizationWord(t.text) || hasOrganizationHead(stripPossessive(t.text), language);
  const fromEnd = [...run].reverse().findIndex(isHead);
  const lead = fromEnd < 0 ? -1 : run.length - 1 - fromEnd;
  const lex = language === 'en' ? null : lexiconFor(language);
  const everyday = (t: Token) => {
    const w = stripPossessive(t.text);
    if (!/^\p{Lu}\p{Ll}/u.test(w) || isGivenName(w) || countryOfWord(w) || isRoleWord(w)) return false;
    return lex ? isEverydayWord(lex, w) && !isKnownName(lex, w) : isCommonWord(w);
  };
  const out: Token[][] = [];
  let cur: Token[] = run.slice(0, lead + 1);
  for (let i = lead + 1; i < run.length; i++) {
    // "New York": a known place of several words stays whole
    const place = [4, 3, 2].find((n) => i + n <= run.length && lookupPlace(run.slice(i, i + n).map((t) => t.text).join(' ')));
    if (place) {
      cur.push(...run.slice(i, i + place));
      i += place - 1;
    } else if (everyday(run[i]) && isCapitalized(run[i])) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(run[i]);
  }
  if (cur.length) out.push(cur);
  return out.map(trimParticles).filter((r) => r.length);
}


/**
 * The title a capitalised word begins in a language that writes titles in sentence case: after a noun of a medium or
 * programme ("телемарафону", "газета"), an adjective ("Єдині", "Российская") with the lower-case noun after it ("Єдині
 * новини"). null otherwise.
 */
function sentenceCaseTitle(text: string, start: number, end: number, language: string): string | null {
  const t = nameRules(language).sentenceCaseTitles;
  if (!t) return null;
  const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const word = text.slice(start, end).toLowerCase();
  if (!before || !t.nouns.some((n) => before.startsWith(n)) || !t.adjectiveEndings.some((e) => word.endsWith(e))) return null;
  const next = /^ \p{Ll}{3,}(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 30));
  return next ? text.slice(start, end) + next[0] : null;
}

const QUOTED_NAME_AFTER = /^ [«„“"]\p{Lu}[^«»„“”"\n]{1,38}[»“”"]/u;

const weekdayWords = new Map<string, Set<string>>();
/**
 * "у Вербну неділю", "в Вербное воскресенье", "le Vendredi saint": a capitalised word right before the lower-case name of a
 * weekday (of the document's language) names a feast day with it, not a person or place of its own.
 */
function beforeWeekday(text: string, end: number, language: string): boolean {
  let words = weekdayWords.get(language);
  if (!words) {
    words = new Set((languageModule(language)?.weekdays ?? []).flat());
    weekdayWords.set(language, words);
  }
  const next = /^ (\p{Ll}[\p{L}'’ʼ]*)/u.exec(text.slice(end, end + 24))?.[1];
  return Boolean(next && words.has(next));
}

/** A capitalised article inside a run begins a sentence the punctuation lost ("Von Michael Springer Die EU-Kommission hat …"). */
function splitAtCapitalArticle(run: Token[], language: string): Token[][] {
  const articles = nameRules(language).determiners;
  if (!articles || run.length < 2) return [run];
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of run) {
    if (cur.length && /^\p{Lu}/u.test(t.text) && articles.includes(t.text.toLowerCase())) {
      out.push(cur);
      cur = [];
    }
    cur.push(t);
  }
  out.push(cur);
  return out;
}

const trimParticles = (run: Token[]) => {
  let s = 0;
  let e = run.length;
  while (s < e && !isCapitalized(run[s])) s++;
  while (e > s && !isCapitalized(run[e - 1])) e--;
  return run.slice(s, e);
};

interface Candidate {
  tokens: Token[];
  role: RoleMatch | null;
  hadRolePrefix: boolean;
}

/** Separates a leading role ("Syrian Defence Minister", "Maj. Gen.") from the name that follows it; organizations keep their words. */
function peelRole(run: Token[], sentenceStartTok: boolean, language = ''): Candidate | null {
  let toks = run;
  while (toks.length && (DETERMINERS.has(lowerWord(toks[0])) || (sentenceStartTok && toks === run && isLeadingFunctionWord(toks[0].text, language)))) toks = toks.slice(1);
  const hasOrgWord = toks.some((t) => isOrganizationWord(t.text));
  // sentence-initial common words are capitalised by position only: "According", "Earlier" (English words: a language
  // with a lexicon of its own has its everyday words cut by refineNamesForLanguage, and "Rote" is no English "rote" there)
  const englishWords = language === 'en' || !lexiconFor(language);
  while (toks.length > 1 && sentenceStartTok && !hasOrgWord && englishWords && isCommonWord(toks[0].text) && !isGivenName(toks[0].text) && !countryOfWord(toks[0].text) && !isRoleWord(toks[0].text)) toks = toks.slice(1);
  let lastTitle = -1;
  toks.forEach((t, i) => {
    if (isRoleWord(t.text)) lastTitle = i;
  });
  if (lastTitle < 0) {
    // "Syrian Arab Army" keeps its demonym; "Syrian X" as a bare description does not
    // a Cyrillic case form of a country ("Казахстана Ерлан …" = "Kazakhstan's Yerlan …") is never a given name
    while (!hasOrgWord && toks.length > 1 && (isDemonym(toks[0].text) || (/\p{Script=Cyrillic}/u.test(toks[0].text) && countryOfWord(toks[0].text)))) toks = toks.slice(1);
    return toks.length ? { tokens: trimParticles(toks), role: null, hadRolePrefix: false } : null;
  }
  const rest = trimParticles(toks.slice(lastTitle + 1));
  // "Ministry of Emergency Situations": an organization named after an office
  if (!rest.length) return hasOrgWord ? { tokens: trimParticles(toks), role: null, hadRolePrefix: false } : null;
  // "Republican Guard", "UN General Assembly": a title word inside an organization name
  if (rest.some((t) => isOrganizationWord(t.text))) return { tokens: trimParticles(toks), role: null, hadRolePrefix: false };
  return { tokens: rest, role: null, hadRolePrefix: true };
}

interface Position {
  inHeading: boolean;
  midSentence: boolean;
  /** the run opens a paragraph and is followed by "(" or a dash: a dateline place */
  dateline: boolean;
  /** "in X", "near X", "X region": the text around the name says it is a place */
  locative: boolean;
  /** "near X", "the town of X": said of places only, so it holds for names of several words too */
  strongLocative: boolean;
  /** "the ferry X", "X, a cargo ship": the text says it is a vessel */
  vessel: boolean;
  /** the name is a publisher the document's metadata names (its outlet, original, credits) */
  outlet: boolean;
  /** a word of the name has the head of a body's name in the document's language ("Halbmond-Gesellschaft") */
  organizationHead?: boolean;
}

const placeLookup = (name: string) => lookupPlace(name.replace(/\bSt\.?\s/g, 'Saint '));
const isDemonym = (w: string) => Boolean(countryOfWord(w)) && !countryCode(stripPossessive(w));

function classify(c: Candidate, pos: Position): { type: EntityType; rule: string } | null {
  const toks = c.tokens;
  const words = toks.filter((t) => isCapitalized(t));
  const surface = toks.map((t) => t.text).join(' ');
  const clean = stripPossessive(normalizePunctuation(surface));
  const single = words.length === 1 ? stripPossessive(words[0].text) : null;
  if (single !== null && (isSkipWord(single) || /^\p{N}/u.test(single) || isDemonym(single))) return null;
  if (countryCode(clean)) return { type: 'place', rule: 'country' };
  const place = placeLookup(clean);
  if (pos.vessel && words.length <= 4) return { type: 'equipment', rule: 'vessel' };
  if (pos.outlet) return { type: 'organization', rule: 'outlet' };
  // one- and two-letter words at the start of a sentence are function words in some language, not names
  if (single !== null && single.length <= 2 && !pos.midSentence && !isAcronym(single)) return null;
  if (single !== null && isAcronym(single)) {
    if (isNonEntityAcronym(single)) return null;
    if (place && (place.kind === 'country' || (pos.dateline && place.population >= 100000))) return { type: 'place', rule: place.kind === 'country' ? 'country' : 'dateline' };
    // an everyday word in capitals inside running text ("EDGE's director") is a name; in a heading it is emphasis
    return isCommonWord(single) && (!pos.midSentence || pos.inHeading || single.length < 3 || isSkipWord(single)) ? null : { type: 'organization', rule: 'acronym' };
  }
  if (!c.role && endsWithFacilityWord(words.map((t) => stripPossessive(t.text)))) return { type: 'facility', rule: 'facility-word' };
  // "Northern Military Region": everyday words before a place-class word name a body, not a place
  const last = stripPossessive(words[words.length - 1].text).toLowerCase();
  if (!c.role && words.length >= 2 && PLACE_SUFFIXES.includes(last)) {
    if (!ADMINISTRATIVE_SUFFIXES.has(last)) return { type: 'place', rule: 'place-suffix' };
    const rest = words.slice(0, -1);
    return rest.every((t) => isCommonWord(t.text)) ? { type: 'organization', rule: 'region-body' } : { type: 'place', rule: 'place-suffix' };
  }
  if ((pos.organizationHead || toks.some((t) => isOrganizationWord(t.text))) && !c.role) {
    return words.length === 1 ? null : { type: 'organization', rule: 'org-word' };
  }
  // a given name may be an everyday word ("Mark", "Rose") only in first position
  const commonCount = words.filter((t, i) => isCommonWord(t.text) && !(i === 0 && isGivenName(t.text))).length;
  const bigPlace = place && (place.kind !== 'city' || place.population >= 100000);
  if (place && (bigPlace || !(c.role || c.hadRolePrefix))) return { type: 'place', rule: 'gazetteer' };
  if (c.role || c.hadRolePrefix) {
    if (words.length <= 4 && commonCount <= 1 && commonCount < words.length) return { type: 'person', rule: 'role' };
    return null;
  }
  if (words.length >= 2 && words.length <= 5) {
    // "МЧС России", "UN Security Council": an acronym inside a name makes it an organization's
    if (words.some((t) => isAcronym(stripPossessive(t.text)))) return { type: 'organization', rule: 'acronym-name' };
    if (pos.strongLocative && !isGivenName(words[0].text)) return { type: 'place', rule: 'locative' };
    // "Sultan Al Dhaheri": a name particle vouches for an everyday first word
    const particle = toks.some((t) => isNameParticle(t.text) || ARTICLE_PREFIX.test(t.text));
    // "Новини Луганськ", "News Kherson": a word before a big place is a section's label, not a given name
    const lastPlace = words.length === 2 && !isGivenName(words[0].text) ? placeLookup(stripPossessive(words[1].text)) : null;
    if (lastPlace && (lastPlace.kind === 'country' || lastPlace.population >= 100000)) return null;
    if (commonCount === 0 || (particle && commonCount === 1 && isCommonWord(words[0].text))) return { type: 'person', rule: 'name-shape' };
    return null;
  }
  if (words.length === 1) {
    if (isCommonWord(words[0].text) || isRoleWord(words[0].text)) return null;
    if (pos.inHeading && !pos.midSentence) return { type: 'other', rule: 'heading' };
    if (pos.locative && !pos.inHeading) return { type: 'place', rule: 'locative' };
    return { type: 'other', rule: pos.midSentence ? 'single' : 'single-initial' };
  }
  return null;
}

/** "Syria-Russia", "US-backed", "Russian-made": hyphenated descriptions, not names ("al-Nouri", "Jean-Luc" stay). */
export function isCompoundDescription(t: Token): boolean {
  if (UNITS.has(t.text.toLowerCase())) return true;
  const parts = normalizePunctuation(t.text).split('-');
  if (parts.length < 2 || ARTICLE_PREFIX.test(t.text)) return false;
  return parts.some((p) => !/^\p{Lu}/u.test(p) || isCommonWord(p) || Boolean(countryOfWord(p)) || Boolean(lookupPlace(p)));
}

/** People, organizations, places and other proper names in a document, with the roles written around people. */
export function findNames(docId: string, text: string, sentences: Sentence[], blocked: Span[], outlets: string[] = [], language = ''): Mention[] {
  const out: Mention[] = [];
  const headings: boolean[] = [];
  // a publisher is named by its full name, or in a dateline's parentheses by its first word ("(Meridian)")
  const publisherNames = new Set(outlets.map((o) => o.toLowerCase()));
  const publisherFirstWords = new Set(outlets.map((o) => o.split(/\s+/)[0].toLowerCase()).filter((w) => w.length > 2));
  let quotedUntil = 0;
  sentences.forEach((s, si) => {
    const toks = tokenize(text, s.start, s.end);
    const heading = isHeadingLike(text, s, toks);
    headings[si] = heading;
    const titleCase = isTitleCase(text, s, toks, heading);
    for (const raw of capitalizedRuns(text, toks, language)) {
      for (const run of splitAtBlocked(raw, blocked).flatMap((r) => splitAtCapitalArticle(r, language)).flatMap((r) => splitAtEverydayWords(r, titleCase, language))) {
        const first = run[0];
        if (first.start < quotedUntil) continue;
        const atStart = toks.indexOf(first) === 0 || /^[\s"“‘(\-•*|:]*$/.test(text.slice(s.start, first.start));
        // articles that a capital at the start of a sentence does not make part of a name ("Das Erdbeben"), from the language's module
        const articles = nameRules(language).determiners;
        const unarticled = atStart && articles && run.length > 1 && articles.includes(run[0].text.toLowerCase()) ? run.slice(1) : run;
        // "Provinz Kunar", "Region Tigray": a noun of a place's kind before a name says the name is a place's
        const placeNoun = unarticled.length > 1 && Boolean(nameRules(language).placeNouns?.includes(unarticled[0].text.toLowerCase()));
        const bare = placeNoun ? unarticled.slice(1) : unarticled;
        const cand = peelRole(bare, atStart && !placeNoun, language);
        if (!cand) continue;
        const nameStart = cand.tokens[0].start;
        const nameEnd = cand.tokens[cand.tokens.length - 1].end;
        if (isZoneAfterTime(text, nameStart, nameEnd) || (cand.tokens.length === 1 && beforeWeekday(text, nameEnd, language))) continue;
        const before = roleBefore(text, nameStart, s.start);
        const after = before ? null : roleAfter(text, nameEnd, s.end);
        cand.role = before ?? after;
        const midSentence = !(nameStart === first.start && atStart);
        const lineStart = text.lastIndexOf('\n', nameStart - 1) + 1;
        // a dateline may list several places in capitals: "CITY / OTHER CITY —"
        const opensLine = /^[\s"“‘(\-•*|\p{Lu}.,/]*$/u.test(text.slice(lineStart, nameStart));
        const shouted = text.slice(nameStart, nameEnd) === text.slice(nameStart, nameEnd).toUpperCase();
        const dateline = opensLine && (/^\s*(?:,[^\n(]{0,40})?(?:\(|[—–-])/.test(text.slice(nameEnd, nameEnd + 50)) || (shouted && /^[.,]\s/.test(text.slice(nameEnd, nameEnd + 2))));
        const left = text.slice(Math.max(s.start, nameStart - 40), nameStart);
        const right = text.slice(nameEnd, Math.min(s.end, nameEnd + 60));
        const strongLocative = placeNoun || STRONG_LOCATIVE_BEFORE.test(left) || PLACE_SUFFIX_AFTER.test(right);
        const locative = strongLocative || LOCATIVE_BEFORE.test(left);
        const vessel = VESSEL_BEFORE.test(left) || VESSEL_AFTER.test(right);
        const surfaceName = stripPossessive(text.slice(nameStart, nameEnd)).toLowerCase();
        const inParens = text[nameStart - 1] === '(' && text[nameEnd] === ')';
        const outlet = publisherNames.has(surfaceName) || (inParens && publisherFirstWords.has(surfaceName));
        const organizationHead = cand.tokens.length > 1 && cand.tokens.some((t) => hasOrganizationHead(stripPossessive(t.text), language));
        const cls = classify(cand, { inHeading: heading, midSentence, dateline, locative, strongLocative, vessel, outlet, organizationHead });
        if (!cls) continue;
        const surface = text.slice(nameStart, nameEnd);
        let name = stripPossessive(surface).replace(/[.,]$/, '');
        // "the Kursk region": the region named after a city is a place of its own, not the city
        const region = (cls.type === 'place' || (cls.type === 'organization' && / of the \S+$/.test(name))) && name === surface ? ADMINISTRATIVE_AFTER.exec(text.slice(nameEnd, nameEnd + 16)) : null;
        // "… Office of the Sumy region": the body of a region named after its city
        if (region && (cls.type === 'organization' || placeLookup(name)?.kind === 'city')) {
          name += region[0];
          cls.rule = `${cls.rule}+region`;
        }
        const roles: Role[] = [];
        if (cls.type === 'person' && cand.role) {
          const r = cand.role;
          const from = Math.min(r.start, nameStart);
          const to = Math.max(r.end, nameEnd);
          roles.push(toRole(r, { doc: docId, start: from, end: to, quote: text.slice(from, to) }));
        }
        // German capitalises every noun: one capitalised word there is a name only if something else says so
        if (cls.type === 'other' && hasOrganizationHead(stripPossessive(text.slice(nameStart, nameEnd)), language)) {
          cls.type = 'organization';
          cls.rule = 'org-suffix';
        }
        // "телемарафону Єдині новини": a title written in sentence case takes the noun its first word qualifies
        const title = cand.tokens.length === 1 && name === surface ? sentenceCaseTitle(text, nameStart, nameEnd, language) : null;
        if (title) {
          name = title;
          cls.type = 'organization';
          cls.rule = 'sentence-case-title';
        }
        const rule = cls.type === 'other' && capitalisesNouns(language) ? `${cls.rule}-noun` : cls.rule;
        // "ОТГ «Северск»", "ГК «Ростех»": an acronym of a kind of body before a quoted name is that body's name with it
        const quoted = cls.rule === 'acronym' && name === surface ? QUOTED_NAME_AFTER.exec(text.slice(nameEnd, nameEnd + 48)) : null;
        if (quoted) {
          name += quoted[0];
          quotedUntil = nameStart + name.length;
        }
        // the region inside the body's name is named too
        if (region && cls.type === 'organization') {
          const inner = / of the (\S+)$/.exec(surface);
          if (inner) {
            const at = nameEnd - inner[1].length;
            const place = text.slice(at, nameStart + name.length);
            out.push({ doc: docId, start: at, end: at + place.length, text: place, name: normalizePunctuation(place), type: 'place', sentence: si, roles: [], rule: 'gazetteer+region+inner' });
          }
        }
        out.push({
          doc: docId,
          start: nameStart,
          end: nameStart + name.length,
          text: name,
          name: normalizePunctuation(name),
          type: cls.type,
          sentence: si,
          roles,
          rule: heading ? `${rule}+heading` : rule,
        });
      }
    }
  });
  // English documents: the CoNLL-trained tagger adds the names the rules missed
  return language === 'en' ? withTaggedNames(docId, text, sentences, blocked, out, headings) : out;
}

/** "Full Name (ACRONYM)" pairs: the initials spell the acronym, or the name is an organization's ("National Security Committee (KNB)"). */
export function findAcronyms(text: string): { short: string; long: string }[] {
  const out: { short: string; long: string }[] = [];
  const re = /((?:\p{Lu}[\p{L}-]*\s+(?:(?:of|for|and|the|de)\s+)?){0,7}\p{Lu}[\p{L}-]*)\s+\((\p{Lu}[\p{L}&]{1,11})\)/gu;
  for (const m of text.matchAll(re)) {
    const words = m[1].split(/\s+/);
    const short = m[2];
    const initials = (ws: string[]) => ws.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    // the shortest tail of the name whose initials spell the acronym
    const k = words.findIndex((w, i) => /^\p{Lu}/u.test(w) && initials(words.slice(i)) === short);
    if (k >= 0) out.push({ short, long: words.slice(k).join(' ') });
    else if (words.some((w) => isOrganizationWord(w))) {
      // "Emirates News Agency (WAM)", "Jordan News Agency (Petra)": a short name in another language
      const first = words.findIndex((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()));
      if (first >= 0) out.push({ short, long: words.slice(first).join(' ') });
    }
  }
  return out;
}
