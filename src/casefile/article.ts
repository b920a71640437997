import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { annotate } from '../annotate/index.js';
import type { FeedItem } from '../feeds/index.js';
import { cleanArticles, extractArticle, normaliseOutlet, type RawArticle, toIsoDate } from '../ingest/index.js';
import { lookupPlace } from '../annotate/gazetteer.js';
import { nameKey } from '../resolve/keys.js';
import type { Mention, Message } from '../types.js';
import type { IngestUnit } from './inputs.js';

/** What reading one unit gave: an article with its content hash and story keys, or why it was skipped or failed. */
export type UnitOutcome =
  | { status: 'ok'; article: RawArticle; hash: string; keys: string[]; published: string | null; rawJson?: string }
  | { status: 'skipped' | 'failed'; message: Message };

const keyedTypes = new Set(['person', 'organization', 'place', 'facility']);

/** A spelling- and script-independent key, so "Актау" and "Aktau", "Sergei" and "Sergey" count as shared. */
function storyKey(m: Mention): string {
  if (m.type === 'place') return lookupPlace(m.name)?.name ?? nameKey(m.name);
  if (m.type === 'equipment' && m.key) return m.key.toLowerCase();
  return nameKey(m.name);
}

/** The story keys of one annotated document: its people, organizations, places, facilities and equipment. */
export function storyKeys(mentions: Mention[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) if (keyedTypes.has(m.type)) keys.add(`${m.type}:${storyKey(m)}`);
  return [...keys].sort();
}

/**
 * Reads one unit into a RawArticle (file bytes, linked file, or inline feed content). Without a named story
 * (`keys` true, the default) a quick clean + annotate pass gives the story keys for assignment; with one, the article is
 * cleaned and annotated only when its story is computed (which also writes its keys), so neither is done twice. Pure.
 */
export function readUnit(unit: Pick<IngestUnit, 'source' | 'item' | 'content'>, opts: { keys?: boolean } = {}): UnitOutcome {
  const extracted = extract(unit);
  if ('error' in extracted) return { status: extracted.error.severity === 'error' ? 'failed' : 'skipped', message: extracted.error };
  const article = unit.item ? withItemMeta(extracted, unit.item) : extracted;
  const hash = createHash('sha256').update(article.text).digest('hex');
  if (opts.keys === false) {
    // an article with no text at all is skipped here; one emptied by the story's cleaning is reported by its story
    if (!article.text.trim()) return { status: 'skipped', message: emptyAfterCleaning(article.path) };
    return { status: 'ok', article, hash, keys: [], published: article.meta.published };
  }
  const cleaned = cleanArticles([article]);
  const doc = cleaned.documents[0];
  if (!doc) return { status: 'skipped', message: cleaned.messages[0] };
  return { status: 'ok', article, hash, keys: storyKeys(annotate(doc).mentions), published: doc.published };
}

function emptyAfterCleaning(path: string): Message {
  return { file: path, rule: 'clean/empty-after-cleaning', severity: 'warning', message: `${path}: no article text left after removing boilerplate, skipped` };
}

function extract({ source, item, content }: Pick<IngestUnit, 'source' | 'item' | 'content'>): RawArticle | { error: Message } {
  if (content) return extractArticle(source, content);
  if (!item) return { error: { file: source, rule: 'read/empty', severity: 'warning', message: `${source}: no content` } };
  const title = item.title ? `${item.title}\n\n` : '';
  if (item.html) {
    const page = `<!doctype html><html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article>${item.html}</article></body></html>`;
    return extractArticle(source, new TextEncoder().encode(page));
  }
  if (item.text) return extractArticle(source, new TextEncoder().encode(`${title}${item.text}`));
  return { error: { file: source, rule: 'feed/no-content', severity: 'warning', message: `${source}: the feed item has no text, html or readable local file, skipped` } };
}

/** The feed's own fields fill what the article does not state. */
function withItemMeta(article: RawArticle, item: FeedItem): RawArticle {
  const { meta } = article;
  return {
    ...article,
    file: basename(article.path),
    meta: {
      ...meta,
      title: meta.title ?? item.title,
      outlet: meta.outlet ?? (item.outlet ? normaliseOutlet(item.outlet) : null),
      author: meta.author ?? item.author,
      published: meta.published ?? toIsoDate(item.published),
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
