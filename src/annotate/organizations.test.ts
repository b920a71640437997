import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';
import { findKnownOrganizations } from './organizations.js';

const names = (text: string) => findKnownOrganizations(text).map((k) => `${k.text}=${k.name}`);

describe('findKnownOrganizations', () => {
  it('finds a body by its acronym, its name in several languages and a descriptive phrase', () => {
    expect(names('The UN migration agency and the WHO sent teams; the UN refugee agency followed.')).toEqual([
      'UN migration agency=International Organization for Migration',
      'WHO=World Health Organization',
      'UN refugee agency=UNHCR',
    ]);
    expect(names('Die EU-Kommission und die Weltgesundheitsorganisation äußerten sich.')).toEqual(['EU-Kommission=European Commission', 'Weltgesundheitsorganisation=World Health Organization']);
    expect(names("L'OTAN et les autorités talibanes ont réagi.")).toEqual(['OTAN=NATO', 'talibanes=Taliban']);
    expect(names('Представители Еврокомиссии и МАГАТЭ прибыли в Вену.')).toEqual(['Еврокомиссии=European Commission', 'МАГАТЭ=International Atomic Energy Agency']);
  });

  it('prefers the longest name and skips lower-case words and acronyms in a shouted headline', () => {
    expect(names('The UN Security Council met.')).toEqual(['UN Security Council=UN Security Council']);
    expect(names('The king granted an amnesty to prisoners; who knows why.')).toEqual([]);
    expect(names('WHO SAID WHAT: a look back')).toEqual([]);
  });
});

describe('known bodies as entities', () => {
  it('makes one organization of a body named in English, German, French and Russian, and keeps its agencies apart', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'The United Nations said on Monday that the UN refugee agency would send tents.'),
      makeDocument('d2', 'Die Vereinten Nationen kündigten weitere Hilfe an, teilte die UNO mit.', { language: 'de' }),
      makeDocument('d3', "L'ONU a promis une aide d'urgence mardi.", { language: 'fr' }),
      makeDocument('d4', 'В ООН заявили, что помощь уже в пути.', { language: 'ru' }),
    ]);
    const un = a.entities.filter((e) => e.mentions.some((m) => ['United Nations', 'UNO', 'ONU', 'ООН'].includes(m.text)));
    expect(un).toHaveLength(1);
    expect(un[0].type).toBe('organization');
    expect(new Set(un[0].mentions.map((m) => m.doc))).toEqual(new Set(['d1', 'd2', 'd3', 'd4']));
    const refugees = a.entities.find((e) => e.mentions.some((m) => m.text === 'UN refugee agency'));
    expect(refugees?.type).toBe('organization');
    expect(refugees).not.toBe(un[0]);
  });

  it('types a body the names stage would read as a person as an organization', () => {
    const a = analyzeDocuments([makeDocument('d1', 'Officials said Hezbollah had fired rockets, and Hezbollah later denied it.')]);
    const h = a.entities.find((e) => e.name === 'Hezbollah');
    expect(h?.type).toBe('organization');
  });
});
