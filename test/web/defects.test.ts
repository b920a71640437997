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
