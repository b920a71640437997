import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import securityHeaders from './data/security-headers.json' with { type: 'json' };
import { analysisSource, type RunningServer, startServer } from './index.js';
import { runLoad } from './load.js';
import { memoryReview } from './review.js';
import { URL_LIMITS } from './query.js';
import { rawGet } from './test-http.js';

const EXAMPLE = join(import.meta.dirname, '../../examples/caspian-ferry-fire');

let server: RunningServer;
let broken: RunningServer;
let host: string;

beforeAll(async () => {
  const webRoot = await mkdtemp(join(tmpdir(), 'triangulate-web-'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(webRoot, 'app.js'), 'export {}');
  server = await startServer(analysisSource([EXAMPLE]), { port: 0, host: '127.0.0.1', webRoot, maxBodyBytes: 1024 });
  broken = await startServer({ stories: async () => Promise.reject(new Error('disk on fire at /srv/secret/case')), report: async () => null, review: memoryReview() }, { port: 0, host: '127.0.0.1', webRoot });
  host = new URL(server.url).host;
});
afterAll(async () => {
  await server?.close();
  await broken?.close();
});

const REQUIRED = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'cross-origin-resource-policy'];

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>, what: string) {
  for (const h of REQUIRED) expect(headers[h], `${what}: ${h}`).toBeTruthy();
  expect(String(headers['content-security-policy']), what).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
}

// nothing the client sees names a file of ours, a stack frame or an internal error text
const expectNoLeak = (body: string) => {
  expect(body).not.toMatch(/\bat .*\.(ts|js|mjs):\d+|\/srv\/|\/work\/|node_modules|src\/server|disk on fire/);
  expect(body.length).toBeLessThan(400);
};

describe('bad query parameters get a short 400', () => {
  const long = (n: number) => 'x'.repeat(n);
  it.each([
    [`/api/stories?x=${long(URL_LIMITS.query)}`, /query string too long/],
    [`/api/stories/s1/search?q=${long(URL_LIMITS.value + 1)}`, /too long/],
    [`/api/stories/s1/claims?${long(40)}=1`, /name too long/],
    [`/api/stories/s1/claims?${Array.from({ length: 20 }, (_, i) => `p${i}=1`).join('&')}`, /too many query parameters/],
    ['/api/stories/s1/search?q=%E0%A4%A', /malformed percent-encoding/],
    ['/api/stories/s1/search?q=%', /malformed percent-encoding/],
    ['/api/stories?%zz=1', /malformed percent-encoding/],
    ['/api/stories/s1/search?q=a%00b', /control characters/],
    ['/api/stories/s1/claims?status=%1b%5b31m', /control characters/],
    ['/api/stories/s1/claims?=x', /without a name/],
    ['/api/stories?debug=1', /unknown parameter "debug"/],
    ['/api/openapi.json?x', /unknown parameter "x"/],
    [`/api/stories/${long(URL_LIMITS.path)}`, /path too long/],
    ['/api/stories/%E0%A4%A', /malformed percent-encoding in the path/],
    ['/api/stories/s1%00/conflicts', /control characters in the path/],
    ['/api/stories/s1/claims?status=constructor', /status must be one of/],
    ['/api/stories/s1/claims?entity=__proto__', /unknown entity/],
  ])('%s', async (path, message) => {
    const res = await rawGet(server.url, path, { Host: host });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/json');
    expect(JSON.parse(res.body).error).toMatch(message);
    expectNoLeak(res.body);
    expectSecurityHeaders(res.headers, path);
  });
});

describe('security headers on every response', () => {
  it.each([
    ['/', 200],
    ['/app.js', 200],
    ['/missing.png', 404],
    ['/api/stories', 200],
    ['/api/stories/s1/conflicts', 200],
    ['/api/stories/s9', 404],
    ['/api/nothing', 404],
    ['/%E0%A4%A', 400],
  ])('GET %s (%i)', async (path, status) => {
    const res = await rawGet(server.url, path, { Host: host });
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers, path);
  });

  it('on 403, 405, 413, 421, 431, 500 and on a request the HTTP parser rejects', async () => {
    const cases: [string, Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>, number][] = [
      ['cross-origin', rawGet(server.url, '/api/stories', { Host: host, Origin: 'http://evil.example' }), 403],
      ['DELETE', rawGet(server.url, '/api/stories', { Host: host }, 'DELETE'), 405],
      ['bad Host', rawGet(server.url, '/api/stories', { Host: 'evil.example' }), 421],
      ['huge header', rawGet(server.url, '/api/stories', { Host: host, 'X-Pad': 'y'.repeat(20_000) }), 431],
      ['internal error', rawGet(broken.url, '/api/stories', { Host: new URL(broken.url).host }), 500],
    ];
    for (const [what, pending, status] of cases) {
      const res = await pending;
      expect(res.status, what).toBe(status);
      expectSecurityHeaders(res.headers, what);
      expectNoLeak(res.body);
    }
    const big = await fetch(new URL('/api/stories', server.url), { method: 'POST', body: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-security-policy')).toBe(securityHeaders['Content-Security-Policy']);
    const garbage = await new Promise<string>((done) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1', () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => {
        text += d;
      });
      socket.on('close', () => done(text));
    });
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(garbage.toLowerCase()).toContain("content-security-policy: default-src 'self'");
    expect(garbage.toLowerCase()).toContain('cross-origin-resource-policy: same-origin');
  });
});

describe('under load', () => {
  it('answers 10 concurrent clients for 3 s with no error, and reports latency percentiles', async () => {
    const paths = ['/api/stories', '/api/stories/s1', '/api/stories/s1/conflicts', '/api/stories/s1/claims?status=contested', '/api/stories/s1/search?q=ferry'];
    const result = await runLoad(server.url, { clients: 10, seconds: 3, paths });
    expect(result.errors).toBe(0);
    expect(result.requests).toBeGreaterThan(50);
    expect(result.p50).toBeGreaterThan(0);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
  }, 30_000);

  it('only loads a server on a loopback address', async () => {
    await expect(runLoad('http://192.0.2.1:4173/', { clients: 1, seconds: 1, paths: ['/'] })).rejects.toThrow(/127\.0\.0\.1/);
  });
});
