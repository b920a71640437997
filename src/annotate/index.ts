import type { DateMention, Document, Mention, Message, NumberMention, Role, Sentence } from '../types.js';
import { findDates } from './dates.js';
import { findEquipment } from './equipment.js';
import { findFacilities } from './facilities.js';
import { findInstitutions, settleInstitutionKeys } from './institutions.js';
import { lookupPlace } from './gazetteer.js';
import { findAcronyms, findNames } from './names.js';
import { refineNamesForLanguage } from './languageNames.js';
import { completeNumberedNames, splitOrganizationFromPerson, splitPlaceFromPerson } from './names-split.js';
import facilityWords from './data/facilities.json' with { type: 'json' };
import { knownOutlet, outletSpellings } from '../ingest/outlets.js';
import { findMinistries, ministryKey, parseMinistryKey } from './ministries.js';
import { annotationMessages } from './messages.js';
import { findNumbers } from './numbers.js';
import { asciiDigits } from './numbers-regex.js';
import { findKnownOrganizations, findMilitaryUnits, findMissions, findNationalBodies } from './organizations.js';
import { countryOfWord, findPluralRoles, type PluralRoles, sentenceCountry } from './roles.js';
import { cutOffEnd, sentenceAt, splitSentences } from './sentences.js';
import { normalizePunctuation } from './tokens.js';

export { isSingleHolder } from './roles.js';
export { sentenceAt, splitSentences } from './sentences.js';

const NUMBERED_HEADS = new Set(facilityWords.numberedHeads);

/** Everything the document-level stage finds in one document; offsets point into doc.text. */
export interface Annotations {
  doc: string;
  sentences: Sentence[];
  mentions: Mention[];
  dates: DateMention[];
  numbers: NumberMention[];
  acronyms: { short: string; long: string }[];
  pluralRoles: PluralRoles[];
  /** country for offices the text names without one, once the same person's other mentions have been consulted */
  defaultCountry: string | null;
  /** what annotation noticed and could not use (a date it could not place in time), with the span */
  messages?: Message[];
}

/** Annotates one document: sentences, dates, numbers, equipment, facilities, names with roles. Pure. */
export function annotate(doc: Document): Annotations {
  const text = doc.text;
  const sentences = splitSentences(text, doc.language);
  // dates written with digits of another script ("١ سبتمبر ٢٠٢٥", "३ मार्च") are read as ASCII digits; each keeps its text as written
  const digits = asciiDigits(text);
  const dates = findDates(digits, { published: doc.published, language: doc.language }).map((d) => (digits === text ? d : { ...d, text: text.slice(d.start, d.end) }));
  const numbers = findNumbers(text, dates, doc.language);
  const mentions: Mention[] = [];
  const sentenceOf = (offset: number) => sentenceAt(sentences, offset);
  for (const e of findEquipment(text)) {
    mentions.push({ doc: doc.id, start: e.start, end: e.end, text: e.text, name: e.key, key: e.key, kind: e.kind ?? undefined, type: 'equipment', sentence: sentenceOf(e.start), roles: [], rule: 'equipment' });
  }
  for (const f of findFacilities(text)) {
    mentions.push({ doc: doc.id, start: f.start, end: f.end, text: f.text, name: normalizePunctuation(f.text), key: f.name, kind: f.kind, near: f.near?.name, type: 'facility', sentence: sentenceOf(f.start), roles: [], rule: 'facility' });
  }
  const blocked = [...dates, ...mentions];
  const outlets = [doc.outlet, doc.syndicatedFrom, ...doc.credits].filter((o): o is string => Boolean(o));
  const names = completeNumberedNames(splitPlaceFromPerson(splitOrganizationFromPerson(refineNamesForLanguage(findNames(doc.id, text, sentences, blocked, outlets, doc.language), text, doc.language))), text, NUMBERED_HEADS);
  markInstitutions(names, mentions, text, doc.id, sentenceOf);
  markAuthor(names, doc.author);
  markKnownOrganizations(names, mentions, text, doc.id, sentenceOf);
  markPublishers(names, mentions, text, outlets, doc.id, sentenceOf);
  typeListedPlaces(names, text);
  const pluralRoles = findPluralRoles(text);
  assignPluralRoles(names, text, pluralRoles, doc.id);
  fillMissingCountries(names, text, sentences, pluralRoles);
  resolveCounterparts(names);
  const fallback = defaultCountry(names, doc.dateline);
  settleMinistryCountries(names, text, fallback);
  mentions.push(...names);
  mentions.sort((a, b) => a.start - b.start);
  dropCutOffNames(mentions, text, sentences);
  const messages = [...unresolvedDates(doc, dates), ...annotationMessages(doc, dates)].sort((a, b) => (a.place?.start ?? -1) - (b.place?.start ?? -1));
  return {
    doc: doc.id,
    sentences,
    mentions,
    dates,
    numbers,
    acronyms: findAcronyms(text),
    pluralRoles,
    defaultCountry: fallback,
    ...(messages.length ? { messages } : {}),
  };
}

/**
 * An excerpt cut off by length ends mid-word: "according to the US Geological Su", "in eastern Afgha". A name that
 * touches the cut is a fragment of a name the excerpt does not hold, and is left out.
 */
function dropCutOffNames(mentions: Mention[], text: string, sentences: Sentence[]): void {
  const cut = cutOffEnd(text, sentences);
  if (cut === null) return;
  for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].end >= cut) mentions.splice(i, 1);
}

/** One message per date expression that could not be placed in time (a weekday or "yesterday" with no publication date to count from). */
function unresolvedDates(doc: Document, dates: DateMention[]): Message[] {
  return dates
    .filter((d) => d.value === null)
    .map((d) => ({
      file: doc.path,
      rule: 'annotate/date-unresolved',
      severity: 'info' as const,
      message: `${doc.path}: the date "${d.text}" (at ${d.start}) could not be placed in time${d.relative ? ': it counts from a publication date the article does not give' : ''}; events it dates stay undated`,
      place: { start: d.start, end: d.end },
    }));
}

// what a name may add around a known body's name and still be that body: an article or a sentence-initial preposition
// ("the", "В"), a possessive
const AROUND_KNOWN = /^(?:the\s+|die\s+|der\s+|l['’]|\p{L}{1,2}\s+)?$|^['’ʼ]s?$/iu;

/**
 * The author the document's byline names ("By Jane Roe, Meseta Wire") is a person where the text writes the name, though
 * the byline reads like a title-case heading: the metadata vouches for it.
 */
function markAuthor(names: Mention[], author: string | null): void {
  if (!author) return;
  const authors = new Set(author.split(/\s*(?:,|\band\b|&)\s*/u).map((a) => normalizePunctuation(a).trim()).filter((a) => a.includes(' ')));
  for (const m of names) {
    if (!authors.has(m.name) || m.roles.length) continue;
    m.type = 'person';
    m.rule = `${m.rule.replace(/\+heading$/, '')}+byline`;
  }
}

/**
 * Museums, courts, hospitals, universities named by a head word and its complement ("Museo de Bellas Artes de Sevilla",
 * "tribunal correctionnel de Lyon") replace the names found in their words (read as a person, or as a place and a
 * person); a name that is the place they hold stays a place of its own. One key per institution across languages.
 */
function markInstitutions(names: Mention[], others: Mention[], text: string, docId: string, sentenceOf: (offset: number) => number): void {
  for (const inst of settleInstitutionKeys(findInstitutions(text))) {
    if (others.some((m) => m.start < inst.end && inst.start < m.end)) continue;
    const inPlace = (m: Mention) => inst.place !== null && m.start >= inst.place.start && m.end <= inst.place.end && m.type === 'place';
    const overlapping = names.filter((m) => m.start < inst.end && inst.start < m.end && !inPlace(m));
    // a name that reaches beyond the institution's words is not its ("Director of the Prado Museum Ana Ruiz" keeps Ana Ruiz's)
    if (overlapping.some((m) => m.type === 'person' && (m.start < inst.start || m.end > inst.end) && m.roles.length)) continue;
    for (const m of overlapping) names.splice(names.indexOf(m), 1);
    const facility = inst.type === 'facility';
    names.push({
      doc: docId,
      start: inst.start,
      end: inst.end,
      text: inst.text,
      name: normalizePunctuation(inst.text),
      key: facility ? `inst:${inst.key}` : `org:inst:${inst.key}`,
      ...(facility ? { kind: inst.kind } : {}),
      ...(inst.place ? { near: inst.place.name } : {}),
      type: inst.type,
      sentence: sentenceOf(inst.start),
      roles: [],
      rule: 'institution',
    });
  }
  names.sort((a, b) => a.start - b.start);
}

/**
 * Numbered military formations ("the 112th and 448th missile brigades") and names the organizations table knows become that body's organization mentions, keyed to its canonical name ("Taliban"
 * read as a person, "UNO"); its names the names stage missed ("UN refugee agency", "talibanes") are added. A longer name
 * that contains one ("UN Security Council" when the table has only "UN") stays as it was.
 */
function markKnownOrganizations(names: Mention[], others: Mention[], text: string, docId: string, sentenceOf: (offset: number) => number): void {
  const units = findMilitaryUnits(text).map((u) => ({ ...u, rule: 'unit', name: u.name, key: `org:${u.key}` }));
  const known = findKnownOrganizations(text).map((k) => ({ ...k, rule: 'organization-table', name: k.text, key: `org:${k.name}` }));
  const ministries = findMinistries(text).flatMap((found) => {
    // "Минобороны Белоруссии": a country's name right after the ministry's is part of it
    const after = /^\s+([\p{L}’'ʼ-]+)/u.exec(text.slice(found.end, found.end + 40));
    const m = after && countryOfWord(after[1]) ? { ...found, end: found.end + after[0].length, text: text.slice(found.start, found.end + after[0].length) } : found;
    const key = ministryKey(m.text, text.slice(Math.max(0, m.start - 40), m.start));
    return key ? [{ ...m, rule: 'ministry', name: m.text, key: `org:${key}` }] : [];
  });
  // "the UN mission in Afghanistan": the place it is in stays a place of its own
  const missions = [
    ...findMissions(text).map((k) => ({ ...k, rule: 'mission', name: k.text, key: undefined as string | undefined })),
    // "France’s data protection authority"
    ...findNationalBodies(text).map((k) => ({ ...k, rule: 'national-body', name: k.text, key: undefined as string | undefined })),
  ];
  const free = <T extends { start: number; end: number }>(xs: T[], taken: { start: number; end: number }[]) => xs.filter((u) => !taken.some((k) => k.start < u.end && u.start < k.end));
  // a mission is named with its owner ("UN"), which gives way to it
  const freeKnown = free(known, missions);
  const freeUnits = free(units, [...missions, ...freeKnown]);
  for (const k of [...missions, ...freeKnown, ...freeUnits, ...free(ministries, [...missions, ...freeKnown, ...freeUnits])]) {
    const inner = 'place' in k ? k.place : null;
    const overlapping = names.filter((m) => m.start < k.end && k.start < m.end && !(inner && m.start === inner.start && m.end === inner.end));
    if (others.some((m) => m.start < k.end && k.start < m.end)) continue;
    const covers = (m: Mention) => AROUND_KNOWN.test(text.slice(m.start, k.start)) && AROUND_KNOWN.test(text.slice(k.end, m.end));
    if (overlapping.some((m) => (m.start < k.start || m.end > k.end) && !covers(m))) continue;
    for (const m of overlapping) names.splice(names.indexOf(m), 1);
    const roles = overlapping.flatMap((m) => m.roles);
    names.push({ doc: docId, start: k.start, end: k.end, text: k.text, name: k.name, ...(k.key ? { key: k.key } : {}), type: 'organization', sentence: sentenceOf(k.start), roles, rule: k.rule });
  }
  // "Минобороны", "Russia’s Defense Ministry", "Verteidigungsministerium": one key per portfolio and country
  for (const m of names) {
    if (m.key || m.type === 'place' || m.type === 'equipment' || m.type === 'facility') continue;
    const key = ministryKey(m.name, text.slice(Math.max(0, m.start - 40), m.start));
    if (!key) continue;
    m.key = `org:${key}`;
    m.type = 'organization';
  }
  names.sort((a, b) => a.start - b.start);
}

const PLACE_AFTER = /^\s*,?\s+(?:in|at|à|en|im|в|у|во)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * A ministry named without its country ("the Defence Ministry", "Минобороны") is that country's whose ministry of the
 * same portfolio the document names with one (only one); else the country of the place it is said to be in ("the
 * ministry in Kabul"); else the document's default country (its dateline's, or the one its offices name most). With no
 * such evidence it keeps no country, and resolve joins it to no other document's ministry.
 */
function settleMinistryCountries(names: Mention[], text: string, fallback: string | null): void {
  const named = new Map<string, Set<string>>();
  for (const m of names) {
    const k = parseMinistryKey(m.key);
    if (k?.country) named.set(k.portfolio, (named.get(k.portfolio) ?? new Set()).add(k.country));
  }
  for (const m of names) {
    const k = parseMinistryKey(m.key);
    if (!k || k.country) continue;
    const same = named.get(k.portfolio);
    const at = PLACE_AFTER.exec(text.slice(m.end, m.end + 60))?.[1];
    const place = at ? lookupPlace(at) : null;
    const country = same?.size === 1 ? [...same][0] : (place?.country || fallback);
    if (country) m.key = `org:ministry:${k.portfolio}:${country}`;
  }
}

// what joins the items of a list: a comma, "and"/"or" in the languages the data covers, or both
const LIST_JOINER = /^\s*(?:,|,?\s+(?:and|or|und|oder|et|ou|y|o|e|и|или|і|та|чи|و))\s*$/u;

/**
 * "Kabul, Herat, Mazar and Panjshir": a name of unknown type listed among places only (two or more, nothing else in the
 * list) is a place too.
 */
function typeListedPlaces(names: Mention[], text: string): void {
  const joined = (a: Mention, b: Mention) => a.end <= b.start && b.start - a.end <= 8 && LIST_JOINER.test(text.slice(a.end, b.start));
  for (let i = 0; i < names.length; i++) {
    if (names[i].type !== 'other') continue;
    const list: Mention[] = [];
    for (let j = i - 1; j >= 0 && joined(names[j], names[j + 1]); j--) list.push(names[j]);
    for (let j = i + 1; j < names.length && joined(names[j - 1], names[j]); j++) list.push(names[j]);
    if (list.length >= 2 && list.every((m) => m.type === 'place')) {
      names[i].type = 'place';
      names[i].rule = `${names[i].rule}+list`;
    }
  }
}

const NAME_CHAR = /[\p{L}\p{N}]/u;

/**
 * The publishers the document's metadata names (its outlet, the original it copies, the agencies it credits) are
 * organizations wherever the text writes them, in any case: "Quelle: dts Nachrichtenagentur", "via arstechnica.com". A name
 * mention inside such a span gives way to it; one that reaches beyond it ("The Independent Commission") keeps its words.
 */
function markPublishers(names: Mention[], others: Mention[], text: string, outlets: string[], docId: string, sentenceOf: (offset: number) => number): void {
  const lower = text.toLowerCase();
  for (const outlet of new Set(outlets.map((o) => o.trim()).filter((o) => o.length >= 3))) {
    // a known outlet also by the spellings the outlets table gives it in other languages ("украинской службы би-би-си")
    const canonical = knownOutlet(outlet);
    const spellings = new Set([outlet.toLowerCase(), ...(canonical ? [canonical, ...outletSpellings(canonical)].map((a) => a.toLowerCase()).filter((a, i) => i === 0 || (a.length >= 4 && !/[./]/.test(a))) : [])]);
    for (const needle of spellings) markPublisher(names, others, text, lower, needle, canonical, docId, sentenceOf);
  }
  names.sort((a, b) => a.start - b.start);
}

/** One spelling of a publisher, wherever the text writes it as a whole word, as that publisher's organization mention. */
function markPublisher(names: Mention[], others: Mention[], text: string, lower: string, needle: string, canonical: string | null, docId: string, sentenceOf: (offset: number) => number): void {
  const key = canonical ? `org:publisher:${canonical.toLowerCase()}` : undefined;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    const end = at + needle.length;
    if ((at > 0 && NAME_CHAR.test(text[at - 1])) || NAME_CHAR.test(text[end] ?? '')) continue;
    if (others.some((m) => m.start < end && at < m.end)) continue;
    const overlapping = names.filter((m) => m.start < end && at < m.end);
    if (overlapping.some((m) => m.start < at || m.end > end)) continue;
    const same = overlapping.find((m) => m.start === at && m.end === end && m.type === 'organization');
    if (same) {
      same.key ??= key;
      continue;
    }
    for (const m of overlapping) names.splice(names.indexOf(m), 1);
    const surface = text.slice(at, end);
    names.push({ doc: docId, start: at, end, text: surface, name: canonical ?? normalizePunctuation(surface), ...(key ? { key } : {}), type: 'organization', sentence: sentenceOf(at), roles: [], rule: 'outlet' });
  }
}

/** "Syria's foreign and defence ministers, X and Y": the titles go to the names that follow, in order. */
function assignPluralRoles(mentions: Mention[], text: string, plural: PluralRoles[], docId: string): void {
  for (const p of plural) {
    const people: Mention[] = [];
    let at = p.end;
    for (const m of mentions) {
      if (m.start < at || m.type !== 'person') continue;
      if (!/^\s*(?:,|\band\b|,\s*and\b)?\s*$/.test(text.slice(at, m.start)) || people.length === p.titles.length) break;
      people.push(m);
      at = m.end;
    }
    if (people.length !== p.titles.length) continue;
    people.forEach((m, i) => {
      if (m.roles.length) return;
      const evidence = { doc: docId, start: p.start, end: m.end, quote: text.slice(p.start, m.end) };
      m.roles.push({ title: p.titles[i], country: p.country, organization: null, qualifiers: [], evidence });
    });
  }
}

/** A role without a country takes the sentence's free demonym, else the country a plural role phrase of the document gives the title. */
function fillMissingCountries(mentions: Mention[], text: string, sentences: Sentence[], plural: PluralRoles[]): void {
  const roleSpans = mentions.flatMap((m) => m.roles.filter((r) => r.country).map((r) => ({ start: r.evidence.start, end: r.evidence.end })));
  for (const m of mentions) {
    for (const r of m.roles) {
      if (r.country || r.organization || r.title === 'counterpart') continue;
      const s = sentences[m.sentence];
      r.country = sentenceCountry(text, s.start, r.evidence.start, roleSpans) ?? plural.find((p) => p.titles.includes(r.title))?.country ?? null;
    }
  }
}

/**
 * The country a document's unattributed offices most likely belong to: its dateline's (reporters name visiting officials
 * with their country and local ones by bare title), else the one its explicit roles name most.
 */
function defaultCountry(mentions: Mention[], dateline: string | null): string | null {
  const local = dateline ? (lookupPlace(dateline)?.country ?? null) : null;
  if (local) return local;
  const counts = new Map<string, number>();
  for (const m of mentions) for (const r of m.roles) if (r.country) counts.set(r.country, (counts.get(r.country) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top.length && (top.length === 1 || top[0][1] > top[1][1]) ? top[0][0] : null;
}

/** "his Russian counterpart, X": X holds the same office as the sentence's other office holder, for the country named. */
function resolveCounterparts(mentions: Mention[]): void {
  for (const m of mentions) {
    const role = m.roles.find((r) => r.title === 'counterpart');
    if (!role) continue;
    const peers = mentions.filter((o) => o !== m && o.sentence === m.sentence && o.start < m.start && o.roles.some((r) => r.title !== 'counterpart'));
    const peer = peers[peers.length - 1];
    const peerRole: Role | undefined = peer?.roles.find((r) => r.title !== 'counterpart');
    if (peerRole) {
      role.title = peerRole.title;
      role.qualifiers = [...new Set([...role.qualifiers, ...peerRole.qualifiers.filter((q) => q !== 'former')])];
    } else m.roles = m.roles.filter((r) => r !== role);
  }
}
