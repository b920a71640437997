import { describe, expect, it } from 'vitest';
import { dayInYear, isRelativeDate, readDate, statedDates, toIsoDate } from './dates.js';

describe('toIsoDate', () => {
  it('parses written dates with day, month and year', () => {
    expect(toIsoDate('February 4, 2026')).toBe('2026-02-04');
    expect(toIsoDate('Feb. 4, 2026')).toBe('2026-02-04');
    expect(toIsoDate('4 February 2026')).toBe('2026-02-04');
  });

  it('keeps the calendar day of machine timestamps', () => {
    expect(toIsoDate('2025-06-02T23:15:00-05:00')).toBe('2025-06-02');
  });

  it('never guesses a missing year and rejects impossible dates', () => {
    expect(toIsoDate('February 4')).toBeNull();
    expect(toIsoDate('on Tuesday')).toBeNull();
    expect(toIsoDate('2025-02-30')).toBeNull();
    expect(toIsoDate(null)).toBeNull();
  });

  it('reads numeric dates: dots day-first, slashes only when unambiguous', () => {
    expect(toIsoDate('20.10.2025, 15:10')).toBe('2025-10-20');
    expect(toIsoDate('03.04.2025')).toBe('2025-04-03');
    expect(toIsoDate('20/10/2025')).toBe('2025-10-20');
    expect(toIsoDate('10/20/2025')).toBe('2025-10-20');
    expect(toIsoDate('03/04/2025')).toBeNull();
    expect(toIsoDate('31.02.2025')).toBeNull();
  });

  it('reads month names in Russian, French, German and Spanish', () => {
    expect(toIsoDate('14 сентября 2024 г.')).toBe('2024-09-14');
    expect(toIsoDate('1er mars 2025')).toBe('2025-03-01');
    expect(toIsoDate('7. Juli 2025')).toBe('2025-07-07');
    expect(toIsoDate('7 de julio de 2025')).toBe('2025-07-07');
    expect(toIsoDate('14 сентября')).toBeNull();
  });
});

describe('readDate', () => {
  it('reads month names in Portuguese, Arabic (both calendars\' names) and Hindi, with local digits', () => {
    expect(toIsoDate('5 de setembro de 2026')).toBe('2026-09-05');
    expect(toIsoDate('1º de março de 2026')).toBe('2026-03-01');
    expect(toIsoDate('١٥ نيسان ٢٠٢٦')).toBe('2026-04-15');
    expect(toIsoDate('15 أبريل/نيسان 2026')).toBe('2026-04-15');
    expect(toIsoDate('3 تشرين الثاني 2026')).toBe('2026-11-03');
    expect(toIsoDate('२ सितंबर २०२६')).toBe('2026-09-02');
    expect(toIsoDate('Вівторок, 15 Квітня, 2026')).toBe('2026-04-15');
    expect(toIsoDate('4 septembre 2026')).toBe('2026-09-04');
  });

  it('reads the month names of languages with no module of their own from the CLDR (Italian, Finnish, Polish, Turkish)', () => {
    expect(toIsoDate('4 aprile 2026')).toBe('2026-04-04');
    expect(toIsoDate('Gazzetta dei Colli — 4 aprile 2026')).toBe('2026-04-04');
    expect(toIsoDate('4. huhtikuuta 2026')).toBe('2026-04-04');
    expect(toIsoDate('12 kwietnia 2026')).toBe('2026-04-12');
    expect(toIsoDate('3 Ekim 2026')).toBe('2026-10-03');
  });

  it('leaves out a CLDR month name that two languages give different months', () => {
    // "listopada": November in Polish, October in Croatian
    expect(toIsoDate('4 listopada 2026')).toBeNull();
  });

  it('keeps a day without its year apart instead of guessing one', () => {
    expect(readDate('Sept 1')).toEqual({ day: '--09-01' });
    expect(readDate('सितम्बर 2')).toEqual({ day: '--09-02' });
    expect(readDate('14 сентября')).toEqual({ day: '--09-14' });
    expect(readDate('February 30')).toBeNull();
  });

  it('gives both readings of a slashed date that could go either way', () => {
    expect(readDate('12/11/2026 14:30')).toEqual({ readings: ['2026-11-12', '2026-12-11'] });
    expect(readDate('05.09.2026')).toEqual({ iso: '2026-09-05' });
    expect(readDate('2026/09/05 08:00')).toEqual({ iso: '2026-09-05' });
  });

  it('never turns a relative date into one ("3 hours ago" is unknown, not today)', () => {
    for (const relative of ['3 hours ago', 'an hour ago', 'vor 2 Stunden', 'il y a 5 minutes', 'hace 3 horas', 'há 2 dias', '3 часа назад', '2 години тому', 'منذ 3 ساعات']) {
      expect(readDate(relative), relative).toBeNull();
      expect(isRelativeDate(relative), relative).toBe(true);
    }
    expect(isRelativeDate('3 March 2026')).toBe(false);
  });

  it('lists the full dates a text states and completes a day from known dates', () => {
    expect(statedDates('On Tuesday, March 3, 2026 the river rose; by 5 March 2026 it fell. Since 2021 …')).toEqual(['2026-03-03', '2026-03-05']);
    expect(dayInYear('--03-04', ['2026-03-03'])).toBe('2026-03-04');
    expect(dayInYear('--01-02', ['2025-12-30'])).toBe('2026-01-02');
    expect(dayInYear('--07-01', ['2025-12-30'])).toBeNull();
    expect(dayInYear('--07-01', [])).toBeNull();
  });
});
