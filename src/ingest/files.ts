import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Message } from '../types.js';
import inputFiles from './data/input-files.json' with { type: 'json' };

const notArticles = new Set(inputFiles.notArticleExtensions);

export interface InputFiles {
  /** article candidates, sorted by path, each once */
  files: string[];
  messages: Message[];
}

/** Expands files and folders (recursively, skipping hidden entries) into the sorted list of article candidates. */
export async function listInputFiles(paths: string[]): Promise<InputFiles> {
  const files = new Set<string>();
  const messages: Message[] = [];
  // folders already listed, by device and inode: a symlink back to a parent (or two folders linking to each other) is listed once
  const folders = new Set<string>();
  const visit = async (path: string): Promise<void> => {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch (err) {
      messages.push(unreadable(path, err));
      return;
    }
    if (!info.isDirectory() && !info.isFile()) {
      // a named pipe would block the read forever, a device could be endless
      messages.push({ file: path, rule: 'read/not-a-file', severity: 'warning', message: `${path}: not a regular file (${kind(info)}), skipped` });
      return;
    }
    if (info.isDirectory()) {
      const key = `${info.dev}:${info.ino}`;
      if (folders.has(key)) {
        messages.push({ file: path, rule: 'read/symlink-loop', severity: 'warning', message: `${path}: a folder already read (symbolic link loop), skipped` });
        return;
      }
      folders.add(key);
    }
    if (!info.isDirectory()) {
      if (notArticles.has(extname(path).toLowerCase())) {
        messages.push({ file: path, rule: 'read/not-article', severity: 'info', message: `${path}: not an article (${extname(path)}), skipped` });
      } else files.add(path);
      return;
    }
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (err) {
      messages.push(unreadable(path, err));
      return;
    }
    for (const entry of entries) {
      if (!entry.name.startsWith('.')) await visit(join(path, entry.name));
    }
  };
  // paths named by the caller are read even when hidden; only entries found inside folders are skipped
  for (const path of paths) await visit(path);
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), messages };
}

function kind(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isSocket()) return 'a socket';
  return info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'not a file';
}

export function unreadable(path: string, err: unknown): Message {
  const code = (err as NodeJS.ErrnoException)?.code ?? String(err);
  return { file: path, rule: 'read/unreadable', severity: 'error', message: `${path}: cannot read (${code})` };
}
