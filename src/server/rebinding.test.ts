import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostChecker, hostName } from './guard.js';
import { type CaseSource, type RunningServer, startServer } from './index.js';
import { rawGet } from './test-http.js';
import { memoryReview } from './review.js';

// a case with one story and no report: enough to tell served from refused
const source: CaseSource = {
  stories: async () => [{ id: 's1', name: 'secret-case', documents: 3, conflicts: 1, updated: null }],
  report: async () => null,
  review: memoryReview(),
};

let server: RunningServer;
let named: RunningServer;
let port: string;

beforeAll(async () => {
  server = await startServer(source, { port: 0, host: '127.0.0.1' });
  named = await startServer(source, { port: 0, host: '127.0.0.1', allowedHosts: ['workbench.lan'] });
  port = new URL(server.url).port;
});
afterAll(async () => {
  await server?.close();
  await named?.close();
});

describe('DNS rebinding: the Host header', () => {
  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', 'localhost.'])('answers Host %s (with the port)', async (host) => {
    const res = await rawGet(server.url, '/api/stories', { Host: `${host}:${port}` });
    expect(res.status).toBe(200);
    expect(res.body).toContain('secret-case');
  });

  it.each(['evil.example', 'evil.example:80', '127.0.0.1.evil.example', 'localhost.evil.example', '10.1.2.3', 'workbench.lan', ''])(
    'refuses Host %j with 421 and without the case data',
    async (host) => {
      for (const path of ['/api/stories', '/', '/api/stories/s1', '/app.js']) {
        const res = await rawGet(server.url, path, { Host: host });
        expect(res.status, path).toBe(421);
        expect(res.body).not.toContain('secret-case');
        expect(res.body).toMatch(/--allowed-host/);
        expect(res.body.length).toBeLessThan(300);
        expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
    },
  );

  it.each(['a b', 'user@127.0.0.1', '127.0.0.1:99999999'])('refuses the malformed Host %j with 400, with the security headers', async (host) => {
    const res = await rawGet(server.url, '/api/stories', { Host: host });
    expect([400, 421]).toContain(res.status);
    expect(res.body).not.toContain('secret-case');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('answers a name given with --allowed-host, and still refuses others', async () => {
    expect((await rawGet(named.url, '/api/stories', { Host: 'workbench.lan:4173' })).status).toBe(200);
    expect((await rawGet(named.url, '/api/stories', { Host: 'WorkBench.LAN' })).status).toBe(200);
    expect((await rawGet(named.url, '/api/stories', { Host: 'evil.example' })).status).toBe(421);
  });
});

describe('cross-origin API requests', () => {
  it('answers same-origin requests and navigation', async () => {
    const host = `127.0.0.1:${port}`;
    expect((await rawGet(server.url, '/api/stories', { Host: host, Origin: `http://${host}`, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect((await rawGet(server.url, '/api/stories', { Host: host, 'Sec-Fetch-Site': 'none' })).status).toBe(200);
  });

  it.each([
    [{ Origin: 'http://evil.example' }],
    [{ Origin: 'null' }],
    [{ Origin: 'http://127.0.0.1:1' }],
    [{ 'Sec-Fetch-Site': 'cross-site' }],
    [{ 'Sec-Fetch-Site': 'same-site' }],
  ])('refuses %j with 403', async (headers) => {
    const res = await rawGet(server.url, '/api/stories', { Host: `127.0.0.1:${port}`, ...headers });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error).toMatch(/^cross-origin request refused/);
    expect(res.body).not.toContain('secret-case');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});

describe('host names', () => {
  it('parses Host header values', () => {
    expect(hostName('Example.org:8080')).toBe('example.org');
    expect(hostName('[::1]:4173')).toBe('::1');
    expect(hostName('a:b:c')).toBeNull();
    expect(hostName(undefined)).toBeNull();
  });

  it('accepts the machine\'s own addresses only when bound to every interface', () => {
    expect(hostChecker({ boundHost: '0.0.0.0' })('127.0.0.1:80')).toBe(true);
    expect(hostChecker({ boundHost: '0.0.0.0' })('192.0.2.77')).toBe(false);
    expect(hostChecker({ boundHost: '192.0.2.77' })('192.0.2.77:4173')).toBe(true);
    expect(hostChecker({ boundHost: '::' })('[::1]:4173')).toBe(true);
  });
});
