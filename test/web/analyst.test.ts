// Browser tests of the analyst's workspace (issue 17): verdicts and notes, outlet pages, filters, exports.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisSource, type CaseSource, type RunningServer, startServer } from '../../src/server/index.js';
import { memoryReview } from '../../src/server/review.js';
import { api, buildUi, FIXTURES, hasChromium, launchBrowser, open, ROOT, serve, watchErrors, seriousViolations } from './harness.js';

const SHOTS = join(ROOT, 'docs/screenshots');
const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"> «Баку» بحر';
// a verdict stored on a conflict that a later analysis no longer finds
const GONE = 'c0ffee000';

let browser: Browser;
let example: RunningServer;
let toll: RunningServer;
let both: RunningServer;
let twice: RunningServer;
let axeSource: string;

beforeAll(async () => {
  if (!hasChromium) return;
  const webRoot = await buildUi();
  const source = analysisSource([join(ROOT, 'examples/caspian-ferry-fire')]);
  await source.review.setVerdict('s1', { itemId: GONE, itemKind: 'conflict', rating: 'false', chosenValue: '12', note: 'written before the story changed', author: 'Earlier', at: '2026-01-02T10:00:00.000Z' });
  [example, toll, both, twice, browser, axeSource] = await Promise.all([
    startServer(source, { port: 0, host: '127.0.0.1', webRoot }),
    serve([join(FIXTURES, 'rising-toll')], webRoot),
    startServer(twoStories(source, analysisSource([join(FIXTURES, 'rising-toll')])), { port: 0, host: '127.0.0.1', webRoot }),
    // the example twice, as two stories: every outlet has a record in both
    startServer(twoStories(source, analysisSource([join(ROOT, 'examples/caspian-ferry-fire')])), { port: 0, host: '127.0.0.1', webRoot }),
    launchBrowser(),
    readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  ]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([example?.close(), toll?.close(), both?.close(), twice?.close()]);
});

/** A case file of two stories, each analysed from its folder: s1 and s2. */
function twoStories(first: CaseSource, second: CaseSource): CaseSource {
  return {
    async stories() {
      const [[a], [b]] = await Promise.all([first.stories(), second.stories()]);
      return [a, { ...b, id: 's2' }];
    },
    report: async (id) => (id === 's1' ? first.report('s1') : id === 's2' ? second.report('s1') : null),
    review: memoryReview(),
  };
}

async function newPage(width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  return { page, errors: watchErrors(page) };
}

/** Serious and critical axe-core violations of the page as it is now. */
const violations = (page: Page): Promise<string[]> => seriousViolations(page, axeSource);

interface ConflictRow {
  id: string;
  question: string;
  alternatives: { value: string; outlets: string[] }[];
}

describe.skipIf(!hasChromium)('verdicts and notes', () => {
  it('gives a conflict a verdict with a chosen value and reasoning; it shows as text, stays after a reload and lists in Review', async () => {
    const { page, errors } = await newPage();
    const { conflicts } = await api<{ conflicts: ConflictRow[] }>(example, '/api/stories/s1/conflicts');
    const c = conflicts[1];
    await open(page, example, `#/story/s1/conflicts?id=${c.id}`);
    const panel = page.locator(`article.conflict[data-anchor="${c.id}"] section.review`);
    expect(await panel.locator('.meta').textContent()).toBe('No verdict yet.');
    await panel.locator('summary:text("Give a verdict")').click();
    // a conflict takes its own verdicts too: disputed, not a conflict
    expect(await panel.locator('select[name="rating"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(expect.arrayContaining(['disputed', 'not-a-conflict']));
    await panel.locator('select[name="rating"]').selectOption('mostly-true');
    await panel.locator('select[name="chosenValue"]').selectOption(c.alternatives[1].value);
    await panel.locator('textarea[name="note"]').fill(HOSTILE);
    await panel.locator('form.verdict-form input[name="author"]').fill('Ana Analyst');
    await panel.locator('button:text("Save verdict")').click();
    await panel.locator('.verdict').waitFor();
    expect(await panel.locator('.verdict .badge').textContent()).toBe('verdict: mostly true');
    expect(await panel.locator('.verdict strong').textContent()).toBe(c.alternatives[1].value);
    // the analyst's text is text: shown as typed, no element made from it
    expect(await panel.locator('.reasoning').textContent()).toBe(HOSTILE);
    expect(await page.locator('#view img').count()).toBe(0);
    expect(await page.locator(`article.conflict[data-anchor="${c.id}"] .alternative.chosen h3`).textContent()).toContain(c.alternatives[1].value);
    await page.locator(`article.conflict[data-anchor="${c.id}"]`).evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -60);
    });
    await page.screenshot({ path: join(SHOTS, 'verdict.png') });
    expect(await violations(page)).toEqual([]);
    // stored on the server: a reload shows it, the name is remembered for the next form
    await page.reload();
    await page.waitForSelector('body[data-ready="conflicts"]');
    expect(await panel.locator('.verdict .byline').textContent()).toContain('Ana Analyst');
    await panel.locator('summary:text("Change verdict")').click();
    expect(await panel.locator('form.verdict-form input[name="author"]').inputValue()).toBe('Ana Analyst');
    expect(await panel.locator('textarea[name="note"]').inputValue()).toBe(HOSTILE);
    // the conflicts filter by verdict
    await page.locator('select[name="verdict"]').selectOption('none');
    await page.waitForFunction(() => location.hash.includes('verdict=none'));
    await page.waitForSelector('body[data-ready="conflicts"]');
    expect(await page.locator('article.conflict').count()).toBe(conflicts.length - 1);
    expect(await page.locator(`article.conflict[data-anchor="${c.id}"]`).count()).toBe(0);
    // the Review tab lists it beside the verdict whose conflict is gone, marked orphaned
    await open(page, example, '#/story/s1/review');
    const rows = page.locator('table.verdicts tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator(`table.verdicts tr[data-anchor="${c.id}"] a`).first().textContent()).toBe(c.question);
    expect(await page.locator(`table.verdicts tr[data-anchor="${GONE}"] .orphaned`).textContent()).toContain('no longer in the story');
    expect(await page.locator('p.notice').textContent()).toContain('orphaned');
    // the Review tab exports its verdicts and notes; the analyst's text comes back exactly as typed
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.view-export button.export-json').click()]);
    const exported = JSON.parse(await readFile((await file.path()) as string, 'utf8')) as { verdicts: { itemId: string; note: string | null; rating: string }[] };
    expect(exported.verdicts.map((v) => v.itemId).sort()).toEqual([c.id, GONE].sort());
    expect(exported.verdicts.find((v) => v.itemId === c.id)).toMatchObject({ note: HOSTILE, rating: 'mostly-true' });
    expect(await page.locator('#view img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives a claim a verdict from its page, shows it in the matrix, and notes a document in the reader', async () => {
    const { page, errors } = await newPage();
    const { claims } = await api<{ claims: { id: string; status: string }[] }>(example, '/api/stories/s1/claims');
    const claim = claims.find((c) => c.status === 'corroborated') ?? claims[0];
    await open(page, example, '#/story/s1/claims');
    await page.locator(`tr[data-anchor="${claim.id}"] a.review-link`).click();
    await page.waitForSelector('body[data-ready="claim"]');
    await page.locator('section.review summary:text("Give a verdict")').click();
    // a claim has no alternatives to choose from, and is rated on the true–false scale only
    expect(await page.locator('section.review select[name="chosenValue"]').count()).toBe(0);
    expect(await page.locator('section.review select[name="rating"] option[value="not-a-conflict"]').count()).toBe(0);
    await page.locator('section.review select[name="rating"]').selectOption('true');
    await page.locator('section.review button:text("Save verdict")').click();
    await page.locator('section.review .verdict').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.goBack();
    await page.waitForSelector('body[data-ready="claims"]');
    expect(await page.locator(`tr[data-anchor="${claim.id}"] .badge-verdict-true`).textContent()).toBe('verdict: true');
    // a note on a document, then removed again
    const { documents } = await api<{ documents: { id: string }[] }>(example, '/api/stories/s1');
    await open(page, example, `#/story/s1/doc/${documents[0].id}`);
    const panel = page.locator('section.review');
    await panel.locator('summary:text("Add a note")').click();
    await panel.locator('textarea[name="text"]').fill('Ask the desk for the wire original.\nSecond line.');
    await panel.locator('button:text("Add note")').click();
    await panel.locator('li.note').waitFor();
    expect(await panel.locator('li.note p').textContent()).toBe('Ask the desk for the wire original.\nSecond line.');
    const review = await api<{ notes: { itemId: string; itemKind: string }[] }>(example, '/api/stories/s1/review');
    expect(review.notes).toEqual([expect.objectContaining({ itemId: documents[0].id, itemKind: 'document' })]);
    await panel.locator('li.note button:text("Delete")').click();
    await expect.poll(() => panel.locator('li.note').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('notes a timeline event on its card; the note lists in Review and links back to the event', async () => {
    const { page, errors } = await newPage();
    const { dated } = await api<{ dated: { id: string; what: string }[] }>(example, '/api/stories/s1/events');
    const event = dated[0];
    await open(page, example, `#/story/s1/timeline?id=${event.id}`);
    const panel = page.locator(`article.event-card[data-anchor="${event.id}"] section.review`);
    // an event takes notes, not a verdict
    expect(await panel.locator('summary:text("Give a verdict")').count()).toBe(0);
    await panel.locator('summary:text("Add a note")').click();
    await panel.locator('textarea[name="text"]').fill(HOSTILE);
    await panel.locator('button:text("Add note")').click();
    await panel.locator('li.note').waitFor();
    expect(await panel.locator('li.note p').textContent()).toBe(HOSTILE);
    expect(await violations(page)).toEqual([]);
    await open(page, example, '#/story/s1/review');
    const row = page.locator(`table.notes tr[data-anchor] a[href*="timeline"]`);
    expect(await row.textContent()).toBe(event.what);
    await row.click();
    await page.waitForSelector('body[data-ready="timeline"]');
    expect(await page.locator(`article.event-card[data-anchor="${event.id}"] li.note p`).textContent()).toBe(HOSTILE);
    expect(await page.title()).not.toBe('pwned');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('outlets', () => {
  it('lists every outlet with its record and opens an outlet page from an outlet name anywhere', async () => {
    const { page, errors } = await newPage();
    const { outlets } = await api<{ outlets: { name: string; republishes: string[] }[] }>(example, '/api/stories/s1/outlets');
    await open(page, example, '#/story/s1/outlets');
    expect(await page.locator('table.outlets tbody tr').count()).toBe(outlets.length);
    const copy = outlets.find((o) => o.republishes.length);
    expect(copy, 'the example has a syndicated copy').toBeDefined();
    expect(await page.locator(`table.outlets tr[data-anchor="${copy?.name}"] td:nth-child(6)`).textContent()).toBe(copy?.republishes.join(', '));
    expect(await violations(page)).toEqual([]);
    // from the overview's documents table, an outlet name opens its page
    await open(page, example, '#/story/s1');
    await page.locator(`table.documents a.outlet-link:text("${copy?.name}")`).click();
    await page.waitForSelector('body[data-ready="outlet"]');
    expect(await page.locator('h1').textContent()).toBe(copy?.name);
    expect(await page.locator('#view p').filter({ hasText: 'Republishes' }).textContent()).toContain(copy?.republishes[0]);
    expect(await page.locator('table.outlet-documents tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'outlet.png') });
    expect(await violations(page)).toEqual([]);
    // a conflict side names the outlets it stands against, and those names link too
    const { conflicts } = await api<{ conflicts: ConflictRow[] }>(example, '/api/stories/s1/conflicts');
    const busy = conflicts[0].alternatives[0].outlets[0];
    await open(page, example, `#/story/s1/outlet/${encodeURIComponent(busy)}`);
    expect(await page.locator('.outlet-side').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an outlet's record across the case file and opens its page in another story", async () => {
    const { page, errors } = await newPage();
    const { outlets } = await api<{ outlets: { name: string; documents: number; claims: number }[] }>(twice, '/api/stories/s1/outlets');
    const o = outlets.find((x) => x.claims > 0) ?? outlets[0];
    await open(page, twice, `#/story/s1/outlet/${encodeURIComponent(o.name)}`);
    const rows = page.locator('table.outlet-stories tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator('table.outlet-stories tr[data-anchor="s1"] td:first-child').textContent()).toContain('(this story)');
    expect(await page.locator('table.outlet-stories tr[data-anchor="s2"] td:nth-child(2)').textContent()).toBe(String(o.documents));
    expect(await page.locator('section', { hasText: 'Across the case file' }).locator('p.meta').first().textContent()).toContain(`${2 * o.documents} documents · ${2 * o.claims} claims`);
    expect(await violations(page)).toEqual([]);
    await page.locator('table.outlet-stories tr[data-anchor="s2"] a').click();
    await page.waitForFunction(() => location.hash.startsWith('#/story/s2/outlet/'));
    await page.waitForSelector('body[data-ready="outlet"]');
    expect(await page.locator('h1').textContent()).toBe(o.name);
    expect(await page.locator('table.outlet-stories tr[data-anchor="s2"] td:first-child').textContent()).toContain('(this story)');
    // the example alone: one story of one
    await open(page, example, `#/story/s1/outlet/${encodeURIComponent(o.name)}`);
    expect(await page.locator('table.outlet-stories tbody tr').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the conflicts by outlet, in the URL, and Back undoes it; the claims by outlet and date range', async () => {
    const { page, errors } = await newPage();
    const { conflicts } = await api<{ conflicts: ConflictRow[] }>(example, '/api/stories/s1/conflicts');
    const outlet = conflicts[0].alternatives[0].outlets[0];
    const expected = conflicts.filter((c) => c.alternatives.some((a) => a.outlets.includes(outlet))).length;
    await open(page, example, '#/story/s1/conflicts');
    await page.locator('select[name="outlet"]').selectOption(outlet);
    await page.waitForFunction(() => location.hash.includes('outlet='));
    await page.waitForSelector('body[data-ready="conflicts"]');
    expect(await page.locator('article.conflict').count()).toBe(expected);
    await page.goBack();
    await page.waitForSelector('body[data-ready="conflicts"]');
    expect(await page.locator('article.conflict').count()).toBe(conflicts.length);
    // the claims matrix by outlet and publication day
    const expectedClaims = (await api<{ claims: unknown[] }>(example, `/api/stories/s1/claims?outlet=${encodeURIComponent(outlet)}&from=2025-10-20&to=2025-10-20`)).claims.length;
    await open(page, example, '#/story/s1/claims');
    await page.locator('select[name="outlet"]').selectOption(outlet);
    await page.waitForFunction(() => location.hash.includes('outlet='));
    await page.waitForSelector('body[data-ready="claims"]');
    await page.locator('input[name="from"]').fill('2025-10-20');
    await page.waitForFunction(() => location.hash.includes('from=2025-10-20'));
    await page.waitForSelector('body[data-ready="claims"]');
    await page.locator('input[name="to"]').fill('2025-10-20');
    await page.waitForFunction(() => location.hash.includes('to=2025-10-20'));
    await page.waitForSelector('body[data-ready="claims"]');
    expect(await page.locator('table.matrix tbody tr').count()).toBe(expectedClaims);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('exports', () => {
  it('downloads the report in each format from the overview, the review carried in the JSON', async () => {
    const { page, errors } = await newPage();
    await open(page, example, '#/story/s1');
    const links = page.locator('.exports a.download');
    expect(await links.allTextContents()).toEqual(['JSON', 'Markdown', 'HTML', 'CSV', 'JSON Lines', 'FollowTheMoney', 'ClaimReview', 'GeoJSON', 'Web Annotation']);
    const [download] = await Promise.all([page.waitForEvent('download'), links.first().click()]);
    expect(download.suggestedFilename()).toBe('caspian-ferry-fire.json');
    const json = JSON.parse(await readFile((await download.path()) as string, 'utf8'));
    expect(json.review.verdicts.map((v: { itemId: string }) => v.itemId)).toContain(GONE);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      const res = await page.request.get(new URL(href, example.url).href);
      expect(res.status(), href).toBe(200);
      expect(res.headers()['content-disposition']).toMatch(/^attachment/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('evolving figures', () => {
  it('charts a rising toll by day, each point a link to its quote, with the values in a table too', async () => {
    const { page, errors } = await newPage();
    const { figures } = await api<{ figures: { question: string; series: { date: string; values: { value: string; evidence: { quote: string }[] }[] }[] }[] }>(toll, '/api/stories/s1/figures');
    expect(figures).toHaveLength(1);
    const [f] = figures;
    expect(f.series.map((d) => d.values.map((v) => v.value))).toEqual([['4 people'], ['9 people'], ['11 people']]);
    await open(page, toll, '#/story/s1/figures');
    expect(await page.locator('section.figure h2').textContent()).toBe(f.question);
    const points = page.locator('svg.figure-chart a.point');
    expect(await points.count()).toBe(3);
    // the later and higher toll is drawn further right and higher up
    const centres = await page.locator('svg.figure-chart a.point circle').evaluateAll((cs) => cs.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]));
    expect(centres[0][0]).toBeLessThan(centres[1][0]);
    expect(centres[1][0]).toBeLessThan(centres[2][0]);
    expect(centres[0][1]).toBeGreaterThan(centres[1][1]);
    expect(centres[1][1]).toBeGreaterThan(centres[2][1]);
    expect(await page.locator('table.figure-values tbody tr').count()).toBe(3);
    expect(await page.locator('table.figure-values tbody tr').last().locator('td').nth(1).textContent()).toBe('11 people');
    await page.screenshot({ path: join(SHOTS, 'figures.png') });
    expect(await violations(page)).toEqual([]);
    // a point is reached by keyboard and opens the reader at its quote
    await points.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-ready="doc"]');
    expect((await page.locator('#doc-text mark.hl').allTextContents()).join('')).toBe(f.series[0].values[0].evidence[0].quote);
    // a story whose figures never change says so
    await open(page, example, '#/story/s1/figures');
    expect(await page.locator('#view .empty').textContent()).toContain('No figure changes');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('compare', () => {
  it('puts a syndicated copy beside its original: shared sentences on one row, reworded ones with the changed words marked', async () => {
    const { page, errors } = await newPage();
    const { documents } = await api<{ documents: { id: string; file: string; nearDuplicates: { doc: string }[] }[] }>(example, '/api/stories/s1');
    const copy = documents.find((d) => d.file.startsWith('02'));
    const original = copy?.nearDuplicates[0]?.doc as string;
    expect(original, 'the copy is a near-duplicate of the wire report').toBeDefined();
    // from the overview's near-copy note
    await open(page, example, '#/story/s1');
    await page.locator(`table.documents tr[data-anchor="${copy?.id}"] .chain-note a`).click();
    await page.waitForSelector('body[data-ready="compare"]');
    expect(page.url()).toContain(`a=${copy?.id}`);
    expect(page.url()).toContain(`b=${original}`);
    const same = page.locator('.compare-row.same');
    const changed = page.locator('.compare-row.changed');
    expect(await same.count()).toBeGreaterThan(3);
    // a shared row says the same on both sides
    const [left, right] = await same.first().locator('.side').allTextContents();
    expect(left.replace(/\W+/g, ' ').trim().toLowerCase()).toBe(right.replace(/\W+/g, ' ').trim().toLowerCase());
    // the two copies differ somewhere, and the words that differ are marked
    expect((await changed.count()) + (await page.locator('.compare-row.only').count())).toBeGreaterThan(0);
    if (await changed.count()) expect(await changed.first().locator('mark.diff').count()).toBeGreaterThan(0);
    // a sentence opens the reader at its place
    const href = await same.first().locator('.side a.piece-link').first().getAttribute('href');
    expect(href).toMatch(/start=\d+&end=\d+/);
    await page.screenshot({ path: join(SHOTS, 'compare.png') });
    expect(await violations(page)).toEqual([]);
    // another pair chosen from the selects goes into the URL
    await page.locator('select[name="b"]').selectOption(documents[6].id);
    await page.waitForFunction((id) => location.hash.includes(`b=${id}`), documents[6].id);
    await page.waitForSelector('body[data-ready="compare"]');
    expect(await page.locator('.compare-row').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('across stories', () => {
  it('searches every story from the story list: which stories name a place, with its entity page in each', async () => {
    const { page, errors } = await newPage();
    await open(page, both, '#/');
    await page.locator('form.search input[name="q"]').fill('Baku');
    await page.keyboard.press('Enter');
    await page.waitForSelector('body[data-ready="search-all"]');
    expect(page.url()).toContain('#/search?q=Baku');
    expect(await page.locator('#view p.meta').first().textContent()).toBe('1 of 2 stories mention Baku');
    expect(await page.locator('#view section.panel h2').allTextContents()).toEqual(['caspian-ferry-fire']);
    const names = await page.locator('#view section.panel ul.results li > a[href*="/entity/"]').allTextContents();
    expect(names).toContain('Baku');
    const entity = page.locator('#view section.panel ul.results li > a[href*="/entity/"]', { hasText: /^Baku$/ });
    expect(await violations(page)).toEqual([]);
    await entity.click();
    await page.waitForSelector('body[data-ready="entity"]');
    expect(page.url()).toContain('#/story/s1/entity/');
    await open(page, both, '#/search?q=Varnow');
    expect(await page.locator('#view section.panel h2').allTextContents()).toEqual(['rising-toll']);
    await page.locator('#view section.panel p a').first().click();
    await page.waitForSelector('body[data-ready="search"]');
    expect(page.url()).toContain('#/story/s2/search?q=Varnow');
    expect(errors).toEqual([]);
    await page.close();
  });
});
