import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, renderHtml, storyReport, type WorkEvent, watchFolder } from '../../src/casefile/index.js';
import { analyzePaths } from '../../src/pipeline.js';
import { buildReport } from '../../src/report/index.js';
import { listStories, mergeStories, openStore, type Store, splitStory } from '../../src/store/index.js';
import { writeFictionalCorpus } from './generate.js';

// one embedded database for the whole file: creating one takes seconds
let store: Store;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-store-'));
  store = await openStore(join(dir, 'db'));
});

afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const records = (prefix: string) =>
  store.db.selectFrom('ingest_records').select(['source', 'status', 'reason', 'article_id']).where('source', 'like', `${prefix}%`).orderBy('source').execute();

describe('embedded case file', () => {
  it('rebuilds from the store alone the report analyze gives for the same folder', async () => {
    const folder = 'examples/caspian-ferry-fire';
    const summary = await ingest(store, [folder], { story: 'example' });
    expect(summary).toMatchObject({ ok: 7, failed: 0, queued: 0 });
    const { report } = await storyReport(store, 'example');
    const expected = buildReport(await analyzePaths([folder]));
    expect(JSON.stringify(report)).toBe(JSON.stringify(expected));
    const page = renderHtml(report, 'example <b>');
    expect(page).toContain('<title>example &lt;b&gt;</title>');
    expect(page).not.toMatch(/<script/i);
  });

  it('ingests RSS, Atom, JSON Feed and JSON Lines; a malformed feed or line fails alone, naming the file; identical content is stored once', async () => {
    const feeds = join(dir, 'feeds');
    await mkdir(join(feeds, 'pages'), { recursive: true });
    const story = 'Harbour master Tova Renn said the crane at pier four collapsed on Tuesday. Nobody was hurt, the port authority said.';
    await writeFile(join(feeds, 'pages', 'crane.txt'), `Crane collapses at pier four\n\n${story}`);
    await writeFile(
      join(feeds, 'a-news.rss'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Port Weekly</title>
<item><guid>c1</guid><title>Crane falls</title><link>pages/crane.txt</link></item>
<item><guid>c2</guid><title>Pier closed</title><description>&lt;p&gt;Pier four stays closed while inspectors from the port authority examine the wreck, Tova Renn said on Wednesday.&lt;/p&gt;</description></item>
</channel></rss>`,
    );
    await writeFile(
      join(feeds, 'b-courier.atom'),
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title>
<entry><id>e1</id><title>Inspectors at pier</title><content type="text">Inspectors said the crane had failed a check last year, according to Tova Renn.</content></entry></feed>`,
    );
    await writeFile(
      join(feeds, 'c-post.json'),
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Post', items: [{ id: 'j1', title: 'Crane inquiry', content_text: 'An inquiry into the crane collapse opens on Friday, Tova Renn announced.' }] }),
    );
    await writeFile(join(feeds, 'd-broken.xml'), '<rss version="2.0"><channel><item><title>Cut off</title></channel></rss>');
    await writeFile(
      join(feeds, 'e-lines.jsonl'),
      `{"url":"https://example.org/l1","title":"Crane removed","text":"Workers removed the fallen crane from pier four on Saturday, Tova Renn said.","outlet":"Dock Daily","published":"2026-03-07"}\n{"title": oops\n`,
    );
    await writeFile(join(feeds, 'f-copy.txt'), `Crane collapses at pier four\n\n${story}`);
    const summary = await ingest(store, [feeds], { story: 'crane' });
    expect(summary).toMatchObject({ ok: 7, failed: 2 });
    const rows = await records(feeds);
    expect(rows.map((r) => [r.source.slice(feeds.length + 1), r.status])).toEqual([
      ['a-news.rss#c1', 'ok'],
      ['a-news.rss#c2', 'ok'],
      ['b-courier.atom#e1', 'ok'],
      ['c-post.json#j1', 'ok'],
      ['d-broken.xml', 'failed'],
      ['e-lines.jsonl#https://example.org/l1', 'ok'],
      ['e-lines.jsonl#line-2', 'failed'],
      ['f-copy.txt', 'ok'],
      ['pages/crane.txt', 'ok'],
    ]);
    expect(rows[4].reason).toMatch(/d-broken\.xml: not a readable feed/);
    expect(rows[6].reason).toMatch(/e-lines\.jsonl line 2:/);
    // the linked page, the plain copy of it and the page itself are one article
    expect(new Set([rows[0].article_id, rows[7].article_id, rows[8].article_id]).size).toBe(1);
    const { report } = await storyReport(store, 'crane');
    expect(report.documents).toHaveLength(5);
    expect(report.warnings.map((w) => w.rule)).toEqual(expect.arrayContaining(['feed/malformed', 'feed/bad-line']));

    await writeFile(join(feeds, 'd-broken.xml'), '<rss version="2.0"><channel><item><guid>x</guid><title>Crane report</title><description>The crane report is due in May, Tova Renn said.</description></item></channel></rss>');
    const retried = await ingest(store, [], { retryFailed: true });
    expect(retried).toMatchObject({ inputs: 2, ok: 1, failed: 1 });
    expect((await records(join(feeds, 'd-broken.xml'))).map((r) => r.status)).toEqual(['ok']);
    expect((await storyReport(store, 'crane')).report.documents).toHaveLength(6);
  });

  it('groups a mixed folder into stories; merge and split fix them', async () => {
    const mixed = join(dir, 'mixed');
    await writeFictionalCorpus(mixed, 3, 4);
    await ingest(store, [mixed]);
    const auto = (await listStories(store.db)).filter((s) => s.name.startsWith('report-'));
    expect(auto.map((s) => [s.name, s.documents])).toEqual([
      ['report-0-0-the-bridge-closed', 4],
      ['report-1-0-the-dam-reopened', 4],
      ['report-2-0-the-depot-flooded', 4],
    ]);
    await mergeStories(store.db, 'report-0-0-the-bridge-closed', 'report-1-0-the-dam-reopened');
    const merged = (await storyReport(store, 'report-0-0-the-bridge-closed')).report;
    const dam = merged.documents.filter((d) => d.file.startsWith('s001-')).map((d) => d.id);
    expect(dam).toHaveLength(4);
    await splitStory(store.db, 'report-0-0-the-bridge-closed', dam, 'dam');
    const { report } = await storyReport(store, 'dam');
    expect(report.documents.map((d) => d.file)).toEqual(['s001-a0000.txt', 's001-a0001.txt', 's001-a0002.txt', 's001-a0003.txt']);
    expect((await storyReport(store, 'report-0-0-the-bridge-closed')).report.documents).toHaveLength(4);
  });

  it('watches a folder and ingests files as they appear', async () => {
    const watched = join(dir, 'watched');
    await mkdir(watched);
    const events: WorkEvent[] = [];
    let batches = 0;
    const stop = watchFolder(store, watched, { story: 'watched', debounceMs: 100, onEvent: (e) => events.push(e), onBatch: () => batches++ });
    await writeFile(join(watched, 'first.txt'), 'Ferry resumes\n\nThe island ferry resumed sailing on Monday after a week of storms, captain Ola Brekke said.');
    for (let i = 0; i < 100 && !events.some((e) => e.type === 'computed'); i++) await new Promise((r) => setTimeout(r, 100));
    await stop();
    expect(events).toContainEqual(expect.objectContaining({ type: 'computed', story: 'watched', documents: 1 }));
    expect(batches).toBeGreaterThan(0);
  });
});
