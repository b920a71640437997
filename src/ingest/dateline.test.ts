import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';

describe('parseDateline', () => {
  it('reads "CITY (Outlet) —" and title-cases an all-caps place', () => {
    expect(parseDateline('NEW HAVEN (Metro Daily) — Officials said on Monday…', false)).toEqual({
      place: 'New Haven',
      outlet: 'Metro Daily',
      published: null,
      stated: null,
    });
  });

  it('reads "City (Outlet) Month D, YYYY -" with its date', () => {
    expect(parseDateline('Lisbon (River Post) March 9, 2025 - The port reopened.', false)).toEqual({
      place: 'Lisbon',
      outlet: 'River Post',
      published: '2025-03-09',
      stated: { iso: '2025-03-09' },
    });
  });

  it('reads "City, Month D (Outlet) -" and normalises a known agency', () => {
    expect(parseDateline('Oslo, May 3 (Thomson Reuters) - Ministers met.', false)).toEqual({
      place: 'Oslo',
      outlet: 'Reuters',
      published: null,
      stated: { day: '--05-03' },
    });
  });

  it('reads a lower-case agency in a dateline only when it is a known agency', () => {
    expect(parseDateline('Kelmbach (dpa) - Das Wasser sinkt.', false)).toMatchObject({ place: 'Kelmbach', outlet: 'dpa' });
    expect(parseDateline('Kelmbach (vorerst) - Das Wasser sinkt.', false)).toBeNull();
  });

  it('accepts a place-only dateline in the first paragraph or in capitals', () => {
    expect(parseDateline('Tromsø – The council voted on Monday.', true)).toMatchObject({ place: 'Tromsø', outlet: null });
    expect(parseDateline('Tromsø – The council voted on Monday.', false)).toBeNull();
    expect(parseDateline('BERGEN — The council voted on Monday.', false)).toMatchObject({ place: 'Bergen' });
  });

  it('ignores ordinary sentences', () => {
    expect(parseDateline('The mayor (who was absent) said nothing.', true)).toBeNull();
  });

  it('reads a dated dateline without an outlet, in capitals or as the first paragraph', () => {
    expect(parseDateline('KELBY, 8.8.2024 — The river fell.', false)).toMatchObject({ place: 'Kelby', outlet: null, published: '2024-08-08' });
    expect(parseDateline('НОРДХАВЕН, 14 сентября 2024 г. — Завод возобновил работу.', false)).toMatchObject({ published: '2024-09-14' });
    expect(parseDateline('НОРДХАВЕН, 14 сентября. Завод возобновил работу.', false)).toMatchObject({ place: 'Нордхавен', published: null });
    expect(parseDateline('Kelby, 8 August 2024 — The river fell.', true)).toMatchObject({ place: 'Kelby', published: '2024-08-08' });
  });

  it('keeps a day without its year for the folder to complete ("Sept 1", "September 2 --")', () => {
    expect(parseDateline('HARBOURTON, Sept 1 (Reuters) - The strike ended.', false)).toMatchObject({
      place: 'Harbourton',
      outlet: 'Reuters',
      published: null,
      stated: { day: '--09-01' },
    });
    expect(parseDateline('Kelby, September 2 -- The river fell.', true)).toMatchObject({ place: 'Kelby', stated: { day: '--09-02' } });
  });

  it('reads datelines in scripts without capitals when a month or an outlet confirms them', () => {
    expect(parseDateline('नवगाँव, सितम्बर 2 -- नदी का जलस्तर घटा।', true)).toMatchObject({ place: 'नवगाँव', stated: { day: '--09-02' } });
    expect(parseDateline('نهرستان، 5 أيار 2025 - انخفض منسوب النهر.', true)).toMatchObject({ place: 'نهرستان', published: '2025-05-05' });
    // a caseless word, a comma, a word and a number is no dateline without a real month
    expect(parseDateline('नवगाँव, कमरा 2 -- नदी का जलस्तर घटा।', true)).toBeNull();
  });

  it('reads "CITY. …" only as the first paragraph and only in capitals', () => {
    expect(parseDateline('НОРДХАВЕН. Завод возобновил работу.', true)).toMatchObject({ place: 'Нордхавен', outlet: null });
    expect(parseDateline('НОРДХАВЕН. Завод возобновил работу.', false)).toBeNull();
    expect(parseDateline('Mr. Lund said the plant was safe.', true)).toBeNull();
  });
});
