import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type FeedItem, isFeedFile, parseFeed } from '../feeds/index.js';
import feeds from '../feeds/data/feeds.json' with { type: 'json' };
import { listInputFiles, unreadable } from '../ingest/files.js';
import type { Message } from '../types.js';
import { INPUT_LIMITS } from '../ingest/limits.js';
import { convertDocument, isWarcName, readWarcMessages } from '../ingest/index.js';
import { pageItem } from './web.js';

/** One article to ingest: a file's bytes, or a feed item (with the bytes of the local file it links to, if any). */
export interface IngestUnit {
  /** the file path, or "feed-path#item-id" */
  source: string;
  /** the file it came from */
  input: string;
  item: FeedItem | null;
  content: Uint8Array | null;
}

/** An input that never became a unit: not an article, unreadable, a malformed feed or feed line. */
export interface InputProblem {
  source: string;
  input: string;
  message: Message;
}

export interface CollectedInputs {
  units: IngestUnit[];
  problems: InputProblem[];
}

const feedExtensions = new Set(feeds.jsonFeedExtensions);

/** Expands files and folders like analyze does (sorted, hidden skipped), reading each file and splitting feeds into items. Never throws for a bad file. */
export async function collectInputs(paths: string[]): Promise<CollectedInputs> {
  const listed = await listInputFiles(paths);
  const units: IngestUnit[] = [];
  const problems: InputProblem[] = [];
  const files = [...listed.files];
  // a .json file is not an article, but it may be a JSON Feed: its message stands only if it is not
  const notArticle = new Map<string, Message>();
  for (const message of listed.messages) {
    if (message.rule === 'read/not-article' && feedExtensions.has(extname(message.file).toLowerCase())) {
      notArticle.set(message.file, message);
      files.push(message.file);
    } else problems.push({ source: message.file, input: message.file, message });
  }
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of files) {
    if (isWarcName(path)) {
      const archive = await archiveInputs(path);
      units.push(...archive.units);
      problems.push(...archive.problems);
      continue;
    }
    const bytes = await readBytes(path);
    if ('error' in bytes) {
      problems.push({ source: path, input: path, message: bytes.error });
      continue;
    }
    const text = new TextDecoder().decode(bytes.content);
    if (!isFeedFile(path, text)) {
      const message = notArticle.get(path);
      if (message) problems.push({ source: path, input: path, message });
      else units.push({ source: path, input: path, item: null, content: bytes.content });
      continue;
    }
    const feed = parseFeed(path, text);
    if ('error' in feed) {
      problems.push({ source: path, input: path, message: feed.error });
      continue;
    }
    const seen = new Set<string>();
    for (const entry of feed.entries) {
      const id = 'item' in entry ? entry.item.id : entry.id;
      // feeds sometimes repeat an id: the later item gets its position appended
      const source = seen.has(id) ? `${path}#${id}~${seen.size + 1}` : `${path}#${id}`;
      seen.add(id);
      if ('error' in entry) problems.push({ source, input: path, message: entry.error });
      else units.push({ source, input: path, item: entry.item, content: await linkedFile(path, entry.item) });
    }
  }
  return { units, problems };
}

/** A WARC file's HTML pages as units whose source is the captured address (a repeated address gets its position appended). */
async function archiveInputs(path: string): Promise<CollectedInputs> {
  const archive = await readWarcMessages(path);
  const seen = new Set<string>();
  const units: IngestUnit[] = archive.pages.map((page, i) => {
    const source = seen.has(page.uri) ? `${page.uri}~${i + 1}` : page.uri;
    seen.add(page.uri);
    return { source, input: path, item: pageItem({ url: page.uri, finalUrl: page.uri }), content: page.body };
  });
  return { units, problems: archive.messages.map((message) => ({ source: path, input: path, message })) };
}

/** A file's bytes (a PDF, DOCX or e-mail converted to a web page), or why they cannot be read (too large, missing, unreadable, corrupt). */
export async function readBytes(path: string): Promise<{ content: Uint8Array } | { error: Message }> {
  try {
    const { size } = await stat(path);
    if (size > INPUT_LIMITS.maxBytes) {
      return { error: { file: path, rule: 'read/too-large', severity: 'warning', message: `${path}: too large (${(size / 1048576).toFixed(1)} MB; limit ${(INPUT_LIMITS.maxBytes / 1048576).toFixed(1)} MB, TRIANGULATE_MAX_FILE_BYTES), skipped` } };
    }
    return await convertDocument(path, await readFile(path));
  } catch (err) {
    return { error: unreadable(path, err) };
  }
}

/** Bytes of the local file a feed item links to (a relative path or file: URL next to the feed), or null. */
async function linkedFile(feedPath: string, item: FeedItem): Promise<Uint8Array | null> {
  const link = item.url;
  if (!link || /^[a-z][a-z0-9+.-]*:/i.test(link.replace(/^file:/i, ''))) return null;
  const path = link.startsWith('file:') ? fileURLToPath(link) : resolve(dirname(feedPath), link);
  const read = await readBytes(path);
  return 'content' in read ? read.content : null;
}

/** The bytes a job reads: stored with the job, or (when the store kept only the path) read from the file now. */
export async function jobContent(job: { source: string; item: unknown; content: Uint8Array | null }): Promise<{ content: Uint8Array | null } | { error: Message }> {
  if (job.content || job.item) return { content: job.content };
  return readBytes(job.source);
}
