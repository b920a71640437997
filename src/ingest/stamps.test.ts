import { describe, expect, it } from 'vitest';
import { readDateStamp, readWeekdayDateLine, relativeStamp } from './stamps.js';

describe('readDateStamp', () => {
  it('reads a leading "date YYYY-MM-DD" even when the first sentence follows on the same line', () => {
    expect(readDateStamp(' date 2026-03-14 Ein Hochwasser hat die Altstadt überflutet.')).toMatchObject({
      kind: 'published',
      date: { iso: '2026-03-14' },
    });
  });

  it('reads labelled publication and update dates in several languages', () => {
    const cases: [string, string, string][] = [
      ['Published: Monday, 4 May 2026, 10:15 GMT', 'published', '2026-05-04'],
      ['Updated 5 May 2026', 'updated', '2026-05-05'],
      ['Veröffentlicht am 05.09.2026', 'published', '2026-09-05'],
      ['Publié le 4 septembre 2026 à 10h12', 'published', '2026-09-04'],
      ['Mis à jour le 5 septembre 2026', 'updated', '2026-09-05'],
      ['Publicado el 4 de marzo de 2026', 'published', '2026-03-04'],
      ['Atualizado em 5 de março de 2026', 'updated', '2026-03-05'],
      ['Опубликовано: 14 сентября 2026', 'published', '2026-09-14'],
      ['Оновлено 15 квітня 2026', 'updated', '2026-04-15'],
      ['نشر في: ١٥ نيسان ٢٠٢٦', 'published', '2026-04-15'],
    ];
    for (const [line, kind, iso] of cases) expect(readDateStamp(line), line).toMatchObject({ kind, date: { iso } });
  });

  it('ignores a label word that opens a sentence without a date', () => {
    expect(readDateStamp('Date of the vote is not yet fixed, said the clerk on 4 May 2026.')).toBeNull();
    expect(readDateStamp('Updated figures will follow.')).toBeNull();
  });
});

describe('relativeStamp', () => {
  it('finds a header line that dates the page only relatively', () => {
    expect(relativeStamp('3 hours ago')).toBe('3 hours ago');
    expect(relativeStamp('Published: vor 2 Stunden')).toBe('Published: vor 2 Stunden');
    expect(relativeStamp('منذ 3 ساعات')).toBe('منذ 3 ساعات');
  });

  it('ignores sentences and absolute dates', () => {
    expect(relativeStamp('The river rose 3 hours ago, the mayor said, and it is still rising fast.')).toBeNull();
    expect(relativeStamp('4 May 2026')).toBeNull();
  });
});

describe('readWeekdayDateLine', () => {
  it('reads a weekday and a date, with or without a comma and a time, in several languages', () => {
    expect(readWeekdayDateLine('Mon 2 Mar 2026 12.30 GMT')?.date).toEqual({ iso: '2026-03-02' });
    expect(readWeekdayDateLine('Вівторок, 15 Квітня, 2026')?.date).toEqual({ iso: '2026-04-15' });
    expect(readWeekdayDateLine('Dienstag, 3. März 2026, 10:15 Uhr')?.date).toEqual({ iso: '2026-03-03' });
    expect(readWeekdayDateLine('الثلاثاء 3 آذار 2026')?.date).toEqual({ iso: '2026-03-03' });
  });

  it('ignores sentences that open with a weekday', () => {
    expect(readWeekdayDateLine('Monday 2 March 2026 was the wettest day. Roads closed.')).toBeNull();
    expect(readWeekdayDateLine('Sunday saw the river rise by two metres in the night')).toBeNull();
    expect(readWeekdayDateLine('Monday, March 2')).toBeNull();
  });
});
