// Browser tests for the defects of issue 17, each on a story written for it (test/web/fixtures) or the bundled example.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { api, buildUi, FIXTURES, hasChromium, launchBrowser, open, ROOT, seriousViolations, serve, watchErrors } from './harness.js';

let browser: Browser;
let example: RunningServer;
let unlinked: RunningServer;
let multilingual: RunningServer;

beforeAll(async () => {
  if (!hasChromium) return;
  const webRoot = await buildUi();
  [example, unlinked, multilingual, browser] = await Promise.all([
    serve([join(ROOT, 'examples/caspian-ferry-fire')], webRoot),
    serve([join(FIXTURES, 'unlinked')], webRoot),
    serve([join(FIXTURES, 'multilingual')], webRoot),
    launchBrowser(),
  ]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([example?.close(), unlinked?.close(), multilingual?.close()]);
});

async function newPage(width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height } });
  return { page, errors: watchErrors(page) };
}

describe.skipIf(!hasChromium)('graph of a story with no links', () => {
  it('shows the empty message, finishes loading and throws nothing', async () => {
    const { page, errors } = await newPage();
    await open(page, unlinked, '#/story/s1/graph');
    expect(await page.locator('body').getAttribute('data-ready')).toBe('graph');
    expect(await page.locator('#view .empty').textContent()).toContain('linked');
    expect(await page.locator('#graph').count()).toBe(0);
    // with every entity shown, the lone nodes are drawn without a link
    await open(page, unlinked, '#/story/s1/graph?all=1');
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('text in right-to-left languages', () => {
  /** Every text node of the view written in `script`: the language its closest [lang] gives and the direction it is laid out in. */
  const pieces = (page: Page, script: string) =>
    page.evaluate((source) => {
      const letters = new RegExp(source, 'u');
      const walk = document.createTreeWalker(document.getElementById('view') as HTMLElement, NodeFilter.SHOW_TEXT);
      const out: { text: string; lang: string | null; dir: string }[] = [];
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const el = n.parentElement as HTMLElement;
        // the analyst's own query is no article text
        if (!letters.test(n.textContent ?? '') || el.closest('.query')) continue;
        out.push({ text: (n.textContent ?? '').slice(0, 40), lang: el.closest('[lang]')?.getAttribute('lang') ?? null, dir: getComputedStyle(el).direction });
      }
      return out;
    }, `\\p{Script=${script}}`);

  it('marks every piece of Arabic article text with lang="ar" and lays it out right to left, on every view', async () => {
    const { page, errors } = await newPage();
    const routes = ['#/story/s1', '#/story/s1/conflicts', '#/story/s1/claims', '#/story/s1/entities', '#/story/s1/timeline', '#/story/s1/doc/d3', `#/story/s1/search?q=120`, `#/story/s1/search?q=${encodeURIComponent('الزجاج')}`];
    let seen = 0;
    for (const route of routes) {
      await open(page, multilingual, route);
      const arabic = await pieces(page, 'Arabic');
      seen += arabic.length;
      for (const p of arabic) expect({ route, ...p }).toEqual({ route, text: p.text, lang: 'ar', dir: 'rtl' });
    }
    expect(seen).toBeGreaterThan(5);
    // the reader: title and text carry the language; the full stop ends the Arabic line at its left
    await open(page, multilingual, '#/story/s1/doc/d3');
    for (const sel of ['h1', '#doc-text']) expect(await page.locator(sel).evaluate((el) => [el.getAttribute('lang'), el.getAttribute('dir')])).toEqual(['ar', 'rtl']);
    // and Russian text keeps its own language, left to right
    await open(page, multilingual, '#/story/s1/doc/d2');
    expect(await page.locator('#doc-text').evaluate((el) => [el.getAttribute('lang'), getComputedStyle(el).direction])).toEqual(['ru', 'ltr']);
    for (const p of await pieces(page, 'Cyrillic')) expect(p.dir).toBe('ltr');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Whether the element is inside the window, below the sticky header. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0;
    return box.top >= top - 2 && box.top < innerHeight;
  });

/** Waits until the URL has settled (the place is written a moment after scrolling stops). */
const settled = async (page: Page, has: string) => expect.poll(() => page.url(), { timeout: 5000 }).toContain(has);

describe.skipIf(!hasChromium)('Back returns to your place', () => {
  it('from a quote of the fourth conflict, Back shows that conflict again, selected', async () => {
    const { page, errors } = await newPage(1280, 600);
    await open(page, example, '#/story/s1/conflicts');
    const fourth = page.locator('article.conflict').nth(3);
    const id = await fourth.getAttribute('data-anchor');
    await fourth.scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1);
    await settled(page, 'at=');
    await fourth.locator('a.quote-link').first().click();
    await page.waitForSelector('body[data-ready="doc"]');
    await page.goBack();
    await page.waitForSelector('body[data-ready="conflicts"]');
    expect(page.url()).toContain(`id=${id}`);
    expect(await inView(page, `article[data-anchor="${id}"]`)).toBe(true);
    expect(await page.locator(`article[data-anchor="${id}"]`).getAttribute('class')).toContain('selected');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the claims filter and the scrolled-to row through a visit to the reader', async () => {
    const { page, errors } = await newPage(1280, 600);
    await open(page, example, '#/story/s1/claims');
    await page.selectOption('select[name="status"]', 'single-source');
    await page.waitForSelector('body[data-ready="claims"]');
    const rows = page.locator('table.matrix tbody tr');
    const row = rows.nth(Math.min(12, (await rows.count()) - 1));
    const id = await row.getAttribute('data-anchor');
    await row.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await settled(page, 'at=');
    // a tab away and Back: the scroll anchor alone brings the row back to the top
    await page.click('#tabs a:text("Entities")');
    await page.waitForSelector('body[data-ready="entities"]');
    await page.goBack();
    await page.waitForSelector('body[data-ready="claims"]');
    expect(await page.locator('select[name="status"]').inputValue()).toBe('single-source');
    expect(await inView(page, `tr[data-anchor="${id}"]`)).toBe(true);
    await row.locator('td.supports a').first().click();
    await page.waitForSelector('body[data-ready="doc"]');
    await page.goBack();
    await page.waitForSelector('body[data-ready="claims"]');
    expect(page.url()).toContain(`id=${id}`);
    expect(await inView(page, `tr[data-anchor="${id}"]`)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('returns to the same passage of a document', async () => {
    const { page, errors } = await newPage(1280, 600);
    await open(page, example, '#/story/s1/doc/d1');
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await settled(page, 'at=');
    const at = Number(new URL(page.url()).hash.match(/at=(\d+)/)?.[1]);
    expect(at).toBeGreaterThan(100);
    const before = await page.evaluate(() => window.scrollY);
    await page.click('#tabs a:text("Timeline")');
    await page.waitForSelector('body[data-ready="timeline"]');
    await page.goBack();
    await page.waitForSelector('body[data-ready="doc"]');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(40);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('permalinks', () => {
  it('?id= opens one conflict, claim, entity row or event, selected and in view, and every conflict links to itself', async () => {
    const { page, errors } = await newPage(1280, 600);
    // ids are content hashes: take the third conflict, the twentieth claim and the sixth person from the API
    const [{ conflicts }, { claims }, { entities }] = await Promise.all([
      api<{ conflicts: { id: string }[] }>(example, '/api/stories/s1/conflicts'),
      api<{ claims: { id: string }[] }>(example, '/api/stories/s1/claims'),
      api<{ entities: { id: string; type: string }[] }>(example, '/api/stories/s1/entities'),
    ]);
    const people = entities.filter((e) => e.type === 'person');
    const cases: [string, string, string][] = [
      ['conflicts', conflicts[2].id, 'article'],
      ['claims', claims[19].id, 'tr'],
      ['entities', people[Math.min(5, people.length - 1)].id, 'tr'],
    ];
    const { undated } = await api<{ undated: { id: string }[] }>(example, '/api/stories/s1/events');
    cases.push(['timeline', undated[undated.length - 1].id, 'article']);
    for (const [view, id, tag] of cases) {
      await open(page, example, `#/story/s1/${view}?id=${id}`);
      const el = `${tag}[data-anchor="${id}"]`;
      expect(await inView(page, el), `${view} ${id}`).toBe(true);
      expect(await page.locator(el).getAttribute('aria-current')).toBe('true');
      expect(await page.evaluate((s) => document.querySelector(s)?.contains(document.activeElement), el)).toBe(true);
    }
    await open(page, example, '#/story/s1/conflicts');
    const links = await page.locator('article.conflict .permalink').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const ids = await page.locator('article.conflict').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.anchor));
    expect(links).toEqual(ids.map((id) => `#/story/s1/conflicts?id=${id}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?at= opens a document at a text position', async () => {
    const { page, errors } = await newPage(1280, 600);
    await open(page, example, '#/story/s1/doc/d1?at=2000');
    const top = await page.evaluate(() => {
      const root = document.getElementById('doc-text') as HTMLElement;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
        if (2000 < seen + n.length) {
          const r = document.createRange();
          r.setStart(n, 2000 - seen);
          r.setEnd(n, 2001 - seen);
          return r.getBoundingClientRect().top - (document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0);
        }
        seen += n.length;
      }
      return -1;
    });
    expect(top).toBeGreaterThanOrEqual(-2);
    expect(top).toBeLessThan(60);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('claims matrix', () => {
  it('says when several supporting documents are one origin, and renders no empty link for a claim without subject', async () => {
    const { page, errors } = await newPage();
    const { claims } = await api<{ claims: { id: string; subject: string; status: string; origins: number; evidence: { doc: string }[]; chains: string[][] }[] }>(example, '/api/stories/s1/claims');
    await open(page, example, '#/story/s1/claims');
    const copies = claims.filter((c) => c.status === 'single-source' && new Set(c.evidence.map((e) => e.doc)).size > 1);
    expect(copies.length).toBeGreaterThan(0);
    for (const c of copies) {
      const docs = new Set(c.evidence.map((e) => e.doc)).size;
      const status = (await page.locator(`tr[data-anchor="${c.id}"] td.status`).textContent()) ?? '';
      expect(status).toContain(`${docs} documents`);
      expect(status).toContain('one origin');
      expect(status).toContain(c.chains[0][c.chains[0].length - 1]);
    }
    const corroborated = claims.find((c) => c.status === 'corroborated' && c.origins > 1);
    if (corroborated) expect(await page.locator(`tr[data-anchor="${corroborated.id}"] td.status`).textContent()).toContain(`${corroborated.origins} origins`);
    const links = await page.locator('table.matrix a').evaluateAll((els) => els.map((a) => ({ href: a.getAttribute('href') ?? '', name: (a.textContent ?? '').trim() || a.getAttribute('aria-label') || '' })));
    expect(links.filter((l) => !l.name || l.href.endsWith('/entity/'))).toEqual([]);
    expect(claims.some((c) => !c.subject)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('search', () => {
  it('cuts a query over 200 characters and says so; the API answers such a query with a short 400', async () => {
    const { page, errors } = await newPage();
    const long = `${'ferry fire '.repeat(30)}Aktau`;
    expect(long.length).toBeGreaterThan(200);
    await open(page, example, `#/story/s1/search?q=${encodeURIComponent(long)}`);
    expect(await page.locator('.error').count()).toBe(0);
    expect(await page.locator('#view .notice').textContent()).toContain('200');
    expect((await page.locator('#view .search input').inputValue()).length).toBeLessThanOrEqual(200);
    expect(await page.locator('#view .search input').getAttribute('maxlength')).toBe('200');
    const res = await fetch(new URL(`/api/stories/s1/search?q=${encodeURIComponent(long)}`, example.url));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toContain('200');
    expect(body.error.length).toBeLessThan(80);
    expect(errors.filter((e) => !e.includes('400'))).toEqual([]);
    await page.close();
  });

  it('finds the articles that write a place in Latin letters from its Cyrillic name', async () => {
    const { page, errors } = await newPage();
    const { documents } = await api<{ documents: { id: string; language: string }[] }>(multilingual, '/api/stories/s1');
    const english = documents.find((d) => d.language === 'en')?.id;
    await page.goto(`${multilingual.url}#/story/s1`);
    await page.waitForSelector('body[data-ready="overview"]');
    await page.fill('#tabs input[name="q"]', 'Тбилиси');
    await page.press('#tabs input[name="q"]', 'Enter');
    await page.waitForSelector('body[data-ready="search"]');
    const hrefs = await page.locator('#view li[data-anchor^="doc-"] > a').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith(`#/story/s1/doc/${english}?`))).toBe(true);
    // the snippet of the English article marks the Latin spelling
    expect((await page.locator(`#view li[data-anchor="doc-${english}"] mark`).textContent())?.toLowerCase()).toBe('tbilisi');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('accessibility (axe-core)', () => {
  it('has no serious or critical violation on any view of the example', async () => {
    const { page, errors } = await newPage();
    const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { entities } = await api<{ entities: { id: string; type: string }[] }>(example, '/api/stories/s1/entities');
    const { documents } = await api<{ documents: { id: string }[] }>(example, '/api/stories/s1');
    const { conflicts } = await api<{ conflicts: { alternatives: { evidence: { doc: string; start: number; end: number }[] }[] }[] }>(example, '/api/stories/s1/conflicts');
    const ev = conflicts[0].alternatives[0].evidence[0];
    const routes = ['#/', '#/story/s1', '#/story/s1/conflicts', '#/story/s1/conflicts?id=c2', '#/story/s1/claims', '#/story/s1/entities', `#/story/s1/entity/${entities.find((e) => e.type === 'person')?.id}`, `#/story/s1/entity/${entities.find((e) => e.type === 'place')?.id}`, '#/story/s1/graph', '#/story/s1/timeline', '#/story/s1/map', '#/story/s1/search?q=aktau', `#/story/s1/doc/${ev.doc}?start=${ev.start}&end=${ev.end}`, '#/story/s1/figures', '#/story/s1/outlets', '#/story/s1/review'];
    for (const d of documents) routes.push(`#/story/s1/doc/${d.id}`);
    if (documents.length > 1) routes.push(`#/story/s1/compare?a=${documents[0].id}&b=${documents[1].id}`);
    const { outlets } = await api<{ outlets: { name: string }[] }>(example, '/api/stories/s1/outlets');
    if (outlets[0]) routes.push(`#/story/s1/outlet/${encodeURIComponent(outlets[0].name)}`);
    const found: string[] = [];
    for (const route of routes) {
      await open(page, example, route);
      // evaluated through the DevTools protocol, so the page's CSP (no inline script) does not apply
      const violations = await seriousViolations(page, source);
      found.push(...violations.map((v) => `${route} ${v}`));
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches the content, the quote and the timeline events by keyboard', async () => {
    const { page, errors } = await newPage();
    await open(page, example, '#/story/s1/conflicts');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('view');
    // a quote opens the reader with the focus on the highlighted passage
    await page.locator('a.quote-link').first().click();
    await page.waitForSelector('body[data-ready="doc"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('hl-start');
    // a timeline event is a link: Enter selects its card, where the quotes are
    await open(page, example, '#/story/s1/timeline');
    const first = page.locator('svg.timeline a.event').first();
    const id = await first.getAttribute('data-event');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`article.event-card.selected[data-anchor="${id}"]`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

interface Cy {
  zoom(): number;
  pan(): { x: number; y: number };
  nodes(sel?: string): { length: number; map<T>(f: (n: CyNode) => T): T[] };
}
interface CyNode {
  id(): string;
  data(k: string): string;
  numericStyle(k: string): number;
  selected(): boolean;
  hasClass(c: string): boolean;
}

describe.skipIf(!hasChromium)('graph: readable, zoomable, searchable, keyboard', () => {
  const cy = <T>(page: Page, f: (cy: Cy) => T) => page.locator('#graph').evaluate((el, src) => new Function('cy', `return (${src})(cy)`)((el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy), f.toString()) as Promise<T>;

  it('draws every label at 10 px or more on screen on the busiest view, zooms with buttons and keys, finds a node and lists them all', async () => {
    const { page, errors } = await newPage();
    await open(page, example, '#/story/s1/graph?all=1');
    const sizes = await cy(page, (c) => c.nodes().map((n) => n.numericStyle('font-size') * c.zoom()));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    const z0 = await cy(page, (c) => c.zoom());
    await page.click('button.zoom-in');
    const z1 = await cy(page, (c) => c.zoom());
    expect(z1).toBeGreaterThan(z0);
    // labels stay the same size on screen after zooming
    expect(Math.min(...(await cy(page, (c) => c.nodes().map((n) => n.numericStyle('font-size') * c.zoom()))))).toBeGreaterThanOrEqual(10);
    await page.focus('#graph');
    await page.keyboard.press('-');
    expect(await cy(page, (c) => c.zoom())).toBeLessThan(z1);
    const p0 = await cy(page, (c) => c.pan().x);
    await page.keyboard.press('ArrowLeft');
    expect(await cy(page, (c) => c.pan().x)).toBeGreaterThan(p0);
    // find: type a name, Enter selects the node and records it in the URL
    const { nodes } = await api<{ nodes: { id: string; name: string }[] }>(example, '/api/stories/s1/graph');
    const target = nodes.find((n) => n.name.length > 4) as { id: string; name: string };
    await page.fill('input[name="find"]', target.name.toLowerCase());
    await page.press('input[name="find"]', 'Enter');
    expect(await cy(page, (c) => c.nodes(':selected').map((n) => n.id()))).toContain(target.id);
    await settled(page, `id=${encodeURIComponent(target.id)}`);
    // every node is also a link in a list, for the keyboard and screen readers
    await page.click('.graph-list summary');
    expect(await page.locator('.graph-list li').count()).toBe(nodes.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('phone layout (390 px)', () => {
  it('no view is wider than the screen, and the claims matrix shows several document columns', async () => {
    const { page, errors } = await newPage(390, 844);
    const routes = ['#/', '#/story/s1', '#/story/s1/conflicts', '#/story/s1/claims', '#/story/s1/entities', '#/story/s1/entity/p1', '#/story/s1/graph', '#/story/s1/timeline', '#/story/s1/map', '#/story/s1/doc/d1', '#/story/s1/search?q=aktau'];
    const wide: string[] = [];
    for (const route of routes) {
      await open(page, example, route);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${route} ${width}`);
    }
    expect(wide).toEqual([]);
    await open(page, example, '#/story/s1/claims');
    const visible = await page.locator('table.matrix thead th').evaluateAll((ths) => ths.slice(2).filter((th) => th.getBoundingClientRect().right <= innerWidth).length);
    expect(visible).toBeGreaterThanOrEqual(3);
    // the status is still there, inside the claim's cell
    expect(await page.locator('table.matrix tbody tr').first().locator('.status-inline .badge').isVisible()).toBe(true);
    await page.screenshot({ path: join(ROOT, 'docs/screenshots/phone-claims.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('map: scene, labels, zoom and pan', () => {
  const viewBox = (page: Page) => page.locator('svg.map').evaluate((el) => (el.getAttribute('viewBox') ?? '').split(' ').map(Number));
  /** The visible labels and dots of the places, in screen pixels. */
  const boxes = (page: Page) =>
    page.locator('svg.map').evaluate((map) => {
      const r = (el: Element) => {
        const b = el.getBoundingClientRect();
        return { x: b.x, y: b.y, w: b.width, h: b.height };
      };
      return {
        labels: [...map.querySelectorAll('.place text')].filter((t) => t.getAttribute('visibility') !== 'hidden').map((t) => ({ text: t.textContent ?? '', ...r(t) })),
        dots: [...map.querySelectorAll('.place circle, .place rect')].map(r),
        frame: r(map),
      };
    });
  const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

  it('shades the countries named instead of dotting their centres, places facilities by their town, and keeps labels apart', async () => {
    const { page, errors } = await newPage();
    const { located } = await api<{ located: { id: string; scope: string; near: { name: string } | null }[] }>(example, '/api/stories/s1/places');
    await open(page, example, '#/story/s1/map');
    const countries = located.filter((p) => p.scope === 'country');
    expect(countries.length).toBeGreaterThan(1);
    expect(await page.locator('svg.map path.country.in-story').count()).toBe(countries.length);
    for (const c of countries) expect(await page.locator(`svg.map a[data-place="${c.id}"] circle`).count()).toBe(0);
    expect(located.some((p) => p.scope === 'near' && p.near)).toBe(true);
    const { labels, dots, frame } = await boxes(page);
    // every dot inside the frame: no far-off country centre stretches it
    for (const d of dots) expect(d.x >= frame.x && d.x + d.w <= frame.x + frame.w && d.y >= frame.y && d.y + d.h <= frame.y + frame.h).toBe(true);
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBe(false);
      for (const d of dots) expect(overlap(a, d), `${a.text} over a dot`).toBe(false);
    }
    expect(labels.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms with buttons, wheel and keys, pans by dragging and with arrows, and labels keep their size', async () => {
    const { page, errors } = await newPage();
    await open(page, example, '#/story/s1/map');
    const [, , w0] = await viewBox(page);
    const h0 = (await boxes(page)).labels[0].h;
    await page.click('.map-tools .zoom-in');
    const [x1, y1, w1] = await viewBox(page);
    expect(w1).toBeLessThan(w0);
    expect(Math.abs((await boxes(page)).labels[0].h - h0)).toBeLessThan(h0 * 0.25);
    const box = (await boxes(page)).frame;
    await page.mouse.move(box.x + box.w / 2, box.y + box.h / 2);
    await page.mouse.wheel(0, -200);
    expect((await viewBox(page))[2]).toBeLessThan(w1);
    const url = page.url();
    const [x2, y2] = await viewBox(page);
    await page.mouse.move(box.x + 200, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 320, box.y + 260, { steps: 5 });
    await page.mouse.up();
    const [x3, y3] = await viewBox(page);
    expect(x3).toBeLessThan(x2);
    expect(y3).toBeLessThan(y2);
    expect(page.url()).toBe(url);
    await page.focus('svg.map');
    await page.keyboard.press('ArrowRight');
    expect((await viewBox(page))[0]).toBeGreaterThan(x3);
    await page.keyboard.press('0');
    expect(await viewBox(page)).toEqual([0, 0, w0, (await viewBox(page))[3]]);
    expect([x1, y1].every(Number.isFinite)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
