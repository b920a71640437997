import type { Message } from '../types.js';
import feeds from './data/feeds.json' with { type: 'json' };
import type { Feed, FeedEntry, FeedItem } from './types.js';

type Fields = Record<string, unknown>;

/** True when the text is a JSON Feed (a JSON object whose version names jsonfeed.org). */
export function isJsonFeed(text: string): boolean {
  try {
    const doc = JSON.parse(text) as Fields;
    return typeof doc?.version === 'string' && doc.version.startsWith(feeds.jsonFeedVersionPrefix);
  } catch {
    return false;
  }
}

/** Parses a JSON Feed (version 1 or 1.1). */
export function parseJsonFeed(path: string, text: string): Feed | { error: Message } {
  let doc: Fields;
  try {
    doc = JSON.parse(text) as Fields;
  } catch (err) {
    return { error: { file: path, rule: 'feed/malformed', severity: 'error', message: `${path}: not a readable feed: ${(err as Error).message}` } };
  }
  const items = Array.isArray(doc.items) ? (doc.items as Fields[]) : [];
  return {
    format: 'json-feed',
    title: str(doc.title),
    entries: items.map((it, i) => {
      const author = (Array.isArray(it.authors) ? (it.authors as Fields[])[0] : (it.author as Fields | undefined)) ?? {};
      return {
        item: {
          id: str(it.id) ?? str(it.url) ?? String(i + 1),
          url: str(it.url) ?? str(it.external_url),
          title: str(it.title),
          text: str(it.content_text),
          html: str(it.content_html) ?? str(it.summary),
          published: str(it.date_published),
          outlet: null,
          author: str(author.name),
        },
      };
    }),
  };
}

/** Parses JSON Lines of {url, title, text | html, published, outlet}; a bad line becomes an error entry naming file and line, the other lines are read. */
export function parseJsonLines(path: string, text: string): Feed {
  const entries: FeedEntry[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    const where = `${path} line ${i + 1}`;
    try {
      const it = JSON.parse(line) as Fields;
      if (typeof it !== 'object' || it === null || Array.isArray(it)) throw new Error('not a JSON object');
      entries.push({ item: lineItem(it, i + 1) });
    } catch (err) {
      entries.push({ id: `line-${i + 1}`, error: { file: path, rule: 'feed/bad-line', severity: 'error', message: `${where}: ${(err as Error).message}` } });
    }
  }
  return { format: 'json-lines', title: null, entries };
}

function lineItem(it: Fields, line: number): FeedItem {
  return {
    id: str(it.id) ?? str(it.url) ?? `line-${line}`,
    url: str(it.url),
    title: str(it.title),
    text: str(it.text),
    html: str(it.html),
    published: str(it.published),
    outlet: str(it.outlet),
    author: str(it.author),
  };
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;
}
