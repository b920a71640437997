import type { Mention } from '../types.js';
import { lookupPlace } from './gazetteer.js';
import { hasEverydayHead, hasOrganizationHead, isEverydayWord, isKnownName, type LanguageLexicon, lexiconFor } from './lexicons.js';
import { isRoleWord } from './roles.js';

// what the names stage found by evidence stronger than capitalisation (gazetteer, country, dateline…): kept as found
const PROTECTED_RULES = /^(?:country|dateline|outlet|acronym|vessel|ner)/;
// a small place must not shadow an everyday word of the document's language ("Un" is a village somewhere)
const SHADOWING_POPULATION = 100_000;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

interface Word {
  text: string;
  start: number;
  end: number;
}

/**
 * The names of a document in a language other than English, checked against that language's everyday words: a
 * capitalised everyday word is no name unless a name list knows it ("Menschen", "Uhr", "Un" go; "Jonas", "Müller"
 * stay), leading everyday words and, in languages that capitalise every noun, leading nouns before a known given name
 * are cut off ("Das Feuer" → dropped, "Feuerwehrsprecher Jonas Albrecht" → "Jonas Albrecht"). What is left and is a
 * known place becomes a place. Pure: returns new mentions.
 */
export function refineNamesForLanguage(mentions: Mention[], text: string, language: string): Mention[] {
  const lex = language === 'en' ? null : lexiconFor(language);
  if (!lex) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    // a lone noun-capitalised word the names stage already marked (rule *-noun) joins an entity only where another
    // document names it: that mechanism decides, not the lexicon
    if (m.type === 'facility' || m.type === 'equipment' || PROTECTED_RULES.test(m.rule) || m.rule.endsWith('-noun')) {
      out.push(m);
      continue;
    }
    if (m.rule.startsWith('gazetteer')) {
      if (!shadowsEverydayWord(m, lex)) out.push(m);
      continue;
    }
    const refined = refine(m, text, lex);
    if (refined) out.push(refined);
  }
  return out;
}

function refine(m: Mention, text: string, lex: LanguageLexicon): Mention | null {
  const words: Word[] = [...text.slice(m.start, m.end).matchAll(WORD)].map((w) => ({ text: w[0], start: m.start + (w.index ?? 0), end: m.start + (w.index ?? 0) + w[0].length }));
  if (!words.length) return m;
  // a lowercase word cannot start a name ("von Hannover" once "Norden" is cut); an acronym is never an everyday word
  const everyday = (w: Word) => /^\p{Ll}/u.test(w.text) || (!/\p{Lu}.*\p{Lu}/u.test(w.text) && isEverydayWord(lex, w.text) && !isKnownName(lex, w.text));
  const noun = (w: Word) => everyday(w) || (hasEverydayHead(lex, w.text) && !isKnownName(lex, w.text));
  const orgHead = (w: Word) => hasOrganizationHead(w.text, lex.language);
  // "Rote Halbmond-Gesellschaft": in a name whose head names a body, a capitalised word before it belongs to the name
  const bodyAt = lex.capitalisesNouns ? words.findIndex(orgHead) : -1;
  const body = Math.max(0, bodyAt);
  // where every noun is capitalised, a leading noun that names an office ("Ministeriumssprechers") or a kind of body
  // ("Nachrichtenagentur") describes the name after it, and so does an inflected everyday noun ("Provinzen")
  // ("Halbmond-Gesellschaft Afghanistans": a body's head before a genitive or a place is the body's own name)
  const descriptor = (w: Word, i: number) =>
    lex.capitalisesNouns && (hasRoleHead(w.text) || (orgHead(w) && !genitive(words[i + 1].text) && !placeOf(text.slice(words[i + 1].start, m.end), lex)) || inflectedEveryday(lex, w.text));
  let from = 0;
  let described: 'person' | 'organization' | null = null;
  // a noun before a known name or place is no part of it ("Feuerwehrsprecher Jonas …", "Nordosten Afghanistans")
  const named = (i: number) => isKnownName(lex, words[i].text) || Boolean(lex.capitalisesNouns && placeOf(text.slice(words[i].start, m.end), lex));
  while (from < words.length - 1 && !(body && from + 1 >= body) && (everyday(words[from]) || (noun(words[from]) && !orgHead(words[from]) && named(from + 1)) || descriptor(words[from], from))) {
    described = hasRoleHead(words[from].text) ? 'person' : orgHead(words[from]) ? 'organization' : null;
    from++;
  }
  if (bodyAt >= from && bodyAt >= 0 && m.type === 'person' && from === 0) return { ...m, type: 'organization', rule: `${m.rule}+${lex.language}-institution` };
  const rest = words.slice(from);
  // one word left: an everyday word or (nouns capitalised) a compound of one is no name, and no person without a known name
  const lone = rest.length === 1 && !/[-\d]/.test(rest[0].text) ? rest[0] : null;
  if (lone && hasOrganizationHead(lone.text, lex.language)) {
    const start = lone.start;
    return { ...m, start, text: text.slice(start, m.end), name: text.slice(start, m.end), type: 'organization', rule: `${m.rule}+${lex.language}-institution` };
  }
  if (lone && (everyday(lone) || (noun(lone) && (m.type !== 'person' || from > 0 || !isKnownName(lex, lone.text))))) return null;
  if (from === 0) return m;
  const start = rest[0].start;
  const surface = text.slice(start, m.end);
  const place = placeOf(surface, lex);
  // what the descriptor says the name is; a single unknown word after a plain noun is a name of unknown type, not a person
  const type = described === 'organization' ? 'organization' : m.type === 'person' && rest.length === 1 && described !== 'person' && !isKnownName(lex, rest[0].text) ? 'other' : m.type;
  return {
    ...m,
    start,
    text: surface,
    // a place keeps the gazetteer's form as its name, so "Afghanistans" joins "Afghanistan"
    name: place && rest.length <= 3 ? place.name : surface,
    type: place && rest.length <= 3 ? 'place' : type,
    rule: `${m.rule}+${lex.language}-lexicon`,
  };
}

/** A known place by the name as written or, where the language marks the genitive with -s ("Afghanistans"), without it. */
function placeOf(surface: string, lex: LanguageLexicon) {
  return lookupPlace(surface) ?? (lex.capitalisesNouns && /\p{L}s$/u.test(surface) ? lookupPlace(surface.slice(0, -1)) : null);
}

/** A one-word gazetteer place that is an everyday word of the language and no big place. */
function shadowsEverydayWord(m: Mention, lex: LanguageLexicon): boolean {
  if (/\s/.test(m.name) || isKnownName(lex, m.name) || !isEverydayWord(lex, m.name)) return false;
  const place = lookupPlace(m.name);
  return !!place && place.kind !== 'country' && place.population < SHADOWING_POPULATION;
}

/** "Ministeriumssprechers", "Regierungschef": a compound whose head (at least five letters) is an office's title. */
function hasRoleHead(word: string): boolean {
  const w = word.toLowerCase();
  for (let i = 3; i <= w.length - 5; i++) if (isRoleWord(w.slice(i))) return true;
  return false;
}

/** An everyday noun with a plural or case ending the lexicon does not list ("Provinzen" for "Provinz"), in a noun-capitalising language. */
function inflectedEveryday(lex: LanguageLexicon, word: string): boolean {
  const m = /^(\p{L}{4,}?)(?:en|es|er|n|e|s)$/u.exec(word);
  return Boolean(m && isEverydayWord(lex, m[1]) && !isKnownName(lex, word));
}

/** A proper name in the German genitive ("Albaniens", "Kolgjinis"): it belongs to the noun before it. */
const genitive = (word: string): boolean => /\p{Ll}(?<!s)s$/u.test(word);
