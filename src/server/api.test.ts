import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisSource, createApp, openapi, type RunningServer, startServer } from './index.js';
import { memoryReview } from './review.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/caspian-ferry-fire');
const HOSTILE = join(import.meta.dirname, 'fixtures/hostile');

let example: RunningServer;
let hostile: RunningServer;
let webRoot: string;

const get = async (server: RunningServer, path: string, init?: RequestInit) => {
  const res = await fetch(new URL(path, server.url), init);
  const type = res.headers.get('content-type') ?? '';
  return { res, status: res.status, body: type.includes('json') ? await res.json() : await res.text() };
};

beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'triangulate-web-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(webRoot, 'app.js'), 'export {}');
  example = await startServer(analysisSource([EXAMPLE]), { port: 0, host: '127.0.0.1', webRoot, maxBodyBytes: 1024 });
  hostile = await startServer(analysisSource([HOSTILE]), { port: 0, host: '127.0.0.1', webRoot });
});
afterAll(async () => {
  await example?.close();
  await hostile?.close();
});

describe('API on the example story', () => {
  // one valid request per documented path: keeps the OpenAPI spec and the server in step
  const samples: Record<string, string> = {
    '/api/stories': '/api/stories',
    '/api/stories/{id}': '/api/stories/s1',
    '/api/stories/{id}/report': '/api/stories/s1/report',
    '/api/stories/{id}/conflicts': '/api/stories/s1/conflicts',
    '/api/stories/{id}/claims': '/api/stories/s1/claims',
    '/api/stories/{id}/entities': '/api/stories/s1/entities',
    '/api/stories/{id}/entities/{eid}': '/api/stories/s1/entities/{first-entity}',
    '/api/stories/{id}/events': '/api/stories/s1/events',
    '/api/stories/{id}/graph': '/api/stories/s1/graph',
    '/api/stories/{id}/places': '/api/stories/s1/places',
    '/api/stories/{id}/documents/{did}': '/api/stories/s1/documents/{first-document}',
    '/api/stories/{id}/search': '/api/stories/s1/search?q=ferry',
    '/api/session': '/api/session',
    '/api/search': '/api/search?q=ferry',
    '/api/stories/{id}/outlets': '/api/stories/s1/outlets',
    '/api/stories/{id}/figures': '/api/stories/s1/figures',
    '/api/stories/{id}/outlets/{name}': '/api/stories/s1/outlets/Nomad%20Post',
    // case and spacing are ignored across stories
    '/api/outlets/{name}': '/api/outlets/nomad%20%20post',
    '/api/stories/{id}/review': '/api/stories/s1/review',
  };

  it('documents every endpoint in OpenAPI and answers each with JSON', async () => {
    const readable = Object.entries(openapi.paths).filter(([, ops]) => 'get' in ops);
    expect(Object.keys(samples).sort()).toEqual(readable.map(([path]) => path).sort());
    // ids are content hashes: take the story's first document and entity from the API
    const [story, entities] = await Promise.all([get(example, '/api/stories/s1'), get(example, '/api/stories/s1/entities')]);
    for (const sample of Object.values(samples)) {
      const path = sample.replace('{first-document}', story.body.documents[0].id).replace('{first-entity}', entities.body.entities[0].id);
      const { status, res } = await get(example, path);
      expect(status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    const spec = await get(example, '/api/openapi.json');
    expect(spec.body.openapi).toMatch(/^3\./);
  });

  it('serves the whole report, valid against the report schema the OpenAPI points to', async () => {
    const { body: spec } = await get(example, '/api/openapi.json');
    const response = spec.paths['/api/stories/{id}/report'].get.responses['200'].content['application/json'].schema;
    expect(response).toEqual({ $ref: '#/components/schemas/Report' });
    const ajv = new Ajv({ allowUnionTypes: true, strict: false });
    // the OpenAPI 3.1 components are JSON Schema: validate against them, resolved within the spec
    ajv.addSchema({ $id: 'openapi.json', components: spec.components });
    const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/Report' });
    const { body } = await get(example, '/api/stories/s1/report');
    expect(validate(body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(body.documents[0].text.length).toBeGreaterThan(0);
  });

  it('lists the story named after its folder', async () => {
    const { body } = await get(example, '/api/stories');
    expect(body.stories).toEqual([expect.objectContaining({ id: 's1', name: 'caspian-ferry-fire', documents: 7, conflicts: 4 })]);
  });

  it('gives documents with outlet, date, language, chain and profile but no full text', async () => {
    const { body } = await get(example, '/api/stories/s1');
    expect(body.documents).toHaveLength(7);
    const copy = body.documents.find((d: { syndicatedFrom: string | null }) => d.syndicatedFrom);
    expect(copy.chain.length).toBeGreaterThan(1);
    for (const d of body.documents) {
      expect(d).toHaveProperty('outlet');
      expect(d).toHaveProperty('published');
      expect(d.language).toMatch(/^[a-z]{2,3}$/);
      expect(d.profile?.doc).toBe(d.id);
      expect(d.text).toBeUndefined();
    }
  });

  it('gives conflicts with alternatives whose evidence quotes the document text', async () => {
    const [{ body }, docs] = await Promise.all([get(example, '/api/stories/s1/conflicts'), get(example, '/api/stories/s1')]);
    expect(body.conflicts.length).toBe(docs.body.story.conflicts);
    const alt = body.conflicts[0].alternatives[0];
    const ev = alt.evidence[0];
    const doc = await get(example, `/api/stories/s1/documents/${ev.doc}`);
    expect(doc.body.document.text.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('marks claims supported, contradicted or silent per document and filters them', async () => {
    const all = (await get(example, '/api/stories/s1/claims')).body;
    const contested = all.claims.find((c: { status: string }) => c.status === 'contested');
    expect(Object.values(contested.stance)).toContain('contradicts');
    for (const c of all.claims) for (const e of c.evidence) expect(c.stance[e.doc]).toBe('supports');
    const only = (await get(example, '/api/stories/s1/claims?status=contested')).body.claims;
    expect(only.length).toBeGreaterThan(0);
    expect(only.every((c: { status: string }) => c.status === 'contested')).toBe(true);
    const third = (await get(example, '/api/stories/s1')).body.documents[2].id;
    const byDoc = (await get(example, `/api/stories/s1/claims?doc=${third}`)).body.claims;
    expect(byDoc.length).toBeGreaterThan(0);
    expect(byDoc.every((c: { evidence: { doc: string }[] }) => c.evidence.some((e) => e.doc === third))).toBe(true);
    const subject = contested.subject;
    const byEntity = (await get(example, `/api/stories/s1/claims?entity=${subject}`)).body.claims;
    expect(byEntity.map((c: { id: string }) => c.id)).toContain(contested.id);
    // by outlet and by the day the evidence was published; an undated document matches no date filter
    const docs: { id: string; outlet: string | null; file: string; published: string | null }[] = (await get(example, '/api/stories/s1')).body.documents;
    type Row = { evidence: { doc: string }[] };
    const byOutlet = (await get(example, '/api/stories/s1/claims?outlet=Nomad%20Post')).body.claims;
    const nomad = docs.filter((d) => d.outlet === 'Nomad Post').map((d) => d.id);
    expect(byOutlet.length).toBeGreaterThan(0);
    expect(byOutlet.every((c: Row) => c.evidence.some((e) => nomad.includes(e.doc)))).toBe(true);
    const late = (await get(example, '/api/stories/s1/claims?from=2025-10-21&to=2025-10-21')).body.claims;
    const onThe21st = docs.filter((d) => d.published?.startsWith('2025-10-21')).map((d) => d.id);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((c: Row) => c.evidence.some((e) => onThe21st.includes(e.doc)))).toBe(true);
    expect(late.length).toBeLessThan(all.claims.length);
  });

  it('gives entities and an entity page with mentions in context and its claims', async () => {
    const list = (await get(example, '/api/stories/s1/entities')).body.entities;
    const person = list.find((e: { type: string; roles: string[] }) => e.type === 'person' && e.roles.length);
    const { body } = await get(example, `/api/stories/s1/entities/${person.id}`);
    expect(body.entity.name).toBe(person.name);
    expect(body.entity.mentions[0].context.match).toBe(body.entity.mentions[0].text);
    expect(body.claims.every((c: { subject: string; object: { entity?: string } }) => c.subject === person.id || c.object.entity === person.id)).toBe(true);
    expect(body.claims.length).toBeGreaterThan(0);
  });

  it('splits the timeline into dated and undated events', async () => {
    const { body } = await get(example, '/api/stories/s1/events');
    // the example's ten events of the gold are told in more than five report events (statements, typed happenings)
    expect(body.dated.length + body.undated.length).toBeGreaterThanOrEqual(5);
    expect(body.dated.some((e: { date: string }) => e.date === '2025-10-20')).toBe(true);
    expect(body.dated.map((e: { date: string }) => e.date)).toEqual([...body.dated.map((e: { date: string }) => e.date)].sort());
    expect(body.undated.every((e: { date: string | null }) => e.date === null)).toBe(true);
  });

  it('draws a graph whose edges join known nodes, with the leaders of contested operations', async () => {
    const { body } = await get(example, '/api/stories/s1/graph');
    const ids = new Set(body.nodes.map((n: { id: string }) => n.id));
    for (const e of body.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(['met', 'holds-role', 'located-at', 'leads']).toContain(e.kind);
    }
    expect(body.edges.some((e: { kind: string; contested: boolean }) => e.kind === 'leads' && e.contested)).toBe(true);
    expect(body.edges.some((e: { kind: string }) => e.kind === 'holds-role')).toBe(true);
  });

  it('gives located places with coordinates and the rest apart', async () => {
    const { body } = await get(example, '/api/stories/s1/places');
    expect(body.located.map((p: { name: string }) => p.name)).toContain('Aktau');
    for (const p of body.located) expect(p.coordinates).toHaveLength(2);
    expect(body.unlocated.every((p: { coordinates: unknown }) => !p.coordinates)).toBe(true);
  });

  it('gives a document with its mentions at their offsets and the removed boilerplate', async () => {
    const copy = (await get(example, '/api/stories/s1')).body.documents.find((d: { file: string }) => d.file === '02-syndicated-copy.txt');
    const { body } = await get(example, `/api/stories/s1/documents/${copy.id}`);
    for (const m of body.mentions) expect(body.document.text.slice(m.start, m.end)).toBe(m.text);
    expect(body.document.removed.length).toBeGreaterThan(0);
  });

  it('searches documents, entities and claims, ignoring case and accents', async () => {
    const { body } = await get(example, '/api/stories/s1/search?q=AKTAU');
    expect(body.entities.map((e: { name: string }) => e.name)).toContain('Aktau');
    expect(body.documents.length).toBeGreaterThan(0);
    const m = body.documents[0].match;
    expect(m.match.toLowerCase()).toBe('aktau');
    expect(body.claims.length).toBeGreaterThan(0);
  });
});

describe('API errors', () => {
  it.each([
    ['/api/stories/s9', 404],
    ['/api/stories/s9/conflicts', 404],
    ['/api/stories/s1/entities/zz', 404],
    ['/api/stories/s1/documents/d99', 404],
    ['/api/stories/s1/nothing', 404],
    ['/api/nothing', 404],
    ['/api/stories/s1/claims?status=true', 400],
    ['/api/stories/s1/claims?entity=zz', 400],
    ['/api/stories/s1/claims?doc=d99', 400],
    ['/api/stories/s1/claims?outlet=Nobody', 400],
    ['/api/stories/s1/claims?from=yesterday', 400],
    ['/api/stories/s1/claims?status=contested&status=corroborated', 400],
    ['/api/stories/s1/conflicts?limit=3', 400],
    ['/api/stories/s1/search', 400],
    ['/api/stories/s1/search?q=%20%20', 400],
    [`/api/stories/s1/search?q=${'x'.repeat(201)}`, 400],
  ])('%s answers %i with a JSON error and no stack', async (path, code) => {
    const { status, body, res } = await get(example, path);
    expect(status).toBe(code);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(typeof body.error).toBe('string');
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('refuses a body over the limit with 413 and other methods with 405', async () => {
    const big = await get(example, '/api/stories', { method: 'POST', body: 'x'.repeat(5000), headers: { 'content-type': 'text/plain' } });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatch(/too large/);
    const small = await get(example, '/api/stories', { method: 'DELETE' });
    expect(small.status).toBe(405);
  });
});

describe('a failing source', () => {
  it('answers 500 with a JSON error and no stack trace', async () => {
    const broken = createApp({ stories: async () => [], report: async () => Promise.reject(new Error('disk on fire at /secret/path')), review: memoryReview() });
    const res = await broken.request('/api/stories/s1/conflicts');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'internal error' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('static files and headers', () => {
  it('serves the UI with its content type, CSP and nosniff on every response', async () => {
    for (const [path, type] of [
      ['/', 'text/html'],
      ['/app.js', 'text/javascript'],
      ['/api/stories', 'application/json'],
      ['/api/stories/s9', 'application/json'],
      ['/missing.png', 'text/plain'],
    ]) {
      const { res } = await get(example, path);
      expect(res.headers.get('content-type'), path).toContain(type);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'; script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-src 'none'; object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it.each(['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/..%5c..%5cpackage.json', '/%00index.html', '/%E0%A4%A'])('does not serve %s', async (path) => {
    const { status, body } = await get(example, path);
    // malformed (bad escapes, NUL) is a 400, a path outside the UI folder a 404
    expect([400, 404]).toContain(status);
    expect(String(body)).not.toContain('"name"');
  });
});

describe('API on hostile articles', () => {
  it('returns the markup in article text as plain data for the UI to show as text', async () => {
    const { body } = await get(hostile, '/api/stories/s1');
    expect(body.documents).toHaveLength(2);
    const texts = await Promise.all(body.documents.map((d: { id: string }) => get(hostile, `/api/stories/s1/documents/${d.id}`)));
    const all = texts.map((t) => t.body.document.text).join('\n');
    expect(all).toContain('<script>');
    expect(all).not.toContain('evil.example/pixel.png');
  });

  it('finds markup-looking text by search without failing', async () => {
    const { status, body } = await get(hostile, `/api/stories/s1/search?q=${encodeURIComponent('<script>')}`);
    expect(status).toBe(200);
    expect(body.documents.length).toBe(2);
  });
});
