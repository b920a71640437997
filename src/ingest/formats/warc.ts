import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { WARCParser } from 'warcio';

/** One archived web page: the address it was captured from and the body of the response. */
export interface ArchivedPage {
  uri: string;
  /** when it was captured (WARC-Date) */
  captured: string | null;
  body: Uint8Array;
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)/i;

/**
 * The HTML pages of a WARC file (gzipped or not), streamed: each response (or resource) record served as HTML with status
 * 200, its body with transfer and content encodings undone. A body over `maxBytes` is left out with a note; a file cut
 * short keeps the records read before the break and says where it broke.
 */
export async function readWarc(path: string, maxBytes: number): Promise<{ pages: ArchivedPage[]; notes: string[]; broken: string | null }> {
  const pages: ArchivedPage[] = [];
  const notes: string[] = [];
  let records = 0;
  const { size } = await stat(path);
  const parser = new WARCParser(createReadStream(path));
  try {
    for await (const record of parser) {
      records++;
      const uri = record.warcTargetURI;
      if (!uri || (record.warcType !== 'response' && record.warcType !== 'resource')) continue;
      const info = record.warcType === 'response' ? record.getResponseInfo() : null;
      const type = info ? info.headers.get('content-type') : record.warcContentType;
      if (!type || !HTML.test(type) || (info && Number(info.status) !== 200)) continue;
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of record.contentReader) {
        size += chunk.length;
        if (size > maxBytes) break;
        chunks.push(chunk);
      }
      if (size > maxBytes) notes.push(`${uri}: larger than ${(maxBytes / 1048576).toFixed(1)} MB, left out`);
      else pages.push({ uri, captured: record.warcDate ?? null, body: new Uint8Array(Buffer.concat(chunks)) });
    }
  } catch (err) {
    return { pages, notes, broken: `truncated or corrupt after ${records} records (${err instanceof Error ? err.message : String(err)})` };
  }
  // the parser ends quietly at a record cut short: what it did not take up is the sign
  const left = size - parser.offset;
  return { pages, notes, broken: left > 0 ? `truncated or corrupt after ${records} records (${left} bytes at the end are no whole record)` : null };
}
