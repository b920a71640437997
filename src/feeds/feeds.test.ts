import { describe, expect, it } from 'vitest';
import { isFeedFile, parseFeed } from './index.js';
import type { Feed, FeedItem } from './types.js';

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Harbour Gazette</title>
    <item>
      <title>Lighthouse keeper retires</title>
      <link>https://example.org/lighthouse</link>
      <guid isPermaLink="false">gz-101</guid>
      <pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
      <dc:creator>Ada Pennick</dc:creator>
      <content:encoded><![CDATA[<p>The keeper of the north light retired on Monday &amp; handed over the keys.</p>]]></content:encoded>
    </item>
    <item>
      <title>Tide tables &amp; storms</title>
      <link>articles/tides.txt</link>
      <description>&lt;p&gt;Storm warnings were issued for the weekend.&lt;/p&gt;</description>
    </item>
  </channel>
</rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Courier</title>
  <entry>
    <id>urn:courier:7</id>
    <title type="text">Mill reopens</title>
    <link rel="alternate" href="https://example.org/mill"/>
    <published>2026-03-04T10:00:00Z</published>
    <author><name>Tomas Vell</name></author>
    <content type="html">&lt;p&gt;The old mill reopened as a museum.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Bridge inspection</title>
    <updated>2026-03-05</updated>
    <summary>Engineers inspected the river bridge on Thursday.</summary>
  </entry>
</feed>`;

const jsonFeed = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Upland Post',
  items: [
    { id: 'p1', url: 'https://example.org/p1', title: 'School roof repaired', content_text: 'Volunteers repaired the school roof.', date_published: '2026-03-06T09:00:00Z', authors: [{ name: 'Mira Holt' }] },
    { id: 'p2', content_html: '<p>The ferry timetable changes in April.</p>' },
  ],
});

function items(feed: Feed | { error: unknown }): FeedItem[] {
  if ('error' in feed) throw new Error('expected a feed');
  return feed.entries.flatMap((e) => ('item' in e ? [e.item] : []));
}

describe('parseFeed', () => {
  it('reads RSS 2.0 items: guid, link, date, author, encoded content or escaped description', () => {
    const [first, second] = items(parseFeed('news/gazette.xml', rss));
    expect(first).toMatchObject({ id: 'gz-101', url: 'https://example.org/lighthouse', title: 'Lighthouse keeper retires', published: 'Tue, 03 Mar 2026 08:00:00 GMT', author: 'Ada Pennick' });
    expect(first.html).toBe('<p>The keeper of the north light retired on Monday &amp; handed over the keys.</p>');
    expect(second).toMatchObject({ id: 'articles/tides.txt', title: 'Tide tables & storms', html: '<p>Storm warnings were issued for the weekend.</p>' });
  });

  it('reads Atom entries: html content, text summary, position when there is no id', () => {
    const [first, second] = items(parseFeed('news/courier.atom', atom));
    expect(first).toMatchObject({ id: 'urn:courier:7', url: 'https://example.org/mill', html: '<p>The old mill reopened as a museum.</p>', text: null, author: 'Tomas Vell', published: '2026-03-04T10:00:00Z' });
    expect(second).toMatchObject({ id: '2', url: null, text: 'Engineers inspected the river bridge on Thursday.', published: '2026-03-05' });
  });

  it('reads JSON Feed items', () => {
    const [first, second] = items(parseFeed('news/post.json', jsonFeed));
    expect(first).toMatchObject({ id: 'p1', text: 'Volunteers repaired the school roof.', author: 'Mira Holt' });
    expect(second).toMatchObject({ id: 'p2', html: '<p>The ferry timetable changes in April.</p>', url: null });
  });

  it('reads JSON Lines and turns a bad line into an error naming file and line', () => {
    const text = ['{"url":"https://example.org/a","title":"A","text":"First text.","outlet":"Ridge Times"}', '{"title": broken', '', '[1,2]', '{"title":"B","html":"<p>Second.</p>"}'].join('\n');
    const feed = parseFeed('batch/items.jsonl', text);
    if ('error' in feed) throw new Error('expected a feed');
    expect(feed.entries.map((e) => ('item' in e ? e.item.id : e.error.message.split(':')[0]))).toEqual([
      'https://example.org/a',
      'batch/items.jsonl line 2',
      'batch/items.jsonl line 4',
      'line-5',
    ]);
    expect(items(feed)[0].outlet).toBe('Ridge Times');
  });

  it('names the file and the place of a malformed XML feed', () => {
    const broken = parseFeed('news/broken.xml', '<rss version="2.0"><channel><item><title>Cut off</title></channel></rss>');
    expect('error' in broken && broken.error).toMatchObject({ file: 'news/broken.xml', rule: 'feed/malformed' });
    expect('error' in broken && broken.error.message).toMatch(/^news\/broken\.xml: not a readable feed: .*line 1/);
    expect('error' in parseFeed('news/page.xml', '<html><body>hi</body></html>')).toBe(true);
    expect('error' in parseFeed('news/bad.json', '{"version": "https://jsonfeed.org/version/1", ')).toBe(true);
  });
});

describe('isFeedFile', () => {
  it('knows feeds by extension or root element, and a .json only when it is a JSON Feed', () => {
    expect(isFeedFile('a/x.rss', '')).toBe(true);
    expect(isFeedFile('a/x.jsonl', '')).toBe(true);
    expect(isFeedFile('a/x.json', jsonFeed)).toBe(true);
    expect(isFeedFile('a/gold.json', '{"claims": []}')).toBe(false);
    expect(isFeedFile('a/x.txt', rss)).toBe(true);
    expect(isFeedFile('a/x.html', '<!doctype html><html></html>')).toBe(false);
  });
});
