import { isIP } from 'node:net';
import iconv from 'iconv-lite';
import type { FeedItem } from '../feeds/index.js';
import { createFetcher, type FetchedPage, type FetchOptions, type FetchOutcome, sitemapUrls } from '../fetch/index.js';
import { outletFromDomain } from '../ingest/outlets.js';
import type { CollectedInputs } from './inputs.js';

/** What to fetch: page URLs and sitemaps (whose pages are fetched too), with the fetcher's options. */
export interface WebInputs {
  urls: string[];
  sitemaps?: string[];
  fetch?: Partial<FetchOptions>;
  /** called after each page URL, fetched or skipped */
  onFetched?: (outcome: FetchOutcome, done: number, total: number) => void;
}

/** Whether an input names a web address rather than a file. */
export const isWebSource = (input: string): boolean => /^https?:\/\//i.test(input);

/**
 * Fetches the pages politely (see src/fetch) into ingest units whose source is the URL asked for; a URL that gave no page
 * becomes a problem naming it and the reason: skipped when the answer is final (robots.txt, 404, too large, not HTML),
 * failed when it may pass another time (timeout, network, server error), so `--retry-failed` fetches it again.
 */
export async function collectWebInputs(web: WebInputs): Promise<CollectedInputs> {
  const fetcher = createFetcher(web.fetch);
  const collected: CollectedInputs = { units: [], problems: [] };
  try {
    // each page's input: the URL itself when listed, else the sitemap that listed it (as a feed is its items' input)
    const inputOf = new Map(web.urls.map((url) => [url, url]));
    for (const sitemap of web.sitemaps ?? []) {
      const listed = await sitemapUrls(sitemap, fetcher.fetch, web.fetch?.maxBytes ?? Number.POSITIVE_INFINITY);
      for (const url of listed.urls) if (!inputOf.has(url)) inputOf.set(url, sitemap);
      for (const message of listed.messages) collected.problems.push({ source: message.file, input: sitemap, message });
    }
    const list = [...inputOf.keys()];
    let done = 0;
    const outcomes = await fetcher.fetchAll(list, (o) => web.onFetched?.(o, ++done, list.length));
    for (const got of outcomes) {
      const input = inputOf.get(got.url) ?? got.url;
      if (got.ok) collected.units.push({ source: got.url, input, item: pageItem(got), content: asUtf8(got) });
      else collected.problems.push({ source: got.url, input, message: { file: got.url, rule: `fetch/${got.reason}`, severity: got.transient ? 'error' : 'warning', message: got.message } });
    }
  } finally {
    await fetcher.close();
  }
  return collected;
}

/** The page's own fields for the article: its address, and the outlet its host names (when the host is a name, not an address). */
export function pageItem(page: Pick<FetchedPage, 'url' | 'finalUrl'>): FeedItem {
  const host = new URL(page.finalUrl).hostname;
  const named = !isIP(host.replace(/^\[|\]$/g, '')) && host.includes('.');
  return { id: page.url, url: page.finalUrl, title: null, text: null, html: null, published: null, outlet: named ? outletFromDomain(host) : null, author: null };
}

/** The body as UTF-8 when the server named another charset in its Content-Type (the page itself may not say). */
function asUtf8(page: FetchedPage): Uint8Array {
  const charset = /charset\s*=\s*["']?([\w:.-]+)/i.exec(page.contentType ?? '')?.[1]?.toLowerCase();
  if (!charset || /^utf-?8$/.test(charset) || !iconv.encodingExists(charset)) return page.body;
  return new Uint8Array(Buffer.from(iconv.decode(Buffer.from(page.body), charset), 'utf8'));
}
