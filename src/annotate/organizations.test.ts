import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';
import { annotate } from './index.js';
import { englishUnitName, findKnownOrganizations, findMilitaryUnits, findMissions, findNationalBodies } from './organizations.js';

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

const units = (text: string) => findMilitaryUnits(text).map((u) => `${u.text}|${u.name}|${u.key}`);

describe('findMilitaryUnits', () => {
  it('finds numbered formations in English, French, German and Russian, one per number of a list', () => {
    expect(units('Shells fired by the 31st and 204th artillery regiments hit the depot.')).toEqual([
      '31st|31st artillery regiment|unit:31:regiment',
      '204th artillery regiments|204th artillery regiment|unit:204:regiment',
    ]);
    expect(units('La 12e brigade blindée a quitté la ville.')).toEqual(['12e brigade|12e brigade|unit:12:brigade']);
    expect(units('Die 7. Panzerdivision rückte vor.')).toEqual(['7. Panzerdivision|7. Panzerdivision|unit:7:division']);
    expect(units('Бойцы 58-й армии и 14-й мехбригады ВДВ отошли.')).toEqual(['58-й армии|58-й армии|unit:58:army', '14-й мехбригады ВДВ|14-й мехбригады ВДВ|unit:14:brigade']);
  });

  it('does not read a year before a sentence or an ordinal without a formation as a unit', () => {
    expect(units('It was built in 1961. Army engineers later rebuilt it on the 3rd floor.')).toEqual([]);
  });

  it('makes one organization of a formation named in English and in Russian', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'Officials said soldiers of the 63rd brigade had left the village.'),
      makeDocument('d2', 'По данным штаба, бойцы 63-й бригады покинули село.', { language: 'ru' }),
    ]);
    const unit = a.entities.find((e) => e.mentions.some((m) => m.text === '63rd brigade'));
    expect(unit?.type).toBe('organization');
    expect(unit?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['63rd brigade', '63-й бригады']));
  });

  it('reads the descriptive names the Commission has in German, French and Spanish as the Commission', () => {
    const ec = 'European Commission';
    // the plural is any EU authorities, not the Commission
    expect(names('Die EU-Behörde verlangt Auskunft; die EU-Behörden der Länder nicht.')).toEqual([`EU-Behörde=${ec}`, 'EU=European Union']);
    expect(names("L'exécutif européen a tranché. El Ejecutivo comunitario también.")).toEqual([`exécutif européen=${ec}`, `Ejecutivo comunitario=${ec}`]);
  });

  it('names a formation written only in Cyrillic by its English ordinal, branch and formation', () => {
    expect(englishUnitName('42-й десантно-штурмовых бригад', 'org:unit:42:brigade')).toBe('42nd air assault brigade');
    expect(englishUnitName('13-й мехбригады', 'org:unit:13:brigade')).toBe('13th mechanized brigade');
    expect(englishUnitName('201-ї ракетної дивізії', 'org:unit:201:division')).toBe('201st missile division');
    expect(englishUnitName('63rd brigade', 'org:unit:63:brigade')).toBeNull();
    const a = analyzeDocuments([makeDocument('d1', 'Штаб сообщил, что бойцы 33-й и 72-й десантно-штурмовых бригад отошли.', { language: 'ru' })]);
    const names = a.entities.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['33rd air assault brigade', '72nd air assault brigade']));
  });
});

describe('findMissions', () => {
  it('finds a body’s or a country’s outpost named by what it is and where, keeping the place as a place', () => {
    expect(findMissions('The EU delegation to Ukraine said the Kenyan mission in Berlin had closed.').map((m) => m.text)).toEqual(['EU delegation to Ukraine', 'Kenyan mission in Berlin']);
    expect(findMissions('Their mission in Berlin ended. A Peace mission in Paris began.')).toEqual([]);
    const a = annotate(makeDocument('d1', 'The UN office in Nairobi sent water, officials said.'));
    expect(a.mentions.find((m) => m.text === 'UN office in Nairobi')?.type).toBe('organization');
    expect(a.mentions.find((m) => m.text === 'Nairobi')?.type).toBe('place');
  });
});

describe('findNationalBodies', () => {
  it('finds a country’s body named in lower case after its possessive, and no other possessive’s', () => {
    expect(findNationalBodies("Kenya’s competition watchdog fined the bank, and Peru's electoral court agreed.").map((m) => m.text)).toEqual(['Kenya’s competition watchdog', "Peru's electoral court"]);
    expect(findNationalBodies('Google’s ad exchange office and the company’s legal service replied.')).toEqual([]);
    const a = annotate(makeDocument('d1', 'Separately, Chile’s data protection authority opened an inquiry.'));
    expect(a.mentions.find((m) => m.text === 'Chile’s data protection authority')?.type).toBe('organization');
    expect(a.mentions.find((m) => m.text === 'Chile')?.type).toBe('place');
  });
});
