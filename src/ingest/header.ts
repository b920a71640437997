import {
  findSelfPromotion,
  isImagePlaceholder,
  isSentence,
  looksLikeLabel,
  normLine,
  parseByline,
  parseDateLine,
  parseNavigationLine,
  widgetLineReason,
  wordCount,
} from '../clean/index.js';
import headerData from './data/page-header.json' with { type: 'json' };
import sections from './data/section-labels.json' with { type: 'json' };
import { parseDateline } from './dateline.js';

/** What the top of a plain-text page says about itself, before the first paragraph. */
export interface PageHeader {
  title: string | null;
  /** the publication's name printed above the headline, as written */
  masthead: string | null;
  /** first crumb of a breadcrumb ("Site › World › Asia") when it names a site, as written */
  breadcrumbSite: string | null;
  /** the date of a line that is only a date, as written */
  dateLine: string | null;
}

type HeaderLine = 'title' | 'date' | 'menu' | 'breadcrumb' | 'byline' | 'skip' | 'body';

const sectionLabels = new Set(sections.labels);
const BRAND_SHAPE = new RegExp(headerData.brandShape, 'u');
// how far into the article a headline may sit, and how far the page header may reach
const TITLE_WINDOW = headerData.titleWindow;
const HEADER_WINDOW = headerData.headerWindow;
const MAX_TITLE_WORDS = headerData.maxTitleWords;
const MAX_MASTHEAD_WORDS = headerData.maxMastheadWords;

/** Headline, masthead, breadcrumb site and stand-alone date line at the top of an article (lines: trimmed, non-empty). */
export function readPageHeader(filled: string[]): PageHeader {
  const kinds = filled.slice(0, HEADER_WINDOW).map(headerLineKind);
  // headline or text lines: the headline is the first, unless that one is a masthead
  const [first, second] = kinds.flatMap((kind, i) => ((kind === 'title' || kind === 'body') && i < TITLE_WINDOW ? [i] : []));
  const masthead = isMasthead(filled, kinds, first, second) ? filled[first] : null;
  const titleAt = masthead === null ? first : second;
  const bodyAt = kinds.findIndex((kind, i) => kind === 'body' && i > (titleAt ?? -1));
  const inHeader = (kind: HeaderLine) => kinds.findIndex((k, i) => k === kind && (bodyAt < 0 || i < bodyAt));
  const dateAt = inHeader('date');
  const crumbAt = inHeader('breadcrumb');
  return {
    title: titleAt === undefined ? null : headline(filled[titleAt]),
    masthead,
    breadcrumbSite: crumbAt < 0 ? null : breadcrumbSite(filled, crumbAt),
    dateLine: dateAt < 0 ? null : parseDateLine(filled[dateAt]),
  };
}

function headerLineKind(line: string): HeaderLine {
  if (isImagePlaceholder(line) || sectionLabels.has(normLine(line)) || widgetLineReason(line)) return 'skip';
  if (parseByline(line)) return 'byline';
  if (parseDateLine(line)) return 'date';
  const navigation = parseNavigationLine(line);
  if (navigation) return navigation.kind;
  if (isSentence(line) || wordCount(line) > MAX_TITLE_WORDS) return 'body';
  return 'title';
}

/** A line serves as headline unless it is too long or is the opening dateline paragraph. */
function headline(line: string): string | null {
  if (wordCount(line) > MAX_TITLE_WORDS || (isSentence(line) && parseDateline(line, true))) return null;
  return line;
}

/**
 * A short first line is the publication's name, not the headline, when a longer headline follows and the page confirms it:
 * a date line or menu right under it, a date line or byline right under the headline, or the name promoted again at the end.
 */
function isMasthead(filled: string[], kinds: HeaderLine[], first?: number, second?: number): boolean {
  if (first === undefined || second === undefined || kinds[first] !== 'title' || kinds[second] !== 'title') return false;
  const name = filled[first];
  if (!looksLikeLabel(name, MAX_MASTHEAD_WORDS) || /[:?!]$/.test(name) || wordCount(filled[second]) <= wordCount(name)) {
    return false;
  }
  const under = (i: number) => kinds[i + 1];
  return (
    ['date', 'menu'].includes(under(first)) ||
    ['date', 'byline'].includes(under(second)) ||
    findSelfPromotion(filled.slice(first + 1), name).lines.length > 0
  );
}

/** "Site › World › Asia" names a site when its first crumb looks like a brand or the page promotes it at the end. */
function breadcrumbSite(filled: string[], at: number): string | null {
  const first = parseNavigationLine(filled[at])?.items[0];
  if (!first || sectionLabels.has(normLine(first))) return null;
  const rest = filled.filter((_, i) => i !== at);
  return BRAND_SHAPE.test(first) || findSelfPromotion(rest, first).lines.length > 0 ? first : null;
}
