import { describe, expect, it } from 'vitest';
import { readPageHeader } from './header.js';

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
});
