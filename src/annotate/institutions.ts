import data from './data/institutions.json' with { type: 'json' };
import anyAscii from 'any-ascii';
import { countryCode, lookupPlace } from './gazetteer.js';
import { HYPHENS } from './gazetteer-words.js';
import { isGivenName, isLeadingFunctionWord } from './lexicon.js';

/** A museum, court, hospital, university… named by its head noun and complement, in any language. */
export interface InstitutionMention {
  start: number;
  end: number;
  text: string;
  /** the class of data/institutions.json: "museum", "court" */
  kind: string;
  type: 'facility' | 'organization';
  /** the place the name holds ("Sevilla" in "Museo de Bellas Artes de Sevilla"), as written, with its span */
  place: { name: string; start: number; end: number } | null;
  /** one key for translations of the name: class, complement concepts, the place's initial ("museum|art+bel|s") */
  key: string;
}

interface ClassData {
  type: string;
  heads: string[];
  afterPlace?: boolean;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const classes = data.classes as Record<string, ClassData>;
const headClass = new Map<string, string>();
for (const [kind, c] of Object.entries(classes)) for (const h of c.heads) headClass.set(h.toLowerCase(), kind);

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’${HYPHENS}])(?:${[...headClass.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|[${HYPHENS}]\\p{L})`,
  'giu',
);
const WORD_RE = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:['’${HYPHENS}][\\p{L}\\p{M}\\p{N}]+)*|&`, 'gu');
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const INLINE = /^[ \t\u00A0]+$/;
const particles = [...data.particles].sort((a, b) => b.length - a.length);
const joiners = new Set(data.joiners);
const particleSet = new Set(particles);
const WINDOW = 120;

const fold = (s: string): string => anyAscii(s).toLowerCase().replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const concepts = Object.entries(data.concepts)
  .flatMap(([concept, phrases]) => phrases.map((p) => [fold(p), concept] as [string, string]))
  .sort((a, b) => b[0].length - a[0].length);

/** The particle ("de", "di", "of", "d’") that starts at `at` followed by a space or, when elided, by the next word; its end. */
function particleAt(text: string, at: number): number | null {
  for (const p of particles) {
    const s = text.slice(at, at + p.length);
    if (s.toLowerCase() !== p) continue;
    const next = text.slice(at + p.length, at + p.length + 2);
    if (/['’]$/.test(p)) return CAPITAL.test(next) ? at + p.length : null;
    if (/^[ \t\u00A0]\S/u.test(next)) return at + p.length + 1;
  }
  return null;
}

const WORD_AT = new RegExp(`^(?:${WORD_RE.source})`, 'u');

/** A line most of whose longer words are capitalised is a title ("Everything About The Seville Museum Heist"). */
function inTitle(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const words = text.slice(from, to < 0 ? text.length : to).match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 4 && words.filter((w) => CAPITAL.test(w)).length / words.length >= 0.7;
}

/**
 * The words of the complement that starts at `from` (right after a head and its space): up to two lower-case adjectives
 * before a particle, then capitalised words, each run led by a particle or a joiner ("de Bellas Artes de Sevilla",
 * "correctionnel de Lyon"). Capitalised words straight after the head only when `direct`. Empty when no capitalised word.
 */
function complementAfter(text: string, from: number, direct: boolean): Word[] {
  const out: Word[] = [];
  let at = from;
  let adjectives = 0;
  let pendingParticle = false;
  const limit = Math.min(text.length, from + WINDOW);
  while (at < limit) {
    const p = particleAt(text, at);
    if (p !== null && !pendingParticle) {
      out.push({ text: text.slice(at, p).trim(), start: at, end: p });
      at = p;
      pendingParticle = true;
      continue;
    }
    const w = WORD_AT.exec(text.slice(at));
    if (!w) break;
    const word = { text: w[0], start: at, end: at + w[0].length };
    const lastCapital = out.length > 0 && CAPITAL.test(out[out.length - 1].text);
    if (CAPITAL.test(word.text) && (pendingParticle || lastCapital || direct)) {
      out.push(word);
      pendingParticle = false;
    } else if (!pendingParticle && lastCapital && joiners.has(word.text)) {
      out.push(word);
      pendingParticle = true;
    } else if (!pendingParticle && out.length === adjectives && adjectives < 2 && LOWER.test(word.text)) {
      // "tribunal correctionnel de Lyon": only when a particle follows
      const gap = /^[ \t\u00A0]+/.exec(text.slice(word.end))?.[0].length ?? 0;
      if (!gap || particleAt(text, word.end + gap) === null) break;
      out.push(word);
      adjectives++;
    } else break;
    at = word.end;
    const gap = /^[ \t\u00A0]/.exec(text.slice(at));
    if (!gap) break;
    at += 1;
  }
  // a trailing particle, joiner or adjective is not the name's
  while (out.length && !CAPITAL.test(out[out.length - 1].text)) out.pop();
  return out.some((w) => CAPITAL.test(w.text)) ? out : [];
}

/** The capitalised words right before `end` on the same line, without leading function words. */
function capitalsBefore(text: string, end: number): Word[] {
  const from = Math.max(0, end - WINDOW);
  const words = [...text.slice(from, end).matchAll(WORD_RE)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
  const run: Word[] = [];
  let edge = end;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!INLINE.test(text.slice(w.end, edge)) || !CAPITAL.test(w.text) || isLeadingFunctionWord(w.text) || articleAtStart(text, w)) break;
    run.unshift(w);
    edge = w.start;
  }
  return run;
}

/**
 * The place a complement names: its last run of capitalised words after a particle, when the gazetteer knows it or the
 * complement has another run before it ("de Bellas Artes de Sevilla"); one word spanning the run.
 */
function placeOf(text: string, words: Word[]): Word | null {
  let first = words.length - 1;
  while (first > 0 && CAPITAL.test(words[first - 1].text)) first--;
  if (first === 0 || !particleSet.has(words[first - 1].text.toLowerCase())) return null;
  const start = words[first].start;
  const end = words[words.length - 1].end;
  const run = text.slice(start, end);
  if (countryCode(run)) return null;
  const earlier = words.slice(0, first - 1).some((w) => CAPITAL.test(w.text));
  return earlier || lookupPlace(run) ? { text: run, start, end } : null;
}

/** A sentence's first word of three letters or fewer ("El", "Il", "Un") is an article, not a name. */
function articleAtStart(text: string, w: Word): boolean {
  return w.text.length <= 3 && /(?:^|[.!?:»"”]\s+|\n\s*)$/u.test(text.slice(Math.max(0, w.start - 4), w.start));
}

/** "art+bel": the complement's words (not its place, particles or joiners) as concepts or first three letters, sorted. */
function signature(words: Word[], place: Word | null): string {
  let rest = ` ${fold(words.filter((w) => !(place && w.start >= place.start && w.end <= place.end) && !joiners.has(w.text) && !particleSet.has(w.text.toLowerCase())).map((w) => w.text).join(' '))} `;
  const tokens: string[] = [];
  for (const [phrase, concept] of concepts) {
    // German compounds: "Strafgericht" holds "straf"
    while (rest.includes(` ${phrase} `)) {
      tokens.push(concept);
      rest = rest.replace(` ${phrase} `, ' ');
    }
  }
  for (const w of rest.split(' ').filter(Boolean)) tokens.push(w.slice(0, 3));
  return [...new Set(tokens)].sort().join('+');
}

function mention(text: string, kind: string, start: number, end: number, name: Word[], place: Word | null): InstitutionMention {
  const initial = place ? fold(place.text)[0] ?? '' : '';
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    type: classes[kind].type === 'organization' ? 'organization' : 'facility',
    place: place ? { name: place.text, start: place.start, end: place.end } : null,
    key: `${kind}|${signature(name, place)}|${initial}`,
  };
}

/**
 * Institutions in text: a head word of data/institutions.json with its complement after it ("Museo de Bellas Artes de
 * Sevilla", "tribunal correctionnel de Lyon", "University of Norland") or, written capitalised, its name before it ("Prado
 * Museum"); a court also as a known place, up to two lower-case words and the head ("the Lyon criminal court"). A head
 * with no name ("the museum", "Museum director") is none. Pure.
 */
export function findInstitutions(text: string): InstitutionMention[] {
  const found: InstitutionMention[] = [];
  for (const m of text.matchAll(HEAD_RE)) {
    const kind = headClass.get(m[0].toLowerCase())!;
    const hs = m.index;
    const he = hs + m[0].length;
    if (found.some((f) => f.start <= hs && hs < f.end)) continue;
    const capital = CAPITAL.test(m[0]);
    const before = capital ? capitalsBefore(text, hs) : [];
    const gap = /^[ \t\u00A0]/.test(text.slice(he, he + 1)) ? 1 : 0;
    const after = gap ? complementAfter(text, he + gap, capital && !before.length && !inTitle(text, hs)) : [];
    if (after.length) {
      const end = after[after.length - 1].end;
      const start = before.length ? before[0].start : hs;
      found.push(mention(text, kind, start, end, [...before, ...after], placeOf(text, after)));
      continue;
    }
    // "Margaret Court" is a person
    if (before.length && !(before.length === 1 && isGivenName(before[0].text) && !lookupPlace(before[0].text))) {
      found.push(mention(text, kind, before[0].start, he, before, (before.length === 1 || lookupPlace(before[0].text)) && !countryCode(before[0].text) ? before[0] : null));
      continue;
    }
    if (!classes[kind].afterPlace) continue;
    // "the Lyon criminal court"
    const lead = /([\p{Lu}][\p{L}'’-]+)((?:[ \t]+\p{Ll}+){0,2})[ \t]+$/u.exec(text.slice(Math.max(0, hs - 60), hs));
    if (!lead) continue;
    const start = hs - lead[0].length;
    if (lead[1].length < 3 || !lookupPlace(lead[1]) || countryCode(lead[1]) || isLeadingFunctionWord(lead[1])) continue;
    if (articleAtStart(text, { text: lead[1], start, end: start + lead[1].length })) continue;
    const place = { text: lead[1], start, end: start + lead[1].length };
    const adjectives = [...lead[2].matchAll(/\p{Ll}+/gu)].map((a) => ({ text: a[0], start: 0, end: 0 }));
    found.push(mention(text, kind, start, he, [place, ...adjectives], place));
  }
  return found;
}

/**
 * Within one document, a name that leaves out the place or the complement ("el Museo de Bellas Artes", "the Seville
 * Museum") is the document's one institution of the same class that spells them out, and takes its key.
 */
export function settleInstitutionKeys(found: InstitutionMention[]): InstitutionMention[] {
  const parts = (k: string) => k.split('|');
  return found.map((f) => {
    const [kind, sig, initial] = parts(f.key);
    if (sig && initial) return f;
    const full = new Set(
      found
        .map((o) => o.key)
        .filter((k) => {
          const [k2, s2, i2] = parts(k);
          return k2 === kind && s2 && i2 && (!sig || s2 === sig) && (!initial || i2 === initial);
        }),
    );
    return full.size === 1 ? { ...f, key: [...full][0] } : f;
  });
}
