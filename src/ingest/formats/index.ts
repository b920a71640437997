import { extname } from 'node:path';
import type { Message } from '../../types.js';
import { convertDocx } from './docx.js';
import { convertEmail } from './email.js';
import { convertPdf } from './pdf.js';

export { type ArchivedPage, readWarc } from './warc.js';

/** A document format read by a converter into a web page; others are read as text or HTML. */
type Converted = 'pdf' | 'docx' | 'eml';

const converters: Record<Converted, { name: string; convert: (bytes: Uint8Array) => Promise<Uint8Array> }> = {
  pdf: { name: 'PDF', convert: convertPdf },
  docx: { name: 'Word (DOCX)', convert: convertDocx },
  eml: { name: 'e-mail', convert: convertEmail },
};

const PDF_MAGIC = '%PDF-';
const ZIP_MAGIC = 'PK\x03\x04';

/** Whether a path names a web archive (.warc, .warc.gz), read record by record rather than as one article. */
export const isWarcName = (path: string): boolean => /\.warc(\.gz)?$/i.test(path);

/** The converted format of a file, by its name or (for PDF) its first bytes; null for everything read as text or HTML. */
export function convertedFormat(path: string, bytes: Uint8Array): Converted | null {
  const ext = extname(path).toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  if (ext === '.pdf' || head.startsWith(PDF_MAGIC)) return 'pdf';
  if (ext === '.docx' && head.startsWith(ZIP_MAGIC)) return 'docx';
  if (ext === '.eml') return 'eml';
  return null;
}

/**
 * A PDF, DOCX or e-mail file as the bytes of a web page the article reader takes (title, author, date in its meta tags),
 * the bytes unchanged for any other file, or a message naming the file and what is wrong with it. Never throws.
 */
export async function convertDocument(path: string, bytes: Uint8Array): Promise<{ content: Uint8Array } | { error: Message }> {
  const format = convertedFormat(path, bytes);
  if (!format) return { content: bytes };
  const { name, convert } = converters[format];
  try {
    return { content: await convert(bytes) };
  } catch (err) {
    const problem = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200);
    return { error: { file: path, rule: `read/${format}`, severity: 'warning', message: `${path}: not a readable ${name} file (${problem}), skipped` } };
  }
}
