import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { annotate } from './index.js';

const mentions = (text: string, language: string) =>
  annotate(makeDocument('d1', text, { language })).mentions.map((m) => ({ text: m.text, type: m.type, roles: m.roles.map((r) => `${r.title}/${r.organization}`) }));

describe('splitOrganizationFromPerson', () => {
  it('splits an office, an organization acronym and a person run together in Ukrainian and Russian', () => {
    expect(mentions('Керівник Київської ДСНС Олена Мельник повідомила про пожежу.', 'uk')).toEqual(
      expect.arrayContaining([
        { text: 'Київської ДСНС', type: 'organization', roles: [] },
        { text: 'Олена Мельник', type: 'person', roles: ['head/Київської ДСНС'] },
      ]),
    );
    expect(mentions('Глава МЧС Пётр Соколов прибыл на место.', 'ru')).toEqual(
      expect.arrayContaining([
        { text: 'МЧС', type: 'organization', roles: [] },
        { text: 'Пётр Соколов', type: 'person', roles: ['head/МЧС'] },
      ]),
    );
  });

  it('leaves a Cyrillic person name without an acronym whole', () => {
    const people = mentions('Вчера Пётр Соколов прибыл на место.', 'ru').filter((m) => m.type === 'person');
    expect(people.map((m) => m.text)).toEqual(['Пётр Соколов']);
  });
});

describe('Russian and Ukrainian function words', () => {
  it('does not read a capitalised function word at the start of a quoted sentence as a name', () => {
    const found = (text: string, language: string) => annotate(makeDocument('d1', text, { language })).mentions.map((m) => m.text);
    expect(found('«Было тихо, — сказал Пётр Соколов. — Вроде бы всё закончилось».', 'ru')).toEqual(['Пётр Соколов']);
    expect(found('«Було дуже страшно», — розповіла Олена Мельник.', 'uk')).toEqual(['Олена Мельник']);
  });
});

describe('completeNumberedNames', () => {
  it('gives a name cut at its number sign the number back, as a facility when a numbered building heads it', () => {
    const found = (text: string, language = 'en') => annotate(makeDocument('d1', text, { language })).mentions.map((m) => `${m.text}:${m.type}`);
    expect(found('Residents took shelter in School No. 17 overnight.')).toContain('School No. 17:facility');
    expect(found('Doctors at Polyclinic № 2 treated them.')).toContain('Polyclinic № 2:facility');
    expect(found('He met John No. 3 later.')).not.toContain('John No. 3:facility');
  });
});

describe('splitPlaceFromPerson', () => {
  it('splits a known place glued to a person’s name with no comma, in Spanish and French', () => {
    const es = mentions('El tribunal condenó al exalcalde de Grenoble Pierre Lambert a dos años.', 'es');
    expect(es).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Grenoble', type: 'place' }), expect.objectContaining({ text: 'Pierre Lambert', type: 'person' })]));
    const fr = mentions("Le maire de Toulouse Marie Dufresne a démissionné mardi.", 'fr');
    expect(fr).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Toulouse', type: 'place' }), expect.objectContaining({ text: 'Marie Dufresne', type: 'person' })]));
    expect(fr.some((m) => m.text.includes('Toulouse Marie'))).toBe(false);
  });

  it('leaves a person whose first name is not a given name alone', () => {
    const en = mentions('The talks were led by Pierre Lambert Dufresne of the union.', 'en');
    expect(en.some((m) => m.type === 'place')).toBe(false);
  });
});
