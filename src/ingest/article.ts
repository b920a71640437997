import { basename } from 'node:path';
import { normLine } from '../clean/index.js';
import type { Message } from '../types.js';
import { decodeFile } from './decode.js';
import { extractHtmlArticle } from './html.js';
import { normaliseOutlet } from './outlets.js';
import { type ArticleMeta, extractTextMeta } from './textMeta.js';

/** One file read and extracted, before the folder-wide cleaning. */
export interface RawArticle {
  path: string;
  file: string;
  format: 'text' | 'html';
  encoding: string;
  /** article text before cleaning, one paragraph per line */
  text: string;
  meta: ArticleMeta;
  /** a web page's lang attribute, used when the text is too short to tell its language */
  declaredLanguage: string | null;
  messages: Message[];
}

/** Pure core, usable from a worker: bytes of one file -> its article text and metadata, or a message. */
export function extractArticle(path: string, bytes: Uint8Array): RawArticle | { error: Message } {
  const decoded = decodeFile(path, bytes);
  if ('error' in decoded) return decoded;
  const base = { path, file: basename(path), format: decoded.format, encoding: decoded.encoding, messages: decoded.messages };
  if (decoded.format === 'text') {
    return { ...base, text: decoded.text, meta: extractTextMeta(decoded.text), declaredLanguage: null };
  }
  const page = extractHtmlArticle(decoded.text);
  const stated = extractTextMeta(page.text);
  const title = page.title ?? stated.title;
  const firstLine = page.text.trimStart().split('\n')[0] ?? '';
  // the headline often sits outside the extracted article: put it on top, as in a plain-text copy
  const text = title && page.text.trim() && normLine(firstLine) !== normLine(title) ? `${title}\n\n${page.text}` : page.text;
  const meta: ArticleMeta = {
    ...stated,
    title,
    outlet: page.outlet ? normaliseOutlet(page.outlet) : stated.outlet,
    author: page.author ?? stated.author,
    published: page.published ?? stated.published,
  };
  return { ...base, text, meta, declaredLanguage: page.language };
}
