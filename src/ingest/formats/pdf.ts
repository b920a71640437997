import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { type PageParts, toPage } from './page.js';

// D:YYYYMMDDHHmmSS with an optional offset (PDF 32000-1, 7.9.4)
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?/;

/** A PDF's text, page by page (each page's blank-line-separated blocks as paragraphs), with its title, author and creation date. */
export async function convertPdf(bytes: Uint8Array): Promise<Uint8Array> {
  // pdf.js takes over the buffer it is given: hand it a copy
  const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  try {
    const { info } = (await getMeta(pdf)) as { info: Record<string, unknown> };
    const { text } = await extractText(pdf, { mergePages: false });
    const paragraphs = text.flatMap((page) =>
      page
        .split(/\n\s*\n/)
        .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
        .filter(Boolean),
    );
    const parts: PageParts = { title: str(info.Title), author: str(info.Author), published: pdfDate(str(info.CreationDate)), paragraphs };
    return toPage(parts);
  } finally {
    await pdf.destroy();
  }
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function pdfDate(v: string | null): string | null {
  const m = v ? PDF_DATE.exec(v) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01'] = m;
  return `${y}-${mo}-${d}`;
}
