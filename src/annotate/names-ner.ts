import { tagSentences } from '../ner/index.js';
import type { EntityType, Mention, Role, Sentence } from '../types.js';
import { countryCode, lookupPlace } from './gazetteer.js';
import { ABBREVIATION } from '../ner/tokenize.js';
import { endsWithFacilityWord, isCommonWord, isGivenName, isNonEntityAcronym, isOrganizationWord, isSkipWord } from './lexicon.js';
import { isCompoundDescription } from './names.js';
import { countryOfWord, isRoleWord, roleAfter, roleBefore, toRole } from './roles.js';
import { normalizePunctuation, stripPossessive } from './tokens.js';
import nerRules from './data/ner.json' with { type: 'json' };

interface Span {
  start: number;
  end: number;
}

// rule mentions found from capitalisation alone, which the tagger may join or split; gazetteer, outlet, equipment and facility finds stay
const SPLITTABLE = new Set(['name-shape', 'acronym-name', 'single', 'single-initial', 'role', 'locative']);
const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|dr|prof|gen|lt|col|maj|capt|sgt|brig|adm|gov|sen|rep|rev|cpl|pte)$/i;
const TYPE_OF: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const LETTER = /[\p{L}\p{N}]/u;
const LOCATIVE_BEFORE = /(?:^|\s)(?:in|near|at|outside|from|to|of the (?:town|city|village|province|region|district) of)\s+$/i;

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

interface Context {
  heading: boolean;
  /** the span is the first token of its sentence */
  initial: boolean;
  /** lower-case words the document writes (collected on first use: most documents never ask) */
  lower: () => Set<string>;
}

/** A list label, or a short line in title case: "- Power Generation: …", "8. FAQ", "3.3 Trade Expansion". */
function isLabel(text: string, t: Span): boolean {
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  const lineEnd = text.indexOf('\n', t.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const words = line.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length <= 8 && !/[.!?]["”’)]?\s*$/u.test(line) && words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 3)) return true;
  if (!/^[\s\-–—•*#>|\d.)]*(?:\p{Lu}[\p{L}\p{M}'’-]*\s+)*$/u.test(text.slice(lineStart, t.start))) return false;
  return /^[^\S\n]*[:|]/.test(text.slice(t.end, t.end + 5));
}

/** The span without the titles, ranks and abbreviations a tagged person may start with ("Gen. Serik Dauletov" -> "Serik Dauletov"). */
function trimLeading(text: string, t: Span): Span {
  let start = t.start;
  for (;;) {
    const m = /^([\p{L}]+)\.?\s+/u.exec(text.slice(start, t.end));
    if (!m || !(isRoleWord(m[1]) || TITLE_ABBREVIATION.test(m[1]) || /^(?:the|a|an)$/i.test(m[1]))) break;
    start += m[0].length;
  }
  return { start, end: t.end };
}

/** A tagged span that is no name however sure the tagger is: a cut word, a list label, a title, an abbreviation, a compound description, an everyday word. */
function rejected(text: string, t: Span & { text: string }, type: EntityType, ctx: Context): boolean {
  if ((t.start > 0 && LETTER.test(text[t.start - 1])) || LETTER.test(text[t.end] ?? '')) return true;
  const words = t.text.split(/\s+/).map((w) => stripPossessive(w));
  if (!/^\p{Lu}/u.test(words[0]) || !/^[\p{Lu}\p{N}]/u.test(words[words.length - 1])) return true;
  if (ctx.heading || isLabel(text, t)) return true;
  if (words.every((w) => isSkipWord(w) || isRoleWord(w))) return true;
  // "US-backed", "Syria-Russia" are descriptions; a person's "Sue-Ellen" is not, unless a part names a country
  const compound = (w: string) =>
    type === 'person' ? w.includes('-') && w.split('-').some((p) => !/^\p{Lu}/u.test(p) || countryOfWord(p)) : isCompoundDescription({ text: w, start: 0, end: w.length });
  if (words.some(compound)) return true;
  if (words.length === 1) {
    const w = words[0];
    if (isOrganizationWord(w) || ABBREVIATION.test(w.replace(/\.$/, '')) || isNonEntityAcronym(w)) return true;
    // an everyday word is a name only mid-sentence, and only where the document never writes it in lower case
    if (isCommonWord(w) && (ctx.initial || ctx.lower().has(w.toLowerCase()))) return true;
  }
  // "Innovation Hub" is no person: a person's name has a word that is not an everyday word, or a given name
  if (type === 'person' && words.every((w) => isCommonWord(w) && !isGivenName(w))) return true;
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
  let lowerWords: Set<string> | null = null;
  const lower = () => {
    if (!lowerWords) {
      lowerWords = new Set<string>();
      for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'-]*/gu)) lowerWords.add(m[0]);
    }
    return lowerWords;
  };
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
  const removed = new Set<Mention>();
  /** A mention of a tagged span, or null when the span is rejected as a name. */
  const mentionOf = (raw: (typeof tagged)[number], rulePrefix: string): Mention | null => {
    const span = trimLeading(text, raw);
    if (span.start >= span.end) return null;
    const t = { ...raw, ...span, text: text.slice(span.start, span.end) };
    const taggedType = TYPE_OF[t.type];
    if (!taggedType || t.confidence < nerRules.minConfidence || blocked.some((b) => overlaps(b, t))) return null;
    const name = normalizePunctuation(t.text);
    const r = typeOf(name, taggedType, t.end);
    const initial = !/[\p{L}\p{N}]/u.test(text.slice(sentences[t.sentence].start, t.start).replace(/^.*[:|]/su, ''));
    if (rejected(text, t, r.type, { heading: headings[t.sentence], initial, lower })) return null;
    // one unknown word the tagger calls a place is a place only where the gazetteer or the words around it say so
    if (r.type === 'place' && !/\s/.test(name) && !r.evidence && !lookupPlace(name) && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) r.type = 'other';
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
    const rule = `${rulePrefix}${r.evidence ? `+${r.evidence}` : ''}`;
    return { doc: docId, start: t.start, end: t.end, text: t.text, name, type: r.type, sentence: t.sentence, roles, rule };
  };
  const inside = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;
  const splittable = (m: Mention) => SPLITTABLE.has(m.rule) && m.type !== 'equipment' && m.type !== 'facility';
  for (const t of tagged) {
    const taggedType = TYPE_OF[t.type];
    if (!taggedType) continue;
    const same = ruleMentions.filter((m) => overlaps(m, t));
    // the rules found this span but could not type it
    if (same.length === 1 && same[0].start === t.start && same[0].end === t.end) {
      const m = same[0];
      if (m.type !== 'other' || t.confidence < nerRules.minConfidence) continue;
      const r = typeOf(m.name, taggedType, m.end);
      if (r.type === 'other') continue;
      m.type = r.type;
      m.rule = `ner+${m.rule}`;
      continue;
    }
    if (!same.length) {
      const m = mentionOf(t, 'ner');
      if (m) out.push(m);
      continue;
    }
    // "Lee-Anne Mulholland" where the rules kept "Mulholland": the tagger's longer name replaces the pieces inside it
    if (same.every((m) => inside(m, t) && splittable(m) && !removed.has(m))) {
      const m = mentionOf(t, 'ner+joined');
      if (!m || !/\s|-/.test(m.name) || same.some((r) => r.start === m.start && r.end === m.end)) continue;
      for (const r of same) removed.add(r);
      out.push(m);
    }
  }
  // "GUR Kyrylo Budanov": an acronym before a name the tagger reads as a person's is the person's organization
  for (const m of ruleMentions) {
    if (removed.has(m) || !splittable(m) || m.type === 'person') continue;
    const t = tagged.find((x) => x.start === m.start && x.end === m.end && x.type === 'PER' && x.confidence >= nerRules.minConfidence);
    const parts = /^(\p{Lu}{2,6})\s+((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+){1,2}\p{Lu}\p{Ll}+)$/u.exec(m.text);
    if (!t || !parts || isNonEntityAcronym(parts[1])) continue;
    const restStart = m.start + m.text.indexOf(parts[2], parts[1].length);
    const person = mentionOf({ ...t, start: restStart, end: m.end, text: parts[2] }, 'ner+split');
    if (person?.type !== 'person') continue;
    removed.add(m);
    const org = parts[1];
    out.push({ doc: docId, start: m.start, end: m.start + org.length, text: org, name: org, type: 'organization', sentence: m.sentence, roles: [], rule: 'ner+split+acronym' }, person);
  }
  // "Afghanistan Indrika Ratwatte", "EU Fines Google": a rule run the tagger reads as two or more names is split into them
  for (const m of ruleMentions) {
    if (removed.has(m) || !splittable(m)) continue;
    const parts = tagged.filter((t) => inside(t, m) && TYPE_OF[t.type] && (t.start !== m.start || t.end !== m.end));
    if (parts.length < 2 || parts.some((t) => tagged.some((o) => o !== t && overlaps(o, t) && !inside(o, m)))) continue;
    // a capitalised word between the parts joins them in running text ("US Geological Survey"); in a title-case heading it need not
    let gap = text.slice(m.start, m.end);
    for (const t of [...parts].sort((a, b) => b.start - a.start)) gap = gap.slice(0, t.start - m.start) + ' '.repeat(t.end - t.start) + gap.slice(t.end - m.start);
    if (/\p{Lu}/u.test(gap) && !headings[m.sentence]) continue;
    const pieces = parts.map((t) => mentionOf(t, 'ner+split'));
    if (pieces.some((x) => !x)) continue;
    removed.add(m);
    out.push(...(pieces as Mention[]));
  }
  return out.filter((m) => !removed.has(m)).sort((a, b) => a.start - b.start);
}
