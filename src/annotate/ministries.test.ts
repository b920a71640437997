import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';
import { annotate } from './index.js';
import { findMinistries, ministryKey, ministryPortfolio, parseMinistryKey } from './ministries.js';

describe('ministryKey', () => {
  it('reads the portfolio and country of a ministry in English, German, French and Russian', () => {
    expect(ministryKey('Ministry of Foreign Affairs', 'said the Jordanian ')).toBe('ministry:foreign:JO');
    expect(ministryKey('Interior Ministry', 'Kenya’s ')).toBe('ministry:interior:KE');
    expect(ministryKey('Verteidigungsministerium', 'das ')).toBe('ministry:defence:');
    expect(ministryKey("ministère de l'Intérieur", 'le ')).toBe('ministry:interior:');
    expect(ministryKey('Минздрава России', 'по данным ')).toBe('ministry:health:RU');
    expect(ministryPortfolio('Central Bank')).toBeNull();
    expect(ministryPortfolio('мид')).toBeNull();
  });
});

describe('parseMinistryKey', () => {
  it('reads back the portfolio and country of a key ministryKey made, with or without the org: prefix', () => {
    expect(parseMinistryKey(`org:${ministryKey('Ministry of Health', 'said Peru’s ')}`)).toEqual({ portfolio: 'health', country: 'PE' });
    expect(parseMinistryKey('ministry:defence:')).toEqual({ portfolio: 'defence', country: '' });
    expect(parseMinistryKey('org:publisher:reuters')).toBeNull();
    expect(parseMinistryKey(undefined)).toBeNull();
  });
});

describe('ministries and the country named after them', () => {
  it('takes a country written right after the ministry’s short form into its name and key', () => {
    const a = annotate(makeDocument('d1', 'В Минздраве Казахстана сообщили, что больницы работают.', { language: 'ru' }));
    expect(a.mentions.find((m) => m.type === 'organization')).toMatchObject({ text: 'Минздраве Казахстана', key: 'org:ministry:health:KZ' });
    const later = annotate(makeDocument('d1', 'Учения закончились. Позже в Минобороны Белоруссии заявили, что всё прошло по плану.', { language: 'ru' }));
    expect(later.mentions.find((m) => m.type === 'organization')?.key).toBe('org:ministry:defence:BY');
  });
});

describe('ministries as entities', () => {
  it('makes one organization of a country’s ministry named in English and by its Russian short form with the country', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'The Belarusian Defence Ministry said the drills had ended on Friday.'),
      makeDocument('d2', 'В Минобороны Белоруссии заявили, что учения завершены.', { language: 'ru' }),
      makeDocument('d3', 'The Polish Foreign Ministry summoned the envoy.'),
    ]);
    const mod = a.entities.find((e) => e.mentions.some((m) => m.text === 'Belarusian Defence Ministry'));
    expect(mod?.type).toBe('organization');
    expect(mod?.mentions.some((m) => m.doc === 'd2')).toBe(true);
    expect(mod?.mentions.some((m) => m.doc === 'd3')).toBe(false);
  });

  it('keeps a ministry whose document names no country apart, even from the only ministry of that portfolio', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'The Belarusian Defence Ministry said the drills had ended on Friday.'),
      makeDocument('d2', 'В Минобороны заявили, что учения завершены.', { language: 'ru' }),
      makeDocument('d3', 'The Defence Ministry said the drills had ended.'),
    ]);
    const bare = a.entities.find((e) => e.mentions.some((m) => m.doc === 'd2' && m.text === 'Минобороны'));
    expect(bare?.mentions.every((m) => m.doc === 'd2')).toBe(true);
    const english = a.entities.find((e) => e.mentions.some((m) => m.doc === 'd3'));
    expect(english?.mentions.every((m) => m.doc === 'd3')).toBe(true);
  });

  it('gives a ministry without a country the one its document names for that portfolio, its place, or the dateline’s', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'The Belarusian Defence Ministry said the drills had ended. Later the Defence Ministry said all units were back.'),
      makeDocument('d2', 'Officials of the Defence Ministry in Minsk confirmed the figure.'),
      makeDocument('d3', 'The Defence Ministry said the drills had ended.', { dateline: 'Minsk' }),
      makeDocument('d4', 'The Defence Ministry in Warsaw said nothing.'),
    ]);
    const mod = a.entities.find((e) => e.mentions.some((m) => m.text === 'Belarusian Defence Ministry'));
    expect(new Set(mod?.mentions.map((m) => m.doc))).toEqual(new Set(['d1', 'd2', 'd3']));
    expect(mod?.mentions.filter((m) => m.doc === 'd1')).toHaveLength(2);
  });
});

describe('findMinistries', () => {
  it('finds ministries written in lower case or by a short form, in English, French, German and Russian', () => {
    const found = (t: string) => findMinistries(t).map((m) => m.text);
    expect(found('A spokesman for the Peruvian health ministry said the clinics were full.')).toEqual(['health ministry']);
    expect(found("Selon le ministère de l'Intérieur, trois routes sont fermées.")).toEqual(["ministère de l'Intérieur"]);
    expect(found('Das Gesundheitsministerium in Lima bestätigte die Zahl.')).toEqual(['Gesundheitsministerium']);
    expect(found('В Минздраве сообщили, что мид тут ни при чём, а МИД промолчал.')).toEqual(['Минздраве', 'МИД']);
  });

  it('makes one entity of a ministry named in lower case in one report and by name in another', () => {
    const a = analyzeDocuments([
      makeDocument('d1', 'The Peruvian health ministry said 40 clinics were open.'),
      makeDocument('d2', "Selon le ministère de la Santé, 40 cliniques sont ouvertes.", { language: 'fr', dateline: 'Lima' }),
    ]);
    const m = a.entities.find((e) => e.mentions.some((x) => x.text === 'health ministry'));
    expect(m?.type).toBe('organization');
    expect(m?.mentions.map((x) => x.doc)).toEqual(expect.arrayContaining(['d1', 'd2']));
  });
});

describe('national bodies one per country', () => {
  it('gives a national police one key in every language, and one named without its country the folder’s only one', () => {
    expect(ministryKey('National Police', 'said Peru’s ')).toBe('ministry:national-police:PE');
    expect(ministryKey('Policía Nacional', 'la ')).toBe('ministry:national-police:');
    const { entities } = analyzeDocuments([
      makeDocument('d1', 'Two suspects were held, Peru’s National Police said on Monday.'),
      makeDocument('d2', 'La Policía Nacional detuvo a dos sospechosos el lunes.', { language: 'es' }),
      makeDocument('d3', 'A Polícia Nacional deteve dois suspeitos na segunda-feira.', { language: 'pt' }),
    ]);
    const police = entities.filter((e) => e.mentions.some((m) => /Polic[ií]a Nacional|National Police/.test(m.text)));
    expect(police).toHaveLength(1);
    expect(police[0].type).toBe('organization');
    expect(new Set(police[0].mentions.map((m) => m.doc))).toEqual(new Set(['d1', 'd2', 'd3']));
  });
});
