// Sentences and figures in Hindi, Arabic, Urdu and Persian: stops from each language's module, digits of any script.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../claims/figures.js';
import { analyzePaths } from '../pipeline.js';
import { makeDocument } from '../../test/documents.js';
import { annotate } from './index.js';
import { findNumbers } from './numbers.js';
import { splitSentences } from './sentences.js';

const texts = (t: string, lang: string) => splitSentences(t, lang).map((s) => t.slice(s.start, s.end));
const figures = (t: string, lang: string) => findNumbers(t, [], lang).map((n) => ({ text: n.text, value: n.value, kind: n.kind, unit: n.unit, approx: n.approx, ...(n.range ? { range: n.range } : {}) }));

describe('sentence stops of scripts without capitals', () => {
  it('splits Hindi at the danda and the double danda', () => {
    const t = 'नदी में बाढ़ आई। पुल टूट गया॥ गांव खाली कराए गए।';
    expect(texts(t, 'hi')).toEqual(['नदी में बाढ़ आई।', 'पुल टूट गया॥', 'गांव खाली कराए गए।']);
  });
  it('splits Arabic at its question mark and at a full stop before a letter, never at its comma', () => {
    const t = 'هل انهار الجسر؟ قال المحافظ، في بيان، إن الطريق مغلق. وصلت فرق الإنقاذ.';
    expect(texts(t, 'ar')).toEqual(['هل انهار الجسر؟', 'قال المحافظ، في بيان، إن الطريق مغلق.', 'وصلت فرق الإنقاذ.']);
  });
  it('splits Urdu at its full stop "۔" and Persian at "؟"', () => {
    expect(texts('دریا میں سیلاب آیا۔ پل ٹوٹ گیا۔', 'ur')).toEqual(['دریا میں سیلاب آیا۔', 'پل ٹوٹ گیا۔']);
    expect(texts('آیا پل فرو ریخت؟ بله، صبح امروز.', 'fa')).toEqual(['آیا پل فرو ریخت؟', 'بله، صبح امروز.']);
  });
  it('leaves an English text with a danda-free line as it was', () => {
    expect(texts('The dam held. Crews left.', 'en')).toEqual(['The dam held.', 'Crews left.']);
  });
});

describe('figures in Hindi and Arabic', () => {
  it('reads a Hindi count with its hedge after the number, a range and a measure', () => {
    const t = 'बाढ़ में 300 से अधिक लोगों की मौत हो गई, जबकि 1,200 से 1,500 लोग घायल हुए। पानी 12 किलोमीटर तक फैला।';
    expect(figures(t, 'hi')).toEqual([
      { text: '300 से अधिक लोगों', value: 300, kind: 'count', unit: 'लोगों', approx: 'over' },
      { text: '1,200 से 1,500 लोग', value: 1350, kind: 'count', unit: 'लोग', approx: null, range: [1200, 1500] },
      { text: '12 किलोमीटर', value: 12, kind: 'measure', unit: 'km', approx: null },
    ]);
  });
  it('reads Devanagari and Arabic-Indic digits, keeping the text as written', () => {
    expect(figures('हादसे में ४५ लोगों की मौत हुई।', 'hi')).toEqual([{ text: '४५ लोगों', value: 45, kind: 'count', unit: 'लोगों', approx: null }]);
    expect(figures('أسفر الانفجار عن مقتل ١٢٠ شخصا.', 'ar')).toEqual([{ text: '١٢٠ شخصا', value: 120, kind: 'count', unit: 'شخصا', approx: null }]);
    expect(figures('قتل ما لا يقل عن ٣٫٥ ألف شخص.', 'ar')[0]).toMatchObject({ value: 3500, approx: 'at least' });
  });
  it('reads Arabic hedges before and after a number, and a percentage', () => {
    expect(figures('أصيب أكثر من 40 شخصا في الحادث.', 'ar')[0]).toMatchObject({ value: 40, unit: 'شخصا', approx: 'over' });
    expect(figures('قتل 60 على الأقل في القصف.', 'ar')[0]).toMatchObject({ text: '60 على الأقل', value: 60, approx: 'at least' });
    expect(figures('ارتفعت الأسعار 15 بالمئة.', 'ar')[0]).toMatchObject({ value: 15, kind: 'percent' });
  });
  it('gives the claims stage the measure of each Hindi and Arabic figure', () => {
    const hi = 'तूफ़ान में 75 से अधिक लोगों की मौत हो गई और 200 लोग घायल हुए।';
    expect(readFigures(hi, findNumbers(hi, [], 'hi'), 'hi').map((r) => r.measure)).toEqual(['dead', 'injured']);
    const ar = 'أسفر الفيضان عن مقتل ٣٥ شخصا وإصابة ٩٠ آخرين.';
    expect(readFigures(ar, findNumbers(ar, [], 'ar'), 'ar').map((r) => r.measure)).toEqual(['dead', 'injured']);
  });
  it('compares a Hindi toll with an English one of the same event as counts of people', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tri-hi-'));
    writeFileSync(join(dir, 'a.txt'), 'Storm hits coast\n\nPORTVILLE, March 3, 2026 - A cyclone struck the coast of Veloria on Monday. Officials said 40 people were killed in the cyclone.\n');
    writeFileSync(join(dir, 'b.txt'), 'चक्रवात\n\nपोर्टविल, 3 मार्च 2026 - सोमवार को वेलोरिया के तट पर एक चक्रवात आया। अधिकारियों ने बताया कि चक्रवात में 90 से अधिक लोगों की मौत हो गई। कई घर गिर गए।\n');
    const a = await analyzePaths([dir]);
    const dead = a.cross.claims.filter((c) => c.predicate === 'quantity' && c.qualifiers.measure === 'dead');
    const hindi = dead.find((c) => 'value' in c.object && c.object.value.includes('90'));
    expect(hindi?.qualifiers.unit).toBe('लोगों');
    expect(hindi?.qualifiers.approx).toBe('over');
    // "more than 90" and "40" of one cyclone's dead cannot both hold: a conflict of counts of people
    const conflict = a.cross.conflicts.find((c) => c.question === 'How many people were killed?');
    expect(conflict?.alternatives.map((x) => x.value).sort()).toEqual(['40 people', 'more than 90 people (90 से अधिक लोगों)']);
  });
});

describe('dates written with digits of other scripts', () => {
  it('reads Arabic-Indic and Devanagari digits in dates, keeping the text as written', () => {
    const ar = annotate(makeDocument('d1', 'انهار الجسر في ٣ مارس ٢٠٢٦ بعد أمطار غزيرة.', { language: 'ar', published: '2026-03-05' }));
    expect(ar.dates.map((d) => [d.text, d.value])).toEqual([['٣ مارس ٢٠٢٦', '2026-03-03']]);
    const hi = annotate(makeDocument('d2', 'पुल ४ मार्च २०२६ को टूट गया।', { language: 'hi', published: '2026-03-05' }));
    expect(hi.dates.map((d) => [d.text, d.value])).toEqual([['४ मार्च २०२६', '2026-03-04']]);
  });
});
