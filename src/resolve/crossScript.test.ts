import { describe, expect, it } from 'vitest';
import { analyzeDocuments } from '../pipeline.js';
import { consonantKey } from './crossScript.js';
import { makeDocument } from '../../test/documents.js';

const doc = (id: string, text: string, language = 'en') => makeDocument(id, text, { language, published: '2026-03-02', contentHash: id });

describe('consonantKey', () => {
  it('gives Latin and Arabic spellings of one name word the same key', () => {
    expect(consonantKey('Karim')).toBe(consonantKey('كريم'));
    expect(consonantKey('Haddad')).toBe(consonantKey('حداد'));
    expect(consonantKey('Sabra')).toBe(consonantKey('صبرة'));
    expect(consonantKey('Abu')).toBe(consonantKey('أبو'));
    expect(consonantKey('al-Nouri')).toBe(consonantKey('النوري'));
  });
  it('keeps different names apart', () => {
    expect(consonantKey('Karim')).not.toBe(consonantKey('Kamal'));
    expect(consonantKey('Haddad')).not.toBe(consonantKey('Hamdan'));
  });
});

describe('names across scripts', () => {
  const latin = doc('d1', 'Defence Minister Karim Abu Sabra met the visiting delegation in Beirut on Monday. Abu Sabra said talks went well.');
  const cyrillic = doc('d2', 'Министр обороны Карим Абу Сабра провёл переговоры в Бейруте.', 'ru');
  const arabic = doc('d3', 'التقى وزير الدفاع كريم أبو صبرة الوفد الزائر في بيروت يوم الاثنين.', 'ar');

  it('links Latin, Cyrillic and Arabic spellings of one person into one entity', () => {
    const a = analyzeDocuments([latin, cyrillic, arabic]);
    const person = a.entities.find((e) => e.type === 'person' && e.name.includes('Sabra'));
    expect(person).toBeDefined();
    const docs = new Set(person!.mentions.map((m) => m.doc));
    expect(docs).toEqual(new Set(['d1', 'd2', 'd3']));
    const arabicMention = person!.mentions.find((m) => m.doc === 'd3')!;
    expect(arabic.text.slice(arabicMention.start, arabicMention.end)).toBe('كريم أبو صبرة');
  });

  it('does not invent Arabic mentions of people named nowhere else', () => {
    const a = analyzeDocuments([doc('d1', 'Transport Minister Lina Sabbagh opened the new port.'), arabic]);
    expect(a.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions).filter((m) => m.doc === 'd2')).toEqual([]);
  });
});
