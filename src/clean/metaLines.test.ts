import { describe, expect, it } from 'vitest';
import { findSelfPromotion, parseByline, parseDateLine, parseSourceLine } from './metaLines.js';

describe('parseByline', () => {
  it('reads "In Section by Author Date" lines', () => {
    expect(parseByline('In World News by Desk Editor June 5, 2025')).toEqual({
      author: 'Desk Editor',
      date: 'June 5, 2025',
      dateIsPublication: true,
    });
  });

  it('reads "By Author | date" and plain "By Author" lines', () => {
    expect(parseByline('By Mara Quill | 3 March 2025')).toMatchObject({ author: 'Mara Quill', date: '3 March 2025' });
    expect(parseByline('By Jon Ek and Ana Vik')).toMatchObject({ author: 'Jon Ek and Ana Vik', date: null });
  });

  it('reads published and updated lines, marking only the first as the publication date', () => {
    expect(parseByline('Published: 12 May 2025')).toMatchObject({ author: null, date: '12 May 2025', dateIsPublication: true });
    expect(parseByline('Updated May 13, 2025 10:00')).toMatchObject({ dateIsPublication: false });
  });

  it('reads a staff byline with a "Published" date and time, and never takes an update as publication', () => {
    expect(parseByline('By Tideline staff | Published 8 August 2024, 07:45 GMT')).toEqual({
      author: 'Tideline staff',
      date: 'Published 8 August 2024, 07:45 GMT',
      dateIsPublication: true,
    });
    expect(parseByline('By Ana Vik | Updated 9 August 2024')).toMatchObject({ dateIsPublication: false });
    expect(parseByline('By Ana Vik | Published 8 August 2024 | Updated 9 August 2024')).toMatchObject({
      date: 'Published 8 August 2024',
      dateIsPublication: true,
    });
    expect(parseByline('Last updated: 09/08/2024 10:05')).toMatchObject({ date: '09/08/2024', dateIsPublication: false });
  });

  it('ignores sentences that start with "By"', () => {
    expect(parseByline('By the end of the week, the road was open again.')).toBeNull();
    expect(parseByline('By Tuesday, troops had left.')).toBeNull();
  });
});

describe('parseDateLine', () => {
  it('reads lines that are only a date, with an optional weekday and time', () => {
    expect(parseDateLine('8 August 2024')).toBe('8 August 2024');
    expect(parseDateLine('14.09.2024, 09:30')).toBe('14.09.2024');
    expect(parseDateLine('Thursday, 8 August 2024, 7:45 a.m. GMT')).toBe('8 August 2024');
    expect(parseDateLine('14 сентября 2024')).toBe('14 сентября 2024');
  });

  it('ignores dates inside sentences, bylines and partial dates', () => {
    expect(parseDateLine('The river fell on 8 August 2024.')).toBeNull();
    expect(parseDateLine('Published 8 August 2024')).toBeNull();
    expect(parseDateLine('August 2024')).toBeNull();
  });
});

describe('parseSourceLine', () => {
  it('reads closing source and republication lines', () => {
    expect(parseSourceLine('Source: Aljazeera')).toBe('Aljazeera');
    expect(parseSourceLine('This article first appeared on The Harbour Times and is republished here.')).toBe('The Harbour Times');
    expect(parseSourceLine('Originally published by Valley Voice.')).toBe('Valley Voice');
  });

  it('ignores source lists and sentences', () => {
    expect(parseSourceLine('Sources: Example Wire (May 2025), City Hall, Transport Office.')).toBeNull();
    expect(parseSourceLine('Source of the leak remains unknown, police said on Monday evening.')).toBeNull();
  });
});

describe('findSelfPromotion', () => {
  it('finds a site name line followed by "<Name> is …"', () => {
    const lines = ['Body text here.', '', 'WaveRadio', '', 'WaveRadio is the home of coastal music and news.'];
    expect(findSelfPromotion(lines)).toEqual({ outlet: 'WaveRadio', lines: [2, 4] });
  });

  it('finds "More … on X" and "X – Your … Portal" lines', () => {
    const lines = ['Body text here.', 'More Sport articles on PitchSide', 'PitchSide – Your Sports Portal'];
    expect(findSelfPromotion(lines)).toEqual({ outlet: 'PitchSide', lines: [1, 2] });
  });

  it('finds "<Name> brings you …" promotion and the closing lines of a known masthead', () => {
    const lines = ['Body text here.', 'Fen Times', 'Fen Times brings you the fen every morning.'];
    expect(findSelfPromotion(lines)).toEqual({ outlet: 'Fen Times', lines: [1, 2] });
    const tagline = ['Body text here.', 'Fen Times — news of the fen since 1990'];
    expect(findSelfPromotion(tagline, 'Fen Times')).toEqual({ outlet: 'Fen Times', lines: [1] });
    expect(findSelfPromotion(['Fen Times said the dyke held.'], 'Fen Times')).toEqual({ outlet: null, lines: [] });
  });

  it('finds nothing in ordinary text', () => {
    expect(findSelfPromotion(['Harbour', 'Harbour officials said the works are finished.'])).toEqual({
      outlet: null,
      lines: [],
    });
  });
});
