import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import type { Message } from '../types.js';
import type { FetchOutcome } from './types.js';

const XML_TYPES = ['application/xml', 'text/xml', 'application/gzip', 'application/x-gzip', 'application/octet-stream', 'text/plain'];
// a sitemap index may point to sitemaps, which may not point further (sitemaps.org); one more level is tolerated
const MAX_DEPTH = 2;
// sitemaps.org's limit on one file's URLs, applied to the whole walk
const MAX_URLS = 50_000;

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap', processEntities: true });

/** The page URLs and sitemap URLs one sitemap file lists, or why it is not a sitemap. Pure. */
export function parseSitemap(url: string, bytes: Uint8Array, maxBytes: number): { pages: string[]; sitemaps: string[] } | { error: string } {
  let xml: string;
  try {
    xml = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes, { maxOutputLength: maxBytes }).toString('utf8') : new TextDecoder().decode(bytes);
  } catch (err) {
    return { error: `not a readable gzip file (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  }
  let doc: { urlset?: { url?: { loc?: unknown }[] }; sitemapindex?: { sitemap?: { loc?: unknown }[] } };
  try {
    doc = parser.parse(xml, true);
  } catch (err) {
    return { error: `not well-formed XML (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` };
  }
  const locs = (entries: { loc?: unknown }[] | undefined) =>
    (entries ?? []).map((e) => String(e.loc ?? '').trim()).filter((loc) => URL.canParse(loc, url)).map((loc) => new URL(loc, url).href);
  if (doc.urlset) return { pages: locs(doc.urlset.url), sitemaps: [] };
  if (doc.sitemapindex) return { pages: [], sitemaps: locs(doc.sitemapindex.sitemap) };
  return { error: 'neither a <urlset> nor a <sitemapindex>' };
}

/** The page URLs of a sitemap or sitemap index, each once in the order listed, with a message for each sitemap that could not be read. */
export async function sitemapUrls(
  url: string,
  fetch: (url: string, accept: string[]) => Promise<FetchOutcome>,
  maxBytes: number,
): Promise<{ urls: string[]; messages: Message[] }> {
  const urls = new Set<string>();
  const messages: Message[] = [];
  const visited = new Set<string>();
  const walk = async (at: string, depth: number): Promise<void> => {
    if (visited.has(at) || urls.size >= MAX_URLS) return;
    visited.add(at);
    const got = await fetch(at, XML_TYPES);
    if (!got.ok) {
      messages.push({ file: at, rule: `sitemap/${got.reason}`, severity: got.transient ? 'error' : 'warning', message: `sitemap ${got.message}` });
      return;
    }
    const parsed = parseSitemap(at, got.body, maxBytes);
    if ('error' in parsed) {
      messages.push({ file: at, rule: 'sitemap/not-a-sitemap', severity: 'warning', message: `sitemap ${at}: ${parsed.error}, skipped` });
      return;
    }
    for (const page of parsed.pages) if (urls.size < MAX_URLS) urls.add(page);
    for (const sitemap of parsed.sitemaps) {
      if (depth < MAX_DEPTH) await walk(sitemap, depth + 1);
      else messages.push({ file: sitemap, rule: 'sitemap/too-deep', severity: 'warning', message: `sitemap ${sitemap}: sitemap indexes nested more than ${MAX_DEPTH} deep, skipped` });
    }
  };
  await walk(url, 0);
  return { urls: [...urls], messages };
}
