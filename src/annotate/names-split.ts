import type { Mention } from '../types.js';
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
