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
});
