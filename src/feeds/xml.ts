import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Message } from '../types.js';
import feeds from './data/feeds.json' with { type: 'json' };
import type { Feed, FeedItem } from './types.js';

type Node = Record<string, unknown>;

const listElements = new Set(feeds.xmlListElements);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  htmlEntities: true,
  isArray: (name) => listElements.has(name),
});

/** Parses an RSS 2.0 or Atom document; a malformed or unknown document is an error naming the file and the place. */
export function parseXmlFeed(path: string, text: string): Feed | { error: Message } {
  const valid = XMLValidator.validate(text);
  if (valid !== true) return malformed(path, `${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
  let doc: Node;
  try {
    doc = parser.parse(text) as Node;
  } catch (err) {
    // the parser's own limits (nesting depth, entity count, size and expansions) end here, not in the caller
    return malformed(path, err instanceof Error ? err.message : String(err));
  }
  const channel = (doc.rss as Node | undefined)?.channel;
  if (channel && typeof channel === 'object') return rssFeed(channel as Node);
  if (doc.feed && typeof doc.feed === 'object') return atomFeed(doc.feed as Node);
  return malformed(path, 'neither an RSS nor an Atom feed');
}

function malformed(path: string, why: string): { error: Message } {
  return { error: { file: path, rule: 'feed/malformed', severity: 'error', message: `${path}: not a readable feed: ${why}` } };
}

function rssFeed(channel: Node): Feed {
  const items = nodes(channel.item);
  return {
    format: 'rss',
    title: textOf(channel.title),
    entries: items.map((item, i) => {
      const link = textOf(item.link);
      return {
        item: {
          id: textOf(item.guid) ?? link ?? String(i + 1),
          url: link,
          title: textOf(item.title),
          text: null,
          html: textOf(item['content:encoded']) ?? textOf(item.description),
          published: textOf(item.pubDate) ?? textOf(item['dc:date']),
          outlet: textOf(item.source),
          author: textOf(item.author) ?? textOf(item['dc:creator']),
        },
      };
    }),
  };
}

function atomFeed(feed: Node): Feed {
  return {
    format: 'atom',
    title: textOf(feed.title),
    entries: nodes(feed.entry).map((entry, i) => {
      const link = atomLink(entry.link);
      const content = (entry.content ?? entry.summary) as unknown;
      const type = typeof content === 'object' && content ? String((content as Node)['@_type'] ?? 'text') : 'text';
      const body = textOf(content);
      const item: FeedItem = {
        id: textOf(entry.id) ?? link ?? String(i + 1),
        url: link,
        title: textOf(entry.title),
        text: type === 'text' ? body : null,
        html: type === 'text' ? null : body,
        published: textOf(entry.published) ?? textOf(entry.updated),
        outlet: textOf((entry.source as Node | undefined)?.title),
        author: textOf(nodes(entry.author)[0]?.name),
      };
      return { item };
    }),
  };
}

function atomLink(links: unknown): string | null {
  const all = nodes(links);
  const best = all.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? all[0];
  return best ? textOf(best['@_href']) : null;
}

function nodes(value: unknown): Node[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((v): v is Node => typeof v === 'object' && v !== null);
}

/** Text of an element: a plain value, its #text beside attributes, or the text of inline markup (xhtml content). */
function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  const node = value as Node;
  if ('#text' in node) return textOf(node['#text']);
  const parts = Object.entries(node)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, v]) => textOf(v))
    .filter((t) => t !== null);
  return parts.join(' ').trim() || null;
}
