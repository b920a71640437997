import { describe, expect, it } from 'vitest';
import { figuresAgree } from '../annotate/numbers.js';
import { makeDocument } from '../../test/documents.js';
import { analyzeDocuments } from '../pipeline.js';
import type { NumberMention } from '../types.js';

/** The conflicts among documents d1, d2… given as [text, language, publication day], as question → values. */
const conflicts = (...items: [string, string, string | null][]) =>
  analyzeDocuments(items.map(([text, language, published], i) => makeDocument(`d${i + 1}`, text, { language, published })))
    .cross.conflicts.map((c) => [c.question, c.alternatives.map((a) => a.value).sort()]);

describe('the time and the length of the act a document is about, in other languages', () => {
  const en = 'Robbers stole a silver chalice from the cathedral of Burgos on Friday. The robbers forced a side door at about 2:20 a.m. and were gone within six minutes, police said.';
  const es = 'Roban un cáliz de plata de la catedral de Burgos. Según la policía, tres ladrones entraron en el templo hacia las 4 de la madrugada y permanecieron en el interior unos quince minutos.';
  it('a time and a length in sentences naming the thieves or their act conflict across languages', () => {
    const found = conflicts([en, 'en', '2026-05-02'], [es, 'es', '2026-05-03']);
    const time = found.find(([q]) => /At what time/.test(String(q)));
    expect(time?.[0]).toBe('At what time did the theft happen?');
    expect(time?.[1]).toEqual(['4 de la madrugada', 'about 2:20 a.m.']);
    const length = found.find(([q]) => /How long did it last/.test(String(q)));
    expect(length?.[1]).toEqual(['about 15 minutes (unos quince minutos)', 'six minutes']);
  });

  it('the same time told in two languages, and a timeline time with no act named, make no conflict', () => {
    const it = 'Rubato un calice dalla cattedrale di Burgos. I ladri sono entrati verso le 2:20 e sono fuggiti dopo sei minuti.';
    expect(conflicts([en, 'en', '2026-05-02'], [it, 'it', '2026-05-02'])).toEqual([]);
    const later = 'A fire broke out in the depot of Burgos on Friday. The alarm sounded at 3:05 a.m.';
    const other = 'A fire broke out in the depot of Burgos on Friday. Crews left the scene at 9:40 a.m.';
    expect(conflicts([later, 'en', '2026-05-02'], [other, 'en', '2026-05-02'])).toEqual([]);
  });

  it('a hedged time may be off by as much as its precision allows', () => {
    const t = (value: number, approx: NumberMention['approx']) => ({ kind: 'time', value, approx, unit: 'time', text: '', start: 0, end: 0 }) as NumberMention;
    expect(figuresAgree(t(190, 'about'), t(240, 'about'))).toBe(false);
    expect(figuresAgree(t(240, 'about'), t(215, null))).toBe(true);
    expect(figuresAgree(t(0, 'about'), t(1427, null))).toBe(true);
  });
});
