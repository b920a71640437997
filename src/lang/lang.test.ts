import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../annotate/numbers.js';
import { parseLocaleDigits } from '../annotate/numbers-intl.js';
import { readDate } from '../ingest/dates.js';
import { nerTokenize } from '../ner/tokenize.js';
import { splitSentences } from '../annotate/sentences.js';
import { findIntlNumbers } from '../annotate/numbers-intl.js';
import { capitalisesNouns, hasOrganizationHead, lexiconFor } from '../annotate/lexicons.js';
import { ENGLISH, hasLanguageModule, knownLanguages, languageModule, languageModules, monthNames, nameRules, numbering, sentenceBoundaries, unitWords, weekdayNames } from './index.js';

const SRC = join(import.meta.dirname, '..');

describe('language modules', () => {
  it('has a module for every language the stages had data for', () => {
    expect(knownLanguages()).toEqual(expect.arrayContaining(['en', 'de', 'fr', 'es', 'pt', 'ru', 'uk', 'ar', 'hi']));
    for (const code of knownLanguages()) {
      expect(languageModule(code)?.code).toBe(code);
      expect(existsSync(join(SRC, 'lang', code, 'data.json'))).toBe(true);
    }
  });

  it('returns undefined for a language without a module', () => {
    for (const code of ['nl', 'zz', 'und', '']) {
      expect(languageModule(code)).toBeUndefined();
      expect(monthNames(code)).toBeUndefined();
      expect(weekdayNames(code)).toBeUndefined();
    }
  });

  it('gives every module twelve months, each with a name, numbered 1 to 12 with no form naming two months', () => {
    for (const m of languageModules()) {
      const months = monthNames(m.code) ?? [];
      expect(months, m.code).toHaveLength(12);
      for (const forms of months) expect(forms.length, m.code).toBeGreaterThan(0);
      const numbers = numbering(months, 1);
      expect(new Set(Object.values(numbers)), m.code).toEqual(new Set(Array.from({ length: 12 }, (_, i) => i + 1)));
      // a form listed under two months would be numbered by the last one only
      expect(Object.keys(numbers).length, m.code).toBe(new Set(months.flat()).size);
      expect(months.flat().filter((f, i, all) => all.indexOf(f) !== i), m.code).toEqual([]);
    }
  });

  it('gives weekday lists seven days, Sunday first', () => {
    expect(weekdayNames('en')?.[0]).toContain('sunday');
    expect(weekdayNames('de')?.[6]).toEqual(expect.arrayContaining(['samstag', 'sonnabend']));
    for (const m of languageModules()) {
      const days = weekdayNames(m.code);
      if (!days) continue;
      expect(days, m.code).toHaveLength(7);
      expect(new Set(Object.values(numbering(days))), m.code).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
    }
  });

  it('never lets one written form name two different months across languages (page dates are read in any language)', () => {
    const seen = new Map<string, { month: number; code: string }>();
    for (const m of languageModules()) {
      (monthNames(m.code) ?? []).forEach((forms, i) => {
        for (const form of forms) {
          const before = seen.get(form);
          if (before) expect(before.month, `${form}: ${before.code} and ${m.code}`).toBe(i + 1);
          seen.set(form, { month: i + 1, code: m.code });
        }
      });
    }
  });

  it('reads a page date written with any month form of any module', () => {
    for (const m of languageModules()) {
      (monthNames(m.code) ?? []).forEach((forms, i) => {
        for (const form of forms) expect(readDate(`5 ${form} 2025`), `${m.code} ${form}`).toEqual({ iso: `2025-${String(i + 1).padStart(2, '0')}-05` });
      });
    }
  });

  it('parses German "2,95 Mrd." through the module number format and scales', () => {
    const de = languageModule('de');
    expect(de?.numberFormat).toEqual({ decimal: ',', group: expect.arrayContaining(['.']) });
    expect(de?.numbers?.scales['mrd.']).toBe(1e9);
    expect(parseLocaleDigits('2,95', de?.numberFormat ?? ENGLISH.numberFormat!)).toBe(2.95);
    expect(parseLocaleDigits('1.411', de?.numberFormat ?? ENGLISH.numberFormat!)).toBe(1411);
    // the same digits in the English format are a thousands group
    expect(parseLocaleDigits('2,950', ENGLISH.numberFormat!)).toBe(2950);
    const [money] = findNumbers('Der Schaden beträgt 2,95 Mrd. Euro.', [], 'de');
    expect(money).toMatchObject({ text: '2,95 Mrd. Euro', value: 2_950_000_000, kind: 'money', unit: 'EUR' });
    const [hedged] = findNumbers('Es gab mindestens 1.411 Tote.', [], 'de');
    expect(hedged).toMatchObject({ value: 1411, approx: 'at least' });
  });

  it('keeps hedge kinds to the ones a figure can carry', () => {
    const kinds = new Set(['about', 'nearly', 'over', 'under', 'at least', 'at most']);
    for (const m of languageModules()) for (const kind of Object.values(m.hedges ?? {})) expect(kinds.has(kind), m.code).toBe(true);
  });
});

// ---- one place per piece of knowledge ----

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every list of strings (array items, or object keys) in a JSON value, with its path. */
function stringLists(value: Json, path: string, out: { path: string; items: Set<string> }[] = []): { path: string; items: Set<string> }[] {
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === 'string');
    if (strings.length) out.push({ path, items: new Set(strings.map((s) => s.toLowerCase())) });
    for (const [i, v] of value.entries()) stringLists(v, `${path}[${i}]`, out);
  } else if (value && typeof value === 'object') {
    out.push({ path, items: new Set(Object.keys(value).map((k) => k.toLowerCase())) });
    for (const [k, v] of Object.entries(value)) stringLists(v, `${path}.${k}`, out);
  }
  return out;
}

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'lang' && dir === SRC ? [] : dataFiles(p);
    return e.name.endsWith('.json') && dir.endsWith('/data') ? [p] : [];
  });
}

// files other stages own that still hold English month and weekday names (as stop words for names, designations and
// bylines); they are to read them from src/lang too (issue 12), and leave this list then
const NOT_YET_MOVED = new Set(['clean/data/metadata-lines.json', 'annotate/data/lexicon.json', 'annotate/data/equipment-not.json']);

describe('no language knowledge outside src/lang', () => {
  it('has removed the per-stage month, date-label, number-word, hedge and function-word files', () => {
    for (const file of [
      'ingest/data/month-names.json',
      'ingest/data/date-labels.json',
      'ingest/data/function-words.json',
      'annotate/data/dates-vocabulary.json',
      'annotate/data/numbers-intl.json',
      'annotate/data/numbers-words.json',
      'annotate/data/numbers-hedges.json',
      ...['de', 'es', 'fr', 'ru', 'uk'].map((l) => `annotate/data/dates-${l}.json`),
      'annotate/data/names-languages.json',
    ]) {
      expect(existsSync(join(SRC, file)), file).toBe(false);
    }
  });

  it('finds no month names, weekday names, hedges or date labels of a module in another data file', () => {
    const knowledge = languageModules().flatMap((m) => [
      { what: `${m.code} months`, words: m.months.map((forms) => forms[0]) },
      { what: `${m.code} weekdays`, words: (m.weekdays ?? []).map((forms) => forms[0]) },
      { what: `${m.code} hedges`, words: Object.keys(m.hedges ?? {}) },
      { what: `${m.code} date labels`, words: m.dateLabels?.published ?? [] },
    ]);
    const found: string[] = [];
    for (const file of dataFiles(SRC)) {
      const name = relative(SRC, file);
      if (NOT_YET_MOVED.has(name)) continue;
      const lists = stringLists(JSON.parse(readFileSync(file, 'utf8')) as Json, name);
      for (const { what, words } of knowledge) {
        if (words.length < 5) continue;
        for (const { path, items } of lists) {
          const shared = words.filter((w) => items.has(w)).length;
          if (shared >= Math.max(5, words.length * 0.6)) found.push(`${path}: ${what} (${shared} of ${words.length})`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the registry is the one reader of sentence, name, unit and lexicon knowledge', () => {
  it('says which languages have a module from the modules themselves', () => {
    for (const code of ['en', 'de', 'it', 'ar', 'hi']) expect(hasLanguageModule(code)).toBe(true);
    for (const code of ['pl', 'nl', 'sw', 'und']) expect(hasLanguageModule(code)).toBe(false);
  });

  it("takes English's abbreviations and month abbreviations for the sentence splitter and the tokenizer", () => {
    const en = sentenceBoundaries('en');
    for (const w of ['jan', 'sept', 'dec', 'gen', 'etc', 'u.s']) expect(en.abbreviations.has(w), w).toBe(true);
    expect(en.tokenAbbreviations.has('jan')).toBe(true);
    expect(en.tokenAbbreviations.has('etc')).toBe(false);
    const t = 'The ferry left on Oct. 4 with 80 aboard, approx. 12 of them crew. Two were missing.';
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['The ferry left on Oct. 4 with 80 aboard, approx. 12 of them crew.', 'Two were missing.']);
    expect(nerTokenize('Gen. Varga and Mr. Holm left etc. Then').map((x) => x.text)).toEqual(['Gen.', 'Varga', 'and', 'Mr.', 'Holm', 'left', 'etc', '.', 'Then']);
  });

  it("reads German's capitalised nouns and institution heads from its module", () => {
    expect(nameRules('de').capitalizesNouns).toBe(true);
    expect(capitalisesNouns('de')).toBe(true);
    expect(capitalisesNouns('fr')).toBe(false);
    expect(hasOrganizationHead('Verkehrsministerium', 'de')).toBe(true);
    expect(hasOrganizationHead('Verkehrsministerium', 'fr')).toBe(false);
  });

  it("builds a lexicon from a module's function words where no word-list package exists", () => {
    expect(lexiconFor('ru')?.common.has('также')).toBe(true);
    expect(lexiconFor('uk')?.common.has('також')).toBe(true);
    expect(lexiconFor('en')).toBeNull();
  });

  it('reads unit words after a number from every module', () => {
    const u = unitWords();
    expect(u.duration.tagen).toBe('day');
    expect(u.measure.км).toBe('km');
    expect(u.percent).toEqual(expect.arrayContaining(['prozent', 'pour cent', 'процент*']));
    const found = findIntlNumbers('Die Preise stiegen um 4 Prozent binnen 3 Wochen, auf 9 Kilometern.', [], 'de').map((n) => [n.kind, n.unit]);
    expect(found).toEqual([['percent', '%'], ['duration', 'week'], ['measure', 'km']]);
    expect(findIntlNumbers('Le prix a grimpé de 5 pourcent.', [], 'fr')[0]).toMatchObject({ kind: 'percent', value: 5 });
  });
});
