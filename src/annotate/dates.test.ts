import { describe, expect, it } from 'vitest';
import { findDates, matchesWeekday, resolveRelative, weekdayOf } from './dates.js';

const noAnchor = { published: null };
/** The mentions as [text, value, precision] for compact assertions. */
const read = (text: string, published: string | null = null) =>
  findDates(text, { published }).map((d) => [d.text, d.value, d.precision]);

describe('findDates: absolute dates', () => {
  it('reads day-month-year, month-day-year, ISO and month-year forms', () => {
    const text = 'The envoy landed on 3 February 2026, left on February 4, 2026, filed 2026-02-05 and wrote in December 2025.';
    expect(read(text)).toEqual([
      ['3 February 2026', '2026-02-03', 'day'],
      ['February 4, 2026', '2026-02-04', 'day'],
      ['2026-02-05', '2026-02-05', 'day'],
      ['December 2025', '2025-12', 'month'],
    ]);
  });

  it('gives exact UTF-16 offsets', () => {
    const text = 'Ça va — the ferry sailed on 12 March 2024.';
    const [d] = findDates(text, noAnchor);
    expect(text.slice(d.start, d.end)).toBe('12 March 2024');
    expect(d.text).toBe('12 March 2024');
  });

  it('keeps a leading weekday and ordinals in the span', () => {
    expect(read('It opened on Tuesday, the 3rd of March 2026.')).toEqual([['Tuesday, the 3rd of March 2026', '2026-03-03', 'day']]);
  });

  it('reads a span of days as its first day', () => {
    expect(read('The fair ran 3–5 March 2026.')).toEqual([['3–5 March 2026', '2026-03-03', 'day']]);
  });

  it('reads numeric dates day-first and keeps the month-first reading when both exist', () => {
    const [ambiguous, dayFirst, monthFirst] = findDates('Forms dated 04/02/2026, 13/02/2026 and 02/13/2026.', noAnchor);
    expect([ambiguous.value, ambiguous.alternative]).toEqual(['2026-02-04', '2026-04-02']);
    expect([dayFirst.value, dayFirst.alternative]).toEqual(['2026-02-13', undefined]);
    expect([monthFirst.value, monthFirst.alternative]).toEqual(['2026-02-13', undefined]);
  });

  it('keeps only the month of a day that does not exist', () => {
    expect(read('Filed on 30 February 2026.')).toEqual([['February 2026', '2026-02', 'month']]);
  });

  it('reads quarters as YYYY-Qn', () => {
    expect(read('Drills are due in Q3 2026 and audits in the fourth quarter of 2025.')).toEqual([
      ['Q3 2026', '2026-Q3', 'quarter'],
      ['fourth quarter of 2025', '2025-Q4', 'quarter'],
    ]);
  });

  it('reads parts of a year with year precision', () => {
    expect(read('Work starts in early 2026, paused mid-2025, resumed late 2024 and ends by the end of 2027.')).toEqual([
      ['early 2026', '2026', 'year'],
      ['mid-2025', '2025', 'year'],
      ['late 2024', '2024', 'year'],
      ['the end of 2027', '2027', 'year'],
    ]);
  });

  it('reads years after a cue or before a singular noun, not quantities', () => {
    expect(read('Founded in 2015 under the 2017 charter, the guild now has 2017 members and 1900 km of track.')).toEqual([
      ['2015', '2015', 'year'],
      ['2017', '2017', 'year'],
    ]);
  });

  it('reads a year after a determiner even before a plural noun', () => {
    expect(read('The 2020 elections and the ferry line\'s 2019 timetables.')).toEqual([
      ['2020', '2020', 'year'],
      ['2019', '2019', 'year'],
    ]);
  });

  it('splits year ranges joined by any dash into one mention per year', () => {
    expect(read('Plans for 2023-2024, 2025‑2026 (non-breaking hyphen), 2027–2028 and 2029–30.')).toEqual([
      ['2023', '2023', 'year'],
      ['2024', '2024', 'year'],
      ['2025', '2025', 'year'],
      ['2026', '2026', 'year'],
      ['2027', '2027', 'year'],
      ['2028', '2028', 'year'],
      ['2029', '2029', 'year'],
      ['30', '2030', 'year'],
    ]);
  });

  it('does not report times of day or bare numbers as dates', () => {
    expect(read('At 10:30 the crew of 12 loaded 250 crates; 2000-3000 boxes remain, and the shift ends at 2100 hours.')).toEqual([]);
  });

  it('does not read "May" the verb as a month', () => {
    expect(read('The council May decide soon; it may not.')).toEqual([]);
  });
});

describe('findDates: relative dates', () => {
  it('resolves deictic phrases against the publication date', () => {
    const text = 'Today the mayor spoke; yesterday she toured the dam, on Tuesday she met farmers, and last year she won.';
    const found = findDates(text, { published: '2025-12-24' });
    expect(found.map((d) => [d.text, d.value, d.precision, d.relative, d.anchor])).toEqual([
      ['Today', '2025-12-24', 'day', true, 'published'],
      ['yesterday', '2025-12-23', 'day', true, 'published'],
      ['Tuesday', '2025-12-23', 'day', true, 'published'],
      ['last year', '2024', 'year', true, 'published'],
    ]);
  });

  it('resolves months without a year to the most recent such month', () => {
    expect(read('She visited in October and again last November; the fair opens next March.', '2025-11-20')).toEqual([
      ['October', '2025-10', 'month'],
      ['last November', '2024-11', 'month'],
      ['next March', '2026-03', 'month'],
    ]);
  });

  it('gives "in <month>" of the anchor month that same month', () => {
    expect(read('The strike began in December.', '2025-12-24')).toEqual([['December', '2025-12', 'month']]);
  });

  it('resolves weeks and months of the anchor', () => {
    expect(read('This week the board met; earlier this month it voted.', '2025-12-24')).toEqual([
      ['This week', '2025-12', 'month'],
      ['earlier this month', '2025-12', 'month'],
    ]);
  });

  it('counts "the day before" and "two days later" from the date the text states before them', () => {
    const text = 'The summit opened on 3 February 2026. The day before, delegates arrived; two days later they left.';
    const found = findDates(text, { published: '2026-02-10' });
    expect(found.map((d) => [d.text, d.value, d.anchor])).toEqual([
      ['3 February 2026', '2026-02-03', null],
      ['The day before', '2026-02-02', 'stated-date'],
      ['two days later', '2026-02-04', 'stated-date'],
    ]);
  });

  it('leaves "the day before <event>" unresolved', () => {
    expect(read('The day before the vote, crowds gathered.', '2026-02-10')).toEqual([['The day before', null, 'unresolved']]);
  });

  it('reads "two years on" as later, but not "three days on the road"', () => {
    expect(read('The dam opened in March 2020. Two years on, it leaks; crews spent three days on the road.')).toEqual([
      ['March 2020', '2020-03', 'month'],
      ['Two years on', '2022', 'year'],
    ]);
  });

  it('without a publication date, anchors on the first full date the text states', () => {
    const text = 'On Tuesday the pier reopened. A notice dated 24 December 2025 confirmed it.';
    const [tuesday] = findDates(text, noAnchor);
    expect([tuesday.text, tuesday.value, tuesday.anchor]).toEqual(['Tuesday', '2025-12-23', 'stated-date']);
  });

  it('reads "that <month>" in the year the text last named', () => {
    expect(read('The port was leased in 2015 and opened that September.')).toEqual([
      ['2015', '2015', 'year'],
      ['that September', '2015-09', 'month'],
    ]);
  });

  it('gives a year to a month and day written without one, nearest the anchor', () => {
    expect(read('The talks on Feb. 4 followed a visit on 28 December.', '2026-01-10')).toEqual([
      ['Feb. 4', '2026-02-04', 'day'],
      ['28 December', '2025-12-28', 'day'],
    ]);
  });

  it('leaves relative phrases unresolved without any anchor', () => {
    const found = findDates('Yesterday the bridge closed; last October it flooded.', noAnchor);
    expect(found).toEqual([
      { start: 0, end: 9, text: 'Yesterday', value: null, precision: 'unresolved', relative: true, anchor: null },
      { start: 29, end: 41, text: 'last October', value: null, precision: 'unresolved', relative: true, anchor: null },
    ]);
  });

  it('never returns overlapping mentions', () => {
    const found = findDates('On Tuesday, 3 March 2026, mid-October 2025 and early 2026, the 2023–2024 plan.', noAnchor);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
    expect(found.map((d) => d.text)).toEqual(['Tuesday, 3 March 2026', 'mid-October 2025', 'early 2026', '2023', '2024']);
  });
});

describe('resolveRelative', () => {
  it.each([
    ['on Tuesday', '2025-12-23', 'day'],
    ['Wednesday', '2025-12-24', 'day'],
    ['last Wednesday', '2025-12-17', 'day'],
    ['next Monday', '2025-12-29', 'day'],
    ['yesterday', '2025-12-23', 'day'],
    ['the day before', '2025-12-23', 'day'],
    ['the previous day', '2025-12-23', 'day'],
    ['two days later', '2025-12-26', 'day'],
    ['a week earlier', '2025-12-17', 'day'],
    ['three months ago', '2025-09', 'month'],
    ['last October', '2025-10', 'month'],
    ['last December', '2024-12', 'month'],
    ['in October', '2025-10', 'month'],
    ['in December', '2025-12', 'month'],
    ['last year', '2024', 'year'],
    ['the following year', '2026', 'year'],
  ])('%s from Wednesday 2025-12-24 is %s', (phrase, value, precision) => {
    expect(resolveRelative(phrase, '2025-12-24')).toEqual({ value, precision });
  });

  it('returns null for phrases that are not relative dates', () => {
    expect(resolveRelative('3 February 2026', '2025-12-24')).toBeNull();
    expect(resolveRelative('the talks', '2025-12-24')).toBeNull();
  });

  it('rejects an anchor that is not an ISO day', () => {
    expect(() => resolveRelative('yesterday', 'soon')).toThrow(RangeError);
  });
});

describe('weekdays', () => {
  it('gives the day of week with Sunday as 0', () => {
    expect(weekdayOf('2025-12-24')).toBe(3);
    expect(weekdayOf('2026-02-01')).toBe(0);
  });

  it('checks a weekday phrase against a day', () => {
    expect(matchesWeekday('on Tuesday', '2025-12-23')).toBe(true);
    expect(matchesWeekday('Tue.', '2025-12-23')).toBe(true);
    expect(matchesWeekday('on Tuesday', '2025-12-24')).toBe(false);
    expect(matchesWeekday('last week', '2025-12-23')).toBe(false);
  });
});

describe('weekdays after a future cue', () => {
  it('reads "to be signed on Wednesday" as the coming Wednesday, and "signed on Wednesday" as the last one', () => {
    const future = findDates('The agreement is to be signed on Wednesday in the capital.', { published: '2025-11-11' });
    expect(future.find((d) => /Wednesday/.test(d.text))?.value).toBe('2025-11-12');
    const past = findDates('The agreement was signed on Wednesday in the capital.', { published: '2025-11-11' });
    expect(past.find((d) => /Wednesday/.test(d.text))?.value).toBe('2025-11-05');
  });

  it('reads a weekday named as a day for something ("declared Friday a day of mourning") as the coming one', () => {
    const named = findDates('The mayor declared Friday a day of mourning in the city.', { published: '2026-02-03' });
    expect(named.find((d) => /Friday/.test(d.text))?.value).toBe('2026-02-06');
    const holiday = findDates('The government declared Thursday a public holiday.', { published: '2026-02-03' });
    expect(holiday.find((d) => /Thursday/.test(d.text))?.value).toBe('2026-02-05');
    const past = findDates('The mayor spoke on Friday about the day of mourning.', { published: '2026-02-03' });
    expect(past.find((d) => /Friday/.test(d.text))?.value).toBe('2026-01-30');
  });
});
