import mammoth from 'mammoth';
import { toPage } from './page.js';

/** A Word document's body as HTML (headings, paragraphs, lists, tables), via mammoth. */
export async function convertDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(value)?.[1]?.replace(/<[^>]*>/g, '').trim();
  return toPage({ title: heading ? decodeEntities(heading) : null, html: value });
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
