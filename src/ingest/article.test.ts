import { describe, expect, it } from 'vitest';
import { extractArticle } from './article.js';

const page = (site: string, body: string) =>
  new TextEncoder().encode(
    `<!doctype html><html lang="en"><head><title>River falls</title><meta property="og:site_name" content="${site}"></head><body><article><h1>River falls</h1>${body}</article></body></html>`,
  );

describe('extractArticle on a web page', () => {
  it('takes an agency dateline on a site that names itself in its metadata as the original', () => {
    const body = '<p>KELBY, March 5 (Reuters) - The river fell on Thursday, officials said, and crews began pumping out cellars.</p><p>Schools will reopen on Monday, the council said.</p>';
    const read = extractArticle('/tmp/river.html', page('Kelby Herald', body));
    expect(read).toMatchObject({ meta: { outlet: 'Kelby Herald', syndicatedFrom: 'Reuters', published: null }, uncertainDate: { day: '--03-05' } });
  });

  it('never names the site itself as the original of its own interviews', () => {
    const body = '<p>"The water came up to the counter," a baker told AFP on Thursday in the town.</p><p>A spokeswoman for the chamber of commerce told AFP that insurers were on their way.</p>';
    const read = extractArticle('/tmp/river.html', page('AFP', body));
    expect(read).toMatchObject({ meta: { outlet: 'AFP', syndicatedFrom: null } });
  });
});
