/** What a converted document states about itself, for the web page it becomes. */
export interface PageParts {
  title?: string | null;
  author?: string | null;
  outlet?: string | null;
  /** ISO date-time */
  published?: string | null;
  /** body markup (trusted to be parsed, never rendered), or paragraphs of plain text */
  html?: string;
  paragraphs?: string[];
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A converted document as the web page the HTML reader already knows: its title, author, outlet and date in the meta tags
 * that reader takes them from, its text in <article>. Pure.
 */
export function toPage(parts: PageParts): Uint8Array {
  const meta = [
    parts.author ? `<meta name="author" content="${escapeText(parts.author)}">` : '',
    parts.outlet ? `<meta property="og:site_name" content="${escapeText(parts.outlet)}">` : '',
    parts.published ? `<meta property="article:published_time" content="${escapeText(parts.published)}">` : '',
  ].join('');
  const body = parts.html ?? (parts.paragraphs ?? []).map((p) => `<p>${escapeText(p)}</p>`).join('\n');
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeText(parts.title ?? '')}</title>${meta}</head><body><article>${body}</article></body></html>`;
  return new TextEncoder().encode(page);
}
