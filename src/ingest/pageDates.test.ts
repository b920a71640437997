import { describe, expect, it } from 'vitest';
import { cleanArticles, extractArticle, readInputs } from './index.js';

const folder = new URL('./page-fixtures/kelmbach-flood/', import.meta.url).pathname;

describe('publication dates across a folder', async () => {
  const { documents, messages } = await readInputs([folder]);
  const byFile = new Map(documents.map((d) => [d.file, d]));
  const rules = (file: string) => messages.filter((m) => m.file.endsWith(file)).map((m) => m.rule);

  it('keeps a full byline date as it is', () => {
    expect(byFile.get('01-agency-wire.txt')).toMatchObject({ published: '2026-03-03', outlet: 'Nordwire', syndicatedFrom: null });
  });

  it('completes a dateline day without a year ("मार्च 4 --", "March 5 (Reuters)") from the dates of the folder', () => {
    expect(byFile.get('02-hindi-dateline.txt')?.published).toBe('2026-03-04');
    expect(rules('02-hindi-dateline.txt')).toContain('read/date-no-year');
    expect(byFile.get('03-agency-dateline-copy.txt')).toMatchObject({
      published: '2026-03-05',
      outlet: 'Tallow Valley Gazette',
      syndicatedFrom: 'Reuters',
    });
  });

  it('says which credit named the original of a copy', () => {
    const credited = messages.filter((m) => m.rule === 'read/origin-credit');
    expect(credited.map((m) => m.file.split('/').pop())).toEqual(['03-agency-dateline-copy.txt', '06-interview-copy.txt']);
    expect(credited[0].message).toContain('Kelmbach (Reuters)');
    expect(credited[1].message).toMatch(/copy of AFP.*told AFP.*×3/);
    expect(byFile.get('06-interview-copy.txt')).toMatchObject({ outlet: null, syndicatedFrom: 'AFP', published: '2026-03-06' });
  });

  it('takes the reading of "04/03/2026" that lies near the folder\'s dates, and says it was ambiguous', () => {
    expect(byFile.get('04-ambiguous-stamp.txt')?.published).toBe('2026-03-04');
    expect(rules('04-ambiguous-stamp.txt')).toContain('read/date-ambiguous');
  });

  it('never dates "3 hours ago": unknown, with a message saying why', () => {
    expect(byFile.get('05-relative.txt')?.published).toBeNull();
    expect(rules('05-relative.txt')).toContain('read/date-relative');
    expect(messages.find((m) => m.rule === 'read/date-relative')?.severity).toBe('info');
  });

  it('leaves a day without a year unknown when nothing in the set gives one', async () => {
    const alone = await readInputs([`${folder}02-hindi-dateline.txt`]);
    expect(alone.documents[0].published).toBeNull();
    expect(alone.messages.map((m) => m.rule)).toContain('read/date-no-year');
  });
});

describe('completing a day without its year', () => {
  const article = (path: string, text: string) => {
    const read = extractArticle(path, new TextEncoder().encode(text));
    if ('error' in read) throw new Error(read.error.message);
    return read;
  };
  const dated = article('/f/a.txt', 'River rises\n\nBy Orla Fenn | Published 1 September 2025\n\nThe river rose overnight in the valley.');
  const undated = article('/f/b.txt', 'KELBY, Sept 2 (Reuters) - The river fell, two years after the flood of 7 October 2023, officials said.');

  it('takes the year from the folder before the years the text mentions', () => {
    expect(cleanArticles([dated, undated]).documents[1].published).toBe('2025-09-02');
  });

  it('falls back to a date the text states a few days away when the folder gives none, never a distant one', () => {
    expect(cleanArticles([undated]).documents[0].published).toBeNull();
    const close = article('/f/d.txt', 'KELBY, Sept 2 (Reuters) - The river that flooded the town on 1 September 2025 fell, officials said.');
    expect(cleanArticles([close]).documents[0].published).toBe('2025-09-02');
    const none = article('/f/c.txt', 'KELBY, Sept 2 (Reuters) - The river fell on Tuesday, officials said.');
    expect(cleanArticles([none]).documents[0].published).toBeNull();
  });
});
