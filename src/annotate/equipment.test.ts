import { describe, expect, it } from 'vitest';
import { findEquipment } from './equipment.js';

const keys = (text: string): string[] => findEquipment(text).map((e) => e.key);
const kinds = (text: string): [string, string | null][] => findEquipment(text).map((e) => [e.key, e.kind]);

describe('findEquipment designations', () => {
  it('accepts every hyphen character and a space between prefix and number', () => {
    for (const sep of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', ' ']) {
      const text = `Crews moved an S${sep}300 battery.`;
      const [e] = findEquipment(text);
      expect(e).toMatchObject({ key: 'S-300', kind: 'air defence system', text: `S${sep}300` });
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('reads a known family glued to its number, and keeps it one key with the hyphenated form', () => {
    const found = findEquipment('The navy flew an AW139 from the base; a second AW-139 and a Be‑200 followed, but not the X100 or the AB2025 code.');
    expect(found.map((e) => e.key)).toEqual(['AW-139', 'AW-139', 'Be-200']);
    expect(found[0].kind).toBe('helicopter');
  });

  it('takes a name between designation and class word, a maker in capitals before it, and an everyday-word head before a class word', () => {
    const found = findEquipment('Crews flew a UH-60 Black Hawk helicopter, the army ordered KORAL Veld 220B armoured vehicles and six Falcon‑S drones.');
    expect(found.map((e) => e.text)).toEqual(['UH-60 Black Hawk', 'KORAL Veld 220B', 'Falcon‑S']);
    expect(found.map((e) => e.key)).toEqual(['UH-60', 'Veld-220B', 'Falcon-S']);
  });

  it('reads known families written in Cyrillic under their Latin designation', () => {
    const found = findEquipment('В поисках участвуют два вертолёта Ми-8 и самолёт Бе‑200, а не ТУ-2025 год.');
    expect(found.map((e) => e.key)).toEqual(['Mi-8', 'Be-200']);
  });

  it('keeps suffixes, mixed-case prefixes and canonical family spelling', () => {
    expect(keys('An S-300PMU2, two Su-25s, a MIG-29, a KA-52, a Tu-22M3 and a T-72B3 appeared.')).toEqual([
      'S-300PMU2',
      'Su-25',
      'MiG-29',
      'Ka-52',
      'Tu-22M3',
      'T-72B3',
    ]);
  });

  it('reads named systems with a letter or letter-digit code', () => {
    expect(keys('Pantsir-S1 units, a Bastion\u2011P launcher, Bayraktar TB2 drones and Shahed-136 drones.')).toEqual([
      'Pantsir-S1',
      'Bastion-P',
      'Bayraktar-TB2',
      'Shahed-136',
    ]);
  });

  it('takes the kind from the family, else from the class word that follows', () => {
    expect(kinds('Su-35 multirole fighter jets, T-90 tanks, AK-12 rifles, Mi-8 and BTR-82 units, Zorvan-7 drones, Zorvan-9 frigates.')).toEqual([
      ['Su-35', 'aircraft'],
      ['T-90', 'tank'],
      ['AK-12', 'rifle'],
      ['Mi-8', 'helicopter'],
      ['BTR-82', 'vehicle'],
      ['Zorvan-7', 'drone'],
      ['Zorvan-9', 'ship'],
    ]);
    expect(kinds('A Zorvan-4 was shown.')).toEqual([['Zorvan-4', null]]);
  });

  it('needs a hyphen or a class word for prefixes that are English words', () => {
    expect(keys('An An-124 landed; an Il-76 followed.')).toEqual(['An-124', 'Il-76']);
    expect(keys('An 18-year-old and An 12 others.')).toEqual([]);
    expect(keys('Boeing 737 aircraft and Leopard 2 tanks.')).toEqual(['Boeing-737', 'Leopard-2']);
  });
});

describe('findEquipment class names and named systems', () => {
  it('reads "<Name>-class" and "<Name> class" with the kind of the following noun', () => {
    expect(kinds('Two Kilo-class submarines and three Admiral Orlov class frigates sailed.')).toEqual([
      ['Kilo-class', 'submarine'],
      ['Admiral-Orlov-class', 'ship'],
    ]);
    expect(keys('A World-class team and a first-class seat. Middle-class families.')).toEqual([]);
  });

  it('reads a proper name before a specific class word', () => {
    expect(kinds('Kornet anti-tank systems, Vantor long-range cruise missiles and Storm Shadow missiles.')).toEqual([
      ['Kornet', 'missile system'],
      ['Vantor', 'missile system'],
      ['Storm-Shadow', 'missile system'],
    ]);
  });

  it('does not take demonyms, determiners or groups before plain class words', () => {
    expect(findEquipment('Russian tanks, Ostian missiles, Kurdish fighters, Israeli jets and Several tanks moved.')).toEqual([]);
    expect(findEquipment('The British Storm Shadow missiles')).toMatchObject([{ key: 'Storm-Shadow', text: 'Storm Shadow' }]);
  });
});

describe('findEquipment negatives', () => {
  it.each([
    'Between 2023-2024 and 2026\u20112028 output fell.',
    'COVID-19 and Covid-19 cases rose.',
    'Q3 results, the G20 and the G-20 summit.',
    'See page 12, Section 3 and p. 4 of Article 5.',
    'A UN-backed plan and an EU-UK deal and Russia-NATO talks.',
    'At 10:30, 45% said so on the 4th and 15th.',
    'Call +1 555-0100 or Tel 555-0100.',
    'Codes ISO 3166-1, US-2024 and SY-12 and SYR 300.',
    'In 2025 prices rose. By 2030 they will fall. June 12 was hot.',
    'The I-95 highway, K-12 schools and H-1B visas.',
  ])('finds nothing in %s', (text) => {
    expect(findEquipment(text)).toEqual([]);
  });
});

describe('findEquipment named-system guards', () => {
  it('does not read a place or a title-case heading as a weapon', () => {
    expect(findEquipment('The Baltic squadron including frigates sailed. Aleppo cruise missiles.')).toEqual([]);
    expect(findEquipment('Unified Air Defence Network')).toEqual([]);
  });
});
