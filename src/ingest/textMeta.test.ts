import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTextMeta } from './textMeta.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('extractTextMeta', () => {
  it('reads a wire story: title, byline, dateline outlet and date', () => {
    expect(extractTextMeta(fixture('wire-dateline.txt'))).toEqual({
      title: 'Harbour Cranes Return to Service After Winter Storm',
      outlet: 'Northern Ledger',
      author: 'Mara Quill',
      published: '2025-03-03',
      dateline: 'Portvale',
      syndicatedFrom: null,
      credits: [],
    });
  });

  it('reads a syndicated copy: source line, self-promoting outlet and photo credit', () => {
    expect(extractTextMeta(fixture('syndicated-copy.txt'))).toEqual({
      title: 'Valley Farmers Report Record Apple Harvest',
      outlet: 'RiverWave FM',
      author: null,
      published: null,
      dateline: null,
      syndicatedFrom: 'Al Jazeera',
      credits: ['Reuters'],
    });
  });

  it('skips section labels and image slots when choosing the title and takes a dated byline', () => {
    const meta = extractTextMeta('Opinion\nimage\nWhy Towns Need Trams\nIn Transport by Desk Editor June 5, 2025\nCities grow.');
    expect(meta).toMatchObject({ title: 'Why Towns Need Trams', author: 'Desk Editor', published: '2025-06-05' });
  });

  it('prefers the dateline outlet over self-promotion and invents no date', () => {
    const meta = extractTextMeta('Headline Here\nKALMAR (Baltic Wire) — Work began on Tuesday.\nBalticHub\nBalticHub is your window on the sea.');
    expect(meta).toMatchObject({ outlet: 'Baltic Wire', published: null, dateline: 'Kalmar' });
  });

  it('gives no title when the file starts with a paragraph', () => {
    expect(extractTextMeta('OSLO (Nordic Post) — The parliament passed the budget on Friday after a long debate.').title).toBeNull();
  });
});
