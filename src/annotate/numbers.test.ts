import { describe, expect, it } from 'vitest';
import type { NumberMention } from '../types.js';
import { findDates } from './dates.js';
import { figuresAgree, findNumbers, parseNumber } from './numbers.js';

/** The mentions as [text, value, kind, unit, approx] for compact assertions. */
const read = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.kind, n.unit, n.approx]);

describe('parseNumber', () => {
  it.each([
    ['1,200', 1200],
    ['2.1bn', 2.1e9],
    ['600 million', 6e8],
    ['twelve', 12],
    ['forty-five', 45],
    ['three hundred', 300],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['a million', 1e6],
  ])('%s is %d', (s, value) => {
    expect(parseNumber(s)).toBe(value);
  });

  it.each(['', 'several', 'five forty', 'twelve seven', '3 apples'])('"%s" is not a number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });
});

describe('findNumbers', () => {
  it('reads money with symbols, codes, words and scales', () => {
    const text = 'Deals worth $2.1bn, $600 million, 2.8 billion dollars, USD 40m, €300,000, £5m and 1.5 trillion rubles.';
    expect(read(text)).toEqual([
      ['$2.1bn', 2.1e9, 'money', 'USD', null],
      ['$600 million', 6e8, 'money', 'USD', null],
      ['2.8 billion dollars', 2.8e9, 'money', 'USD', null],
      ['USD 40m', 4e7, 'money', 'USD', null],
      ['€300,000', 300000, 'money', 'EUR', null],
      ['£5m', 5e6, 'money', 'GBP', null],
      ['1.5 trillion rubles', 1.5e12, 'money', 'RUB', null],
    ]);
  });

  it('reads a currency named or coded after the number', () => {
    expect(read('Fees of 5,000 Syrian pounds and 40 million USD were waived.')).toEqual([
      ['5,000 Syrian pounds', 5000, 'money', 'SYP', null],
      ['40 million USD', 4e7, 'money', 'USD', null],
    ]);
  });

  it('reads percentages', () => {
    expect(read('Turnout rose 22 % in the north, 40% in the south and 18 per cent overall.')).toEqual([
      ['22 %', 22, 'percent', '%', null],
      ['40%', 40, 'percent', '%', null],
      ['18 per cent', 18, 'percent', '%', null],
    ]);
  });

  it('reads counts with the counted noun, singular and lower-case', () => {
    const text = 'Approximately 190 individuals, three Russian warships, 12 aircraft, forty-five officers and 24 Mk-4 drones.';
    expect(read(text)).toEqual([
      ['Approximately 190 individuals', 190, 'count', 'individual', 'about'],
      ['three Russian warships', 3, 'count', 'warship', null],
      ['12 aircraft', 12, 'count', 'aircraft', null],
      ['forty-five officers', 45, 'count', 'officer', null],
      ['24 Mk-4 drones', 24, 'count', 'drone', null],
    ]);
  });

  it('multiplies dozens', () => {
    expect(read('Two dozen clerks and 3 dozen cars.')).toEqual([
      ['Two dozen clerks', 24, 'count', 'clerk', null],
      ['3 dozen cars', 36, 'count', 'car', null],
    ]);
  });

  it('reads vague counts as approximate', () => {
    expect(read('Dozens of residents and hundreds of volunteers came.')).toEqual([
      ['Dozens of residents', 24, 'count', 'resident', 'about'],
      ['hundreds of volunteers', 200, 'count', 'volunteer', 'about'],
    ]);
  });

  // a time named by a word ("noon", "midnight") is a round time: approximate
  it('reads times of day in minutes since midnight', () => {
    expect(read('Gates opened at 10:30 a.m., closed at 10.30pm, reopened at 22:15 and rang at noon.')).toEqual([
      ['10:30 a.m.', 630, 'time', 'time', null],
      ['10.30pm', 1350, 'time', 'time', null],
      ['22:15', 1335, 'time', 'time', null],
      ['noon', 720, 'time', 'time', 'about'],
    ]);
  });

  it('reads the zone named after a time: local, GMT, UTC with an offset', () => {
    const zones = findNumbers('It struck at 11:47 p.m. local time (19:17 GMT); sirens sounded at 10:00 UTC+3 and again at 14:05.').map((n) => [n.text, n.value, n.zone]);
    expect(zones).toEqual([
      ['11:47 p.m. local time', 1427, 'local'],
      ['19:17 GMT', 1157, 'UTC+0'],
      ['10:00 UTC+3', 600, 'UTC+180'],
      ['14:05', 845, null],
    ]);
  });

  it('reads German, French, Russian and Ukrainian numbers in their own grouping, with scales, currencies and hedges', () => {
    const read = (text: string, lang: string) => findNumbers(text, [], lang).map((n) => [n.text, n.kind, n.unit, n.value, n.approx]);
    expect(read('Mindestens 1.411 Menschen starben; die Strafe beträgt 2,95 Mrd. Euro.', 'de')).toEqual([
      ['Mindestens 1.411 Menschen', 'count', 'menschen', 1411, 'at least'],
      ['2,95 Mrd. Euro', 'money', 'EUR', 2950000000, null],
    ]);
    expect(read('Plus de 1 300 blessés et une amende de 4,3 milliards d’euros.', 'fr')).toEqual([
      ['Plus de 1 300', 'count', null, 1300, 'over'],
      ['4,3 milliards d’euros', 'money', 'EUR', 4300000000, null],
    ]);
    expect(read('Погибли 34 человека, в том числе двое детей, из 95-й бригады.', 'ru')).toEqual([
      ['34 человека', 'count', 'человека', 34, null],
      ['двое детей', 'count', 'детей', 2, null],
    ]);
    expect(read('Понад 84 людини поранені.', 'uk')).toEqual([['Понад 84 людини', 'count', 'людини', 84, 'over']]);
  });

  it('reads Spanish, Portuguese and Italian numbers: words, dot-grouped thousands, scales with "de", currencies and hedges', () => {
    const read = (text: string, lang: string) => findNumbers(text, [], lang).map((n) => [n.text, n.kind, n.unit, n.value, n.approx]);
    expect(read('Al menos cinco pescadores y una multa de 250.000 euros; el daño llega a 3,5 millones de euros.', 'es')).toEqual([
      ['Al menos cinco pescadores', 'count', 'pescadores', 5, 'at least'],
      ['250.000 euros', 'money', 'EUR', 250000, null],
      ['3,5 millones de euros', 'money', 'EUR', 3500000, null],
    ]);
    expect(read('Pelo menos doze bombeiros e um prejuízo de 1,8 milhões de euros.', 'pt')).toEqual([
      ['Pelo menos doze bombeiros', 'count', 'bombeiros', 12, 'at least'],
      ['1,8 milhões de euros', 'money', 'EUR', 1800000, null],
    ]);
    expect(read('Quasi quattro pescatori e un danno di 2,6 milioni di euro.', 'it')).toEqual([
      ['Quasi quattro pescatori', 'count', 'pescatori', 4, 'nearly'],
      ['2,6 milioni di euro', 'money', 'EUR', 2600000, null],
    ]);
  });

  it('counts nothing with a decimal number or, in German, a lower-case word after it; a scale word still makes a count', () => {
    const read = (text: string, lang: string) => findNumbers(text, [], lang).map((n) => [n.text, n.kind, n.unit, n.value]);
    expect(read('Ein Beben der Stärke 6,0 erschütterte die Küste, 12 Häuser stürzten ein.', 'de')).toEqual([['12 Häuser', 'count', 'häuser', 12]]);
    expect(read('Der Pegel lag bei 4,5 und 2,5 Millionen Menschen waren betroffen.', 'de')).toEqual([['2,5 Millionen Menschen', 'count', 'menschen', 2500000]]);
    expect(read('Ein séisme de magnitude 5,8 frappe la ville; 40 maisons détruites.', 'fr')).toEqual([['40 maisons', 'count', 'maisons', 40]]);
    expect(read('Mindestens 1.200 Menschen', 'de')).toEqual([['Mindestens 1.200 Menschen', 'count', 'menschen', 1200]]);
  });

  it('reads "no deaths" and "keine Toten" as a count of zero', () => {
    expect(findNumbers('There were no reports of deaths.').map((n) => [n.text, n.value, n.unit])).toEqual([['no reports of deaths', 0, 'death']]);
    expect(findNumbers('Es gab keine Toten.', [], 'de').map((n) => [n.text, n.value, n.unit])).toEqual([['keine Toten', 0, 'toten']]);
  });

  it('reads a hedge before a time of day', () => {
    expect(read('The blast came at around 5 p.m.')).toEqual([['around 5 p.m.', 1020, 'time', 'time', 'about']]);
  });

  it('reads durations, hyphenated or not', () => {
    expect(read('A 25-year lease, a three-day fair, six hours of rain, 49 years of service and a nearly 14-year feud.')).toEqual([
      ['25-year', 25, 'duration', 'year', null],
      ['three-day', 3, 'duration', 'day', null],
      ['six hours', 6, 'duration', 'hour', null],
      ['49 years', 49, 'duration', 'year', null],
      ['nearly 14-year', 14, 'duration', 'year', 'nearly'],
    ]);
  });

  it('reads measures', () => {
    expect(read('A 150 km canal, a 1,200 MW plant, a 300-meter pier, 55,000 bpd and a 40m mast.')).toEqual([
      ['150 km', 150, 'measure', 'km', null],
      ['1,200 MW', 1200, 'measure', 'MW', null],
      ['300-meter', 300, 'measure', 'm', null],
      ['55,000 bpd', 55000, 'measure', 'bpd', null],
      ['40m', 40, 'measure', 'm', null],
    ]);
  });

  it.each([
    ['about', 'about'],
    ['around', 'about'],
    ['roughly', 'about'],
    ['some', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['more than', 'over'],
    ['over', 'over'],
    ['at least', 'at least'],
    ['up to', 'at most'],
    ['fewer than', 'under'],
    ['less than', 'under'],
  ])('reads the hedge "%s" as %s', (hedge, approx) => {
    const [n] = findNumbers(`The shelter took in ${hedge} 300 families.`);
    expect([n.text, n.approx]).toEqual([`${hedge} 300 families`, approx]);
  });

  it('reads ranges with hyphens, dashes, "to" and "between"', () => {
    const text = 'Between 40 and 50 people, 40-50 people, 40 to 50 people, 40‑50 guards, 40–50 boats and $2–3 billion.';
    expect(findNumbers(text).map((n) => [n.text, n.value, n.range])).toEqual([
      ['Between 40 and 50 people', 45, [40, 50]],
      ['40-50 people', 45, [40, 50]],
      ['40 to 50 people', 45, [40, 50]],
      ['40‑50 guards', 45, [40, 50]],
      ['40–50 boats', 45, [40, 50]],
      ['$2–3 billion', 2.5e9, [2e9, 3e9]],
    ]);
  });

  it('reads "from 30 to 55" as two figures, not a range', () => {
    expect(read('Output grew from 30,000 bpd to 55,000 bpd.')).toEqual([
      ['30,000 bpd', 30000, 'measure', 'bpd', null],
      ['55,000 bpd', 55000, 'measure', 'bpd', null],
    ]);
  });

  it('skips designations, ordinals, list numbers, names and phone numbers', () => {
    const text = [
      '1. Overview',
      '2.1 Fleet Upgrades',
      'The S-300, S‑400, T-72, Su-35, AK-12, MiG-29, F-16 and F 16 were shown by the 4th and 15th Directorate.',
      'Resolution 2254 was cited. Call +44 20 7946 0018 or 555-123-4567 for No. 10.',
    ].join('\n');
    expect(findNumbers(text)).toEqual([]);
  });

  it('skips spans given in exclude, such as dates', () => {
    const text = 'On 3 February 2026 the 2017 agreement let 300 engineers stay until 2030.';
    const found = findNumbers(text, findDates(text, { published: null }));
    expect(found.map((n) => n.text)).toEqual(['300 engineers']);
  });

  it('gives offsets that point at the quoted text', () => {
    const text = 'Ça — about 190 individuals arrived.';
    const [n] = findNumbers(text);
    expect(text.slice(n.start, n.end)).toBe(n.text);
    expect(n.text).toBe('about 190 individuals');
  });

  it('does not count "one" used as a pronoun, nor numbers that count nothing', () => {
    expect(read('One of the 12 said the total was 190.')).toEqual([]);
  });
});

const figure = (value: number, approx: NumberMention['approx'] = null, unit = 'individual', range?: [number, number]): NumberMention => ({
  start: 0,
  end: 0,
  text: '',
  value,
  kind: 'count',
  unit,
  approx,
  ...(range ? { range } : {}),
});

describe('figuresAgree', () => {
  it('agrees when hedged round figures overlap: about 190 and nearly 200', () => {
    expect(figuresAgree(figure(190, 'about'), figure(200, 'nearly'))).toBe(true);
  });

  it('disagrees on different exact figures: 190 and 250', () => {
    expect(figuresAgree(figure(190), figure(250))).toBe(false);
    expect(figuresAgree(figure(190), figure(191))).toBe(false);
    expect(figuresAgree(figure(2.1e9), figure(2.1e9))).toBe(true);
  });

  it('agrees when a range contains a value: 40-50 and 45', () => {
    expect(figuresAgree(figure(45, null, 'individual', [40, 50]), figure(45))).toBe(true);
    expect(figuresAgree(figure(45, null, 'individual', [40, 50]), figure(60))).toBe(false);
  });

  it('bounds "more than" and "fewer than" on one side only', () => {
    expect(figuresAgree(figure(200, 'over'), figure(240))).toBe(true);
    expect(figuresAgree(figure(200, 'over'), figure(150))).toBe(false);
    expect(figuresAgree(figure(50, 'under'), figure(30))).toBe(true);
  });

  it('keeps "nearly" below its figure within about 10% for round figures', () => {
    expect(figuresAgree(figure(200, 'nearly'), figure(185))).toBe(true);
    expect(figuresAgree(figure(200, 'nearly'), figure(150))).toBe(false);
    expect(figuresAgree(figure(200, 'nearly'), figure(210))).toBe(false);
  });

  it('allows a hedged small figure one unit: about 7 and 8', () => {
    expect(figuresAgree(figure(7, 'about'), figure(8))).toBe(true);
    expect(figuresAgree(figure(7, 'about'), figure(9))).toBe(false);
  });

  it('reads findNumbers output: about $2bn agrees with $2.1bn', () => {
    const [a, b] = findNumbers('Estimates ran to about $2bn; the ledger showed $2.1bn.');
    expect(figuresAgree(a, b)).toBe(true);
  });

  it('never agrees across units or kinds', () => {
    expect(figuresAgree(figure(190), figure(190, null, 'soldier'))).toBe(false);
    expect(figuresAgree(figure(40), { ...figure(40), kind: 'percent', unit: '%' })).toBe(false);
  });
});
