import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Report } from '../report/index.js';
import securityHeaders from './data/security-headers.json' with { type: 'json' };
import { storyGraph } from './graph.js';
import { crossOrigin, type HostPolicy, hostChecker } from './guard.js';
import { openapi } from './openapi.js';
import { urlProblem } from './query.js';
import { searchStory } from './search.js';
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
  app.use('*', async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return fail(c, 405, `method ${c.req.method} not allowed: the workbench is read-only`);
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
  app.get('/api/stories', plain(async (c) => c.json({ stories: await source.stories() })));
  app.get(
    '/api/stories/:id',
    story(async (r, c) => {
      const summary = (await source.stories()).find((s) => s.id === c.req.param('id'));
      return summary ? c.json(storyOverview(summary, r)) : fail(c, 404, 'unknown story');
    }),
  );
  app.get(
    '/api/stories/:id/report',
    story((r, c) => c.json(r)),
  );
  app.get(
    '/api/stories/:id/conflicts',
    story((r, c) => c.json(conflictsView(r))),
  );
  app.get(
    '/api/stories/:id/claims',
    story(
      (r, c) => {
        const { status, entity, doc } = c.req.query();
        if (status !== undefined && !CLAIM_STATUSES.includes(status as ClaimStatus)) return fail(c, 400, `status must be one of ${CLAIM_STATUSES.join(', ')}`);
        if (entity !== undefined && !r.entities.some((e) => e.id === entity)) return fail(c, 400, `unknown entity ${shown(entity)}`);
        if (doc !== undefined && !r.documents.some((d) => d.id === doc)) return fail(c, 400, `unknown document ${shown(doc)}`);
        return c.json(claimsView(r, { status: status as ClaimStatus | undefined, entity, doc }));
      },
      ['status', 'entity', 'doc'],
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
  app.all('/api/*', (c) => fail(c, 404, 'no such API endpoint: see /api/openapi.json'));

  app.get('*', async (c) => {
    const file = await readStatic(webRoot, c.req.path);
    if (!file) return c.text(c.req.path === '/' ? 'The web UI is not built: run npm run build.' : 'not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  });
  return app;
}
