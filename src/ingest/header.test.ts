import { describe, expect, it } from 'vitest';
import { parseSiteDateLine, readPageHeader } from './header.js';

const header = (text: string) => readPageHeader(text.split('\n').filter((l) => l.trim() !== ''));

describe('readPageHeader', () => {
  it('reads a masthead confirmed by the menu under it', () => {
    expect(header('Marsh Gazette\nHome | Towns | Sport | Jobs\nNew footbridge opens over the marsh\nThe bridge opened on Friday.')).toEqual({
      title: 'New footbridge opens over the marsh',
      masthead: 'Marsh Gazette',
      breadcrumbSite: null,
      dateLine: null,
    });
  });

  it('keeps a short headline as the title when nothing marks it as a masthead', () => {
    expect(header('Footbridge Opens\nTown hails a shorter walk to the station and the market\nThe bridge opened on Friday.')).toMatchObject({
      title: 'Footbridge Opens',
      masthead: null,
    });
  });

  it('confirms a masthead promoted again at the end of the page', () => {
    const text = 'Marsh Gazette\nNew footbridge opens over the marsh\nThe bridge opened on Friday.\nMarsh Gazette – news from the fen since 1990';
    expect(header(text)).toMatchObject({ masthead: 'Marsh Gazette', title: 'New footbridge opens over the marsh' });
  });

  it('skips section labels and reads a weekday date line with a time', () => {
    expect(header('News\nFootbridge opens over the marsh\nFriday, 6 June 2025, 14:20 CET\nThe bridge opened on Friday.')).toEqual({
      title: 'Footbridge opens over the marsh',
      masthead: null,
      breadcrumbSite: null,
      dateLine: '6 June 2025',
    });
  });

  it('ignores a date line that follows the first paragraph', () => {
    expect(header('Footbridge opens\nThe bridge opened on Friday.\n6 June 2025').dateLine).toBeNull();
  });

  it('names a site only from a breadcrumb whose first crumb is a brand or promoted at the end', () => {
    expect(header('Footbridge opens\nWorld › Europe\nThe bridge opened on Friday.').breadcrumbSite).toBeNull();
    expect(header('Footbridge opens\nFen Times › Towns\nThe bridge opened on Friday.').breadcrumbSite).toBeNull();
    const promoted = 'Footbridge opens\nFen Times › Towns\nThe bridge opened on Friday.\nFen Times is the voice of the fen.';
    expect(header(promoted).breadcrumbSite).toBe('Fen Times');
  });

  it('reads a publication and its date from one line, either way round, above or under the headline', () => {
    expect(header('Gazzetta dei Colli — 4 aprile 2026\nCrolla un ponte sul fiume\nIl ponte è crollato nella notte.')).toEqual({
      title: 'Crolla un ponte sul fiume',
      masthead: 'Gazzetta dei Colli',
      breadcrumbSite: null,
      dateLine: '4 aprile 2026',
    });
    expect(header('Ponte cai sobre o rio\n4 de abril de 2026 | Folha da Serra\nA ponte caiu durante a noite.')).toMatchObject({
      title: 'Ponte cai sobre o rio',
      masthead: 'Folha da Serra',
      dateLine: '4 de abril de 2026',
    });
    expect(parseSiteDateLine('Valley Courier – April 4, 2026')).toEqual({ site: 'Valley Courier', date: 'April 4, 2026' });
  });

  it('takes no site from a labelled stamp, a weekday, a name with a comma, a sentence or a partial date', () => {
    expect(parseSiteDateLine('Published — 4 April 2026')).toBeNull();
    expect(parseSiteDateLine('Saturday — 4 April 2026')).toBeNull();
    // a name and a date with a comma: the date is the page's, but the name may be the place written from
    expect(parseSiteDateLine('Lisboa, 4 de abril de 2026')).toEqual({ site: null, date: '4 de abril de 2026' });
    expect(parseSiteDateLine('The bridge fell into the river at night — 4 April 2026')).toBeNull();
    expect(parseSiteDateLine('Valley Courier — 4 April')).toBeNull();
    expect(parseSiteDateLine('Route 66 Times — 4 April 2026')).toBeNull();
  });

  it('names the site from a first line "Site | Section | Section", not from a menu of sections', () => {
    expect(header('Hill Country Herald | Culture | Sport\nMuseum reopens after flood\nThe museum reopened on Monday.').breadcrumbSite).toBe('Hill Country Herald');
    expect(header('Home | Culture | Sport\nMuseum reopens after flood\nThe museum reopened on Monday.').breadcrumbSite).toBeNull();
    expect(header('Museum reopens after flood\nHill Country Herald | Culture | Sport\nThe museum reopened on Monday.').breadcrumbSite).toBeNull();
  });
});
