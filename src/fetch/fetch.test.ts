import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressRange, checkedLookup, firstNonPublic } from './address.js';
import { createFetcher, readUrlList } from './index.js';
import { HostRateLimit } from './rateLimit.js';
import { parseSitemap } from './sitemap.js';

describe('address check', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['192.168.0.7', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['93.184.216.34', 'unicast'],
    ['2606:4700::1111', 'unicast'],
  ])('%s is %s', (address, range) => expect(addressRange(address)).toBe(range));

  it('finds the one non-public address among several a name resolves to', () => {
    expect(firstNonPublic(['93.184.216.34', '10.0.0.8'])).toEqual({ address: '10.0.0.8', range: 'private' });
    expect(firstNonPublic(['93.184.216.34'])).toBeNull();
  });

  it('refuses a name that resolves to loopback when it connects, unless allowed', async () => {
    const lookup = (allow: boolean) =>
      new Promise<{ err: Error | null; address: unknown }>((resolve) => checkedLookup(allow)('localhost', { all: true }, (err, address) => resolve({ err, address })));
    expect((await lookup(false)).err?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1) \(loopback address\), refused/);
    const allowed = await lookup(true);
    expect(allowed.err).toBeNull();
    expect((allowed.address as { address: string }[]).length).toBeGreaterThan(0);
  });
});

describe('per-host rate limit', () => {
  it('spaces the requests to one host and leaves other hosts alone', async () => {
    const limit = new HostRateLimit(60);
    const t0 = performance.now();
    const started: Record<string, number[]> = { a: [], b: [] };
    await Promise.all([...['a', 'a', 'a', 'b'].map(async (host) => {
      await limit.take(host);
      started[host]?.push(performance.now() - t0);
    })]);
    const [a0, a1, a2] = started.a as number[];
    expect((a1 as number) - (a0 as number)).toBeGreaterThanOrEqual(55);
    expect((a2 as number) - (a1 as number)).toBeGreaterThanOrEqual(55);
    expect(started.b?.[0]).toBeLessThan(50);
  });
});

describe('URL lists and sitemaps', () => {
  it('reads one URL a line, skipping comments and repeats, naming each bad line', () => {
    const { urls, messages } = readUrlList('list.txt', '# our list\nhttps://a.example/1\n\nhttps://a.example/1\nftp://a.example/f\nnot a url\nhttp://b.example/2\n');
    expect(urls).toEqual(['https://a.example/1', 'http://b.example/2']);
    expect(messages.map((m) => m.message)).toEqual(['list.txt:5: "ftp://a.example/f" is not an http or https URL, skipped', 'list.txt:6: "not a url" is not an http or https URL, skipped']);
  });

  it('reads a urlset, a sitemap index, gzipped or not, and names what is not a sitemap', () => {
    const urlset = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/1</loc><lastmod>2026-03-01</lastmod></url><url><loc> https://a.example/2 </loc></url></urlset>';
    const index = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://a.example/s1.xml.gz</loc></sitemap></sitemapindex>';
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(parseSitemap('https://a.example/s.xml', enc(urlset), 1e6)).toEqual({ pages: ['https://a.example/1', 'https://a.example/2'], sitemaps: [] });
    expect(parseSitemap('https://a.example/s.xml.gz', new Uint8Array(gzipSync(urlset)), 1e6)).toMatchObject({ pages: ['https://a.example/1', 'https://a.example/2'] });
    expect(parseSitemap('https://a.example/i.xml', enc(index), 1e6)).toEqual({ pages: [], sitemaps: ['https://a.example/s1.xml.gz'] });
    expect(parseSitemap('https://a.example/x', enc('<html><body>hi</body></html>'), 1e6)).toEqual({ error: 'neither a <urlset> nor a <sitemapindex>' });
    // a gzip bomb stops at the size limit
    expect(parseSitemap('https://a.example/b.gz', new Uint8Array(gzipSync(Buffer.alloc(5e6, 32))), 1e5)).toMatchObject({ error: expect.stringMatching(/not a readable gzip file/) });
  });
});

describe('robots.txt', () => {
  let server: Server;
  let base: string;
  const hits: { path: string; at: number }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ path: req.url ?? '', at: performance.now() });
      if (req.url === '/robots.txt') {
        return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n\nUser-agent: triangulate\nCrawl-delay: 0.15\nDisallow: /drafts/\n');
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><p>${req.url}</p></body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("follows the group for our user agent: its Disallow and its Crawl-delay", async () => {
    const fetcher = createFetcher({ allowPrivate: true, perHostRate: 100 });
    try {
      const outcomes = await fetcher.fetchAll([1, 2, 3, 4].map((n) => `${base}/news/${n}`).concat(`${base}/drafts/5`));
      expect(outcomes.map((o) => o.ok)).toEqual([true, true, true, true, false]);
      expect(outcomes[4]).toMatchObject({ reason: 'robots', message: `${base}/drafts/5: is disallowed by robots.txt of ${new URL(base).host}, skipped` });
    } finally {
      await fetcher.close();
    }
    const pages = hits.filter((h) => h.path.startsWith('/news/')).map((h) => h.at);
    for (let i = 1; i < pages.length; i++) expect((pages[i] as number) - (pages[i - 1] as number)).toBeGreaterThan(120);
  });

  it('fetches nothing from a host whose robots.txt fails with a server error', async () => {
    const failing = createServer((req, res) => res.writeHead(req.url === '/robots.txt' ? 503 : 200, { 'content-type': 'text/html' }).end('<p>x</p>'));
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const fetcher = createFetcher({ allowPrivate: true, perHostRate: 100 });
    try {
      const url = `http://127.0.0.1:${(failing.address() as AddressInfo).port}/a`;
      expect(await fetcher.fetch(url)).toMatchObject({ ok: false, reason: 'robots', message: expect.stringMatching(/whose robots\.txt could not be read \(HTTP 503\)/) });
    } finally {
      await fetcher.close();
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});
