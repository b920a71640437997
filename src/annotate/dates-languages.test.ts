import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';

/** [text, value, weekday] of every date found. */
const read = (text: string, language: string, published: string | null = null) =>
  findDates(text, { published, language }).map((d) => [d.text, d.value, d.weekday ?? null]);

describe('dates in German', () => {
  it('reads day-dot-month with and without a year, weekdays glued to a part of the day, relative words', () => {
    const found = read('Am 15. August 2024 begann die Suche; am Donnerstagabend kam der Sturm, gestern die Flut, im vergangenen Jahr der Brand, vor drei Tagen das Beben.', 'de', '2025-03-10');
    expect(found).toEqual([
      ['15. August 2024', '2024-08-15', null],
      ['Donnerstagabend', '2025-03-06', 4],
      ['gestern', '2025-03-09', null],
      ['im vergangenen Jahr', '2024', null],
      ['vor drei Tagen', '2025-03-07', null],
    ]);
  });

  it('gives "3. März" and "am 31.8." the year that puts them nearest the publication date', () => {
    expect(read('Die Messe öffnete am 3. März, die Halle öffnet am 31.8. wieder.', 'de', '2025-03-10')).toEqual([
      ['3. März', '2025-03-03', null],
      ['31.8.', '2025-08-31', null],
    ]);
  });

  it('does not read hours as days: "vor drei Stunden" is no date', () => {
    expect(read('Das Feuer brach vor drei Stunden aus.', 'de', '2025-03-10')).toEqual([]);
  });
});

describe('dates in French and Spanish', () => {
  it('reads "1er septembre", "4 septembre 2025", "la nuit de dimanche à lundi", "la veille", "l’an dernier"', () => {
    const found = read('Le pont a cédé dans la nuit de samedi à dimanche 6 avril. Le 4 septembre 2025, le maire a parlé; la veille, rien. L’an dernier, il y a deux semaines.', 'fr', '2025-04-08');
    expect(found).toEqual([
      ['samedi', '2025-04-05', 6],
      ['dimanche 6 avril', '2025-04-06', null],
      ['4 septembre 2025', '2025-09-04', null],
      ['la veille', '2025-09-03', null],
      ['L’an dernier', '2024', null],
      ['il y a deux semaines', '2025-03-25', null],
    ]);
  });

  it('reads "vendredi dernier" as the Friday before, and "le 1er mai" without a year against the anchor', () => {
    expect(read('Vendredi dernier, le musée a fermé; il rouvrira le 1er mai.', 'fr', '2025-04-16')).toEqual([
      ['Vendredi dernier', '2025-04-11', 5],
      ['1er mai', '2025-05-01', null],
    ]);
  });

  it('reads "5 de marzo de 2024", "el domingo por la noche", "ayer", "hace dos días"', () => {
    expect(read('El 5 de marzo de 2024 se votó. El domingo por la noche hubo un robo; ayer, la detención; hace dos días, la multa.', 'es', '2025-06-11')).toEqual([
      ['5 de marzo de 2024', '2024-03-05', null],
      ['domingo por la noche', '2025-06-08', 0],
      ['ayer', '2025-06-10', null],
      ['hace dos días', '2025-06-09', null],
    ]);
  });
});

describe('dates in Russian and Ukrainian', () => {
  it('reads inflected months and weekdays, "накануне" from the last date, "в прошлом году", "два дня назад"', () => {
    const found = read('В среду, 9 июля 2025 года, суд вынес приговор; накануне прошли обыски. В прошлом году было два дня назад.', 'ru', '2025-07-12');
    expect(found).toEqual([
      ['среду, 9 июля 2025 года', '2025-07-09', null],
      ['накануне', '2025-07-08', null],
      ['В прошлом году', '2024', null],
      ['два дня назад', '2025-07-10', null],
    ]);
  });

  it('does not take "среди" (among) for a weekday', () => {
    expect(read('Среди пострадавших есть дети.', 'ru', '2025-07-12')).toEqual([]);
  });

  it('reads "у неділю", "13 квітня", "торік", "вчора"', () => {
    expect(read('У неділю стався вибух; 13 квітня місто оголосило жалобу, вчора — нові дані, торік — теж.', 'uk', '2025-04-15')).toEqual([
      ['неділю', '2025-04-13', 0],
      ['13 квітня', '2025-04-13', null],
      ['вчора', '2025-04-14', null],
      ['торік', '2024', null],
    ]);
  });
});

describe('dates without an anchor', () => {
  it('keeps the weekday and the month/day of what it cannot resolve, for reasoning across documents', () => {
    const found = findDates('The dam burst late on Saturday; on 14/6 the rains stopped.', { published: null, language: 'en' });
    expect(found.map((d) => [d.text, d.value, d.weekday ?? null, d.monthDay ?? null])).toEqual([
      ['Saturday', null, 6, null],
      ['14/6', null, null, { month: 6, day: 14 }],
    ]);
  });

  it('reads no numeric day/month without a cue word ("a 1/3 share")', () => {
    expect(findDates('They own a 1/3 share.', { published: '2025-01-01', language: 'en' })).toEqual([]);
  });
});
