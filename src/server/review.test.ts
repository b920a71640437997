import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../report/index.js';
import { analysisSource, type RunningServer, startServer } from './index.js';
import { rawGet } from './test-http.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/caspian-ferry-fire');
let server: RunningServer;
let report: Report;
let token: string;

const call = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(new URL(path, server.url), init);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, body: type.includes('json') ? await res.json() : await res.text() };
};
const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(path, { method, headers: { 'x-triangulate-token': token, 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });

beforeAll(async () => {
  const webRoot = await mkdtemp(join(tmpdir(), 'triangulate-web-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>t</title>');
  server = await startServer(analysisSource([EXAMPLE]), { port: 0, host: '127.0.0.1', webRoot });
  token = (await call('/api/session')).body.token;
  report = (await call('/api/stories/s1/report?format=json')).body;
});
afterAll(() => server?.close());

describe('writing verdicts and notes', () => {
  it('sets, replaces and removes a verdict; the review and the downloaded report carry it', async () => {
    const c = report.conflicts[0];
    const set = await send('PUT', `/api/stories/s1/verdicts/${c.id}`, { rating: 'false', chosenValue: c.alternatives[1].value, note: 'the later figure is the port’s', author: 'Ana' });
    expect(set.status).toBe(200);
    expect(set.body.verdicts).toEqual([expect.objectContaining({ itemId: c.id, itemKind: 'conflict', rating: 'false', chosenValue: c.alternatives[1].value, author: 'Ana', orphaned: false, label: c.question })]);
    expect(Date.parse(set.body.verdicts[0].at)).toBeGreaterThan(Date.now() - 60_000);
    await send('PUT', `/api/stories/s1/verdicts/${c.id}`, { rating: 'mixed' });
    const review = await call('/api/stories/s1/review');
    expect(review.body.verdicts.map((v: { rating: string }) => v.rating)).toEqual(['mixed']);
    const md = await call('/api/stories/s1/report?format=md');
    expect(md.headers.get('content-disposition')).toMatch(/^attachment; filename="caspian-ferry-fire\.md"/);
    const json = (await call('/api/stories/s1/report')).body;
    expect(json.review.verdicts[0]).toMatchObject({ itemId: c.id, rating: 'mixed' });
    expect((await send('DELETE', `/api/stories/s1/verdicts/${c.id}`, undefined)).body.verdicts).toEqual([]);
    expect((await send('DELETE', `/api/stories/s1/verdicts/${c.id}`, undefined)).status).toBe(404);
    expect((await call('/api/stories/s1/report')).body).not.toHaveProperty('review');
  });

  it("takes a conflict's own verdicts: disputed, and not a conflict (the values can both hold)", async () => {
    const c = report.conflicts[0];
    const put = await send('PUT', `/api/stories/s1/verdicts/${c.id}`, { rating: 'not-a-conflict', note: 'two different counts: passengers and everyone on board' });
    expect(put.status).toBe(200);
    expect(put.body.verdicts).toEqual([expect.objectContaining({ itemId: c.id, rating: 'not-a-conflict' })]);
    expect((await send('PUT', `/api/stories/s1/verdicts/${c.id}`, { rating: 'disputed' })).body.verdicts[0].rating).toBe('disputed');
    expect((await send('DELETE', `/api/stories/s1/verdicts/${c.id}`, undefined)).status).toBe(200);
  });

  it('adds and removes a note on any kind of item, keeping its text as written', async () => {
    const hostile = '<img src=x onerror=alert(1)> «Баку» بحر';
    const added = await send('POST', '/api/stories/s1/notes', { itemId: report.entities[0].id, itemKind: 'entity', text: hostile });
    expect(added.status).toBe(201);
    const note = added.body.notes.at(-1);
    expect(note).toMatchObject({ itemId: report.entities[0].id, itemKind: 'entity', text: hostile, orphaned: false });
    expect((await send('DELETE', `/api/stories/s1/notes/${note.id}`, undefined)).body.notes).toEqual([]);
  });

  it.each([
    ['an unknown item', 'PUT', '/api/stories/s1/verdicts/c00000000', { rating: 'true' }, 400, /no conflict or claim/],
    ['an unknown rating', 'PUT', '/verdicts/CONFLICT', { rating: 'probably' }, 400, /rating must be one of/],
    ['a value no alternative gives', 'PUT', '/verdicts/CONFLICT', { rating: 'true', chosenValue: '999 dead' }, 400, /alternatives/],
    ['a conflict-only rating on a claim', 'PUT', '/verdicts/CLAIM', { rating: 'not-a-conflict' }, 400, /for conflicts/],
    ['an unknown field', 'PUT', '/verdicts/CONFLICT', { rating: 'true', admin: true }, 400, /unknown field/],
    ['reasoning too long', 'PUT', '/verdicts/CONFLICT', { rating: 'true', note: 'x'.repeat(4001) }, 400, /longer than 4000/],
    ['an empty note', 'POST', '/notes', { itemId: 'DOC', itemKind: 'document', text: '   ' }, 400, /empty/],
    ['a note on an item of another kind', 'POST', '/notes', { itemId: 'DOC', itemKind: 'claim', text: 'x' }, 400, /no claim/],
    ['a body that is not an object', 'POST', '/notes', ['x'], 400, /JSON object/],
  ])('refuses %s', async (_what, method, path, body, status, message) => {
    const full = (path.startsWith('/api') ? path : `/api/stories/s1${path}`).replace('CONFLICT', report.conflicts[0].id).replace('CLAIM', report.claims[0].id);
    const res = await send(method, full, JSON.parse(JSON.stringify(body).replace('DOC', report.documents[0].id)));
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(message);
  });

  it('refuses a write without the token, with a wrong one, as text, from another origin, or to a read-only route', async () => {
    const path = `/api/stories/s1/verdicts/${report.conflicts[0].id}`;
    const body = JSON.stringify({ rating: 'true' });
    const json = { 'content-type': 'application/json' };
    expect((await call(path, { method: 'PUT', headers: json, body })).status).toBe(403);
    expect((await call(path, { method: 'PUT', headers: { ...json, 'x-triangulate-token': `${token.slice(1)}x` }, body })).status).toBe(403);
    expect((await call(path, { method: 'PUT', headers: { 'x-triangulate-token': token, 'content-type': 'text/plain' }, body })).status).toBe(415);
    // a page elsewhere that somehow had the token is still refused by its Origin and Sec-Fetch-Site
    const foreign = await call(path, { method: 'PUT', headers: { ...json, 'x-triangulate-token': token, origin: 'http://evil.example' }, body });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatch(/cross-origin/);
    expect((await call(path, { method: 'PUT', headers: { ...json, 'x-triangulate-token': token, 'sec-fetch-site': 'cross-site' }, body })).status).toBe(403);
    expect((await send('POST', '/api/stories/s1/claims', {})).status).toBe(405);
    expect((await call('/api/stories/s1/review')).body.verdicts).toEqual([]);
  });

  it('refuses a write addressed by a foreign Host name (DNS rebinding) before looking at it', async () => {
    const res = await rawGet(server.url, `/api/stories/s1/verdicts/${report.conflicts[0].id}`, { Host: 'evil.example', 'x-triangulate-token': token }, 'PUT');
    expect(res.status).toBe(421);
  });
});
