import { describe, expect, it } from 'vitest';
import { parseDateline } from './dateline.js';

describe('parseDateline', () => {
  it('reads "CITY (Outlet) —" and title-cases an all-caps place', () => {
    expect(parseDateline('NEW HAVEN (Metro Daily) — Officials said on Monday…', false)).toEqual({
      place: 'New Haven',
      outlet: 'Metro Daily',
      published: null,
    });
  });

  it('reads "City (Outlet) Month D, YYYY -" with its date', () => {
    expect(parseDateline('Lisbon (River Post) March 9, 2025 - The port reopened.', false)).toEqual({
      place: 'Lisbon',
      outlet: 'River Post',
      published: '2025-03-09',
    });
  });

  it('reads "City, Month D (Outlet) -" and normalises a known agency', () => {
    expect(parseDateline('Oslo, May 3 (Thomson Reuters) - Ministers met.', false)).toEqual({
      place: 'Oslo',
      outlet: 'Reuters',
      published: null,
    });
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
    expect(parseDateline('KELBY, 8.8.2024 — The river fell.', false)).toEqual({ place: 'Kelby', outlet: null, published: '2024-08-08' });
    expect(parseDateline('НОРДХАВЕН, 14 сентября 2024 г. — Завод возобновил работу.', false)).toMatchObject({ published: '2024-09-14' });
    expect(parseDateline('НОРДХАВЕН, 14 сентября. Завод возобновил работу.', false)).toMatchObject({ place: 'Нордхавен', published: null });
    expect(parseDateline('Kelby, 8 August 2024 — The river fell.', true)).toMatchObject({ place: 'Kelby', published: '2024-08-08' });
  });

  it('reads "CITY. …" only as the first paragraph and only in capitals', () => {
    expect(parseDateline('НОРДХАВЕН. Завод возобновил работу.', true)).toMatchObject({ place: 'Нордхавен', outlet: null });
    expect(parseDateline('НОРДХАВЕН. Завод возобновил работу.', false)).toBeNull();
    expect(parseDateline('Mr. Lund said the plant was safe.', true)).toBeNull();
  });
});
