import type { RemovedBlock } from '../types.js';
import { markBlocks } from './blockRules.js';
import { widgetLineReason } from './lineRules.js';
import metaWords from './data/metadata-lines.json' with { type: 'json' };
import { type BylineLine, DATE_SHAPE as DATE_SHAPE_SOURCE, findSelfPromotion, parseByline, parseDateLine, parseSourceLine } from './metaLines.js';
import { parseNavigationLine } from './navigation.js';
import { isImagePlaceholder } from './placeholders.js';
import { isSentence, looksLikeLabel, normLine } from './shape.js';

export { DATE_SHAPE, findSelfPromotion, parseByline, parseDateLine, parseSourceLine } from './metaLines.js';
export type { BylineLine, SelfPromotion } from './metaLines.js';
export { isImagePlaceholder } from './placeholders.js';
export { type NavigationLine, parseNavigationLine } from './navigation.js';
export { widgetLineReason } from './lineRules.js';
export { isSentence, looksLikeLabel, normLine, wordCount } from './shape.js';

export interface CleanContext {
  /** lines shared by several documents of the folder (see sharedLines) */
  sharedLines: Set<string>;
  title: string | null;
  /** the outlet's own name (a masthead), so closing lines that promote it are removed */
  outlet?: string | null;
}

export interface CleanResult {
  text: string;
  removed: RemovedBlock[];
}

// labels above the headline ("News", "World") are at most this long
const MAX_PRE_TITLE_WORDS = 4;

/** Lines (trimmed, case-folded) that appear in 2+ documents of the folder and look like boilerplate (short, not a sentence). */
export function sharedLines(rawTexts: string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const raw of rawTexts) {
    const labels = new Set(splitLines(raw).filter((l) => looksLikeLabel(l)).map(normLine));
    for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= 2).map(([label]) => label));
}

/** Removes boilerplate; keeps what it removed, with the reason (rule id). */
export function cleanText(raw: string, ctx: CleanContext): CleanResult {
  const lines = splitLines(raw);
  const reasons = markBlocks(lines);
  const title = ctx.title ? normLine(ctx.title) : null;
  const titleAt = title === null ? -1 : lines.findIndex((l) => normLine(l) === title);
  // the masthead above the headline is not a closing promotion, however short the page
  const belowTitle = lines.map((l, i) => (i <= titleAt ? '' : l));
  for (const i of findSelfPromotion(belowTitle, ctx.outlet ?? null).lines) reasons[i] ??= 'clean/self-promotion';
  // dates, menus and breadcrumbs standing alone above the first sentence are the page header, not article text
  const bodyAt = lines.findIndex((l) => isSentence(l));
  const at = { title: titleAt, body: bodyAt < 0 ? lines.length : bodyAt };
  lines.forEach((line, i) => {
    if (line && reasons[i] === null) reasons[i] = lineReason(line, i, at, title, ctx.sharedLines);
  });
  return assemble(lines, reasons);
}

function splitLines(raw: string): string[] {
  return raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
}

const DATED = new RegExp(DATE_SHAPE_SOURCE, 'u');
const COLLECTIVE = new RegExp(`(?:^|\\s)(?:${metaWords.bylineCollectiveWords.join('|')})$`, 'iu');

/** A byline with no date ("By Jane Roe, Meseta Wire" has none) whose author is two to seven words with no collective word ("Levant Wire staff") at the end. */
function namesPersonOnly(byline: BylineLine): boolean {
  const author = byline.author?.trim();
  if (!author || (byline.date && DATED.test(byline.date))) return false;
  const words = author.split(/\s+/);
  return words.length >= 2 && words.length <= 7 && !COLLECTIVE.test(author);
}

/** `at`: line indexes of the title (-1 when unknown) and of the first sentence, where the page header ends. */
function lineReason(
  line: string,
  i: number,
  at: { title: number; body: number },
  title: string | null,
  shared: Set<string>,
): string | null {
  const norm = normLine(line);
  if (norm === title) return i === at.title ? null : 'clean/repeated-title';
  if (isImagePlaceholder(line)) return 'clean/image-placeholder';
  const widget = widgetLineReason(line);
  if (widget) return widget;
  if (i < at.body && parseDateLine(line)) return 'clean/date-line';
  if (i < at.body && parseNavigationLine(line)) return 'clean/navigation';
  if (i < at.title && looksLikeLabel(line, MAX_PRE_TITLE_WORDS)) return 'clean/pre-title-label';
  const byline = parseByline(line);
  // "By Jane Roe": an undated byline naming a person stays, for the article names its author
  if (byline) return namesPersonOnly(byline) ? null : 'clean/byline';
  if (parseSourceLine(line)) return 'clean/source-line';
  if (shared.has(norm) && looksLikeLabel(line)) return 'clean/shared-line';
  return null;
}

/** Joins kept lines (at most one blank line between paragraphs) and groups removed lines by reason. */
function assemble(lines: string[], reasons: (string | null)[]): CleanResult {
  const kept: string[] = [];
  const removed: RemovedBlock[] = [];
  let last: RemovedBlock | undefined;
  for (const [i, line] of lines.entries()) {
    const reason = reasons[i];
    if (!line) {
      if (kept.length && kept[kept.length - 1] !== '') kept.push('');
    } else if (reason === null) {
      kept.push(line);
      last = undefined;
    } else if (last?.reason === reason) {
      last.text += `\n${line}`;
    } else {
      last = { text: line, reason };
      removed.push(last);
    }
  }
  while (kept.length && kept[kept.length - 1] === '') kept.pop();
  return { text: kept.join('\n'), removed };
}
