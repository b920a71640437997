import {
  findSelfPromotion,
  isImagePlaceholder,
  isSentence,
  normLine,
  parseByline,
  parseSourceLine,
  widgetLineReason,
  wordCount,
} from '../clean/index.js';
import { findCredits } from './credits.js';
import sections from './data/section-labels.json' with { type: 'json' };
import { parseDateline } from './dateline.js';
import { toIsoDate } from './dates.js';
import { normaliseOutlet } from './outlets.js';

/** Metadata a plain-text article states about itself. */
export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  dateline: string | null;
  syndicatedFrom: string | null;
  credits: string[];
}

const sectionLabels = new Set(sections.labels);
// how far into the article a headline or dateline may sit
const TITLE_WINDOW = 5;
const DATELINE_WINDOW = 8;
const MAX_TITLE_WORDS = 30;

/** Title, dateline, byline, closing source line, self-promotion and photo credits of a plain-text article. */
export function extractTextMeta(text: string): ArticleMeta {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const filled = lines.filter((l) => l !== '');
  const title = pickTitle(filled);
  const body = filled
    .slice(title === null ? 0 : filled.indexOf(title) + 1)
    .filter((l) => l !== title && !isImagePlaceholder(l) && !parseByline(l));
  const dateline = body
    .slice(0, DATELINE_WINDOW)
    .map((l, i) => parseDateline(l, i === 0))
    .find((d) => d !== null);
  const bylines = filled.map(parseByline).filter((b) => b !== null);
  const bylineDate = bylines
    .filter((b) => b.dateIsPublication)
    .map((b) => toIsoDate(b.date))
    .find((d) => d !== null);
  const source = filled.map(parseSourceLine).filter((s) => s !== null).pop();
  const promoted = findSelfPromotion(lines).outlet;
  const outlet = dateline?.outlet ?? promoted;
  return {
    title,
    outlet: outlet ? normaliseOutlet(outlet) : null,
    author: bylines.find((b) => b.author)?.author ?? null,
    published: dateline?.published ?? bylineDate ?? null,
    dateline: dateline?.place ?? null,
    syndicatedFrom: source ? normaliseOutlet(source) : null,
    credits: findCredits(text),
  };
}

/** The first line that is not an image slot, section label, widget or byline, when it is headline-shaped. */
function pickTitle(filled: string[]): string | null {
  const candidate = filled
    .slice(0, TITLE_WINDOW)
    .find((l) => !isImagePlaceholder(l) && !sectionLabels.has(normLine(l)) && !widgetLineReason(l) && !parseByline(l));
  if (!candidate || wordCount(candidate) > MAX_TITLE_WORDS) return null;
  if (isSentence(candidate) && parseDateline(candidate, true)) return null;
  return candidate;
}
