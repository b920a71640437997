import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './html.js';
import { domToText } from './htmlText.js';
import { parseHTML } from 'linkedom';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('extractHtmlArticle', () => {
  it('reads JSON-LD and meta tags and keeps the article without navigation, footer or related links', () => {
    const page = extractHtmlArticle(fixture('page-jsonld.html'));
    expect(page).toMatchObject({
      title: 'Bridge Reopens After Repairs',
      outlet: 'The Coastal Courier',
      author: 'Lena Ortiz, Piet Kramer',
      published: '2025-06-02',
      language: 'en',
    });
    const lines = page.text.split('\n');
    expect(lines[0]).toMatch(/^SALTMERE \(The Coastal Courier\) — The old river bridge/);
    expect(lines).toContain('Why Did the Repairs Take So Long?');
    expect(lines).toContain('- Cyclists get a separate lane on the north side.');
    expect(page.text).not.toMatch(/Ferry prices rise again|All rights reserved|Home/);
  });

  it('falls back to meta tags when there is no JSON-LD, stripping the site suffix from the title', () => {
    const page = extractHtmlArticle(
      '<html><head><meta property="og:site_name" content="Hill Gazette"><meta property="og:title" content="Snow Closes Pass – Hill Gazette"><meta property="article:published_time" content="2025-01-08"></head><body><p>The mountain pass closed on Tuesday after heavy snow, the roads office said.</p></body></html>',
    );
    expect(page).toMatchObject({ title: 'Snow Closes Pass', outlet: 'Hill Gazette', published: '2025-01-08', author: null });
  });

  it('survives malformed markup and keeps its paragraphs apart', () => {
    const page = extractHtmlArticle(fixture('malformed-html.txt'));
    expect(page.title).toBe('Storm warning');
    expect(page.text.split('\n')).toEqual([
      'Forecasters issued a storm warning for the northern coast on Friday, saying winds could reach 110 km/h by the evening.',
      'Schools in three districts will close early, the education office said.',
      'Residents were told to secure loose objects <<<>> and stay indoors.',
    ]);
  });

  it('returns the body text of a fragment too small for Readability', () => {
    expect(extractHtmlArticle('<p>Ferry late.</p><p>Again.</p>').text).toBe('Ferry late.\nAgain.');
  });
});

describe('domToText', () => {
  it('puts paragraphs, headings, list items and table rows on their own lines', () => {
    const { document } = parseHTML(
      '<html><body><h2>Head</h2><p>One <b>bold</b> line<br>next</p><ol><li>First</li><li>Second</li></ol><table><tr><th>Name</th><th>Role</th></tr><tr><td>Ana Vik</td><td>Mayor</td></tr></table><script>x()</script></body></html>',
    );
    expect(domToText(document.body)).toBe('Head\nOne bold line\nnext\n- First\n- Second\nName | Role\nAna Vik | Mayor');
  });
});
