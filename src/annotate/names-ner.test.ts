import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';
import { annotate } from './index.js';

const mentions = (text: string, language = 'en') => annotate(makeDocument('d1', text, { outlet: 'Outlet', language })).mentions;
const find = (text: string, name: string, language = 'en') => mentions(text, language).find((m) => m.name === name);

describe('the tagger inside the names stage (English)', () => {
  it('keeps a hyphenated given name the rules cut off, and records how the name was found', () => {
    const text = 'The fine is unfair, said Sue-Ellen Varga, the company’s head of policy, on Tuesday.';
    const m = find(text, 'Sue-Ellen Varga');
    expect(m?.type).toBe('person');
    expect(m?.rule.startsWith('ner')).toBe(true);
    expect(mentions(text).some((x) => x.name === 'Varga')).toBe(false);
  });

  it('splits a country glued to the person after it', () => {
    const text = 'Aid is arriving slowly, said the UN relief coordinator in Bolivia Marta Quispe.';
    const ms = mentions(text);
    expect(ms.find((m) => m.name === 'Bolivia')?.type).toBe('place');
    expect(ms.find((m) => m.name === 'Marta Quispe')?.type).toBe('person');
    expect(ms.some((m) => m.name.includes('Bolivia Marta'))).toBe(false);
  });

  it('adds a company named by an everyday word mid-sentence, when the document never writes the word in lower case', () => {
    const text = 'Regulators in Brussels fined Lantern on Friday. Lantern said it would appeal against the ruling.';
    const m = find(text, 'Lantern');
    expect(m).toBeDefined();
    expect(m?.type).not.toBe('person');
  });

  it('takes no list labels, headings or abbreviations from the tagger', () => {
    const text = 'Grid Renewal Plan\n- Harbour Works: a new quay at the northern port, officials said.\nBrig. Gen. Tomas Ruane inspected the site.';
    const ms = mentions(text);
    expect(ms.some((m) => m.name === 'Harbour Works')).toBe(false);
    expect(ms.some((m) => m.name === 'Brig' || m.name.startsWith('Gen'))).toBe(false);
    expect(ms.filter((m) => m.rule.startsWith('ner')).every((m) => !text.slice(m.start, m.end).includes('Renewal'))).toBe(true);
  });

  it('is not used for other languages', () => {
    const text = 'Der Sprecher der Regierung, Jonas Brenner, sagte am Montag in Berlin, die Hilfe komme an.';
    expect(mentions(text, 'de').some((m) => m.rule.startsWith('ner'))).toBe(false);
  });
});

describe('languages that capitalise every noun (German)', () => {
  const analyze = (texts: [string, string][]) => analyzeDocuments(texts.map(([text, language], i) => makeDocument(`d${i}`, text, { outlet: 'Outlet', language }))).entities;

  it('a lone capitalised noun is no entity, a compound with an organization head is an organization', () => {
    const text = 'Nach dem Unwetter meldete das Gesundheitsministerium am Montag viele Verletzte in der Region.';
    const ms = mentions(text, 'de');
    expect(ms.find((m) => m.text === 'Gesundheitsministerium')?.type).toBe('organization');
    const names = analyze([[text, 'de']]).map((e) => e.name);
    expect(names).not.toContain('Unwetter');
    expect(names).not.toContain('Verletzte');
  });

  it('a sentence-initial article is not part of the name', () => {
    const ms = mentions('Das Hochwasser traf die Stadt schwer, sagte ein Sprecher.', 'de');
    expect(ms.some((m) => m.text.startsWith('Das '))).toBe(false);
  });

  it('a capitalised word joins the entity the same name has in another document', () => {
    const entities = analyze([
      ['Regulators fined Quillmark on Friday; Quillmark said it would appeal.', 'en'],
      ['Die Strafe gegen Quillmark wurde am Freitag verkündet.', 'de'],
    ]);
    const q = entities.find((e) => e.name === 'Quillmark');
    expect(q && new Set(q.mentions.map((m) => m.doc))).toEqual(new Set(['d0', 'd1']));
  });
});
