// Browser tests for the defects of issue 17, each on a story written for it (test/web/fixtures) or the bundled example.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../src/server/index.js';
import { buildUi, FIXTURES, hasChromium, launchBrowser, open, ROOT, serve, watchErrors } from './harness.js';

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
