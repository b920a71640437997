import inputFiles from './data/input-files.json' with { type: 'json' };

/** Limits on one input file; defaults in data/input-files.json, each overridable by an environment variable. */
export interface InputLimits {
  /** bytes of one file (TRIANGULATE_MAX_FILE_BYTES) */
  maxBytes: number;
  /** characters in one line of a text file (TRIANGULATE_MAX_LINE_CHARS) */
  maxLineChars: number;
  /** characters of text in one file, markup aside (TRIANGULATE_MAX_TEXT_CHARS): the analysis slows more than linearly on a giant document */
  maxTextChars: number;
  /** element nesting depth of an HTML page (TRIANGULATE_MAX_HTML_DEPTH): extraction time grows with the square of it */
  maxHtmlDepth: number;
}

const ENV: Record<keyof InputLimits, string> = {
  maxBytes: 'TRIANGULATE_MAX_FILE_BYTES',
  maxLineChars: 'TRIANGULATE_MAX_LINE_CHARS',
  maxTextChars: 'TRIANGULATE_MAX_TEXT_CHARS',
  maxHtmlDepth: 'TRIANGULATE_MAX_HTML_DEPTH',
};

/** The limits in force: the defaults, with any positive whole number given in the environment instead. */
export function inputLimits(env: NodeJS.ProcessEnv = process.env): InputLimits {
  const limits: InputLimits = { maxBytes: inputFiles.maxBytes, maxLineChars: inputFiles.maxLineChars, maxTextChars: inputFiles.maxTextChars, maxHtmlDepth: inputFiles.maxHtmlDepth };
  for (const key of Object.keys(ENV) as (keyof InputLimits)[]) {
    const n = Number(env[ENV[key]]);
    if (env[ENV[key]] && Number.isInteger(n) && n > 0) limits[key] = n;
  }
  return limits;
}

/** Read once per process (and per worker thread, which sees the same environment). */
export const INPUT_LIMITS: InputLimits = inputLimits();

const voidElements = new Set(inputFiles.voidElements);
const autoClosed = new Set(inputFiles.autoClosedElements);
const SKIPPED = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-z][a-z0-9:-]*)\b[^>]*?(\/?)>/gi;

/** How deeply the elements of an HTML page nest, as a parser would build them (void and auto-closed elements do not nest); stops counting past `stopAt`. */
export function htmlDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  const stack: string[] = [];
  let deepest = 0;
  for (const m of html.replace(SKIPPED, ' ').matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase();
    if (m[1]) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (m[3] || voidElements.has(name)) continue;
    if (autoClosed.has(name) && stack.at(-1) === name) continue;
    stack.push(name);
    if (stack.length > deepest) deepest = stack.length;
    if (deepest > stopAt) break;
  }
  return deepest;
}

const TAGS = /<[^>]*>/g;

/** Characters of text in a file: all of a text file, an HTML page's without its markup, scripts, styles and comments. */
export function textLength(text: string, format: 'text' | 'html'): number {
  return format === 'text' ? text.length : text.replace(SKIPPED, '').replace(TAGS, '').length;
}

/** The length of the longest line of a text. */
export function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const len = (end < 0 ? text.length : end) - start;
    if (len > longest) longest = len;
    if (end < 0) return longest;
    start = end + 1;
  }
}
