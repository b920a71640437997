import type { Message } from '../types.js';

/** The URLs of a list file: one a line, blank lines and lines starting with # ignored, each URL once; a line that is no http(s) URL becomes a message naming the file and line. Pure. */
export function readUrlList(file: string, text: string): { urls: string[]; messages: Message[] } {
  const urls = new Set<string>();
  const messages: Message[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const url = URL.canParse(line) ? new URL(line) : null;
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) urls.add(url.href);
    else messages.push({ file: `${file}:${i + 1}`, rule: 'fetch/not-a-url', severity: 'warning', message: `${file}:${i + 1}: "${line.slice(0, 200)}" is not an http or https URL, skipped` });
  }
  return { urls: [...urls], messages };
}
