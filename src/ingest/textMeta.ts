import type { Document } from '../types.js';
import { findSelfPromotion, isImagePlaceholder, parseByline, parseDateLine, parseSourceLine } from '../clean/index.js';
import { findCredits } from './credits.js';
import { parseDateline } from './dateline.js';
import { toIsoDate } from './dates.js';
import { readPageHeader } from './header.js';
import { normaliseOutlet, sameOutlet } from './outlets.js';

/** Metadata a plain-text article states about itself: the metadata fields of a Document. */
export type ArticleMeta = Pick<Document, 'title' | 'outlet' | 'author' | 'published' | 'dateline' | 'syndicatedFrom' | 'credits'>;

// how far into the article body a dateline may sit
const DATELINE_WINDOW = 8;

/** Title, masthead, dateline, byline, date line, closing source line, self-promotion and photo credits of a plain-text article. */
export function extractTextMeta(text: string): ArticleMeta {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const filled = lines.filter((l) => l !== '');
  const header = readPageHeader(filled);
  const { title, masthead } = header;
  const body = filled
    .slice(title === null ? 0 : filled.indexOf(title) + 1)
    .filter((l) => l !== title && !isImagePlaceholder(l) && !parseByline(l) && !parseDateLine(l));
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
  // a copy keeps the original's dateline ("CITY (Agency) —"): that names the source, not the site
  const datelineOutlet = dateline?.outlet && !(source && sameOutlet(dateline.outlet, source)) ? dateline.outlet : null;
  const outlet = masthead ?? datelineOutlet ?? findSelfPromotion(lines).outlet ?? header.breadcrumbSite;
  return {
    title,
    outlet: outlet ? normaliseOutlet(outlet) : null,
    author: bylines.find((b) => b.author)?.author ?? null,
    published: dateline?.published ?? bylineDate ?? toIsoDate(header.dateLine),
    dateline: dateline?.place ?? null,
    syndicatedFrom: source ? normaliseOutlet(source) : null,
    credits: findCredits(text),
  };
}
