// Small text-shape tests shared by the cleaning rules.

/** Trimmed, NFKC, lower-cased, whitespace-collapsed form used to compare lines. */
export function normLine(line: string): string {
  return line.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** normLine without trailing punctuation, counters and arrows ("Comments (3)", "Share »"). */
export function normPhrase(line: string): string {
  return normLine(line)
    .replace(/\s*\(\d+\)$/, '')
    .replace(/[\s:.!…»›>|•·–—-]+$/, '');
}

export function wordCount(line: string): number {
  const words = line.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
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
