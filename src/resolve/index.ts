import type { Annotations } from '../annotate/index.js';
import { lookupPlace } from '../annotate/gazetteer.js';
import { countryOfWord } from '../annotate/roles.js';
import { isCommonWord } from '../annotate/lexicon.js';
import { isNationalBody, parseMinistryKey } from '../annotate/ministries.js';
import { englishUnitName } from '../annotate/organizations.js';
import anyAscii from 'any-ascii';
import { consonantKey } from './crossScript.js';
import { isCyrillic, stemKey } from './cyrillic.js';
import type { Entity, EntityType, Mention, Role } from '../types.js';
import { StableIds } from '../text/index.js';
import { givenNamesCompatible, nameKey, nameWords, normWord, similarity, skeleton, surnameKey } from './keys.js';

export { consonantKey, projectKnownNames } from './crossScript.js';
export { givenNamesCompatible, nameKey, nameWords, normWord, surnameKey } from './keys.js';

/** A facility's identity: its distinctive words ("Baku International Sea Trade" and "Baku" are one port). */
function facilityKey(core: string): string {
  const words = core.split(/\s+/).filter(Boolean);
  const distinctive = words.filter((w, i) => i === 0 || !isCommonWord(w));
  return distinctive.map(normWord).join(' ');
}

/** First letter and consonants of each word of a place name, when distinctive enough to match spellings. */
function placeConsonants(name: string): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  const key = words.map((w) => `${anyAscii(w)[0]?.toLowerCase() ?? ''}${consonantKey(w)}`).join(' ');
  return key.replace(/ /g, '').length >= 3 ? key : null;
}

/** Union-find over mention indexes. */
class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]];
      i = this.parent[i];
    }
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

const ID_PREFIX: Record<EntityType, string> = { person: 'p', organization: 'o', place: 'l', facility: 'f', equipment: 'q', other: 'x' };
/** What an entity's id is made from: its type and canonical name, case- and accent-folded, so other entities' arrival keeps it. */
const entityKey = (type: EntityType, name: string) => `${type}|${name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()}`;

const roleKey = (r: Role) => `${r.title}|${r.country ?? r.organization ?? ''}|${r.qualifiers.includes('deputy') ? 'deputy' : ''}`;

/** What resolve gives: the entities, and the annotations again with the very mentions the entities hold (typed as their entity, roles completed). */
export interface Resolution {
  entities: Entity[];
  annotations: Annotations[];
  /** surname-only mentions that fit two or more people named in full elsewhere in the folder, and so joined none */
  ambiguous: AmbiguousSurname[];
}

/** A surname-only mention that two or more people of the folder carry, none of them named in its own document. */
export interface AmbiguousSurname {
  doc: string;
  start: number;
  end: number;
  name: string;
  /** the full names it could be, as first written */
  candidates: string[];
}

/**
 * One entity per real thing across the folder. Pure: the input annotations are left as they were; the mentions (and
 * their roles) the entities type and complete are new objects, and the annotations returned hold them, so that an
 * entity's mentions are its annotations' own.
 */
export function resolve(annotations: Annotations[]): Resolution {
  // copies that keep what the input shares shared (a role object two mentions hold stays one object)
  const roles = new Map<Role, Role>();
  const copyRole = (r: Role): Role => {
    const known = roles.get(r);
    if (known) return known;
    const c = { ...r, qualifiers: [...r.qualifiers] };
    roles.set(r, c);
    return c;
  };
  const mentions = new Map<Mention, Mention>();
  const copyMention = (m: Mention): Mention => {
    const known = mentions.get(m);
    if (known) return known;
    const c = { ...m, roles: m.roles.map(copyRole) };
    mentions.set(m, c);
    return c;
  };
  const own = annotations.map((a) => ({ ...a, mentions: a.mentions.map(copyMention) }));
  const ambiguous: AmbiguousSurname[] = [];
  return { entities: resolveOwn(own, ambiguous), annotations: own, ambiguous };
}

/** The entities of the folder's annotations (see resolve); the annotations are left as they were. */
export function resolveEntities(annotations: Annotations[]): Entity[] {
  return resolve(annotations).entities;
}

/** Spelling and transliteration variants, surnames after full names, acronyms; types the mentions and completes their roles in place (on resolve's own copies). */
function resolveOwn(annotations: Annotations[], ambiguous: AmbiguousSurname[] = []): Entity[] {
  const mentions = annotations.flatMap((a) => a.mentions);
  const g = new Groups(mentions.length);
  const byKey = new Map<string, number>();
  const joinBy = (key: string, i: number) => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else g.union(i, j);
  };

  const countriesOf = new Map<string, Set<string>>();
  for (const m of mentions) {
    const k = m.type === 'organization' && m.key?.startsWith('org:') ? parseMinistryKey(m.key) : null;
    if (k?.country) countriesOf.set(k.portfolio, (countriesOf.get(k.portfolio) ?? new Set()).add(k.country));
  }
  const fullPeople: number[] = [];
  const projected: number[] = [];
  const placeByConsonants = new Map<string, { i: number; known: boolean }>();
  mentions.forEach((m, i) => {
    if (m.rule === 'cross-script') projected.push(i);
    else if (m.type === 'person' && nameWords(m.name).length >= 2) fullPeople.push(i);
    else if (m.type === 'equipment') joinBy(m.rule === 'vessel' ? `v:${nameKey(m.name)}` : `q:${m.key}`, i);
    else if (m.type === 'facility') {
      joinBy(`f:${m.kind}:${facilityKey(m.key ?? m.name)}`, i);
      if (!byKey.has(`f:${facilityKey(m.key ?? m.name)}`)) byKey.set(`f:${facilityKey(m.key ?? m.name)}`, i);
    }
    else if (m.type === 'place') {
      const p = lookupPlace(m.name);
      joinBy(placeKey(m), i);
      // "Sweida" and "Suwayda": a place the gazetteer does not know joins a place with the same consonants
      const ck = placeConsonants(m.name);
      if (ck) {
        const other = placeByConsonants.get(ck);
        if (other === undefined) placeByConsonants.set(ck, { i, known: Boolean(p) });
        else if (!(other.known && p) && similarity(nameKey(m.name), nameKey(mentions[other.i].name)) >= 0.7) g.union(i, other.i);
      }
    } else if (m.type === 'organization') {
      const ministry = m.key?.startsWith('org:') ? parseMinistryKey(m.key) : null;
      // a ministry is one by its portfolio and country, not by its words ("the Defence Ministry" is each country's);
      // one whose document names no country stays in that document
      if (ministry) {
        // a national body (a national police) whose document names no country is the folder's only one of its kind
        const only = isNationalBody(ministry.portfolio) ? countriesOf.get(ministry.portfolio) : undefined;
        joinBy(ministry.country ? m.key! : only?.size === 1 ? `org:ministry:${ministry.portfolio}:${[...only][0]}` : `${m.key}@${m.doc}`, i);
        // its name still spells out an acronym written after it ("(EMERCOM)")
        if (!byKey.has(`o:${nameKey(m.name)}`)) byKey.set(`o:${nameKey(m.name)}`, i);
      } else {
        joinBy(`o:${nameKey(m.name)}`, i);
        // a body the organizations table knows: one key whatever language names it
        if (m.key?.startsWith('org:')) joinBy(m.key, i);
      }
    }
  });

  // places, organizations and equipment by a key their Cyrillic case forms share ("Сумах" ~ "Sumy")
  const byStem = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.type !== 'place' && m.type !== 'organization' && m.type !== 'equipment') return;
    const k = stemKey(m.name, normWord);
    if (k.replace(/ /g, '').length >= 3 && !byStem.has(k)) byStem.set(k, i);
  });

  linkPeople(mentions, fullPeople, g);
  // names found in uncased scripts carry the key of the Latin name they spell
  for (const i of projected) {
    const latin = fullPeople.find((j) => nameKey(mentions[j].name) === mentions[i].key);
    if (latin !== undefined) g.union(i, latin);
  }
  // "The Altyn Kyran, a ferry" makes every "Altyn Kyran" the vessel, not a person
  for (const i of fullPeople) {
    const vessel = byKey.get(`v:${nameKey(mentions[i].name)}`);
    if (vessel !== undefined) g.union(i, vessel);
  }
  const surnames = surnameIndex(mentions, fullPeople, g);
  const weakPlaces = placesOnlyByGazetteer(mentions);

  // short mentions: surnames of people, bare facility names, acronyms, unknown single words
  // "(X)" after a name in the text first; then the one organization whose initials spell X
  const acronymLong = new Map<string, string[]>();
  for (const a of annotations) for (const p of a.acronyms) acronymLong.set(p.short, [...(acronymLong.get(p.short) ?? []), nameKey(p.long)]);
  for (const [short, long] of acronymsByInitials(mentions)) acronymLong.set(short, [...(acronymLong.get(short) ?? []), long]);
  mentions.forEach((m, i) => {
    if ((m.type === 'person' && nameWords(m.name).length >= 2) || m.rule === 'cross-script') return;
    if (m.type === 'equipment' || m.type === 'facility' || m.key?.startsWith('org:')) return;
    const sk = surnameKey(m.name);
    const candidates = surnames.get(sk);
    const person = pickPerson(candidates, m, mentions);
    if (person !== undefined && (m.type === 'person' || m.type === 'other' || m.type === 'organization' || (m.type === 'place' && weakPlaces.has(placeKey(m)) && mentions[person].doc === m.doc))) {
      // "a Goya sketch": a word the gazetteer alone calls a place is the surname of the person its document names in full
      // (m is resolve's own copy of the mention)
      m.type = 'person';
      g.union(i, person);
      return;
    }
    if (person === undefined && (m.type === 'person' || m.type === 'other') && candidates && candidates.length > 1) {
      ambiguous.push({ doc: m.doc, start: m.start, end: m.end, name: m.name, candidates: candidates.map((c) => mentions[c].name) });
    }
    const facility = byKey.get(`f:${facilityKey(m.name)}`);
    // "at Kala": a bare name that is a facility's name, unless the gazetteer knows it as a place
    if (facility !== undefined && (m.type === 'other' || (m.type === 'place' && m.rule.startsWith('locative')))) {
      g.union(i, facility);
      return;
    }
    const longs = acronymLong.get(m.name);
    if (longs) {
      const org = longs.map((long) => byKey.get(`o:${long}`)).find((o) => o !== undefined);
      if (org !== undefined) {
        g.union(i, org);
        return;
      }
    }
    // an unclassified word joins a place or organization of the same name found elsewhere; a Cyrillic one in any case form
    const cyrillic = m.type === 'other' && isCyrillic(m.name);
    const typed =
      m.type === 'other' ? (byKey.get(`l:${nameKey(m.name)}`) ?? byKey.get(`o:${nameKey(m.name)}`) ?? (cyrillic ? (byStem.get(stemKey(m.name, normWord)) ?? byStem.get(stemKey(m.name, normWord, true))) : undefined)) : undefined;
    if (typed !== undefined) g.union(i, typed);
    else if (cyrillic) joinBy(`x:${stemKey(m.name, normWord)}`, i);
    else if (m.type === 'other' || m.type === 'person') joinBy(`x:${nameKey(m.name)}`, i);
  });

  linkOrganizationsAcrossScripts(mentions, g);
  linkPlaceSpellings(mentions, g);
  linkEquipmentFamilies(mentions, g);
  const entities = buildEntities(mentions, g);
  inheritCountries(entities, new Map(annotations.map((a) => [a.doc, a.defaultCountry])));
  locateFacilities(entities);
  return entities;
}

/** The key that joins mentions of one place: the gazetteer's entry, else the name. */
function placeKey(m: Mention): string {
  const p = lookupPlace(m.name);
  return p ? `l:${p.name}|${p.country}` : `l:${nameKey(m.name)}`;
}

/**
 * Places of one word that only the gazetteer makes places: no mention of them is a country, a dateline or a place by its
 * preposition ("in Goya"), so a surname of the same spelling is read as that person.
 */
function placesOnlyByGazetteer(mentions: Mention[]): Set<string> {
  const weak = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== 'place') continue;
    const k = placeKey(m);
    const gazetteerOnly = m.rule.startsWith('gazetteer') && !m.name.includes(' ');
    weak.set(k, (weak.get(k) ?? true) && gazetteerOnly);
  }
  return new Set([...weak].filter(([, w]) => w).map(([k]) => k));
}

/** Blocking key for family names: consonant skeleton with g/k/q/c folded, so "Gasimov" and "Qasimov" meet. */
const surnameBlock = (name: string) => skeleton(surnameKey(name).replace(/^[gqc]/, 'k'));

const LATIN = /\p{Script=Latin}/u;

/** What a sentence is about, as keys comparable across scripts: equipment designations, countries, places, people. */
function contextKey(m: Mention): string | null {
  if (m.type === 'equipment') return `q:${m.key ?? m.name}`;
  if (m.type === 'place' || m.type === 'facility') {
    const p = lookupPlace(m.name);
    return p ? `c:${p.kind === 'country' ? p.country : p.name}` : null;
  }
  if (m.type === 'person') return `p:${surnameKey(m.name)}`;
  return null;
}

/**
 * "МЧС России" and "Russia's Emergencies Ministry (EMERCOM)": an organization named only in another script joins the one
 * Latin-script organization whose sentences share at least two things with its own (the Be-200 it sent, Russia).
 */
function linkOrganizationsAcrossScripts(mentions: Mention[], g: Groups): void {
  const sentences = new Map<string, Mention[]>();
  for (const m of mentions) {
    const k = `${m.doc}#${m.sentence}`;
    const list = sentences.get(k);
    if (list) list.push(m);
    else sentences.set(k, [m]);
  }
  const contextOf = (i: number): Set<string> => {
    const m = mentions[i];
    const keys = (sentences.get(`${m.doc}#${m.sentence}`) ?? []).filter((o) => o !== m).map(contextKey);
    // countries named inside the organization's own name count too ("России" = Russia's)
    for (const word of m.name.split(/\s+/)) {
      const c = countryOfWord(word);
      if (c) keys.push(`c:${c}`);
    }
    return new Set(keys.filter((k): k is string => k !== null));
  };
  const roots = (pred: (m: Mention) => boolean) => {
    const byRoot = new Map<number, Set<string>>();
    mentions.forEach((m, i) => {
      if (m.type !== 'organization' || !pred(m)) return;
      const root = g.find(i);
      byRoot.set(root, new Set([...(byRoot.get(root) ?? []), ...contextOf(i)]));
    });
    return byRoot;
  };
  const latin = roots((m) => LATIN.test(m.name));
  const foreign = roots((m) => !LATIN.test(m.name));
  for (const [root, context] of foreign) {
    if ([...latin.keys()].some((r) => g.find(r) === g.find(root))) continue;
    const matches = [...latin.entries()].filter(([, c]) => [...c].filter((k) => context.has(k)).length >= 2);
    if (matches.length === 1) g.union(root, matches[0][0]);
  }
}

/** Full names that are one person: close family names and compatible given names, or close given names plus the same office. */
function linkPeople(mentions: Mention[], full: number[], g: Groups): void {
  const blocks = new Map<string, number[]>();
  for (const i of full) {
    const k = surnameBlock(mentions[i].name);
    const block = blocks.get(k);
    if (block) block.push(i);
    else blocks.set(k, [i]);
  }
  const words = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    const w = words.get(name) ?? nameWords(name);
    words.set(name, w);
    return w;
  };
  for (const all of blocks.values()) {
    // one representative per spelling and office set: repeated mentions add no new evidence
    const first = new Map<string, number>();
    const group = all.filter((i) => {
      const k = `${mentions[i].name}|${mentions[i].roles.map(roleKey).join(',')}`;
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else g.union(i, j);
      return j === undefined;
    });
    for (let a = 0; a < group.length; a++) {
      for (let b = a + 1; b < group.length; b++) {
        const [x, y] = [mentions[group[a]], mentions[group[b]]];
        const wx = wordsOf(x.name);
        const wy = wordsOf(y.name);
        const sameSurname = wx[wx.length - 1] === wy[wy.length - 1];
        if (!sameSurname && similarity(wx[wx.length - 1], wy[wy.length - 1]) < 0.8) continue;
        const verdict = givenNamesCompatible(wx.slice(0, -1), wy.slice(0, -1));
        const sameOffice = x.roles.some((r) => y.roles.some((s) => roleKey(r) === roleKey(s) && (r.country || r.organization)));
        if (verdict === 'same' || (verdict === 'close' && sameOffice)) g.union(group[a], group[b]);
      }
    }
  }
}

/** surname key -> representative mention index of each distinct person carrying it */
function surnameIndex(mentions: Mention[], full: number[], g: Groups): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const i of full) {
    const k = surnameKey(mentions[i].name);
    // "Francisco de Goya" is also "Goya": a surname with its particle, and without it
    for (const key of new Set([k, k.split(' ').pop() ?? k])) {
      const reps = out.get(key) ?? [];
      if (!reps.some((r) => g.find(r) === g.find(i))) reps.push(i);
      out.set(key, reps);
    }
  }
  return out;
}

/** The person a surname-only mention refers to: the one named in full in the same document (latest before it), else the only one in the folder. */
function pickPerson(candidates: number[] | undefined, m: Mention, mentions: Mention[]): number | undefined {
  if (!candidates?.length) return undefined;
  const sameDoc = candidates.filter((c) => mentions[c].doc === m.doc);
  if (sameDoc.length === 1) return sameDoc[0];
  if (sameDoc.length > 1) {
    const before = sameDoc.filter((c) => mentions[c].start < m.start).sort((a, b) => mentions[b].start - mentions[a].start);
    return before[0];
  }
  return candidates.length === 1 ? candidates[0] : undefined;
}

function buildEntities(mentions: Mention[], g: Groups): Entity[] {
  const clusters = new Map<number, Mention[]>();
  mentions.forEach((m, i) => {
    const root = g.find(i);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(m);
    else clusters.set(root, [m]);
  });
  const entities: Entity[] = [];
  const ids = new StableIds();
  const sorted = [...clusters.values()].sort((a, b) => b.length - a.length || a[0].doc.localeCompare(b[0].doc) || a[0].start - b[0].start);
  for (const ms of sorted) {
    if (!isSupported(ms)) continue;
    const type = entityType(ms);
    const name = canonicalName(ms, type);
    const aliases = [...new Set(ms.map((m) => m.text))].filter((a) => a !== name);
    for (const m of ms) m.type = type;
    const entity: Entity = { id: ids.next(ID_PREFIX[type], entityKey(type, name)), type, name, aliases, mentions: ms, roles: ms.flatMap((m) => m.roles) };
    if (type === 'place') {
      const p = lookupPlace(name);
      entity.country = p?.country ?? null;
      entity.coordinates = p && p.lat !== null && p.lon !== null ? [p.lat, p.lon] : null;
    }
    const kind = ms.find((m) => m.kind)?.kind;
    if (kind) entity.kind = kind;
    entities.push(entity);
  }
  return entities;
}

/** A cluster stands when some mention is more than a capitalised word at the start of a sentence or in a title-case heading. */
function isSupported(ms: Mention[]): boolean {
  if (ms.some((m) => ['place', 'equipment', 'facility'].includes(m.type))) return true;
  // a name of unknown type stands when it was seen mid-sentence by the rules or found by the tagger
  return ms.some((m) => !m.rule.endsWith('+heading') && !(m.type === 'other' && m.rule !== 'single' && !m.rule.startsWith('ner')));
}

/** A facility is located at the place entity its mentions name ("X air base near Y"), when the folder has that place. */
function locateFacilities(entities: Entity[]): void {
  const places = new Map<string, string>();
  for (const e of entities) if (e.type === 'place') for (const n of [e.name, ...e.aliases]) places.set(nameKey(n), e.id);
  for (const e of entities) {
    if (e.type !== 'facility') continue;
    const near = e.mentions.map((m) => m.near).find((n) => n && places.has(nameKey(n)));
    e.locatedAt = near ? places.get(nameKey(near))! : null;
  }
}

/** The cluster's type: the most frequent specific type, "other" only when nothing else is known. */
function entityType(ms: Mention[]): EntityType {
  if (ms.some((m) => m.rule === 'vessel')) return 'equipment';
  const counts = new Map<EntityType, number>();
  for (const m of ms) if (m.type !== 'other') counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  if (!counts.size) return 'other';
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** The most frequent full form; for people the most frequent name of two or more words. */
function canonicalName(ms: Mention[], type: EntityType): string {
  // equipment is named by its normalised designation ("S-300" for "S‑300", "MiG-29" for "MiG-29s")
  const designation = type === 'equipment' ? ms.find((m) => m.rule === 'equipment' && m.key)?.key : undefined;
  if (designation && /\d/.test(designation) && !designation.includes(" ") && !/[A-Za-z]{4,}-/.test(designation)) return designation;
  // a numbered formation by its one-formation name ("448th missile brigade" for "448th missile brigades"), Latin first
  const unit = type === 'organization' ? ms.filter((m) => m.rule === 'unit').sort((a, b) => Number(LATIN.test(b.name)) - Number(LATIN.test(a.name)) || b.name.length - a.name.length)[0] : undefined;
  // one named only in another script by its English name ("95th air assault brigade" for "95-й десантно-штурмовых бригад")
  if (unit && !ms.some((m) => m.rule !== 'unit' && m.text.includes(' '))) return englishUnitName(unit.name, unit.key ?? '') ?? unit.name;
  const freq = new Map<string, number>();
  for (const m of ms) {
    // an all-capitals dateline ("ERBIL") is named as the gazetteer or title case writes it
    const shouting = type === 'place' && m.text === m.text.toUpperCase() && m.text.length > 4;
    const n = shouting ? (lookupPlace(m.text)?.name ?? m.text[0] + m.text.slice(1).toLowerCase()) : m.text;
    freq.set(n, (freq.get(n) ?? 0) + (type === 'person' && nameWords(n).length < 2 ? 0.1 : 1));
  }
  // an organization is named by its full name when the folder gives it ("Syrian Arab News Agency", not "SANA")
  const full = type === 'organization' ? [...freq.entries()].filter(([n]) => n.includes(' ')) : [];
  return [...(full.length ? full : freq.entries())].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
}

// Heads of state and government are named in passing with a bare title ("President X") whatever their country, so only
// portfolio offices take a country from the document or the folder.
const INFERABLE = (title: string) => title.endsWith(' minister') && title !== 'prime minister';

/**
 * A role written without a country takes, in order: the country the same person's same office has elsewhere; the only
 * country the folder gives that office; the country most of this person's documents default to; then the one country the
 * folder gives that office once the rest is known.
 */
function inheritCountries(entities: Entity[], defaultCountry: Map<string, string | null>): void {
  const unknown = new Set(entities.flatMap((e) => e.roles.filter((r) => !r.country && !r.organization)));
  const byTitle = new Map<string, Set<string>>();
  for (const e of entities) for (const r of e.roles) if (r.country && !unknown.has(r)) byTitle.set(r.title, (byTitle.get(r.title) ?? new Set()).add(r.country));
  for (const e of entities) {
    const open = e.roles.filter((r) => unknown.has(r));
    for (const r of open) {
      const own = e.roles.find((o) => o.title === r.title && o.country && !unknown.has(o))?.country;
      if (!INFERABLE(r.title)) {
        r.country = own ?? null;
        continue;
      }
      const only = byTitle.get(r.title)?.size === 1 ? [...byTitle.get(r.title)!][0] : undefined;
      const votes = new Map<string, number>();
      for (const o of open) {
        const c = o.title === r.title ? defaultCountry.get(o.evidence.doc) : null;
        if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
      }
      const majority = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      r.country = own ?? only ?? majority ?? null;
    }
  }
  // still unknown: the one country the folder now gives that office
  const known = new Map<string, Set<string>>();
  for (const e of entities) for (const r of e.roles) if (r.country) known.set(r.title, (known.get(r.title) ?? new Set()).add(r.country));
  for (const r of unknown) if (!r.country && INFERABLE(r.title) && known.get(r.title)?.size === 1) r.country = [...known.get(r.title)!][0];
}

const ACRONYM = /^[A-Z]{2,6}$/;
// the small words a name's initials skip ("International Organization for Migration" = IOM)
const INITIALS_SKIP = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'der', 'die', 'das', 'für', 'und', 'del', 'y', 'da', 'do', 'dos', 'e']);

/**
 * "US Geological Survey" → "USGS", "United Nations" → "UN", "International Organization for Migration" → "IOM": the
 * first letters of a name's capitalised words, a word written in capitals kept whole; null when fewer than two.
 */
export function initialsOf(name: string): string | null {
  const all = name.split(/[\s-]+/).filter(Boolean);
  // "United Nations refugee agency" is described, not named: its initials spell no acronym
  if (all.some((w) => /^\p{Ll}/u.test(w) && !INITIALS_SKIP.has(w))) return null;
  const words = all.filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return null;
  const initials = words.map((w) => (/^[A-Z]{2,4}$/.test(w) ? w : w[0])).join('');
  return ACRONYM.test(initials) ? initials : null;
}

/**
 * Acronyms the folder uses that the initials of exactly one organization's name spell, where no text says "(X)":
 * "USGS" in one report, "US Geological Survey" in another.
 */
function acronymsByInitials(mentions: Mention[]): Map<string, string> {
  const used = new Set(mentions.filter((m) => ACRONYM.test(m.name)).map((m) => m.name));
  const longs = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const short = initialsOf(m.name);
    if (!short || !used.has(short)) continue;
    const set = longs.get(short) ?? new Set<string>();
    set.add(nameKey(m.name));
    longs.set(short, set);
  }
  // a copy cut short ("US Geological Su") is the same name, not a second organization
  const whole = (set: Set<string>) => [...set].filter((k) => ![...set].some((o) => o !== k && o.startsWith(k)));
  return new Map(
    [...longs]
      .map(([short, set]) => [short, whole(set)] as const)
      .filter(([, keys]) => keys.length === 1)
      .map(([short, keys]) => [short, keys[0]]),
  );
}

const FUZZY_PLACE = 0.85;
const FUZZY_MIN = 6;

/**
 * "Brüssel" beside "Brussels", "Nangahar" beside "Nangarhar": a place (or an unclassified word) the gazetteer does not
 * know joins the one place of the folder whose folded name is within a letter or so of its own, same first letter and
 * word count. Two names the gazetteer knows as different places never meet this way.
 */
function linkPlaceSpellings(mentions: Mention[], g: Groups): void {
  const places = new Map<string, { key: string; roots: Set<number>; known: boolean }>();
  mentions.forEach((m, i) => {
    if (m.type !== 'place') return;
    const key = nameKey(m.name);
    const entry = places.get(key) ?? { key, roots: new Set<number>(), known: Boolean(lookupPlace(m.name)) };
    entry.roots.add(i);
    places.set(key, entry);
  });
  const done = new Set<string>();
  for (const m of mentions) {
    if ((m.type !== 'place' && m.type !== 'other') || lookupPlace(m.name)) continue;
    const key = nameKey(m.name);
    if (key.replace(/ /g, '').length < FUZZY_MIN || done.has(key)) continue;
    done.add(key);
    const words = key.split(' ').length;
    const close = [...places.values()].filter(
      (p) => p.key !== key && p.key[0] === key[0] && p.key.split(' ').length === words && similarity(p.key, key) >= FUZZY_PLACE,
    );
    const roots = new Set(close.flatMap((p) => [...p.roots].map((r) => g.find(r))));
    if (roots.size !== 1) continue;
    const target = [...roots][0];
    mentions.forEach((o, j) => {
      if ((o.type === 'place' || o.type === 'other') && nameKey(o.name) === key) g.union(j, target);
    });
  }
}

/**
 * "Iskander" (and its Cyrillic case forms) joins "Iskander-M" when that is the only variant of the family the folder
 * names; with two variants ("-M", "-K") the bare family name stays apart.
 */
function linkEquipmentFamilies(mentions: Mention[], g: Groups): void {
  const keyOf = (m: Mention) => stemKey(m.key ?? m.name, normWord, true);
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    if (m.type !== 'equipment' || m.rule === 'vessel') return;
    const k = keyOf(m);
    if (k && !byKey.has(k)) byKey.set(k, i);
  });
  for (const [k, i] of byKey) {
    if (k.includes(' ') || k.length < 4) continue;
    const variants = [...byKey.entries()].filter(([o]) => o !== k && o.startsWith(`${k} `) && o.split(' ').length === 2 && o.length - k.length <= 4);
    const roots = new Set(variants.map(([, j]) => g.find(j)));
    if (roots.size === 1) g.union(i, variants[0][1]);
  }
}
