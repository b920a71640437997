// Documents of each format we read, made here from our own text: a PDF written by hand, a DOCX zipped with jszip,
// a WARC with warcio's own writer, an e-mail as text.
import JSZip from 'jszip';
import { WARCRecord, WARCSerializer } from 'warcio';

const pdfString = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** A PDF with one page per entry (each line of a page drawn below the one before) and an Info dictionary. */
export function makePdf(pages: string[][], info: { title: string; author: string; created: string }): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (const [i, lines] of pages.entries()) {
    const stream = `BT /F1 11 Tf 14 TL 72 740 Td ${lines.map((l) => `${pdfString(l)} Tj T*`).join(' ')} ET`;
    objects[4 + i * 2] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`;
    objects[5 + i * 2] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  const infoId = objects.length;
  objects[infoId] = `<< /Title ${pdfString(info.title)} /Author ${pdfString(info.author)} /CreationDate (D:${info.created}) >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A Word document: a heading then paragraphs. */
export async function makeDocx(heading: string, paragraphs: string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
  zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`);
  const para = (text: string, style?: string) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${para(heading, 'Heading1')}${paragraphs.map((p) => para(p)).join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A gzipped WARC file with one response record per page (the HTML ones and any others given). */
export async function makeWarc(pages: { url: string; html: string; type?: string; status?: number }[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const p of pages) {
    const record = WARCRecord.create(
      { url: p.url, date: '2026-03-05T10:00:00Z', type: 'response', statusline: `HTTP/1.1 ${p.status ?? 200} OK`, httpHeaders: { 'Content-Type': p.type ?? 'text/html; charset=utf-8' } },
      (async function* () {
        yield new TextEncoder().encode(p.html);
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** An e-mail with a text body, as a mail client saves it. */
export function makeEmail(m: { from: string; subject: string; date: string; body: string }): Uint8Array {
  return new TextEncoder().encode(
    `From: ${m.from}\r\nTo: desk@example.org\r\nSubject: ${m.subject}\r\nDate: ${m.date}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${m.body.replace(/\n/g, '\r\n')}\r\n`,
  );
}
