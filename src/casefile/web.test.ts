import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fictionalArticle } from '../../test/store/generate.js';
import { openStore, type Store } from '../store/index.js';
import { ingest } from './ingest.js';
import { storyReport } from './report.js';

const PAGES = 200;
const RATE = 40; // requests per second to the one host
const MAX_BYTES = 200_000;
const READ_TIMEOUT_MS = 400;

/** One of our generated pages as a news site would serve it: masthead, date and byline in meta tags, the article in <article>. */
function page(n: number): string {
  const [title, , ...body] = fictionalArticle(n % 20, n).split('\n');
  const paragraphs = body.filter(Boolean).map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title} | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2026-03-${String(1 + (n % 5)).padStart(2, '0')}T08:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav><article><h1>${title}</h1>${paragraphs}</article><footer>Harbour Times newsroom</footer></body></html>`;
}

interface Hit {
  path: string;
  at: number;
  agent: string;
}

/** Our own site on 127.0.0.1: the pages, a robots.txt with a closed folder, redirects (one a loop), a slow, a huge and a missing page, and JSON. */
function startSite(hits: Hit[]): Promise<Server> {
  let flaky = 0;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    hits.push({ path, at: performance.now(), agent: String(req.headers['user-agent']) });
    const html = (body: string) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    const news = /^\/news\/(\d+)\.html$/.exec(path);
    if (news) return html(page(Number(news[1])));
    if (path === '/robots.txt') return res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n');
    const moved = /^\/moved\/(\d+)$/.exec(path);
    if (moved) return res.writeHead(301, { location: `/news/${moved[1]}.html` }).end();
    if (path === '/loop/a') return res.writeHead(302, { location: '/loop/b' }).end();
    if (path === '/loop/b') return res.writeHead(302, { location: '/loop/a' }).end();
    if (path === '/chain/0') return res.writeHead(302, { location: '/chain/1' }).end();
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) return res.writeHead(302, { location: `/chain/${Number(chain[1]) + 1}` }).end();
    if (path === '/to-private') return res.writeHead(302, { location: '/private/notes.html' }).end();
    if (path === '/slow.html') {
      // headers only after the read timeout
      const timer = setTimeout(() => html(page(9999)), READ_TIMEOUT_MS * 5);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if (path === '/huge.html') {
      // no Content-Length: the size shows only while reading
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><body><article>');
      const chunk = `<p>${'filler text '.repeat(800)}</p>`;
      for (let sent = 0; sent < MAX_BYTES * 3; sent += chunk.length) res.write(chunk);
      return res.end('</article></body></html>');
    }
    if (path === '/huge-declared.html') return res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(MAX_BYTES * 10) }).end();
    if (path === '/flaky.html') {
      // down the first time it is asked, up after
      flaky++;
      return flaky === 1 ? res.writeHead(503).end() : html(page(5000));
    }
    if (path === '/data.json') return res.writeHead(200, { 'content-type': 'application/json' }).end('{"not":"a page"}');
    if (path === '/sitemap.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      return res.end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sitemap-news.xml</loc></sitemap></sitemapindex>`);
    }
    if (path === '/sitemap-news.xml') {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const urls = ['/news/1.html', '/news/2.html', '/news/3.html', '/flaky.html'].map((p) => `<url><loc>http://${req.headers.host}${p}</loc></url>`).join('');
      return res.end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`);
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  };
  const server = createServer(handle);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server: Server;
let store: Store;
let dir: string;
let base: string;
const hits: Hit[] = [];
const fetchOptions = { allowPrivate: true, perHostRate: RATE, maxBytes: MAX_BYTES, readTimeoutMs: READ_TIMEOUT_MS, connectTimeoutMs: 2000, totalTimeoutMs: 10_000, maxRedirects: 5 };

beforeAll(async () => {
  server = await startSite(hits);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'triangulate-web-'));
  store = await openStore(join(dir, 'db'));
});

afterAll(async () => {
  await store?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const records = () => store.db.selectFrom('ingest_records').select(['source', 'status', 'reason', 'article_id']).orderBy('source').execute();

describe('ingest --urls on a local site', () => {
  it('stores every page it may, names each URL it skipped and why, and keeps to the per-host rate', async () => {
    const pages = Array.from({ length: PAGES }, (_, n) => `${base}/news/${n + 1}.html`);
    const odd = ['/moved/7', '/private/notes.html', '/to-private', '/loop/a', '/chain/0', '/slow.html', '/huge.html', '/huge-declared.html', '/missing.html', '/data.json'].map((p) => `${base}${p}`);
    const summary = await ingest(store, [], { story: 'harbour', threads: 0, web: { urls: [...pages, ...odd], fetch: fetchOptions } });

    const byUrl = new Map((await records()).map((r) => [r.source, r]));
    for (const url of pages) expect(byUrl.get(url)).toMatchObject({ status: 'ok' });
    // the redirected page is the same article as the page it points to: one article, two records
    expect(byUrl.get(`${base}/moved/7`)?.article_id).toBe(byUrl.get(`${base}/news/7.html`)?.article_id);
    const skipped = (path: string, status: 'skipped' | 'failed', words: RegExp) => {
      const r = byUrl.get(`${base}${path}`);
      expect(r?.status, path).toBe(status);
      expect(r?.reason, path).toContain(`${base}${path}`);
      expect(r?.reason, path).toMatch(words);
    };
    skipped('/private/notes.html', 'skipped', /is disallowed by robots\.txt of 127\.0\.0\.1/);
    skipped('/to-private', 'skipped', /redirected to .*\/private\/notes\.html, which is disallowed by robots\.txt/);
    skipped('/loop/a', 'skipped', /redirect loop/);
    skipped('/chain/0', 'skipped', /more than 5 redirects/);
    skipped('/slow.html', 'failed', /stopped answering for 400 ms/);
    skipped('/huge.html', 'skipped', /too large/);
    skipped('/huge-declared.html', 'skipped', /too large \(1\.9 MB/);
    skipped('/missing.html', 'skipped', /HTTP 404/);
    skipped('/data.json', 'skipped', /not a web page \(application\/json\)/);
    expect(summary).toMatchObject({ ok: PAGES + 1, skipped: 8, failed: 1 });
    expect(summary.problems).toHaveLength(9);

    // robots.txt read once, closed paths never requested, our user agent on every request
    expect(hits.filter((h) => h.path === '/robots.txt')).toHaveLength(1);
    expect(hits.some((h) => h.path.startsWith('/private/'))).toBe(false);
    expect(hits.every((h) => h.agent.startsWith('triangulate/'))).toBe(true);
    // one host: never more than RATE requests in any second (one or two more for the jitter of arrival on a busy
    // machine), the whole run as long as the rate makes it, the usual gap one interval
    const times = hits.map((h) => h.at).sort((a, b) => a - b);
    const interval = 1000 / RATE;
    const inAnySecond = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length));
    expect(inAnySecond).toBeLessThanOrEqual(RATE + 2);
    expect((times.at(-1) as number) - (times[0] as number)).toBeGreaterThanOrEqual(interval * (times.length - 1) * 0.95);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number)).sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)]).toBeGreaterThanOrEqual(interval * 0.9);

    // the pages read as articles: outlet and date from their meta tags, the URL as the document's path
    const { report } = await storyReport(store, 'harbour');
    const doc = report.documents.find((d) => d.path === `${base}/news/3.html`);
    expect(doc).toMatchObject({ outlet: 'Harbour Times', published: '2026-03-04' });
    expect(report.documents).toHaveLength(PAGES);
  }, 180_000);

  it('fetches the pages of a sitemap index, and fetches again with --retry-failed only what failed', async () => {
    const summary = await ingest(store, [], { story: 'sitemap', threads: 0, web: { urls: [], sitemaps: [`${base}/sitemap.xml`], fetch: fetchOptions } });
    expect(summary).toMatchObject({ inputs: 4, ok: 3, failed: 1 });
    expect(summary.problems).toEqual([`${base}/flaky.html: HTTP 503, skipped`]);
    hits.length = 0;
    const retried = await ingest(store, [], { retryFailed: true, threads: 0, web: { urls: [], fetch: fetchOptions } });
    // the failed page of the sitemap through its sitemap again, the timed-out page of the list by itself
    expect(hits.map((h) => h.path).filter((p) => !p.startsWith('/news/') && p !== '/robots.txt').sort()).toEqual(['/flaky.html', '/sitemap-news.xml', '/sitemap.xml', '/slow.html']);
    expect(retried).toMatchObject({ ok: 1, failed: 1 });
    const flaky = await store.db.selectFrom('ingest_records').select(['status', 'story']).where('source', '=', `${base}/flaky.html`).executeTakeFirst();
    expect(flaky).toEqual({ status: 'ok', story: 'sitemap' });
  }, 30_000);

  it('refuses loopback addresses, by number or by name, unless allowed', async () => {
    const urls = [`${base}/news/1.html`, `http://localhost:${new URL(base).port}/news/2.html`];
    const summary = await ingest(store, [], { story: 'closed', threads: 0, web: { urls, fetch: { ...fetchOptions, allowPrivate: false } } });
    expect(summary).toMatchObject({ ok: 0, skipped: 2 });
    expect(summary.problems.join('\n')).toMatch(/127\.0\.0\.1 is a loopback address, refused/);
    expect(summary.problems.join('\n')).toMatch(/localhost resolves to (127\.0\.0\.1|::1) \(loopback address\), refused/);
  });
});
