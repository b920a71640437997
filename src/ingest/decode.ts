import { extname } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Message } from '../types.js';
import binary from './data/binary-signatures.json' with { type: 'json' };
import inputFiles from './data/input-files.json' with { type: 'json' };
import { htmlDepth, INPUT_LIMITS, longestLine, textLength } from './limits.js';

export interface DecodedFile {
  text: string;
  /** lower-case encoding name: utf-8, utf-16le, windows-1251 … */
  encoding: string;
  format: 'text' | 'html';
  /** notes about the decoding, e.g. which legacy encoding was assumed */
  messages: Message[];
}

const signatures = binary.signatures.map((s) => ({ name: s.name, bytes: Buffer.from(s.hex, 'hex') }));
const htmlExtensions = new Set(inputFiles.htmlExtensions);
const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];
// below this chardet confidence the guess is reported as a warning rather than info
const CONFIDENT = 50;
// more U+FFFD than this share of the text means the bytes were not text in the guessed encoding
const MAX_REPLACEMENT_RATIO = 0.01;
const HTML_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** Pure core, usable from a worker: bytes of one file -> its decoded text, encoding and format, or a message. */
export function decodeFile(path: string, bytes: Uint8Array): DecodedFile | { error: Message } {
  const fail = (rule: string, problem: string): { error: Message } => ({
    error: { file: path, rule, severity: 'warning', message: `${path}: ${problem}` },
  });
  if (bytes.length === 0) return fail('read/empty', 'empty file');
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  if (!bom) {
    const magic = signatures.find((s) => bytes.length >= s.bytes.length && s.bytes.every((b, i) => bytes[i] === b));
    if (magic) return fail('read/binary', `binary file (${magic.name}), skipped`);
    if (looksBinary(bytes.subarray(0, binary.sampleBytes))) return fail('read/binary', 'binary file, skipped');
  }
  const decoded = bom
    ? { text: iconv.decode(Buffer.from(bytes.subarray(bom.bytes.length)), bom.encoding), encoding: bom.encoding, messages: [] }
    : decodeWithoutBom(path, bytes, isHtmlName(path));
  if ('error' in decoded) return decoded;
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) return fail('read/empty', 'empty file');
  if (bom && looksBinaryText(text)) return fail('read/binary', 'binary file, skipped');
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > text.length * MAX_REPLACEMENT_RATIO) {
    return fail('read/encoding', `could not decode as ${decoded.encoding} (${replaced} undecodable characters), skipped`);
  }
  const format = isHtmlName(path) || HTML_START.test(text.trimStart()) ? 'html' : 'text';
  if (format === 'text' && longestLine(text) > INPUT_LIMITS.maxLineChars) {
    return { error: { file: path, rule: 'read/line-too-long', severity: 'warning', message: `${path}: a line of ${longestLine(text)} characters (limit ${INPUT_LIMITS.maxLineChars}, TRIANGULATE_MAX_LINE_CHARS), skipped` } };
  }
  const chars = textLength(text, format);
  if (chars > INPUT_LIMITS.maxTextChars) {
    return { error: { file: path, rule: 'read/too-long', severity: 'warning', message: `${path}: ${chars} characters of text (limit ${INPUT_LIMITS.maxTextChars}, TRIANGULATE_MAX_TEXT_CHARS), skipped` } };
  }
  if (format === 'html' && htmlDepth(text, INPUT_LIMITS.maxHtmlDepth) > INPUT_LIMITS.maxHtmlDepth) {
    return { error: { file: path, rule: 'read/too-deep', severity: 'warning', message: `${path}: HTML nested more than ${INPUT_LIMITS.maxHtmlDepth} elements deep (TRIANGULATE_MAX_HTML_DEPTH), skipped` } };
  }
  return { text, encoding: decoded.encoding, format, messages: decoded.messages };
}

function isHtmlName(path: string): boolean {
  return htmlExtensions.has(extname(path).toLowerCase());
}

function decodeWithoutBom(
  path: string,
  bytes: Uint8Array,
  htmlName: boolean,
): { text: string; encoding: string; messages: Message[] } | { error: Message } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', messages: [] };
  } catch {
    // not UTF-8: fall through to the page's declared charset, then to detection
  }
  const buffer = Buffer.from(bytes);
  const head = buffer.subarray(0, 4096).toString('latin1');
  const declared = htmlName || HTML_START.test(head.trimStart()) ? DECLARED_CHARSET.exec(head)?.[1] : undefined;
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    const encoding = declared.toLowerCase();
    return { text: iconv.decode(buffer, encoding), encoding, messages: [note(path, 'info', `decoded as ${encoding} (declared by the page)`)] };
  }
  const guess = chardet
    .analyse(buffer)
    .find((m) => !m.name.startsWith('UTF') && iconv.encodingExists(m.name));
  if (!guess) {
    return { error: note(path, 'warning', 'not valid UTF-8 and no known encoding fits, skipped') };
  }
  const encoding = guess.name.toLowerCase();
  const severity = guess.confidence >= CONFIDENT ? 'info' : 'warning';
  const message = `not UTF-8; decoded as ${encoding} (detected, confidence ${guess.confidence}%)`;
  return { text: iconv.decode(buffer, encoding), encoding, messages: [note(path, severity, message)] };
}

function note(path: string, severity: Message['severity'], problem: string): Message {
  return { file: path, rule: 'read/encoding', severity, message: `${path}: ${problem}` };
}

/** NUL bytes or many control characters: not a text file in a single-byte or UTF-8 encoding. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control++;
  }
  return control > sample.length * binary.maxControlRatio;
}

function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, binary.sampleBytes);
  const control = sample.match(/[\x00-\x08\x0b\x0e-\x1f\x7f]/g)?.length ?? 0;
  return control > sample.length * binary.maxControlRatio;
}
