import { existsSync } from 'node:fs';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisSource, type RunningServer, startServer } from '../../src/server/index.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '../..');
const SHOTS = join(ROOT, 'docs/screenshots');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`);

let browser: Browser;
let example: RunningServer;
let hostile: RunningServer;

beforeAll(async () => {
  if (!hasChromium) return;
  // a fresh UI build for this run, so the tests never look at a stale dist/web
  const webRoot = await mkdtemp(join(tmpdir(), 'triangulate-ui-'));
  await build({ configFile: join(ROOT, 'vite.config.ts'), build: { outDir: webRoot, emptyOutDir: true }, logLevel: 'error' });
  await mkdir(SHOTS, { recursive: true });
  [example, hostile, browser] = await Promise.all([
    startServer(analysisSource([join(ROOT, 'examples/caspian-ferry-fire')]), { port: 0, host: '127.0.0.1', webRoot }),
    startServer(analysisSource([join(ROOT, 'src/server/fixtures/hostile')]), { port: 0, host: '127.0.0.1', webRoot }),
    chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] }),
  ]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await example?.close();
  await hostile?.close();
});

const api = async <T>(server: RunningServer, path: string): Promise<T> => (await fetch(new URL(path, server.url))).json() as Promise<T>;

/** Opens a route and waits until the view has rendered. */
async function open(page: Page, server: RunningServer, hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('body[data-ready]');
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

describe.skipIf(!hasChromium)('workbench on the example story', () => {
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  });

  it('opens the story from the list and shows its documents', async () => {
    await open(page, example, '#/');
    await shot(page, 'stories');
    await page.click('table.stories a');
    await page.waitForSelector('body[data-ready="overview"]');
    expect(await page.locator('table.documents tbody tr').count()).toBe(7);
    await shot(page, 'overview');
  });

  it('opens the first conflict, clicks a quote and lands in the document with the quote highlighted', async () => {
    const { conflicts } = await api<{ conflicts: { alternatives: { evidence: { quote: string }[] }[] }[] }>(example, '/api/stories/s1/conflicts');
    await page.click('#tabs a:text("Conflicts")');
    await page.waitForSelector('body[data-ready="conflicts"]');
    await shot(page, 'conflicts');
    const first = page.locator('article.conflict').first();
    const quote = conflicts[0].alternatives[0].evidence[0].quote;
    expect(await first.locator('a.quote-link').first().textContent()).toBe(quote);
    await first.locator('a.quote-link').first().click();
    await page.waitForSelector('body[data-ready="doc"]');
    const marked = await page.locator('#doc-text mark.hl').allTextContents();
    expect(marked.join('')).toBe(quote);
    await expect.poll(() => page.locator('#hl-start').evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await shot(page, 'reader');
  });

  it('shows removed boilerplate on request', async () => {
    const { documents } = await api<{ documents: { id: string; file: string }[] }>(example, '/api/stories/s1');
    const copy = documents.find((d) => d.file === '02-syndicated-copy.txt');
    await open(page, example, `#/story/s1/doc/${copy?.id}`);
    expect(await page.locator('#removed').isVisible()).toBe(false);
    await page.check('input[name="show-removed"]');
    expect(await page.locator('#removed .removed-block').count()).toBeGreaterThan(0);
  });

  it('draws the graph with the API nodes and opens an entity page from a node', async () => {
    const g = await api<{ nodes: { id: string }[]; edges: { source: string; target: string }[] }>(example, '/api/stories/s1/graph');
    const linked = new Set(g.edges.flatMap((e) => [e.source, e.target]));
    await open(page, example, '#/story/s1/graph');
    const count = () => page.locator('#graph').evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: { nodes(): unknown[]; edges(): unknown[] } } })._cyreg.cy;
      return [cy.nodes().length, cy.edges().length];
    });
    expect(await count()).toEqual([linked.size, g.edges.length]);
    await shot(page, 'graph');
    const target = await page.locator('#graph').evaluate((el) => {
      const cy = (el as unknown as { _cyreg: { cy: { nodes(s: string): { first(): { id(): string; renderedPosition(): { x: number; y: number } } } } } })._cyreg.cy;
      const n = cy.nodes('[entity != ""]').first();
      const box = el.getBoundingClientRect();
      return { id: n.id(), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
    });
    await page.mouse.click(target.x, target.y);
    await page.waitForSelector('body[data-ready="entity"]');
    expect(page.url()).toContain(`/entity/${target.id}`);
    await shot(page, 'entity');
    await open(page, example, '#/story/s1/graph?all=1');
    expect((await count())[0]).toBe(g.nodes.length);
  });

  it('draws one timeline item per dated event and lists undated ones apart', async () => {
    const ev = await api<{ dated: unknown[]; undated: unknown[] }>(example, '/api/stories/s1/events');
    await open(page, example, '#/story/s1/timeline');
    expect(await page.locator('svg.timeline .event').count()).toBe(ev.dated.length);
    expect(await page.locator('.event-card').count()).toBe(ev.dated.length + ev.undated.length);
    await shot(page, 'timeline');
  });

  it('shows the story places on the map over country outlines', async () => {
    const places = await api<{ located: { name: string }[] }>(example, '/api/stories/s1/places');
    await open(page, example, '#/story/s1/map');
    expect(await page.locator('svg.map path.country').count()).toBeGreaterThan(100);
    expect(await page.locator('svg.map .place text').allTextContents()).toEqual(places.located.map((p) => p.name));
    await shot(page, 'map');
  });

  it('filters the claims matrix by status', async () => {
    const all = await api<{ claims: { status: string; stance: Record<string, string> }[] }>(example, '/api/stories/s1/claims');
    await open(page, example, '#/story/s1/claims');
    expect(await page.locator('table.matrix tbody tr').count()).toBe(all.claims.length);
    const contradicted = all.claims.reduce((n, c) => n + Object.values(c.stance).filter((s) => s === 'contradicts').length, 0);
    expect(await page.locator('table.matrix td.contradicts').count()).toBe(contradicted);
    await page.selectOption('select[name="status"]', 'contested');
    await page.waitForSelector('body[data-ready="claims"]');
    await expect.poll(() => page.locator('table.matrix tbody tr').count()).toBe(all.claims.filter((c) => c.status === 'contested').length);
    await shot(page, 'claims');
  });

  it('lists entities and finds them by search', async () => {
    await open(page, example, '#/story/s1/entities');
    expect(await page.locator('table.entities tbody tr').count()).toBeGreaterThan(10);
    await shot(page, 'entities');
    await page.fill('#tabs input[name="q"]', 'aktau');
    await page.press('#tabs input[name="q"]', 'Enter');
    await page.waitForSelector('body[data-ready="search"]');
    expect(await page.locator('.results a:text-is("Aktau")').count()).toBeGreaterThan(0);
    await shot(page, 'search');
  });

  it('ran without console errors or CSP violations', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('workbench on hostile articles', () => {
  it('renders markup in articles as inert text: no script runs, no dialog, no request leaves 127.0.0.1', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const { documents } = await api<{ documents: { id: string; file: string }[] }>(hostile, '/api/stories/s1');
    const routes = ['#/', '#/story/s1', '#/story/s1/conflicts', '#/story/s1/claims', '#/story/s1/entities', '#/story/s1/graph?all=1', '#/story/s1/timeline', '#/story/s1/map', `#/story/s1/search?q=${encodeURIComponent('<script>')}`];
    for (const d of documents) routes.push(`#/story/s1/doc/${d.id}`);
    // the analyst's views: outlets (named by the articles), figures, comparisons, the review
    const { outlets } = await api<{ outlets: { name: string }[] }>(hostile, '/api/stories/s1/outlets');
    routes.push('#/story/s1/outlets', '#/story/s1/figures', '#/story/s1/review', `#/story/s1/compare?a=${documents[0].id}&b=${documents[1].id}`, ...outlets.map((o) => `#/story/s1/outlet/${encodeURIComponent(o.name)}`));
    for (const route of routes) {
      await open(page, hostile, route);
      const dom = await page.evaluate(() => ({
        scripts: [...document.scripts].map((s) => s.getAttribute('src')),
        active: document.querySelectorAll('#view iframe, #view img, #view object, #view embed, #view script, #view style, #view link').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        // in-app routes, the build's assets, and the report downloads of this story's API
        hrefs: [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href') ?? '').filter((h) => !h.startsWith('#') && !h.startsWith('/assets/') && h !== 'data:,' && !/^\/api\/stories\/s1\/report\?format=[a-z]+$/.test(h)),
      }));
      expect(dom.scripts.every((s) => s?.startsWith('/assets/')), route).toBe(true);
      expect(dom.active, route).toBe(0);
      expect(dom.handlers, route).toEqual([]);
      expect(dom.hrefs, route).toEqual([]);
    }
    await open(page, hostile, `#/story/s1/doc/${documents[1].id}`);
    expect(await page.locator('#doc-text').textContent()).toContain('<script>alert(');
    expect(await page.locator('h1').textContent()).toContain('onerror=alert(4)>');
    await shot(page, 'hostile-reader');
    const origin = new URL(hostile.url).origin;
    expect(requests.filter((u) => !u.startsWith(`${origin}/`))).toEqual([]);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
