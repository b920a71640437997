import { fetchPage, createAgent, type PageRequest, type Refusal } from './page.js';
import { HostRateLimit } from './rateLimit.js';
import { crawlDelayMs, RobotsCache, robotsRefusal } from './robots.js';
import type { FetchOptions, FetchOutcome } from './types.js';
import { INPUT_LIMITS } from '../ingest/limits.js';

export { PrivateAddressError, addressRange } from './address.js';
export { readUrlList } from './urlList.js';
export { sitemapUrls } from './sitemap.js';
export type { FetchedPage, FetchOptions, FetchOutcome, FetchSkip, SkipReason } from './types.js';

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];
// robots.txt past this size is cut off (as the major crawlers do)
const ROBOTS_MAX_BYTES = 512 * 1024;

/** The defaults: one request a second to a host, 10 s to connect, 30 s to read, 60 s a page, the input file size limit, 5 redirects, public addresses only, robots.txt obeyed. */
export function fetchDefaults(): FetchOptions {
  return {
    perHostRate: 1,
    hostConcurrency: 4,
    connectTimeoutMs: 10_000,
    readTimeoutMs: 30_000,
    totalTimeoutMs: 60_000,
    maxBytes: INPUT_LIMITS.maxBytes,
    maxRedirects: 5,
    allowPrivate: false,
    userAgent: 'triangulate/0.1 (+https://www.npmjs.com/package/triangulate)',
  };
}

/** A polite fetcher: its hosts' robots.txt and rate limits are shared by everything fetched through it. */
export interface Fetcher {
  /** one URL; `accept` lists the content types taken (default: web pages) */
  fetch(url: string, accept?: string[] | null): Promise<FetchOutcome>;
  /** many URLs: hosts in parallel (up to hostConcurrency), each host's in order; outcomes in the order of `urls` */
  fetchAll(urls: string[], onOutcome?: (outcome: FetchOutcome) => void): Promise<FetchOutcome[]>;
  close(): Promise<void>;
}

export function createFetcher(options: Partial<FetchOptions> = {}): Fetcher {
  const opts: FetchOptions = { ...fetchDefaults(), ...options };
  const agent = createAgent(opts);
  const limit = new HostRateLimit(1000 / opts.perHostRate);
  const takeTurn = async (url: URL): Promise<null> => {
    await limit.take(url.host);
    return null;
  };
  const robots = new RobotsCache(async (robotsUrl) => {
    const got = await fetchPage(robotsUrl, { agent, opts: { ...opts, maxBytes: ROBOTS_MAX_BYTES }, accept: null, before: takeTurn });
    if (got.ok) return { status: got.status, text: new TextDecoder().decode(got.body) };
    if (got.httpStatus) return { status: got.httpStatus, text: '' };
    if (got.reason === 'too-large') return { status: 200, text: '' };
    // an address refused for the host itself is the answer for its pages too
    return got.reason === 'private-address' ? { refused: got.problem } : { error: got.message };
  });
  const before = async (url: URL): Promise<Refusal | null> => {
    const rules = await robots.rules(url);
    const refused = robotsRefusal(rules, url, opts.userAgent);
    if (refused) return refused;
    limit.setDelay(url.host, crawlDelayMs(rules, opts.userAgent));
    return takeTurn(url);
  };
  const fetchOne = (url: string, accept: string[] | null = HTML_TYPES) => fetchPage(url, { agent, opts, accept, before } satisfies PageRequest);
  return {
    fetch: fetchOne,
    async fetchAll(urls, onOutcome) {
      const outcomes: FetchOutcome[] = new Array(urls.length);
      const byHost = new Map<string, number[]>();
      for (const [i, url] of urls.entries()) {
        const host = URL.canParse(url) ? new URL(url).host : '';
        const queue = byHost.get(host);
        if (queue) queue.push(i);
        else byHost.set(host, [i]);
      }
      const queues = [...byHost.values()];
      const worker = async () => {
        for (let queue = queues.shift(); queue; queue = queues.shift()) {
          for (const i of queue) {
            outcomes[i] = await fetchOne(urls[i] as string);
            onOutcome?.(outcomes[i]);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(opts.hostConcurrency, queues.length) }, worker));
      return outcomes;
    },
    close: () => agent.close(),
  };
}
