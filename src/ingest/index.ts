import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { cleanText, sharedLines } from '../clean/index.js';
import type { Document, Message } from '../types.js';
import { type RawArticle, extractArticle } from './article.js';
import { listInputFiles, unreadable } from './files.js';
import { detectLanguage } from './language.js';
import { stableIds } from '../text/index.js';
import { fullOutletNames } from './outlets.js';
import { dayInYear, statedDates } from './dates.js';
import { resolveUncertainDate } from './textMeta.js';
import { INPUT_LIMITS } from './limits.js';
import { type ArchivedPage, convertDocument, isWarcName, readWarc } from './formats/index.js';

export { type RawArticle, extractArticle } from './article.js';
export { type DecodedFile, decodeFile } from './decode.js';
export { type HtmlArticle, extractHtmlArticle } from './html.js';
export { type ArticleMeta, extractTextMeta, readTextMeta, resolveUncertainDate, type UncertainDate } from './textMeta.js';
export { toIsoDate } from './dates.js';
export { detectLanguage } from './language.js';
export { normaliseOutlet, sameOutlet } from './outlets.js';
export { type ArchivedPage, convertDocument, isWarcName, readWarc } from './formats/index.js';

export interface ReadResult {
  documents: Document[];
  messages: Message[];
}

export interface ReadOptions {
  /** called before each file is read: its path, 0-based index and the number of files */
  onFile?: (path: string, i: number, total: number) => void;
}

/** Reads files and folders (recursive, hidden files and folders skipped, sorted by path; *.json / *.md skipped as not-articles with an info message), returns cleaned Documents with ids d1, d2… in path order; a short outlet name is completed when one longer name in the folder starts with it. Never throws for a bad file: it becomes a Message naming the file and the problem. */
export async function readInputs(paths: string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const raw = await readRawInputs(paths, opts);
  return withMessages(raw.messages, cleanArticles(raw.articles));
}

/** The articles of files and folders as read and extracted, before cleaning (the first half of `readInputs`), in path order. */
export async function readRawInputs(paths: string[], opts: ReadOptions = {}): Promise<{ articles: RawArticle[]; messages: Message[] }> {
  const listed = await listInputFiles(paths);
  const messages: Message[] = [...listed.messages];
  const articles: RawArticle[] = [];
  for (const [i, path] of listed.files.entries()) {
    opts.onFile?.(path, i, listed.files.length);
    if (isWarcName(path)) {
      const archive = await readWarcArticles(path);
      articles.push(...archive.articles);
      messages.push(...archive.messages);
      continue;
    }
    const read = await readArticle(path);
    if ('error' in read) messages.push(read.error);
    else {
      messages.push(...read.messages);
      articles.push(read);
    }
  }
  return { articles, messages };
}

/** Cleaned documents with the messages met while reading before cleaning's own: one list in path order, each file's messages in the order they arose. */
export function withMessages(readMessages: Message[], cleaned: ReadResult): ReadResult {
  const messages = [...readMessages, ...cleaned.messages];
  messages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents: cleaned.documents, messages };
}

/**
 * Content-based document ids: "d" and a short hash of the article as read (before cleaning, whose shared-line rule
 * depends on the other articles), so adding, removing or re-ordering articles keeps every other document's id.
 * Articles with identical text get "-2", "-3"… in the given order. Pure.
 */
export const documentIds = (articles: RawArticle[]): string[] => stableIds('d', articles.map((a) => a.text));

/** Cleans a set of articles together (lines shared across the set, outlet names completed from the set) into Documents with content-based ids (`documentIds`) in the given order; an article left empty becomes a warning. Pure. */
export function cleanArticles(articles: RawArticle[]): ReadResult {
  const context = cleaningContext(articles);
  const ids = documentIds(articles);
  const documents: Document[] = [];
  const messages: Message[] = [];
  for (const [i, article] of articles.entries()) {
    const cleaned = cleanArticle(article, ids[i], context);
    if ('error' in cleaned) messages.push(cleaned.error);
    else documents.push(cleaned);
  }
  return { documents, messages };
}

/** What cleaning one article needs to know about the whole set. */
export interface CleaningContext {
  sharedLines: Set<string>;
  /** short outlet name -> the one longer name in the set that starts with it */
  outletNames: Map<string, string>;
  /** the publication dates the set's articles state in full, for completing a date stated in part */
  knownDates: string[];
}

/** The set-wide half of `cleanArticles`: lines shared across the set and outlet names completed from it. Pure. */
export function cleaningContext(articles: RawArticle[]): CleaningContext {
  return {
    sharedLines: sharedLines(articles.map((a) => a.text)),
    outletNames: fullOutletNames(articles.flatMap((a) => [a.meta.outlet, a.meta.syndicatedFrom].filter((n) => n !== null))),
    knownDates: [...new Set(articles.flatMap((a) => (a.meta.published ? [a.meta.published] : [])))].sort(),
  };
}

/** The per-article half of `cleanArticles`: one Document with the given id, or the warning that nothing was left. Pure, so it can run in a worker. */
export function cleanArticle(article: RawArticle, id: string, context: CleaningContext): Document | { error: Message } {
  const { title, outlet } = article.meta;
  const cleaned = cleanText(article.text, { sharedLines: context.sharedLines, title, outlet });
  if (!cleaned.text.trim()) {
    return {
      error: {
        file: article.path,
        rule: 'clean/empty-after-cleaning',
        severity: 'warning',
        message: `${article.path}: no article text left after removing boilerplate, skipped`,
      },
    };
  }
  return toDocument(article, cleaned, id, context);
}

// a day without its year takes a year from the text's own dates only when one of them lies this close (they may be about
// other years: "two years after the flood of 7 October 2023")
const TEXT_NEAR_DAYS = 10;

/** One file's bytes through `extractArticle`, refusing files over the size limit; never throws. */
export async function readArticle(path: string): Promise<RawArticle | { error: Message }> {
  try {
    const { size } = await stat(path);
    if (size > INPUT_LIMITS.maxBytes) {
      const mb = (size / 1048576).toFixed(1);
      return { error: { file: path, rule: 'read/too-large', severity: 'warning', message: `${path}: too large (${mb} MB; limit ${(INPUT_LIMITS.maxBytes / 1048576).toFixed(1)} MB, TRIANGULATE_MAX_FILE_BYTES), skipped` } };
    }
    const converted = await convertDocument(path, await readFile(path));
    return 'error' in converted ? converted : extractArticle(path, converted.content);
  } catch (err) {
    return { error: unreadable(path, err) };
  }
}

/** The HTML pages of a WARC file as articles, each with its captured address as its path; never throws. */
export async function readWarcArticles(path: string): Promise<{ articles: RawArticle[]; messages: Message[] }> {
  const messages: Message[] = [];
  const articles: RawArticle[] = [];
  const archive = await readWarcMessages(path);
  messages.push(...archive.messages);
  for (const page of archive.pages) {
    const read = extractArticle(page.uri, page.body);
    if ('error' in read) messages.push(read.error);
    else {
      messages.push(...read.messages);
      articles.push(read);
    }
  }
  return { articles, messages };
}

/** The pages of a WARC file, with a message for each page left out and for a file cut short or unreadable, naming the file. */
export async function readWarcMessages(path: string): Promise<{ pages: ArchivedPage[]; messages: Message[] }> {
  const note = (severity: Message['severity'], problem: string): Message => ({ file: path, rule: 'read/warc', severity, message: `${path}: ${problem}` });
  try {
    const archive = await readWarc(path, INPUT_LIMITS.maxBytes);
    const messages = archive.notes.map((n) => note('warning', n));
    if (archive.broken) messages.push(note('warning', `${archive.broken}; the ${archive.pages.length} pages read before are kept`));
    if (!archive.pages.length && !archive.broken) messages.push(note('warning', 'no HTML pages (response records served as text/html) in this web archive, skipped'));
    return { pages: archive.pages, messages };
  } catch (err) {
    return { pages: [], messages: [unreadable(path, err)] };
  }
}

function toDocument(
  article: RawArticle,
  cleaned: ReturnType<typeof cleanText>,
  id: string,
  context: CleaningContext,
): Document {
  const full = (name: string | null) => name && (context.outletNames.get(name) ?? name);
  // a date stated in part ("Sept 2", "12/11/2025") completed from the dates the other articles of the set state
  const uncertain = article.meta.published ? null : article.uncertainDate;
  const published = uncertain
    ? (resolveUncertainDate(uncertain, context.knownDates ?? [], true) ?? (uncertain.day ? dayInYear(uncertain.day, statedDates(article.text), TEXT_NEAR_DAYS) : null))
    : article.meta.published;
  const detected = detectLanguage(cleaned.text);
  const declared = article.declaredLanguage?.slice(0, 2).toLowerCase();
  return {
    id,
    path: article.path,
    file: article.file,
    format: article.format,
    encoding: article.encoding,
    ...article.meta,
    published,
    outlet: full(article.meta.outlet),
    syndicatedFrom: full(article.meta.syndicatedFrom),
    language: detected === 'und' && declared ? declared : detected,
    text: cleaned.text,
    removed: cleaned.removed,
    contentHash: createHash('sha256').update(cleaned.text).digest('hex'),
  };
}
