import type { Message } from '../types.js';

export type FeedFormat = 'rss' | 'atom' | 'json-feed' | 'json-lines';

/** One article a feed carries: its content inline, or a link to it. */
export interface FeedItem {
  /** guid, id or url when the feed gives one, else the item's 1-based position */
  id: string;
  url: string | null;
  title: string | null;
  text: string | null;
  html: string | null;
  /** date as written in the feed */
  published: string | null;
  outlet: string | null;
  author: string | null;
}

/** An item read, or the problem that kept it from being read (a bad JSON line). */
export type FeedEntry = { item: FeedItem } | { id: string; error: Message };

export interface Feed {
  format: FeedFormat;
  title: string | null;
  entries: FeedEntry[];
}
