// Small text-shape tests shared by the cleaning rules.
import { memo } from '../text/index.js';

// the cleaning rules ask for the same line's forms many times over: a bounded cache answers the repeats
const CACHE_LIMIT = 4096;

// NFKC leaves printable ASCII as it is
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Trimmed, NFKC, lower-cased, whitespace-collapsed form used to compare lines. */
export const normLine = memo((line: string): string => (PLAIN_ASCII.test(line) ? line : line.normalize('NFKC')).toLowerCase().replace(/\s+/g, ' ').trim(), CACHE_LIMIT);

/** normLine without trailing punctuation, counters and arrows ("Comments (3)", "Share »"). */
export const normPhrase = memo(
  (line: string): string =>
    normLine(line)
      .replace(/\s*\(\d+\)$/, '')
      .replace(/[\s:.!…»›>|•·–—-]+$/, ''),
  CACHE_LIMIT,
);

/** Words separated by whitespace. */
export function wordCount(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0xfeff;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

export function hasText(line: string): boolean {
  return /[\p{L}\p{N}]/u.test(line);
}

export function isQuestion(line: string): boolean {
  return /\?["'”’)]*$/.test(line.trim());
}

/** A full sentence: several words ending in terminal punctuation. */
export function isSentence(line: string): boolean {
  return wordCount(line) >= 4 && /[.!?]["'”’)]*$/.test(line.trim());
}

/** Short, not a sentence, not a question: the shape of menu items, labels and widget titles. */
export function looksLikeLabel(line: string, maxWords = 8): boolean {
  const words = wordCount(line);
  return words > 0 && words <= maxWords && hasText(line) && !isQuestion(line) && !isSentence(line);
}
