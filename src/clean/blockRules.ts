import boilerplate from './data/boilerplate.json' with { type: 'json' };
import { widgetLineReason } from './lineRules.js';
import { hasText, isQuestion, looksLikeLabel, normPhrase, wordCount } from './shape.js';

const tocHeadings = new Set(boilerplate.tocHeadings);
const discussionHeadings = new Set(boilerplate.discussionHeadings);
const relatedWhole = new Set(boilerplate.relatedHeadings.whole);
const relatedStarts = boilerplate.relatedHeadings.starts;
const TOC_ENTRY = /^(?:[-*•·]\s*)?(?:\d+(?:\.\d+)*[.)]?\s+\S|[-*•·]\s*\S)/u;
const LIST_OPEN = /^list of (\d+) items?/i;
const LIST_CLOSE = /end of list$/i;
const MAX_TOC_ENTRY_CHARS = 150;
const MAX_RELATED_ITEMS = 10;
const MAX_RELATED_LINE_WORDS = 20;

/** A block rule looks at line i and returns how many lines (from i) it removes, 0 when it does not apply. */
type BlockRule = { reason: string; span: (lines: string[], i: number) => number };

function heading(line: string): string {
  return normPhrase(line).replace(/\?$/, '');
}

/** Extends a block from `from` over blank lines and lines accepted by `take`; returns the end (exclusive) of the last taken line. */
function extend(lines: string[], from: number, take: (line: string) => boolean, limit = Number.POSITIVE_INFINITY): number {
  let end = from;
  let taken = 0;
  for (let j = from; j < lines.length && taken < limit; j++) {
    const line = lines[j].trim();
    if (!line) continue;
    if (!take(line)) break;
    end = j + 1;
    taken++;
  }
  return end;
}

const tableOfContents: BlockRule = {
  reason: 'clean/table-of-contents',
  span(lines, i) {
    if (!tocHeadings.has(heading(lines[i]))) return 0;
    const end = extend(lines, i + 1, (l) => TOC_ENTRY.test(l) && l.length <= MAX_TOC_ENTRY_CHARS);
    return Math.max(end, i + 1) - i;
  },
};

const discussionPrompts: BlockRule = {
  reason: 'clean/discussion-prompts',
  span(lines, i) {
    if (!discussionHeadings.has(heading(lines[i]))) return 0;
    const end = extend(lines, i + 1, (l) => isQuestion(l) || !hasText(l) || widgetLineReason(l) !== null);
    return Math.max(end, i + 1) - i;
  },
};

const relatedLinks: BlockRule = {
  reason: 'clean/related-links',
  span(lines, i) {
    const phrase = normPhrase(lines[i]);
    if (relatedStarts.some((s) => phrase.startsWith(s)) && wordCount(phrase) <= MAX_RELATED_LINE_WORDS) return 1;
    if (!relatedWhole.has(phrase)) return 0;
    const next = extend(lines, i + 1, () => true, 1);
    const open = next > i + 1 ? LIST_OPEN.exec(lines[next - 1].trim()) : null;
    if (open) {
      // a "list of N items … end of list" widget: drop through its closing line
      if (LIST_CLOSE.test(lines[next - 1].trim())) return next - i;
      const close = extend(lines, next, (l) => !LIST_CLOSE.test(l), Number(open[1]));
      return extend(lines, close, (l) => LIST_CLOSE.test(l), 1) - i;
    }
    const end = extend(
      lines,
      i + 1,
      (l) => looksLikeLabel(l, MAX_RELATED_LINE_WORDS) && widgetLineReason(l) === null,
      MAX_RELATED_ITEMS,
    );
    return Math.max(end, i + 1) - i;
  },
};

const blockRules: BlockRule[] = [tableOfContents, discussionPrompts, relatedLinks];

/** Marks table-of-contents, discussion-prompt and related-links blocks: reason per line index, null where kept. */
export function markBlocks(lines: string[]): (string | null)[] {
  const reasons: (string | null)[] = lines.map(() => null);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    for (const rule of blockRules) {
      const n = rule.span(lines, i);
      if (n === 0) continue;
      for (let j = i; j < i + n; j++) if (lines[j].trim()) reasons[j] = rule.reason;
      i += n - 1;
      break;
    }
  }
  return reasons;
}
