import { tagSentences } from '../ner/index.js';
import type { EntityType, Mention, Role, Sentence } from '../types.js';
import { countryCode, lookupPlace } from './gazetteer.js';
import { endsWithFacilityWord, isCommonWord, isGivenName, isOrganizationWord, isSkipWord } from './lexicon.js';
import { isRoleWord, roleAfter, roleBefore, toRole } from './roles.js';
import { normalizePunctuation, stripPossessive } from './tokens.js';
import nerRules from './data/ner.json' with { type: 'json' };

interface Span {
  start: number;
  end: number;
}

const TYPE_OF: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The type a tagged name gets once the rules have looked at it: a country or a large gazetteer place is a place, a name
 * ending in a building word a facility, an organization word makes an organization of a tagged place or person.
 */
function refine(name: string, tagged: EntityType): { type: EntityType; evidence: string } {
  const words = name.split(/\s+/);
  if (countryCode(name)) return { type: 'place', evidence: 'gazetteer' };
  if (endsWithFacilityWord(words)) return { type: 'facility', evidence: 'facility-word' };
  if (words.length > 1 && words.some((w) => isOrganizationWord(w)) && tagged !== 'organization') return { type: 'organization', evidence: 'org-word' };
  const place = tagged === 'place' || tagged === 'organization' ? lookupPlace(name) : null;
  if (tagged === 'place' && place) return { type: 'place', evidence: 'gazetteer' };
  return { type: tagged, evidence: '' };
}

/**
 * The tagger types a single unknown word by its priors (an unseen capitalised word is most often a person in 1990s
 * Reuters; on eng.testa a sure single unseen word is right as a place 86 % of the time, as a person 74 %), so one word
 * keeps a person type only with other evidence: a given name, or a word of a longer person name in the document.
 * Otherwise it is a name of unknown type ("other").
 */
function singleWordType(word: string, type: EntityType, personWords: Set<string>): EntityType {
  if (type === 'person') return isGivenName(word) || personWords.has(word.toLowerCase()) ? 'person' : 'other';
  return type;
}

/** A tagged span that is no name however sure the tagger is: a cut word, a skip word, a title word, an everyday word in a heading. */
function rejected(text: string, t: Span & { text: string }, heading: boolean): boolean {
  if ((t.start > 0 && LETTER.test(text[t.start - 1])) || LETTER.test(text[t.end] ?? '')) return true;
  const words = t.text.split(/\s+/).map((w) => stripPossessive(w));
  if (!/^\p{Lu}/u.test(words[0]) || !/^[\p{Lu}\p{N}]/u.test(words[words.length - 1])) return true;
  if (words.every((w) => isSkipWord(w) || isRoleWord(w))) return true;
  if (words.length === 1 && heading && isCommonWord(words[0])) return true;
  return false;
}

/**
 * Names the English tagger finds and the rules did not: added where the tagger is sure (its smallest token margin
 * reaches `minConfidence`), typed by the tagger and refined by the gazetteers and vocabularies. A rule mention the tagger
 * covers with the same span and that the rules could not type ("other") takes the tagger's type. Returns the mentions,
 * sorted by position.
 */
export function withTaggedNames(docId: string, text: string, sentences: Sentence[], blocked: Span[], ruleMentions: Mention[], headings: boolean[]): Mention[] {
  const tagged = tagSentences(text, sentences);
  const out = [...ruleMentions];
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const personWords = new Set<string>();
  for (const m of ruleMentions) if (m.type === 'person') for (const w of m.name.split(/\s+/).slice(1)) personWords.add(stripPossessive(w).toLowerCase());
  for (const t of tagged) if (t.type === 'PER' && /\s/.test(t.text)) for (const w of t.text.split(/\s+/).slice(1)) personWords.add(stripPossessive(w).toLowerCase());
  const typeOf = (name: string, tagged: EntityType, end: number): { type: EntityType; evidence: string } => {
    // "Kremlin spokesman", "Acme spokeswoman": a name that a title follows is the body the office belongs to
    const next = /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40))?.[1];
    if (next && /^\p{Ll}/u.test(next) && isRoleWord(next) && !countryCode(name) && tagged !== 'person') return { type: 'organization', evidence: 'title-after' };
    const r = refine(name, tagged);
    return !/\s/.test(name) && !r.evidence ? { type: singleWordType(name, r.type, personWords), evidence: '' } : r;
  };
  for (const t of tagged) {
    const taggedType = TYPE_OF[t.type];
    if (!taggedType) continue;
    const same = ruleMentions.filter((m) => overlaps(m, t));
    if (same.length === 1 && same[0].start === t.start && same[0].end === t.end && same[0].type === 'other') {
      const m = same[0];
      if (t.confidence < nerRules.minConfidence) continue;
      const r = typeOf(m.name, taggedType, m.end);
      if (r.type === 'other') continue;
      m.type = r.type;
      m.rule = `ner+${m.rule}`;
      continue;
    }
    if (same.length || blocked.some((b) => overlaps(b, t))) continue;
    if (t.confidence < nerRules.minConfidence) continue;
    const heading = headings[t.sentence];
    if (rejected(text, t, heading)) continue;
    const name = normalizePunctuation(t.text);
    const r = typeOf(name, taggedType, t.end);
    const roles: Role[] = [];
    if (r.type === 'person') {
      const s = sentences[t.sentence];
      const role = roleBefore(text, t.start, s.start) ?? roleAfter(text, t.end, s.end);
      if (role) {
        const from = Math.min(role.start, t.start);
        const to = Math.max(role.end, t.end);
        roles.push(toRole(role, { doc: docId, start: from, end: to, quote: text.slice(from, to) }));
      }
    }
    const rule = `ner${r.evidence ? `+${r.evidence}` : ''}${heading ? '+heading' : ''}`;
    out.push({ doc: docId, start: t.start, end: t.end, text: t.text, name, type: r.type, sentence: t.sentence, roles, rule });
  }
  return out.sort((a, b) => a.start - b.start);
}
