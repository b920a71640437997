import { describe, expect, it } from 'vitest';
import { findNumbers } from '../annotate/numbers.js';
import { findPositions } from './positions.js';

/** The positions found, with `distances` the sentence's distances as [text, km]. */
const positions = (sentence: string, lang: string, distances: [string, number][]) =>
  findPositions(
    sentence,
    lang,
    distances.map(([t, km]) => ({ start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length, km })),
  ).map((p) => `${p.km} ${p.direction} ${p.place} (${p.placeKey})`);

describe('a position relative to a named place', () => {
  it('reads a distance, a compass direction and the place after it in English, German and French', () => {
    expect(positions('The flood crest passed 40 kilometres north-east of Millbrook on Monday.', 'en', [['40 kilometres', 40]])).toEqual(['40 north-east Millbrook (mlbrk)']);
    expect(positions('The blast was 12 miles south of the city of Lakeside.', 'en', [['12 miles', 19.3]])).toEqual(['19.3 south Lakeside (lksd)']);
    expect(positions('Das Beben lag 40 Kilometer nordöstlich von Millbrook.', 'de', [['40 Kilometer', 40]])).toEqual(['40 north-east Millbrook (mlbrk)']);
    expect(positions("L'épicentre se trouvait à 40 km à l'est de Millbrook.", 'fr', [['40 km', 40]])).toEqual(['40 east Millbrook (mlbrk)']);
  });

  it('reads Russian and Ukrainian positions', () => {
    expect(positions('Эпицентр находился в 40 км к северо-востоку от Милбрука.', 'ru', [['40 км', 40]]).map((p) => p.split(' (')[0])).toEqual(['40 north-east Милбрука']);
    expect(positions('Епіцентр був за 40 км на південний захід від Мілбрука.', 'uk', [['40 км', 40]]).map((p) => p.split(' (')[0])).toEqual(['40 south-west Мілбрука']);
  });

  it('reads the place before the distance where the language puts it there, and keys it across scripts', () => {
    expect(positions('भूकंप का केंद्र मिलब्रुक से 40 किलोमीटर पूर्व में था।', 'hi', [['40 किलोमीटर', 40]])).toEqual(['40 east मिलब्रुक (mlbrk)']);
  });

  it('makes nothing of a distance with no direction, or a direction with no place', () => {
    expect(positions('The epicentre was 40 kilometres from Millbrook.', 'en', [['40 kilometres', 40]])).toEqual([]);
    expect(positions('The convoy drove 40 kilometres east on Monday.', 'en', [['40 kilometres', 40]])).toEqual([]);
  });

  it('reads kilometres written in Devanagari as a distance', () => {
    expect(findNumbers('मिलब्रुक से 40 किलोमीटर पूर्व में', [], 'hi').map((n) => [n.value, n.kind, n.unit])).toEqual([[40, 'measure', 'km']]);
  });
});
