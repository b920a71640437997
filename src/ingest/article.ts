import { basename } from 'node:path';
import { normLine } from '../clean/index.js';
import type { Message } from '../types.js';
import { decodeFile } from './decode.js';
import { extractHtmlArticle } from './html.js';
import { normaliseOutlet } from './outlets.js';
import { type ArticleMeta, type MetaNotes, readTextMeta, type UncertainDate } from './textMeta.js';

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
  /** a publication date stated only in part (no year, or two readings), for the folder's dates to complete */
  uncertainDate?: UncertainDate | null;
}

/** Pure core, usable from a worker: bytes of one file -> its article text and metadata, or a message. */
export function extractArticle(path: string, bytes: Uint8Array): RawArticle | { error: Message } {
  const decoded = decodeFile(path, bytes);
  if ('error' in decoded) return decoded;
  const base = { path, file: basename(path), format: decoded.format, encoding: decoded.encoding, messages: decoded.messages };
  if (decoded.format === 'text') {
    const { meta, notes } = readTextMeta(decoded.text);
    return withNotes({ ...base, text: decoded.text, meta, declaredLanguage: null }, notes);
  }
  const page = extractHtmlArticle(decoded.text);
  const { meta: stated, notes } = readTextMeta(page.text, page.outlet ? normaliseOutlet(page.outlet) : null);
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
  return withNotes({ ...base, text, meta, declaredLanguage: page.language }, notes);
}

/** The article with what its page left unknown about its date and outlet, as info messages a person can read. */
function withNotes(article: Omit<RawArticle, 'uncertainDate'>, notes: MetaNotes): RawArticle {
  const { path, meta } = article;
  const info = (rule: string, message: string): Message => ({ file: path, rule, severity: 'info', message: `${path}: ${message}` });
  const messages = [...article.messages];
  const uncertain = meta.published ? null : notes.uncertainDate;
  if (uncertain?.day) {
    messages.push(info('read/date-no-year', `the page dates itself "${uncertain.written}" without a year; the year is taken from the dates of the other documents read with it, if they give one`));
  } else if (uncertain?.readings) {
    messages.push(info('read/date-ambiguous', `the page's date "${uncertain.written}" reads as ${uncertain.readings.join(' or ')}; taken only where the dates read with it decide`));
  } else if (!meta.published && notes.relativeDate) {
    messages.push(info('read/date-relative', `the page dates itself only as "${notes.relativeDate}", counted from a moment the saved page does not give: publication date unknown`));
  } else if (!meta.published) {
    messages.push(info('read/date-unknown', 'the page states no publication date (no dateline, byline, date line or labelled date)'));
  }
  if (meta.syndicatedFrom && notes.origin) {
    messages.push(info('read/origin-credit', `copy of ${meta.syndicatedFrom}, as its ${notes.origin.rule} credit says: "${notes.origin.quote.slice(0, 120)}"`));
  }
  if (!meta.outlet) {
    messages.push(info('read/outlet-unknown', 'no outlet named (no masthead, dateline outlet, web address, site prefix or self-promotion)'));
  }
  return { ...article, messages, uncertainDate: uncertain };
}
