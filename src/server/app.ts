import { randomBytes, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { EXPORT_FORMATS } from '../cli/exports.js';
import type { Report } from '../report/index.js';
import securityHeaders from './data/security-headers.json' with { type: 'json' };
import { storyGraph } from './graph.js';
import { crossOrigin, type HostPolicy, hostChecker } from './guard.js';
import { openapi } from './openapi.js';
import { urlProblem } from './query.js';
import { figuresView } from './figures.js';
import { outletAcrossStories, outletsView, outletView } from './outlets.js';
import { parseNote, parseVerdict, REVIEW_LIMITS, reviewOrNothing, reviewView } from './review.js';
import { searchStories, searchStory } from './search.js';
import type { CaseSource } from './source.js';
import { readStatic } from './static.js';
import { CLAIM_STATUSES, type ClaimStatus, claimsView, conflictsView, documentView, entitiesView, entityView, eventsView, placesView, storyOverview } from './views.js';

export interface AppOptions extends HostPolicy {
  /** folder of the built UI; default dist/web of this package */
  webRoot?: string;
  /** largest request body accepted, in bytes */
  maxBodyBytes?: number;
}

export const DEFAULT_WEB_ROOT = resolve(fileURLToPath(import.meta.url), '../../../dist/web');
const MAX_QUERY = 200;

const shown = (s: string) => JSON.stringify(s.slice(0, 80));

/** The routes that change something: the analyst's verdicts and notes. Every other route answers GET only. */
const WRITES = /^\/api\/stories\/[^/]+\/(?:verdicts\/[^/]+|notes(?:\/[^/]+)?)$/;
/** The header a write must carry: the token of this server's session, which only a page of this origin can read. */
export const TOKEN_HEADER = 'x-triangulate-token';
const MEDIA_TYPES: Record<string, string> = {
  json: 'application/json',
  md: 'text/markdown',
  html: 'text/html',
  csv: 'text/csv',
  jsonl: 'application/x-ndjson',
  ftm: 'application/x-ndjson',
  claimreview: 'application/ld+json',
  geojson: 'application/geo+json',
  annotations: 'application/ld+json',
};

const sameToken = (given: string | undefined, token: string) => !!given && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));
const fail = (c: Context, status: ContentfulStatusCode, error: string) => c.json({ error }, status);

/** The workbench: JSON API under /api, the built UI everywhere else, security headers on every response. */
export function createApp(source: CaseSource, opts: AppOptions = {}): Hono {
  const webRoot = opts.webRoot ?? DEFAULT_WEB_ROOT;
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(securityHeaders)) c.res.headers.set(k, v);
  });
  const hostAllowed = hostChecker(opts);
  app.use('*', async (c, next) => {
    // a request made in-process (app.request) has no Host header: its URL names the host
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!hostAllowed(host))
      return c.text(`Host ${shown(host)} is not this workbench's address; to reach it by that name, start it with --allowed-host NAME\n`, 421);
    const problem = urlProblem(c.req.url);
    if (problem) return c.req.path.startsWith('/api/') ? fail(c, 400, problem) : c.text(`${problem}\n`, 400);
    if (c.req.path.startsWith('/api/')) {
      const why = crossOrigin({ origin: c.req.header('origin'), secFetchSite: c.req.header('sec-fetch-site'), host });
      if (why) return fail(c, 403, `cross-origin request refused (${why})`);
    }
    await next();
  });
  app.use('*', bodyLimit({ maxSize: opts.maxBodyBytes ?? 16 * 1024, onError: (c) => fail(c, 413, 'request body too large') }));
  // a fresh token per server run: a write must echo it, so a page of another site (which cannot read it) cannot write
  const token = randomBytes(24).toString('base64url');
  app.use('*', async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    if (!WRITES.test(c.req.path) || !['PUT', 'POST', 'DELETE'].includes(method))
      return fail(c, 405, `method ${method} not allowed here: only verdicts and notes can be written`);
    if (!sameToken(c.req.header(TOKEN_HEADER), token)) return fail(c, 403, `write refused: the ${TOKEN_HEADER} header must carry this session's token (GET /api/session)`);
    if (method !== 'DELETE' && !(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) return fail(c, 415, 'the body must be application/json');
    await next();
  });
  app.onError((err, c) => {
    // the operator sees what failed; the client never sees a stack
    process.stderr.write(`triangulate serve: ${c.req.method} ${c.req.path}: ${err.message}\n`);
    return fail(c, 500, 'internal error');
  });

  /** Runs a story handler after checking the query parameters and finding the story. */
  const story =
    (handler: (r: Report, c: Context) => Response | Promise<Response>, allowed: string[] = []) =>
    async (c: Context) => {
      for (const [k, values] of Object.entries(c.req.queries())) {
        if (!allowed.includes(k)) return fail(c, 400, `unknown parameter ${shown(k)}`);
        if (values.length > 1) return fail(c, 400, `parameter ${shown(k)} given more than once`);
      }
      const r = await source.report(c.req.param('id') ?? '');
      if (!r) return fail(c, 404, `unknown story ${shown(c.req.param('id') ?? '')}`);
      return handler(r, c);
    };

  /** Runs a handler that takes no query parameters after checking that none were given. */
  const plain = (handler: (c: Context) => Response | Promise<Response>) => async (c: Context) => {
    const [k] = Object.keys(c.req.queries());
    return k === undefined ? handler(c) : fail(c, 400, `unknown parameter ${shown(k)}`);
  };

  app.get('/api/openapi.json', plain((c) => c.json(openapi)));
  app.get('/api/session', plain((c) => c.json({ token, header: TOKEN_HEADER })));
  app.get('/api/search', async (c) => {
    const extra = Object.keys(c.req.queries()).find((k) => k !== 'q');
    if (extra !== undefined) return fail(c, 400, `unknown parameter ${shown(extra)}`);
    if ((c.req.queries('q') ?? []).length > 1) return fail(c, 400, 'parameter "q" given more than once');
    const q = (c.req.query('q') ?? '').trim();
    if (!q || q.length > MAX_QUERY) return fail(c, 400, `q must be 1 to ${MAX_QUERY} characters`);
    const stories = await source.stories();
    const reports = await Promise.all(stories.map(async (s) => ({ id: s.id, name: s.name, report: await source.report(s.id) })));
    return c.json(searchStories(reports.filter((x): x is { id: string; name: string; report: Report } => x.report !== null), q));
  });
  app.get(
    '/api/outlets/:name',
    plain(async (c) => {
      const name = (c.req.param('name') ?? '').trim();
      if (!name || name.length > MAX_QUERY) return fail(c, 400, `the outlet name must be 1 to ${MAX_QUERY} characters`);
      const stories = await source.stories();
      const reports = await Promise.all(stories.map(async (s) => ({ id: s.id, name: s.name, report: await source.report(s.id) })));
      const across = outletAcrossStories(reports.filter((x): x is { id: string; name: string; report: Report } => x.report !== null), name);
      return across.stories.length ? c.json(across) : fail(c, 404, `no story has a document of the outlet ${shown(name)}`);
    }),
  );
  app.get('/api/stories', plain(async (c) => c.json({ stories: await source.stories() })));
  app.get(
    '/api/stories/:id',
    story(async (r, c) => {
      const summary = (await source.stories()).find((s) => s.id === c.req.param('id'));
      return summary ? c.json(storyOverview(summary, r)) : fail(c, 404, 'unknown story');
    }),
  );
  app.get(
    '/api/stories/:id/conflicts',
    story((r, c) => c.json(conflictsView(r))),
  );
  app.get(
    '/api/stories/:id/claims',
    story(
      (r, c) => {
        const { status, entity, doc, outlet, from, to } = c.req.query();
        if (status !== undefined && !CLAIM_STATUSES.includes(status as ClaimStatus)) return fail(c, 400, `status must be one of ${CLAIM_STATUSES.join(', ')}`);
        if (entity !== undefined && !r.entities.some((e) => e.id === entity)) return fail(c, 400, `unknown entity ${shown(entity)}`);
        if (doc !== undefined && !r.documents.some((d) => d.id === doc)) return fail(c, 400, `unknown document ${shown(doc)}`);
        if (outlet !== undefined && !r.documents.some((d) => (d.outlet ?? d.file) === outlet)) return fail(c, 400, `unknown outlet ${shown(outlet)}`);
        for (const [k, v] of [['from', from], ['to', to]]) if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) return fail(c, 400, `${k} must be a day, YYYY-MM-DD`);
        return c.json(claimsView(r, { status: status as ClaimStatus | undefined, entity, doc, outlet, from, to }));
      },
      ['status', 'entity', 'doc', 'outlet', 'from', 'to'],
    ),
  );
  app.get(
    '/api/stories/:id/entities',
    story((r, c) => c.json(entitiesView(r))),
  );
  app.get(
    '/api/stories/:id/entities/:eid',
    story((r, c) => {
      const e = r.entities.find((x) => x.id === c.req.param('eid'));
      return e ? c.json(entityView(r, e)) : fail(c, 404, `unknown entity ${shown(c.req.param('eid') ?? '')}`);
    }),
  );
  app.get(
    '/api/stories/:id/events',
    story((r, c) => c.json(eventsView(r))),
  );
  app.get(
    '/api/stories/:id/graph',
    story((r, c) => c.json(storyGraph(r))),
  );
  app.get(
    '/api/stories/:id/places',
    story((r, c) => c.json(placesView(r))),
  );
  app.get(
    '/api/stories/:id/documents/:did',
    story((r, c) => {
      const d = r.documents.find((x) => x.id === c.req.param('did'));
      return d ? c.json(documentView(r, d)) : fail(c, 404, `unknown document ${shown(c.req.param('did') ?? '')}`);
    }),
  );
  app.get(
    '/api/stories/:id/search',
    story(
      (r, c) => {
        const q = (c.req.query('q') ?? '').trim();
        if (!q || q.length > MAX_QUERY) return fail(c, 400, `q must be 1 to ${MAX_QUERY} characters`);
        return c.json(searchStory(r, q));
      },
      ['q'],
    ),
  );
  app.get(
    '/api/stories/:id/figures',
    story((r, c) => c.json(figuresView(r))),
  );
  app.get(
    '/api/stories/:id/outlets',
    story((r, c) => c.json(outletsView(r))),
  );
  app.get(
    '/api/stories/:id/outlets/:name',
    story((r, c) => {
      const o = outletView(r, c.req.param('name') ?? '');
      return o ? c.json(o) : fail(c, 404, `no outlet ${shown(c.req.param('name') ?? '')} in this story`);
    }),
  );
  app.get(
    '/api/stories/:id/review',
    story(async (r, c) => c.json(reviewView(r, await source.review.load(c.req.param('id') ?? '')))),
  );
  app.get(
    '/api/stories/:id/report',
    story(
      async (r, c) => {
        const format = c.req.query('format') ?? 'json';
        const f = EXPORT_FORMATS.find((x) => x.option === format);
        if (!f) return fail(c, 400, `format must be one of ${EXPORT_FORMATS.map((x) => x.option).join(', ')}`);
        const id = c.req.param('id') ?? '';
        const name = (await source.stories()).find((s) => s.id === id)?.name ?? id;
        const review = reviewOrNothing(await source.review.load(id));
        const { review: _none, ...analysed } = r;
        const report = review ? { ...analysed, review } : analysed;
        // without a format, the JSON report itself (schema/report.schema.json); with one, a file to download
        if (c.req.query('format') === undefined) return c.json(report);
        const body = f.render(report, `triangulate report: ${name}`);
        const file = `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'story'}.${format}`;
        return c.body(body, 200, {
          'Content-Type': `${MEDIA_TYPES[format] ?? 'text/plain'}; charset=utf-8`,
          'Content-Disposition': `attachment; filename="${file.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file)}`,
        });
      },
      ['format'],
    ),
  );
  /** Runs a write after finding the story, with its JSON body parsed (a malformed body is a 400). */
  const write =
    (handler: (r: Report, id: string, body: unknown, c: Context) => Promise<Response>) =>
    async (c: Context) => {
      const [k] = Object.keys(c.req.queries());
      if (k !== undefined) return fail(c, 400, `unknown parameter ${shown(k)}`);
      const id = c.req.param('id') ?? '';
      const r = await source.report(id);
      if (!r) return fail(c, 404, `unknown story ${shown(id)}`);
      let body: unknown = null;
      if (c.req.method !== 'DELETE') {
        try {
          body = await c.req.json();
        } catch {
          return fail(c, 400, 'the body is not valid JSON');
        }
      }
      return handler(r, id, body, c);
    };
  const answer = async (c: Context, r: Report, id: string, status: ContentfulStatusCode = 200) => c.json(reviewView(r, await source.review.load(id)), status);
  app.put(
    '/api/stories/:id/verdicts/:item',
    write(async (r, id, body, c) => {
      const v = parseVerdict(r, c.req.param('item') ?? '', body, new Date().toISOString());
      if ('error' in v) return fail(c, 400, v.error);
      await source.review.setVerdict(id, v.ok);
      return answer(c, r, id);
    }),
  );
  app.delete(
    '/api/stories/:id/verdicts/:item',
    write(async (r, id, _body, c) => {
      if (!(await source.review.clearVerdict(id, c.req.param('item') ?? ''))) return fail(c, 404, `no verdict on ${shown(c.req.param('item') ?? '')}`);
      return answer(c, r, id);
    }),
  );
  app.post(
    '/api/stories/:id/notes',
    write(async (r, id, body, c) => {
      const n = parseNote(r, body, new Date().toISOString());
      if ('error' in n) return fail(c, 400, n.error);
      if ((await source.review.load(id)).notes.length >= REVIEW_LIMITS.notesPerStory) return fail(c, 409, `a story holds at most ${REVIEW_LIMITS.notesPerStory} notes`);
      await source.review.addNote(id, n.ok);
      return answer(c, r, id, 201);
    }),
  );
  app.delete(
    '/api/stories/:id/notes/:note',
    write(async (r, id, _body, c) => {
      if (!(await source.review.removeNote(id, c.req.param('note') ?? ''))) return fail(c, 404, `no note ${shown(c.req.param('note') ?? '')}`);
      return answer(c, r, id);
    }),
  );
  app.all('/api/*', (c) => fail(c, 404, 'no such API endpoint: see /api/openapi.json'));

  app.get('*', async (c) => {
    const file = await readStatic(webRoot, c.req.path);
    if (!file) return c.text(c.req.path === '/' ? 'The web UI is not built: run npm run build.' : 'not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  });
  return app;
}
