import { describe, expect, it } from 'vitest';
import { findInstitutions, settleInstitutionKeys } from './institutions.js';

const found = (text: string) => settleInstitutionKeys(findInstitutions(text)).map((f) => [f.text, f.kind, f.type, f.place?.name ?? null]);
const keys = (text: string) => settleInstitutionKeys(findInstitutions(text)).map((f) => f.key);

describe('findInstitutions', () => {
  it('reads a head with its complement in Romance languages, the place last', () => {
    expect(found('Ladrones entraron en el Museo de Historia Natural de Valencia el lunes.')).toEqual([['Museo de Historia Natural de Valencia', 'museum', 'facility', 'Valencia']]);
    expect(found("Un quadro è sparito dal Museo di Storia Naturale di Valenza nella notte.")).toEqual([['Museo di Storia Naturale di Valenza', 'museum', 'facility', 'Valenza']]);
    expect(found('O roubo no Museu de História Natural de Valência foi descoberto.')).toEqual([['Museu de História Natural de Valência', 'museum', 'facility', 'Valência']]);
  });

  it('gives translations of one name one key', () => {
    const es = keys('El Museo de Bellas Artes de Bilbao cerró el martes.');
    const it_ = keys('Il Museo di Belle Arti di Bilbao ha chiuso martedì.');
    const pt = keys('O Museu de Belas Artes de Bilbau fechou na terça.');
    expect(es).toHaveLength(1);
    expect(it_).toEqual(es);
    expect(pt).toEqual(es);
    expect(keys('The Museum of Modern Art of Bilbao reopened.')).not.toEqual(es);
  });

  it('types courts and universities as organizations, in lower case after a known place or before a particle', () => {
    expect(found('The Marseille criminal court sentenced him on Friday.')).toEqual([['Marseille criminal court', 'court', 'organization', 'Marseille']]);
    expect(found('Le tribunal correctionnel de Marseille a rendu son jugement.')).toEqual([['tribunal correctionnel de Marseille', 'court', 'organization', 'Marseille']]);
    expect(keys('The Marseille criminal court ruled.')).toEqual(keys('Le tribunal correctionnel de Marseille a tranché.'));
    expect(found('She studied at the University of Leeds and later at Università di Bologna.')).toEqual([
      ['University of Leeds', 'university', 'organization', 'Leeds'],
      ['Università di Bologna', 'university', 'organization', 'Bologna'],
    ]);
  });

  it('reads a capitalised name before an English head, and an elided particle', () => {
    expect(found('Crowds queued outside the Prado Museum and the Musée d’Orsay.')).toEqual([
      ['Prado Museum', 'museum', 'facility', 'Prado'],
      ['Musée d’Orsay', 'museum', 'facility', 'Orsay'],
    ]);
    expect(found('Doctors at St Mary Hospital said two were hurt.')[0]).toEqual(['St Mary Hospital', 'hospital', 'facility', null]);
  });

  it('finds nothing for a head without a name', () => {
    expect(found('Museum director Ana Ruiz said the museum would reopen; the court in town and a hospital nearby were closed.')).toEqual([]);
    expect(found('Un tribunal francés condenó al exalcalde.')).toEqual([]);
  });

  it('lets a short name take the key of the document’s full one', () => {
    const text = 'Robo en el Museo de Bellas Artes. El Museo de Bellas Artes de Cádiz confirmó el robo.';
    const [short, full] = keys(text);
    expect(full).toContain('|c');
    expect(short).toBe(full);
  });

  it('does not take a title-case headline’s next word as a name', () => {
    expect(found('All About The Cádiz Museum Heist Explained')).toEqual([['Cádiz Museum', 'museum', 'facility', 'Cádiz']]);
  });
});

describe('settleInstitutionKeys', () => {
  it('gives a one-word name before the head as the place, settled on the document’s full name', () => {
    const [full, short] = keys('Thieves hit the Museo de Bellas Artes de Zamora on Sunday. Zamora Museum staff were shocked.');
    expect(short).toBe(full);
  });
});

describe('findInstitutions: edges', () => {
  it('reads "of the" inside a complement and leaves a given name before a head alone', () => {
    expect(found('Judges at the Court of Justice of the Northern League ruled on Monday.')).toEqual([['Court of Justice of the Northern League', 'court', 'organization', 'Northern League']]);
    expect(found('The tennis champion Margaret Court spoke on Friday.')).toEqual([]);
    expect(found('Court documents and Hospital staff said nothing.')).toEqual([]);
  });
});
