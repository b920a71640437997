import boilerplate from './data/boilerplate.json' with { type: 'json' };
import { hasText, normPhrase, wordCount } from './shape.js';

interface LineRule {
  reason: string;
  whole: Set<string>;
  starts: string[];
}

const lineRules: LineRule[] = boilerplate.lineRules.map((r) => ({
  reason: r.reason,
  whole: new Set(r.whole),
  starts: r.starts,
}));
const listResidue = boilerplate.listResidue.map((p) => new RegExp(p, 'i'));
// a prompt that opens a long paragraph is content quoting it, not a widget
const MAX_PROMPT_WORDS = 30;

/** Reason for a single widget line (comment/share prompt, back-to-top, advert, list residue, no text), or null. */
export function widgetLineReason(line: string): string | null {
  const text = line.trim();
  if (!text) return null;
  if (!hasText(text)) return 'clean/no-text';
  const phrase = normPhrase(text);
  if (listResidue.some((p) => p.test(phrase))) return 'clean/list-residue';
  const short = wordCount(text) <= MAX_PROMPT_WORDS;
  for (const rule of lineRules) {
    if (rule.whole.has(phrase)) return rule.reason;
    if (short && rule.starts.some((s) => phrase.startsWith(s))) return rule.reason;
  }
  return null;
}
