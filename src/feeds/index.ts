import { extname } from 'node:path';
import type { Message } from '../types.js';
import feeds from './data/feeds.json' with { type: 'json' };
import { isJsonFeed, parseJsonFeed, parseJsonLines } from './json.js';
import type { Feed } from './types.js';
import { parseXmlFeed } from './xml.js';

export type { Feed, FeedEntry, FeedFormat, FeedItem } from './types.js';

const xml = new Set(feeds.xmlExtensions);
const jsonFeed = new Set(feeds.jsonFeedExtensions);
const jsonLines = new Set(feeds.jsonLinesExtensions);
const XML_FEED_START = /^(?:\uFEFF)?(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed)\b/i;

/** True when a file should be read as a feed: by its extension (.xml, .rss, .atom, .jsonl, .ndjson, a .json JSON Feed) or an <rss>/<feed> root. */
export function isFeedFile(path: string, text: string): boolean {
  const ext = extname(path).toLowerCase();
  if (xml.has(ext) || jsonLines.has(ext)) return true;
  if (jsonFeed.has(ext)) return isJsonFeed(text);
  return XML_FEED_START.test(text.trimStart());
}

/** Parses a feed file's text into its items; a file that cannot be parsed as a whole is one error naming it. */
export function parseFeed(path: string, text: string): Feed | { error: Message } {
  const body = text.replace(/^\uFEFF/, '');
  const ext = extname(path).toLowerCase();
  if (jsonLines.has(ext)) return parseJsonLines(path, body);
  if (jsonFeed.has(ext)) return parseJsonFeed(path, body);
  return parseXmlFeed(path, body);
}
