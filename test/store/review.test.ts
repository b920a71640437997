import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, storyReport } from '../../src/casefile/index.js';
import { caseFileSource } from '../../src/casefile/source.js';
import { createApp } from '../../src/server/index.js';
import { findStory, mergeStories, openStore, type Store, splitStory } from '../../src/store/index.js';
import { createDatabase, dropDatabase, postgresAvailable } from './helpers.js';

const EXAMPLE = 'examples/caspian-ferry-fire';
const PG_DB = 'triangulate_test_review_wb';
const available = await postgresAvailable();
let dir: string;
let firstSix: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'triangulate-review-'));
  firstSix = join(dir, 'six');
  await cp(EXAMPLE, firstSix, { recursive: true, filter: (src) => !src.endsWith('07-russian-brief.txt') && !src.endsWith('.json') && !src.endsWith('.md') });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  if (available) await dropDatabase(PG_DB);
});

async function withStore<T>(target: string, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Writes through the workbench API as the browser does: the session token, JSON, same origin. */
async function write(store: Store, method: string, path: string, body?: object) {
  const app = createApp(caseFileSource(store), { webRoot: dir });
  const { token, header } = (await (await app.request('http://127.0.0.1/api/session')).json()) as { token: string; header: string };
  const res = await app.request(`http://127.0.0.1${path}`, { method, headers: { [header]: token, 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  return { status: res.status, body: (await res.json()) as { verdicts: { itemId: string; orphaned: boolean }[]; notes: { id: string; text: string; orphaned: boolean }[]; error?: string } };
}

/** Verdicts and notes written in the workbench survive closing the case file, adding an article and moving one out. */
async function survives(target: string) {
  const { conflictId, claimId } = await withStore(target, async (store) => {
    await ingest(store, [firstSix], { story: 'ferry' });
    const { report } = await storyReport(store, 'ferry');
    // an unreviewed story's report is the report analyze gives: no review field
    expect(report).not.toHaveProperty('review');
    const conflict = report.conflicts[0];
    const claim = report.claims.find((c) => c.status === 'corroborated') ?? report.claims[0];
    const v = await write(store, 'PUT', `/api/stories/s1/verdicts/${conflict.id}`, { rating: 'mostly-true', chosenValue: conflict.alternatives[0].value, note: 'the wire report names the port authority', author: 'A. Analyst' });
    expect(v.status).toBe(200);
    expect((await write(store, 'PUT', `/api/stories/s1/verdicts/${claim.id}`, { rating: 'true' })).status).toBe(200);
    const n = await write(store, 'POST', '/api/stories/s1/notes', { itemId: report.documents[0].id, itemKind: 'document', text: 'ask the desk for the original', author: 'A. Analyst' });
    expect(n.status).toBe(201);
    return { conflictId: conflict.id, claimId: claim.id };
  });
  // restart and re-ingest: the whole folder, one article more; the items keep their ids, so the verdicts stay attached
  const after = await withStore(target, async (store) => {
    await ingest(store, [EXAMPLE], { story: 'ferry' });
    return (await storyReport(store, 'ferry')).report;
  });
  expect(after.documents).toHaveLength(7);
  expect(after.review?.verdicts.map((v) => v.itemId).sort()).toEqual([conflictId, claimId].sort());
  expect(after.review?.verdicts.find((v) => v.itemId === conflictId)).toMatchObject({ rating: 'mostly-true', author: 'A. Analyst', itemKind: 'conflict' });
  expect(after.review?.notes.map((n) => n.text)).toEqual(['ask the desk for the original']);
  expect(after.claims.some((c) => c.id === claimId)).toBe(true);
  expect(after.conflicts.some((c) => c.id === conflictId)).toBe(true);
  // a verdict on a claim only the Russian brief makes is orphaned once that brief moves to another story, not dropped
  const russian = after.documents.find((d) => d.file.startsWith('07'));
  const only = after.claims.find((c) => c.evidence.every((e) => e.doc === russian?.id));
  expect(only, 'the Russian brief makes a claim of its own').toBeDefined();
  await withStore(target, async (store) => {
    expect((await write(store, 'PUT', `/api/stories/s1/verdicts/${only?.id}`, { rating: 'unproven' })).status).toBe(200);
    await splitStory(store.db, 'ferry', [russian?.id as string], 'ferry-ru');
    await storyReport(store, 'ferry');
    const app = createApp(caseFileSource(store), { webRoot: dir });
    const view = (await (await app.request('http://127.0.0.1/api/stories/s1/review')).json()) as { verdicts: { itemId: string; orphaned: boolean }[] };
    expect(view.verdicts.find((v) => v.itemId === only?.id)?.orphaned).toBe(true);
    expect(view.verdicts.find((v) => v.itemId === conflictId)?.orphaned).toBe(false);
    // and a verdict can be removed
    expect((await write(store, 'DELETE', `/api/stories/s1/verdicts/${only?.id}`)).body.verdicts.some((v) => v.itemId === only?.id)).toBe(false);
    // merged back, the brief's story brings its verdicts along
    const ru = (await storyReport(store, 'ferry-ru')).report;
    const ruClaim = ru.claims[0];
    const ruStory = await findStory(store.db, 'ferry-ru');
    expect((await write(store, 'PUT', `/api/stories/s${ruStory?.id}/verdicts/${ruClaim.id}`, { rating: 'mixed' })).status).toBe(200);
    await mergeStories(store.db, 'ferry', 'ferry-ru');
    const merged = (await storyReport(store, 'ferry')).report;
    expect(merged.review?.verdicts.find((v) => v.itemId === ruClaim.id)).toMatchObject({ rating: 'mixed' });
    expect(merged.review?.verdicts.find((v) => v.itemId === conflictId)).toMatchObject({ rating: 'mostly-true' });
  });
}

describe('verdicts and notes in the case file', () => {
  it('embedded: survive a restart, a re-ingest, and show orphaned when their item leaves the story', async () => {
    await survives(join(dir, 'embedded'));
  }, 120_000);

  it.skipIf(!available)('PostgreSQL: the same', async () => {
    await survives(await createDatabase(PG_DB));
  }, 120_000);
});
