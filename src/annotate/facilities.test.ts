import { describe, expect, it } from 'vitest';
import { findFacilities } from './facilities.js';

describe('findFacilities', () => {
  it('finds a named air base and the place it is near', () => {
    const text = 'Jets took off from the Qaryat air base near Marlow at dawn.';
    const [f] = findFacilities(text);
    expect(f).toMatchObject({ name: 'Qaryat', kind: 'air base', text: 'Qaryat air base' });
    expect(text.slice(f.start, f.end)).toBe('Qaryat air base');
    expect(f.near).toMatchObject({ name: 'Marlow' });
    expect(text.slice(f.near!.start, f.near!.end)).toBe('Marlow');
  });

  it('reads an owner before the name as its location', () => {
    const text = "Flights resumed at Norland's Vester International Airport on Friday.";
    const [f] = findFacilities(text);
    expect(f).toMatchObject({ name: 'Vester', kind: 'airport', text: 'Vester International Airport' });
    expect(f.near).toEqual({ name: 'Norland', start: 19, end: 26 });
  });

  it('knows every class word, in any case, and hyphenated names', () => {
    const text =
      'Drones hit the Deir ez\u2011Zor airport, the T-4 airbase, Kelmar Air Base, the Odra naval base, the Lusk naval facility, Brann military base, the Salt Creek airfield and the Bab al-Hawa border crossing.';
    expect(findFacilities(text).map((f) => [f.name, f.kind])).toEqual([
      ['Deir ez\u2011Zor', 'airport'],
      ['T-4', 'air base'],
      ['Kelmar', 'air base'],
      ['Odra', 'naval base'],
      ['Lusk', 'naval base'],
      ['Brann', 'military base'],
      ['Salt Creek', 'air base'],
      ['Bab al-Hawa', 'other'],
    ]);
  });

  it('reads "Port of <Name>" and a place after it', () => {
    const text = 'Ships docked at the Port of Caldera in Ruritania, a Black Sea port of Novaport rival.';
    const found = findFacilities(text);
    expect(found[0]).toMatchObject({ name: 'Caldera', kind: 'port', text: 'Port of Caldera', near: { name: 'Ruritania' } });
    expect(found[1]).toMatchObject({ name: 'Novaport', kind: 'port' });
  });

  it('never makes a country or a demonym into a facility', () => {
    expect(findFacilities("Ruritania's port was busy. Norway's port too.")).toEqual([]);
    expect(findFacilities('A Russian naval base was discussed.')).toEqual([]);
    expect(findFacilities('They stayed at a naval facility in Syria.')).toEqual([]);
    expect(findFacilities('Ships sailed to Port of Spain.')).toEqual([]);
  });

  it('drops determiners, demonyms and compound adjectives before the name', () => {
    const text = 'the Russian-operated Kelmar airfield outside the city of Oster';
    expect(findFacilities(text)).toEqual([
      { start: 21, end: 36, text: 'Kelmar airfield', name: 'Kelmar', kind: 'air base', near: { name: 'Oster', start: 57, end: 62 } },
    ]);
    expect(findFacilities('Several Russian air bases were hit. Main airport closed.')).toEqual([]);
  });

  it('names an unnamed facility by the place it stands in', () => {
    const [f] = findFacilities('The naval facility in Port Edda was expanded.');
    expect(f).toMatchObject({ name: 'Port Edda', kind: 'naval base', text: 'naval facility in Port Edda' });
  });

  it('does not read a class word inside a longer word or a hyphenated name', () => {
    expect(findFacilities('Her Passport and the Port-au-Prince office.')).toEqual([]);
  });
});

describe('facility names and leading prepositions', () => {
  it('leaves a capitalised preposition at the start of a sentence out of the name', () => {
    const [f] = findFacilities('At Kandahar airport, crowds waited for hours.');
    expect(f).toMatchObject({ name: 'Kandahar', text: 'Kandahar airport' });
    const [g] = findFacilities('From Vester naval base the ships sailed east.');
    expect(g).toMatchObject({ name: 'Vester', text: 'Vester naval base' });
  });
});
