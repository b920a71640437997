import type { Mention } from '../types.js';
import { lookupPlace } from './gazetteer.js';
import { isGivenName } from './lexicon.js';
import { isRoleWord } from './roles.js';

// "Сумської ОВА Володимир Артюх": words up to an acronym, then a given name and a family name, in Cyrillic
const ORG_THEN_PERSON = /^((?:\p{Script=Cyrillic}+['’ʼ-]?\p{Script=Cyrillic}*\s+){0,3}[\p{Lu}]{2,6})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * A Cyrillic name run that is an organization and then a person ("Сумської ОВА Володимир Артюх", "МЧС Александр
 * Куренков") becomes the two: the organization as named, the person with the run's offices, each office taking the
 * organization. The names stage has no tagger for Cyrillic to tell them apart. Pure: returns the new list.
 */
export function splitOrganizationFromPerson(names: Mention[]): Mention[] {
  return names.flatMap((m) => {
    if (m.type === 'equipment' || m.type === 'facility' || m.key?.startsWith('org:') || !CYRILLIC.test(m.text)) return [m];
    const parts = ORG_THEN_PERSON.exec(m.text);
    if (!parts || parts[2].split(/\s+/).some(isRoleWord)) return [m];
    const [, org, person] = parts;
    const personStart = m.start + m.text.lastIndexOf(person);
    const orgName = org.trim();
    const roles = m.roles.map((r) => ({ ...r, organization: r.organization ?? (r.country ? null : orgName) }));
    return [
      { ...m, end: m.start + org.length, text: org, name: orgName, type: 'organization' as const, roles: [], rule: `${m.rule}+split` },
      { ...m, start: personStart, text: person, name: person, type: 'person' as const, roles, rule: `${m.rule}+split` },
    ];
  });
}

const NUMBER_AFTER = /^\.?\s*(?:\d{1,4}[\p{L}]?)(?![\p{L}\p{N}])|^\s*№\s*\d{1,4}(?![\p{L}\p{N}])/u;

/**
 * "School No. 4", "Hospital Nr. 2", "школа № 5": a name cut at its number sign gets the number back, and is a facility
 * when its first word is a numbered building's head (data: facilities.json `numberedHeads`). Pure: returns the new list.
 */
export function completeNumberedNames(names: Mention[], text: string, heads: Set<string>): Mention[] {
  return names.map((m) => {
    if (m.type === 'equipment' || m.type === 'facility') return m;
    const sign = /(?:\s(?:No|Nr|N°|Nº)|\s?№)$/u.test(m.text) ? '' : /^\s*№/.test(text.slice(m.end)) ? '№' : null;
    if (sign === null) return m;
    const number = NUMBER_AFTER.exec(text.slice(m.end, m.end + 12));
    if (!number) return m;
    const end = m.end + number[0].length;
    const full = text.slice(m.start, end);
    const head = m.text.split(/\s+/)[0].toLowerCase();
    if (!heads.has(head)) return { ...m, end, text: full, name: full };
    return { ...m, end, text: full, name: full, key: full, kind: 'other', type: 'facility', rule: `${m.rule}+numbered` };
  });
}

const LATIN_RUN = /^(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$/u;
const BIG_PLACE = 100_000;

/**
 * "al exalcalde de Villeurbanne Henri Valcourt": a place the gazetteer knows glued to a person's name (a given name and
 * more) with no comma between them becomes the two. A place word that is also a given name ("Florence") splits only
 * when it is a big place. Pure: returns the new list.
 */
export function splitPlaceFromPerson(names: Mention[]): Mention[] {
  return names.flatMap((m) => {
    if (m.type !== 'person' && m.type !== 'other') return [m];
    const parts = LATIN_RUN.exec(m.text);
    if (!parts) return [m];
    const [, placeWord, person] = parts;
    const place = lookupPlace(placeWord);
    const given = person.split(/\s+/)[0];
    if (!place || !isGivenName(given) || isRoleWord(given)) return [m];
    if (isGivenName(placeWord) && (place.population ?? 0) < BIG_PLACE) return [m];
    const personStart = m.start + m.text.length - person.length;
    return [
      { ...m, end: m.start + placeWord.length, text: placeWord, name: placeWord, type: 'place' as const, roles: [], rule: `${m.rule}+split` },
      { ...m, start: personStart, text: person, name: person, type: 'person' as const, rule: `${m.rule}+split` },
    ];
  });
}
