import { describe, expect, it } from 'vitest';
import { toIsoDate } from './dates.js';

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
