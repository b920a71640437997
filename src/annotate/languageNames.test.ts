import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments, analyzePaths } from '../pipeline.js';

// articles written for these tests
const GERMAN = [
  'Großbrand in Lagerhalle bei Hannover',
  '',
  'Hannover, 14. März 2026 – Bei einem Großbrand in einer Lagerhalle im Norden von Hannover sind am Dienstagabend drei Menschen verletzt worden.',
  'Das Feuer brach gegen 21 Uhr aus, teilte die Feuerwehr mit. Feuerwehrsprecher Jonas Albrecht sagte, die Löscharbeiten würden bis Mittwoch dauern.',
  'Die Polizei ermittelt wegen fahrlässiger Brandstiftung. Das Gesundheitsministerium schickte Helfer. Oberbürgermeisterin Katrin Wessel besuchte am Mittwoch die Einsatzstelle.',
].join('\n');
const FRENCH = [
  'Incendie dans un entrepôt près de Lyon',
  '',
  "Lyon, le 14 mars 2026 – Un incendie s'est déclaré mardi soir dans un entrepôt au nord de Lyon, blessant trois personnes, selon les pompiers.",
  "Le feu a pris vers 21 heures. Le porte-parole des pompiers, Julien Moreau, a indiqué que les opérations dureraient jusqu'à mercredi.",
  'Un hélicoptère a survolé la zone. La maire Claire Dubois s’est rendue sur place mercredi.',
].join('\n');

/** The entities a reader of the report sees for one document: type and name. */
const names = (text: string, language: string) =>
  analyzeDocuments([makeDocument('d1', text, { language, published: '2026-03-14' })]).entities.map((e) => `${e.type}:${e.name}`);

describe('names in languages other than English', () => {
  it('German: capitalised nouns are no names; titles before a known given name are cut; institutions stay', () => {
    const found = names(GERMAN, 'de');
    for (const noun of ['Menschen', 'Uhr', 'Das Feuer', 'Feuer', 'Polizei', 'Löscharbeiten', 'Einsatzstelle', 'Brandstiftung', 'Lagerhalle', 'Bei']) {
      expect(found.some((f) => f.endsWith(`:${noun}`)), noun).toBe(false);
    }
    expect(found).toContain('person:Jonas Albrecht');
    expect(found).toContain('person:Katrin Wessel');
    expect(found).toContain('place:Hannover');
    expect(found).toContain('organization:Gesundheitsministerium');
  });

  it('German: a leading noun naming an office, a kind of body or a region, or an inflected everyday noun, describes the name after it', () => {
    const text = [
      'Schwere Unwetter im Süden von Tirana',
      '',
      'Nach heftigen Regenfällen im Nordwesten Irans sind mehrere Dörfer überflutet. Das sagte ein Ministeriumssprecher, Arben Kolgjini, am Abend.',
      'In einer Erklärung des Ministeriumssprechers Arben Kolgjini hieß es, die Lage sei ernst. Die Nachrichtenagentur Albapress meldete zwei Tote.',
      'Die Zeltdörfer-Gesellschaft Albaniens schickte Helfer in die Provinzen Shkodra und Lezha.',
    ].join('\n');
    const found = names(text, 'de');
    expect(found).toContain('person:Arben Kolgjini');
    expect(found).toContain('organization:Albapress');
    expect(found).toContain('organization:Zeltdörfer-Gesellschaft Albaniens');
    expect(found.some((f) => f.startsWith('place:Iran'))).toBe(true);
    for (const wrong of ['Ministeriumssprechers Arben Kolgjini', 'Nachrichtenagentur Albapress', 'Nordwesten Irans', 'Provinzen Shkodra']) {
      expect(found.some((f) => f.endsWith(`:${wrong}`)), wrong).toBe(false);
    }
    expect(found.some((f) => f.startsWith('person:') && f.includes('Shkodra'))).toBe(false);
  });

  it('German: a noun of a place’s kind before a name makes the name a place', () => {
    const found = names('Das Beben ereignete sich an der Grenze zur Region Vorder Talgau und erschütterte die Provinz Qolbadar.', 'de');
    expect(found).toEqual(expect.arrayContaining(['place:Vorder Talgau', 'place:Qolbadar']));
    expect(found.some((f) => f.includes('Region') || f.includes('Provinz'))).toBe(false);
  });

  it('French: a sentence-initial article or everyday word is no name; people and places stay', () => {
    const found = names(FRENCH, 'fr');
    expect(found.some((f) => /:(?:Un|Le|La|Incendie)$/.test(f))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['person:Julien Moreau', 'person:Claire Dubois', 'place:Lyon']));
  });

  it('English documents are left to the English rules', () => {
    expect(names('The Fire Brigade said Jonas Albrecht was unhurt.', 'en')).toContain('person:Jonas Albrecht');
  });

  it('German and French articles get their dates read; a language without a module gets a message naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'triangulate-lang-'));
    try {
      await writeFile(join(dir, 'de.txt'), GERMAN);
      await writeFile(join(dir, 'fr.txt'), FRENCH);
      await writeFile(join(dir, 'sw.txt'), 'Moto mkubwa\n\nMoto mkubwa ulizuka katika ghala karibu na mji siku ya Jumanne, na watu watatu walijeruhiwa, polisi walisema. Wazima moto walifanya kazi usiku kucha kuzima moto huo, na uchunguzi unaendelea kuhusu chanzo chake.');
      const a = await analyzePaths([dir]);
      const byFile = new Map(a.documents.map((d) => [d.file, d]));
      expect(byFile.get('de.txt')?.published).toBe('2026-03-14');
      expect(byFile.get('fr.txt')?.published).toBe('2026-03-14');
      const i = a.documents.findIndex((d) => d.file === 'de.txt');
      expect(a.annotations[i].dates.some((d) => d.value === '2026-03-10')).toBe(true); // "am Dienstagabend" before 14 March
      const sw = byFile.get('sw.txt');
      const note = a.messages.find((m) => m.rule === 'annotate/no-language-module');
      expect(sw && note?.file).toBe(sw?.path);
      expect(note?.message).toContain(`"${sw?.language}"`);
      expect(a.messages.filter((m) => m.rule === 'annotate/no-language-module' && m.file !== sw?.path)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
