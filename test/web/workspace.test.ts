// Browser tests of the analyst's workspace, second part (issue 17): filters by the documents behind entities, events and
// places; the story list's search and sort; exports of each view's rows; the reader's claims and conflicts beside the text.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisSource, type CaseSource, type RunningServer, startServer } from '../../src/server/index.js';
import { memoryReview } from '../../src/server/review.js';
import { api, buildUi, FIXTURES, hasChromium, launchBrowser, open, ROOT, watchErrors, seriousViolations } from './harness.js';

// a story whose name a spreadsheet would run as a formula, with a comma and quotes to escape
const FORMULA_NAME = '=SUM(1,2) "toll"';

let browser: Browser;
let example: RunningServer;
let both: RunningServer;
let axeSource: string;

interface Doc {
  id: string;
  file: string;
  outlet: string | null;
  language: string;
  published: string | null;
}
interface EntityRow {
  id: string;
  type: string;
  name: string;
  docs: string[];
}
interface EventRow {
  id: string;
  date: string | null;
  docs: string[];
}
interface PlaceRow {
  id: string;
  name: string;
  docs: string[];
}
interface Ev {
  doc: string;
  start: number;
  end: number;
  quote: string;
}
interface ConflictRow {
  id: string;
  question: string;
  alternatives: { value: string; entity: string | null; outlets: string[]; evidence: Ev[] }[];
}

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

beforeAll(async () => {
  if (!hasChromium) return;
  const webRoot = await buildUi();
  const odd = join(await mkdtemp(join(tmpdir(), 'triangulate-story-')), FORMULA_NAME);
  await cp(join(FIXTURES, 'rising-toll'), odd, { recursive: true });
  const source = analysisSource([join(ROOT, 'examples/caspian-ferry-fire')]);
  [example, both, browser, axeSource] = await Promise.all([
    startServer(source, { port: 0, host: '127.0.0.1', webRoot }),
    startServer(twoStories(source, analysisSource([odd])), { port: 0, host: '127.0.0.1', webRoot }),
    launchBrowser(),
    readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
  ]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([example?.close(), both?.close()]);
});

async function newPage(width = 1280, height = 900): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  return { page, errors: watchErrors(page) };
}

/** Serious and critical axe-core violations of the page as it is now. */
const violations = (page: Page): Promise<string[]> => seriousViolations(page, axeSource);

/** Chooses a filter option and waits for the view to render again with it in the URL. */
async function choose(page: Page, name: string, value: string, view: string): Promise<void> {
  await page.locator(`select[name="${name}"]`).selectOption(value);
  await page.waitForFunction(([n, v]) => new URLSearchParams(location.hash.split('?')[1] ?? '').get(n) === v, [name, value]);
  await page.waitForSelector(`body[data-ready="${view}"]`);
}

async function download(page: Page, button: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { file, text: await readFile((await file.path()) as string, 'utf8') };
}

/** A CSV file parsed strictly: every row as long as the header, no stray quote. */
const strictCsv = (text: string): Record<string, string>[] => parse(text, { bom: true, columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false });

describe.skipIf(!hasChromium)('filters by the documents behind an item', () => {
  it('filters entities by outlet, language and status, the timeline by publication day, the map by outlet; all in the URL', async () => {
    const { page, errors } = await newPage();
    const [{ documents }, { entities }, { conflicts }, ev, places] = await Promise.all([
      api<{ documents: Doc[] }>(example, '/api/stories/s1'),
      api<{ entities: EntityRow[] }>(example, '/api/stories/s1/entities'),
      api<{ conflicts: ConflictRow[] }>(example, '/api/stories/s1/conflicts'),
      api<{ dated: EventRow[]; undated: EventRow[] }>(example, '/api/stories/s1/events'),
      api<{ located: PlaceRow[]; unlocated: PlaceRow[] }>(example, '/api/stories/s1/places'),
    ]);
    const byId = new Map(documents.map((d) => [d.id, d]));
    const outletOf = (id: string) => byId.get(id)?.outlet ?? byId.get(id)?.file;
    // the outlet of the syndicated copy: its entities are fewer than all
    const outlet = outletOf(documents[1].id) as string;
    const ofOutlet = entities.filter((e) => e.docs.some((d) => outletOf(d) === outlet));
    expect(ofOutlet.length).toBeGreaterThan(0);
    expect(ofOutlet.length).toBeLessThan(entities.length);

    await open(page, example, '#/story/s1/entities');
    expect(await page.locator('table.entities tbody tr').count()).toBe(entities.length);
    await choose(page, 'outlet', outlet, 'entities');
    const rows = () => page.locator('table.entities tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.anchor));
    expect(await rows()).toEqual(ofOutlet.map((e) => e.id));
    expect(await page.locator('.doc-filters [role="status"]').textContent()).toBe(`${ofOutlet.length} of ${entities.length}`);
    // the type chips keep the filter
    const place = ofOutlet.find((e) => e.type === 'place');
    if (place) {
      await page.locator('nav.chips a', { hasText: /^place \d+$/ }).click();
      await page.waitForFunction(() => location.hash.includes('type=place'));
      await page.waitForSelector('body[data-ready="entities"]');
      expect(await rows()).toEqual(ofOutlet.filter((e) => e.type === 'place').map((e) => e.id));
      expect(page.url()).toContain(`outlet=${encodeURIComponent(outlet).replace(/%20/g, '+')}`);
      await page.goBack();
      await page.waitForSelector('body[data-ready="entities"]');
    }
    await page.goBack();
    await page.waitForSelector('body[data-ready="entities"]');
    expect(await page.locator('table.entities tbody tr').count()).toBe(entities.length);
    // language: the Russian brief's entities
    const russian = entities.filter((e) => e.docs.some((d) => byId.get(d)?.language === 'ru'));
    expect(russian.length).toBeGreaterThan(0);
    await choose(page, 'language', 'ru', 'entities');
    expect(await rows()).toEqual(russian.map((e) => e.id));
    // status: contested are the entities a conflict's side names
    const named = new Set(conflicts.flatMap((c) => c.alternatives.map((a) => a.entity)));
    const contested = entities.filter((e) => named.has(e.id) && e.docs.some((d) => byId.get(d)?.language === 'ru'));
    await choose(page, 'status', 'contested', 'entities');
    expect(await rows()).toEqual(contested.map((e) => e.id));
    if (!contested.length) expect(await page.locator('#view .empty').textContent()).toContain('No entity matches');
    await open(page, example, '#/story/s1/entities?status=contested');
    expect(await rows()).toEqual(entities.filter((e) => named.has(e.id)).map((e) => e.id));
    for (const badge of await page.locator('table.entities tbody tr td:last-child .badge').allTextContents()) expect(badge).toBe('contested');
    expect(await violations(page)).toEqual([]);

    // the timeline by publication day: the events some document of 21 October tells
    const day = '2025-10-21';
    const onDay = (e: EventRow) => e.docs.some((d) => byId.get(d)?.published?.slice(0, 10) === day);
    const expected = [...ev.dated.filter(onDay), ...ev.undated.filter(onDay)];
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(ev.dated.length + ev.undated.length);
    await open(page, example, '#/story/s1/timeline');
    await page.locator('input[name="from"]').fill(day);
    await page.waitForFunction((d) => location.hash.includes(`from=${d}`), day);
    await page.waitForSelector('body[data-ready="timeline"]');
    await page.locator('input[name="to"]').fill(day);
    await page.waitForFunction((d) => location.hash.includes(`to=${d}`), day);
    await page.waitForSelector('body[data-ready="timeline"]');
    const cards = await page.locator('article.event-card').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.anchor));
    expect(cards.sort()).toEqual(expected.map((e) => e.id).sort());
    expect(await page.locator('svg.timeline a.event').count()).toBe(ev.dated.filter(onDay).length);
    // an event of the chart links to its card with the filter kept
    if (ev.dated.some(onDay)) expect(await page.locator('svg.timeline a.event').first().getAttribute('href')).toContain(`from=${day}`);
    expect(await violations(page)).toEqual([]);

    // the map by outlet: only the places that outlet names are drawn
    const mapOutlet = outletOf(documents[2].id) as string;
    const drawn = places.located.filter((p) => p.docs.some((d) => outletOf(d) === mapOutlet));
    await open(page, example, '#/story/s1/map');
    expect(await page.locator('svg.map a.place').count()).toBe(places.located.length);
    await choose(page, 'outlet', mapOutlet, 'map');
    const ids = await page.locator('svg.map a.place').evaluateAll((as) => as.map((a) => a.getAttribute('data-place')));
    expect(ids.sort()).toEqual(drawn.map((p) => p.id).sort());
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the story list', () => {
  it('filters the stories by name as one types and sorts them, both in the URL', async () => {
    const { page, errors } = await newPage();
    const { stories } = await api<{ stories: { id: string; name: string; documents: number }[] }>(both, '/api/stories');
    expect(stories.map((s) => s.name)).toEqual(['caspian-ferry-fire', FORMULA_NAME]);
    await open(page, both, '#/');
    const visible = () => page.locator('table.stories tbody tr:not([hidden]) td:first-child').allTextContents();
    expect(await visible()).toEqual(['caspian-ferry-fire', FORMULA_NAME]);
    await page.locator('input[name="find"]').fill('TÒLL');
    expect(await visible()).toEqual([FORMULA_NAME]);
    expect(await page.locator('.story-filters [role="status"]').textContent()).toBe('1 of 2');
    expect(page.url()).toContain('find=T');
    // a reload keeps the text and the rows it leaves
    await page.reload();
    await page.waitForSelector('body[data-ready="stories"]');
    expect(await page.locator('input[name="find"]').inputValue()).toBe('TÒLL');
    expect(await visible()).toEqual([FORMULA_NAME]);
    await page.locator('input[name="find"]').fill('no such story');
    expect(await visible()).toEqual([]);
    expect(await page.locator('#view .empty').isVisible()).toBe(true);
    await page.locator('input[name="find"]').fill('');
    expect(page.url()).not.toContain('find=');
    // sorts: by name, by number of documents (most first)
    await choose(page, 'sort', 'name', 'stories');
    expect(await visible()).toEqual([...stories].sort((a, b) => a.name.localeCompare(b.name)).map((s) => s.name));
    await choose(page, 'sort', 'documents', 'stories');
    const counts = (await page.locator('table.stories tbody tr td:nth-child(2)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts).toEqual(stories.map((s) => s.documents).sort((a, b) => b - a));
    await choose(page, 'sort', 'newest', 'stories');
    expect(await visible()).toHaveLength(2);
    expect(await violations(page)).toEqual([]);
    // the list's export: the name a spreadsheet would run is made inert, its comma and quotes escaped
    const { file, text } = await download(page, '.view-export button.export-csv');
    expect(file.suggestedFilename()).toBe('stories-list.csv');
    const parsed = strictCsv(text);
    expect(parsed.map((r) => r.name).sort()).toEqual(['caspian-ferry-fire', `'${FORMULA_NAME}`].sort());
    expect(text).toContain(`"'=SUM(1,2) ""toll"""`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('exports of what a view shows', () => {
  it('exports the filtered entities and the conflicts as CSV and JSON that parse strictly and match the page', async () => {
    const { page, errors } = await newPage();
    await open(page, example, '#/story/s1/entities?type=person');
    const shown = await page.locator('table.entities tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.anchor));
    expect(shown.length).toBeGreaterThan(1);
    const { file, text } = await download(page, '.view-export button.export-csv');
    expect(file.suggestedFilename()).toBe('caspian-ferry-fire-entities.csv');
    const rows = strictCsv(text);
    expect(rows.map((r) => r.id)).toEqual(shown);
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['person']));
    const names = await page.locator('table.entities tbody tr td:first-child').allTextContents();
    expect(rows.map((r) => r.name)).toEqual(names);
    const json = JSON.parse((await download(page, '.view-export button.export-json')).text) as { id: string; docs: string[]; status: string }[];
    expect(json.map((e) => e.id)).toEqual(shown);
    expect(json.every((e) => e.docs.length > 0 && ['corroborated', 'single-source', 'contested'].includes(e.status))).toBe(true);

    // the conflicts: a row per side, quotes with their commas and quotation marks back exactly as the API gave them
    const { conflicts } = await api<{ conflicts: ConflictRow[] }>(example, '/api/stories/s1/conflicts');
    await open(page, example, '#/story/s1/conflicts');
    const sides = strictCsv((await download(page, '.view-export button.export-csv')).text);
    expect(sides).toHaveLength(conflicts.reduce((n, c) => n + c.alternatives.length, 0));
    expect(sides.map((r) => r['first quote'])).toEqual(conflicts.flatMap((c) => c.alternatives.map((a) => a.evidence[0]?.quote ?? '')));
    expect(sides.map((r) => r.value)).toEqual(conflicts.flatMap((c) => c.alternatives.map((a) => a.value)));
    expect(sides.some((r) => /[,"\n]/.test(r['first quote']))).toBe(true);
    // the claims matrix: a column per document
    const { claims, documents } = await api<{ claims: { id: string }[]; documents: { id: string }[] }>(example, '/api/stories/s1/claims?status=contested');
    await open(page, example, '#/story/s1/claims?status=contested');
    const matrix = strictCsv((await download(page, '.view-export button.export-csv')).text);
    expect(matrix.map((r) => r.claim)).toEqual(claims.map((c) => c.id));
    expect(Object.keys(matrix[0])).toHaveLength(7 + documents.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the graph as its links in CSV, nodes and links in JSON, a well-formed SVG drawing and a PNG', async () => {
    const { page, errors } = await newPage();
    const g = await api<{ nodes: { id: string; name: string }[]; edges: { id: string; source: string; target: string }[] }>(example, '/api/stories/s1/graph');
    const linked = new Set(g.edges.flatMap((e) => [e.source, e.target]));
    await open(page, example, '#/story/s1/graph');
    await page.waitForSelector('#graph canvas');
    const links = strictCsv((await download(page, '.view-export button.export-csv')).text);
    expect(links.map((r) => r.link)).toEqual(g.edges.map((e) => e.id));
    const json = JSON.parse((await download(page, '.view-export button.export-json')).text) as { nodes: { id: string }[]; edges: unknown[] };
    expect(json.nodes.map((n) => n.id).sort()).toEqual([...linked].sort());
    expect(json.edges).toHaveLength(g.edges.length);
    const { file, text: drawing } = await download(page, '.view-export button.export-svg');
    expect(file.suggestedFilename()).toBe('caspian-ferry-fire-graph.svg');
    expect(XMLValidator.validate(drawing)).toBe(true);
    expect(drawing).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(drawing.match(/<circle /g)).toHaveLength(linked.size);
    expect(drawing.match(/<line /g)).toHaveLength(g.edges.length);
    const someone = g.nodes.find((n) => linked.has(n.id) && /^[\p{L} ]+$/u.test(n.name));
    expect(drawing).toContain(`>${someone?.name}</text>`);
    // the drawing's positions are the layout's: no node outside the viewBox
    const [x, y, w, h] = (/viewBox="([^"]+)"/.exec(drawing)?.[1] ?? '').split(' ').map(Number);
    for (const m of drawing.matchAll(/<circle cx="([-\d.e]+)" cy="([-\d.e]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(x);
      expect(Number(m[1])).toBeLessThanOrEqual(x + w);
      expect(Number(m[2])).toBeGreaterThanOrEqual(y);
      expect(Number(m[2])).toBeLessThanOrEqual(y + h);
    }
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('.view-export button.export-png').click()]);
    const bytes = await readFile((await png.path()) as string);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(2000);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('exports of the figures and outlets views', () => {
  it('exports each value of an evolving figure by day, and the outlets with their record, as strict CSV and JSON', async () => {
    const { page, errors } = await newPage();
    const { figures } = await api<{ figures: { id: string; series: { date: string; values: { value: string; evidence: Ev[] }[] }[] }[] }>(both, '/api/stories/s2/figures');
    expect(figures.length).toBeGreaterThan(0);
    await open(page, both, '#/story/s2/figures');
    const { file, text } = await download(page, '.view-export button.export-csv');
    expect(file.suggestedFilename()).toMatch(/-figures\.csv$/);
    const rows = strictCsv(text);
    const expected = figures.flatMap((f) => f.series.flatMap((d) => d.values.map((v) => [f.id, d.date, v.value, v.evidence[0]?.quote ?? ''])));
    expect(rows.map((r) => [r.figure, r.date, r.value, r['first quote']])).toEqual(expected);
    const json = JSON.parse((await download(page, '.view-export button.export-json')).text) as { id: string }[];
    expect(json.map((f) => f.id)).toEqual(figures.map((f) => f.id));

    const { outlets } = await api<{ outlets: { name: string; documents: number; status: { contested: number } }[] }>(example, '/api/stories/s1/outlets');
    await open(page, example, '#/story/s1/outlets');
    const listed = strictCsv((await download(page, '.view-export button.export-csv')).text);
    expect(listed.map((r) => [r.outlet, Number(r.documents), Number(r.contested)])).toEqual(outlets.map((o) => [o.name, o.documents, o.status.contested]));
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the reader beside its claims and conflicts', () => {
  it('lists the claims and conflict sides the document is quoted for; a click highlights the quote, next and previous step through them', async () => {
    const { page, errors } = await newPage();
    const { documents } = await api<{ documents: Doc[] }>(example, '/api/stories/s1');
    const doc = documents[0];
    const [{ claims }, { conflicts }] = await Promise.all([api<{ claims: { id: string; evidence: Ev[] }[] }>(example, `/api/stories/s1/claims?doc=${doc.id}`), api<{ conflicts: ConflictRow[] }>(example, '/api/stories/s1/conflicts')]);
    const sides = conflicts.flatMap((c) => c.alternatives.filter((a) => a.evidence.some((e) => e.doc === doc.id)).map((a) => ({ c, ev: a.evidence.find((e) => e.doc === doc.id) as Ev })));
    expect(sides.length).toBeGreaterThan(0);
    const stops = [...new Map([...claims.map((c) => c.evidence.find((e) => e.doc === doc.id) as Ev), ...sides.map((s) => s.ev)].map((e) => [`${e.start}-${e.end}`, e])).values()].sort((a, b) => a.start - b.start || a.end - b.end);
    await open(page, example, `#/story/s1/doc/${doc.id}`);
    expect(await page.locator('.doc-quotes .quoted-claims li').count()).toBe(claims.length);
    expect(await page.locator('.doc-quotes .quoted-conflicts li').count()).toBe(sides.length);
    expect(await page.locator('.quote-steps [role="status"]').textContent()).toBe(`${stops.length} quotes`);
    expect(await page.locator('.quote-prev').isDisabled()).toBe(true);
    // a conflict side: its quote is highlighted in the text and in view
    const side = sides[0];
    await page.locator(`.doc-quotes .quoted-conflicts a[data-item="${side.c.id}"]`).first().click();
    await page.waitForFunction((s) => location.hash.includes(`start=${s}`), side.ev.start);
    await page.waitForSelector('body[data-ready="doc"]');
    const marked = async () => (await page.locator('#doc-text mark.hl').allTextContents()).join('');
    expect(await marked()).toBe(side.ev.quote);
    // a claim quoted by the same words is current too
    expect(await page.locator('.doc-quotes a[aria-current="true"]').evaluateAll((as) => as.map((a) => a.getAttribute('data-item')))).toContain(side.c.id);
    const at = stops.findIndex((s) => s.start === side.ev.start && s.end === side.ev.end);
    expect(await page.locator('.quote-steps [role="status"]').textContent()).toBe(`quote ${at + 1} of ${stops.length}`);
    await expect.poll(() => page.locator('#hl-start').evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    expect(await violations(page)).toEqual([]);
    // from the first quote, next goes to each following one in text order, previous comes back
    await page.locator('.doc-quotes .quoted-claims a').first().click();
    await page.waitForSelector('body[data-ready="doc"]');
    const first = await page.evaluate(() => Number(new URLSearchParams(location.hash.split('?')[1]).get('start')));
    let i = stops.findIndex((s) => s.start === first);
    for (const _ of [1, 2]) {
      if (i + 1 >= stops.length) break;
      await page.locator('.quote-next').click();
      await page.waitForFunction((s) => location.hash.includes(`start=${s}&end=`), stops[i + 1].start);
      await page.waitForSelector('body[data-ready="doc"]');
      i++;
      // the view re-renders after the hash changes: wait for the new highlight rather than the old ready mark
      await expect.poll(marked).toBe(stops[i].quote);
    }
    await page.locator('.quote-prev').click();
    await page.waitForFunction((s) => location.hash.includes(`start=${s}&end=`), stops[i - 1].start);
    await page.waitForSelector('body[data-ready="doc"]');
    await expect.poll(marked).toBe(stops[i - 1].quote);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a 390 px phone on the views it changed', async () => {
    const { page, errors } = await newPage(390, 844);
    const wide: string[] = [];
    for (const route of ['#/story/s1/doc/d1', '#/story/s1/entities?status=corroborated', '#/story/s1/timeline', '#/story/s1/map', '#/story/s1/graph']) {
      await open(page, example, route);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${route} ${width}`);
    }
    await open(page, both, '#/');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`#/ ${width}`);
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
