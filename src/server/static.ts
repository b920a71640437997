import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import contentTypes from './data/content-types.json' with { type: 'json' };

export interface StaticFile {
  body: Buffer;
  type: string;
  /** hashed build assets never change under the same name */
  immutable: boolean;
}

const TYPES: Record<string, string> = contentTypes;

/** Resolves a URL path to a file inside root, or null: never a path outside root, never a folder. */
export function resolveInside(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  return full.startsWith(base + sep) ? full : null;
}

/** Reads a built UI file with its content type, or null when there is none. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  const full = resolveInside(root, urlPath);
  if (!full) return null;
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return null;
  return { body: await readFile(full), type: TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream', immutable: urlPath.startsWith('/assets/') };
}
