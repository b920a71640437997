import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import type { Document, Entity } from '../types.js';
import { makeDocument } from '../../test/documents.js';

const doc = (id: string, text: string) => makeDocument(id, text);

const entities = (...texts: string[]) => analyzeDocuments(texts.map((t, i) => doc(`d${i + 1}`, t))).entities;
/** The one entity that has a mention with this surface text in this document. */
const entityOf = (es: Entity[], docId: string, surface: string) => {
  const hits = es.filter((e) => e.mentions.some((m) => m.doc === docId && m.text === surface));
  expect(hits, `${docId} "${surface}"`).toHaveLength(1);
  return hits[0];
};
const surfaces = (e: Entity) => e.mentions.map((m) => `${m.doc}:${m.text}`);

describe('resolveEntities: one entity per person', () => {
  it('joins a Latin and a Cyrillic spelling of one person across documents', () => {
    const es = entities('Officials said Sergey Volkonov would lead the talks.', 'Сергей Волконов прибыл на переговоры.', 'Sergei Volkonov arrived on Tuesday.');
    const p = entityOf(es, 'd1', 'Sergey Volkonov');
    expect(p.type).toBe('person');
    expect(surfaces(p)).toEqual(expect.arrayContaining(['d1:Sergey Volkonov', 'd2:Сергей Волконов', 'd3:Sergei Volkonov']));
    expect(p.aliases).toEqual(expect.arrayContaining(['Сергей Волконов']));
  });

  it('joins "Maj. Gen. First Last" with later surname-only mentions, in the same and in another document', () => {
    const es = entities('Maj. Gen. Anton Belka arrived in Vienna on Tuesday for talks. Belka said the talks were useful.', 'Speaking to reporters, Belka said he expected an agreement soon.');
    const p = entityOf(es, 'd1', 'Anton Belka');
    expect(p.type).toBe('person');
    expect(p.name).toBe('Anton Belka');
    expect(surfaces(p)).toEqual(['d1:Anton Belka', 'd1:Belka', 'd2:Belka']);
  });

  it('gives a surname-only mention to the person named in full earlier in the same document', () => {
    const es = entities('Anna Lindqvist, a nurse, treated the injured. Anna Sorensen, a doctor, helped her. Lindqvist said the clinic was full.');
    const lindqvist = entityOf(es, 'd1', 'Anna Lindqvist');
    expect(surfaces(lindqvist)).toEqual(['d1:Anna Lindqvist', 'd1:Lindqvist']);
    expect(surfaces(entityOf(es, 'd1', 'Anna Sorensen'))).toEqual(['d1:Anna Sorensen']);
  });

  it('joins an acronym to its expansion given in another document', () => {
    const es = entities('Inspectors from the National Grain Board (NGB) visited the silos on Monday.', 'The NGB said the harvest was smaller than expected this year.');
    const board = entityOf(es, 'd1', 'National Grain Board');
    expect(board.type).toBe('organization');
    expect(surfaces(board)).toEqual(expect.arrayContaining(['d1:NGB', 'd2:NGB']));
  });

  it('joins an acronym to the one organization whose initials spell it, though no text gives "(X)"', () => {
    const es = entities('Engineers of the US Coastal Survey measured the shoreline on Monday.', 'The USCS said the shoreline had moved by two metres.', 'The Baltic Ferry Authority said sailings would resume.', 'The BFA confirmed it on Tuesday.');
    expect(entityOf(es, 'd2', 'USCS')).toBe(entityOf(es, 'd1', 'US Coastal Survey'));
    expect(entityOf(es, 'd4', 'BFA')).toBe(entityOf(es, 'd3', 'Baltic Ferry Authority'));
  });

  it('keeps an acronym apart when the initials of two organizations spell it', () => {
    const es = entities('The Northern Grain Authority inspected the silos.', 'The National Gas Agency raised prices.', 'The NGA said on Friday that it disagreed.');
    const nga = entityOf(es, 'd3', 'NGA');
    expect(nga).not.toBe(entityOf(es, 'd1', 'Northern Grain Authority'));
    expect(nga).not.toBe(entityOf(es, 'd2', 'National Gas Agency'));
  });

  it('joins an acronym to its expansion when the expansion document comes second', () => {
    const es = entities('The NGB said the harvest was smaller than expected this year.', 'Inspectors from the National Grain Board (NGB) visited the silos on Monday.');
    expect(entityOf(es, 'd1', 'NGB')).toBe(entityOf(es, 'd2', 'National Grain Board'));
  });
});

describe('resolveEntities: different things stay apart', () => {
  it('keeps two people who share a first name apart', () => {
    const es = entities('Omar Haddad, a trader, said prices had doubled.', 'Omar Tabbara said the market was quiet on Sunday.');
    expect(entityOf(es, 'd1', 'Omar Haddad')).not.toBe(entityOf(es, 'd2', 'Omar Tabbara'));
  });

  it('keeps two people who share a surname apart, and gives a later bare surname to the nearest one before it', () => {
    const es = entities('Omar Haddad, a local trader, said prices had doubled. His sister Leila Haddad, a teacher, disagreed. Haddad added that she would leave.');
    const omar = entityOf(es, 'd1', 'Omar Haddad');
    const leila = entityOf(es, 'd1', 'Leila Haddad');
    expect(omar).not.toBe(leila);
    expect(surfaces(omar)).toEqual(['d1:Omar Haddad']);
    expect(surfaces(leila)).toEqual(['d1:Leila Haddad', 'd1:Haddad']);
  });

  it('keeps people with one surname apart across documents', () => {
    const es = entities('Omar Haddad, a trader, said prices had doubled.', 'Leila Haddad, a teacher, said schools would reopen.');
    expect(entityOf(es, 'd1', 'Omar Haddad')).not.toBe(entityOf(es, 'd2', 'Leila Haddad'));
  });

  it('keeps Mohammed X and Mahmoud X apart', () => {
    const es = entities('Mohammed Karimi, a shopkeeper, said the market was closed.', 'Mahmoud Karimi, a local farmer, said the harvest was poor.');
    expect(entityOf(es, 'd1', 'Mohammed Karimi')).not.toBe(entityOf(es, 'd2', 'Mahmoud Karimi'));
  });

  it('never merges a place with a person who carries its name', () => {
    const es = entities('Victor Florence, a painter, opened an exhibition on Friday.', 'Floods hit Florence on Sunday, closing several museums in the city.');
    const person = entityOf(es, 'd1', 'Victor Florence');
    const place = entityOf(es, 'd2', 'Florence');
    expect(person.type).toBe('person');
    expect(place.type).toBe('place');
    expect(person).not.toBe(place);
    expect(person.mentions.every((m) => m.type === 'person')).toBe(true);
  });

  it('reads a word only the gazetteer calls a place as the surname of the person named in full, particle and all', () => {
    const es = entities('Mendoza drawing sold\n\nA drawing by Pedro de Mendoza was sold on Friday.', 'A sketch by Pedro de Mendoza went missing. Collectors say the Mendoza drawing is rare.');
    const p = entityOf(es, 'd1', 'Pedro de Mendoza');
    expect(p.type).toBe('person');
    expect(surfaces(p)).toEqual(expect.arrayContaining(['d1:Mendoza', 'd2:Mendoza']));
    // a place the text puts someone in stays a place
    const placed = entities('A drawing by Pedro de Mendoza was sold.', 'The collector flew to Mendoza on Friday.');
    expect(entityOf(placed, 'd2', 'Mendoza').type).toBe('place');
  });

  it('gives every entity a unique id with a type prefix', () => {
    const es = entities('Maj. Gen. Anton Belka met officials of the National Grain Board (NGB) in Vienna on Tuesday.');
    const ids = es.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entityOf(es, 'd1', 'Anton Belka').id).toMatch(/^p[0-9a-f]{8}(?:-\d+)?$/);
    expect(entityOf(es, 'd1', 'Vienna').id).toMatch(/^l[0-9a-f]{8}(?:-\d+)?$/);
    expect(entityOf(es, 'd1', 'National Grain Board').id).toMatch(/^o[0-9a-f]{8}(?:-\d+)?$/);
  });
});

describe('facilities located at places', () => {
  it('attaches a facility to the place the text puts it near, as an entity and a claim', () => {
    const d: Document = {
      id: 'd1', path: '/x/d1.txt', file: 'd1.txt', format: 'text', encoding: 'utf-8', title: null, outlet: 'Outlet', author: null,
      published: '2026-01-05', dateline: null, syndicatedFrom: null, credits: [], language: 'en', removed: [], contentHash: '',
      text: 'Two transport aircraft landed at Beja air base near Lisbon on Monday. Lisbon officials confirmed the flights.',
    };
    const a = analyzeDocuments([d]);
    const base = a.entities.find((e) => e.type === 'facility')!;
    const lisbon = a.entities.find((e) => e.name === 'Lisbon')!;
    expect(base.locatedAt).toBe(lisbon.id);
    expect(a.cross.claims.some((c) => c.predicate === 'located_at' && c.subject === base.id && 'entity' in c.object && c.object.entity === lisbon.id)).toBe(true);
  });
});

describe('office countries inferred from context', () => {
  it('does not give a bare "President X" the country of another president in the folder', () => {
    const a = analyzeDocuments([
      makeDocument('d1', "Portugal's President Ana Lobo arrived in Madrid on Monday."),
      makeDocument('d2', 'President Tomas Reyes said the talks with Lisbon went well.'),
    ]);
    expect(a.cross.conflicts).toEqual([]);
  });
  it('gives a bare portfolio minister the only country the folder gives that office', () => {
    const a = analyzeDocuments([
      makeDocument('d1', "Portugal's Transport Minister Rui Casimiro inspected the port of Sines."),
      makeDocument('d2', 'Transport Minister Joana Teles inspected the port of Sines.'),
    ]);
    expect(a.cross.conflicts.map((c) => c.question)).toEqual(["Who is Portugal's transport minister?"]);
  });
});

describe('place spellings', () => {
  it('joins a place the gazetteer does not know to a known one with the same consonants, and keeps different places apart', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'Smugglers crossed from the Sweida province before dawn, near Homs.'),
      makeDocument('d2', 'The convoy came from Suwayda province, officials in Hama said.'),
    ]);
    const places = a.entities.filter((e) => e.type === 'place');
    const sweida = places.find((e) => [e.name, ...e.aliases].includes('Sweida'));
    expect([sweida?.name, ...(sweida?.aliases ?? [])]).toContain('Suwayda');
    expect(places.find((e) => e.name === 'Homs')).not.toBe(places.find((e) => e.name === 'Hama'));
  });
});

describe('place spellings off the gazetteer', () => {
  it('joins a German spelling and a misspelling to the one close place of the folder, and not two known places', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'The regulators met in Rotterdam on Monday, and the mayor of Kandahar sent a message.'),
      makeDocument('d2', 'Die Behörde traf sich am Montag in Rotterdamm, hieß es.', { language: 'de' }),
      makeDocument('d3', 'Aid reached Kandahr late on Tuesday, and trucks left Austria for Australia.'),
    ]);
    const places = a.entities.filter((e) => e.type === 'place');
    const names = (e?: Entity) => [e?.name, ...(e?.aliases ?? [])];
    expect(names(places.find((e) => names(e).includes('Rotterdam')))).toContain('Rotterdamm');
    expect(names(places.find((e) => names(e).includes('Kandahar')))).toContain('Kandahr');
    expect(places.find((e) => e.name === 'Austria')).not.toBe(places.find((e) => e.name === 'Australia'));
  });
});

describe('acronyms with more than one expansion', () => {
  it('joins an acronym to the organization whose initials spell it when another copy of that name is cut short', () => {
    const es = entities(
      'The FRWO said on Tuesday that the rain would stop.',
      'Forecasters at the FR Weather Office said the storm had weakened.',
      'The latest data from the FR Weather Of',
    );
    expect(entityOf(es, 'd1', 'FRWO')).toBe(entityOf(es, 'd2', 'FR Weather Office'));
  });
});

describe('organizations across scripts', () => {
  it('joins an organization named only in Cyrillic to the Latin one its sentences share two things with', () => {
    const a = analyzeDocuments([
      makeDocument('d1', "Spain's Civil Guard Service (SGS) said it had sent a Be-200 aircraft from Valencia."),
      makeDocument('d2', 'В поисках участвуют вертолёты, а ГСС Испании направила самолёт Бе-200.', { language: 'ru' }),
      makeDocument('d3', 'The Red Harbour Authority said it had sent a Be-200 aircraft to help.'),
    ]);
    const sgs = a.entities.find((e) => e.type === 'organization' && e.mentions.some((m) => m.doc === 'd2'));
    expect(sgs?.mentions.some((m) => m.doc === 'd1')).toBe(true);
    expect(sgs?.mentions.some((m) => m.doc === 'd3')).toBe(false);
  });
});

describe('equipment families', () => {
  it('joins a bare family name to the one variant the folder names, not to one of two', () => {
    const equipment = (...texts: string[]) =>
      analyzeDocuments(texts.map((t, i) => makeDocument(`d${i + 1}`, t))).entities.filter((e) => e.type === 'equipment' && e.mentions.some((m) => /Iskander/.test(m.text)));
    expect(equipment('Two Iskander-K missiles were fired at the port on Monday.', 'Officials said the Iskander missiles came from the north.')).toHaveLength(1);
    expect(equipment('Two Iskander-K missiles and an Iskander-M were fired.', 'Officials said the Iskander missiles came from the north.')).toHaveLength(3);
  });
});
