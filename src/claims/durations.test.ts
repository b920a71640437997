import { describe, expect, it } from 'vitest';
import { findDurationStarts, yearsSince } from './durations.js';

/** The starts found, with `dates` the sentence's dates as [text, ISO value]. */
const starts = (sentence: string, lang: string, dates: [string, string][]) =>
  findDurationStarts(
    sentence,
    lang,
    dates.map(([t, value]) => ({ start: sentence.indexOf(t), end: sentence.indexOf(t) + t.length, value })),
  ).map((s) => `${s.measure}|${s.since}`);

describe('a duration given by its start', () => {
  it('reads a start word between the measure and the date, or right before or after the date, in several languages', () => {
    expect(starts('The inquiry into the port authority was first opened in March 2019.', 'en', [['March 2019', '2019-03']])).toEqual(['duration of the investigation|2019-03']);
    expect(starts('Die 2019 eingeleiteten Ermittlungen gegen den Hafenbetreiber dauern an.', 'de', [['2019', '2019']])).toEqual(['duration of the investigation|2019']);
    expect(starts("L'enquête, ouverte en 2019, vise l'autorité portuaire.", 'fr', [['2019', '2019']])).toEqual(['duration of the investigation|2019']);
    expect(starts('Die Ermittlungen laufen seit 2019.', 'de', [['2019', '2019']])).toEqual(['duration of the investigation|2019']);
  });

  it('reads a "since" word only right before the date', () => {
    expect(starts('Расследование против портовой компании ведётся с 2019 года.', 'ru', [['2019 года', '2019']])).toEqual(['duration of the investigation|2019']);
    expect(starts('Расследование связано с событиями 2019 года.', 'ru', [['2019 года', '2019']])).toEqual([]);
    expect(starts('The investigation has been running since 2019.', 'en', [['2019', '2019']])).toEqual(['duration of the investigation|2019']);
  });

  it('leaves a date that does not start the measure alone', () => {
    expect(starts('In 2022, the investigation recommended new rules for the port.', 'en', [['2022', '2022']])).toEqual([]);
    expect(starts('Die Ermittlungen ergaben 2022 neue Hinweise.', 'de', [['2022', '2022']])).toEqual([]);
  });

  it('counts the years to a day as a range a duration in whole years fits', () => {
    const y = yearsSince('2021', '2025-09-05')!;
    expect(y.low).toBeLessThanOrEqual(4);
    expect(y.high).toBeGreaterThanOrEqual(4);
    expect(y.low).toBeGreaterThan(2);
    expect(yearsSince('2025-10', '2025-09-05')).toBeNull();
  });
});
