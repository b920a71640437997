import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeFile } from './decode.js';
import { listInputFiles } from './files.js';
import { htmlDepth, INPUT_LIMITS, inputLimits, longestLine } from './limits.js';

const dir = mkdtempSync(join(tmpdir(), 'triangulate-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('input limits', () => {
  it('are configurable through the environment, ignoring nonsense', () => {
    expect(inputLimits({ TRIANGULATE_MAX_FILE_BYTES: '1000', TRIANGULATE_MAX_LINE_CHARS: 'lots', TRIANGULATE_MAX_HTML_DEPTH: '-3' })).toEqual({
      maxBytes: 1000,
      maxLineChars: INPUT_LIMITS.maxLineChars,
      maxTextChars: INPUT_LIMITS.maxTextChars,
      maxHtmlDepth: INPUT_LIMITS.maxHtmlDepth,
    });
  });

  it('measure HTML nesting as a parser builds it', () => {
    expect(htmlDepth('<html><body><div><p>a<p>b<br><img src=x></div></body></html>')).toBe(4);
    expect(htmlDepth('<ul><li>a<li>b<li>c</ul>')).toBe(2);
    expect(htmlDepth(`<body>${'<div>'.repeat(500)}x${'</div>'.repeat(500)}</body>`)).toBe(501);
    expect(htmlDepth(`<script>${'<div>'.repeat(500)}</script><!-- ${'<b>'.repeat(500)} --><p>x</p>`)).toBe(1);
    expect(htmlDepth(`${'<span>'.repeat(5000)}`, 300)).toBe(301);
    expect(longestLine('ab\nabcd\n\nabc')).toBe(4);
  });

  it('skip a too-deep page and a too-long line with a message naming the limit', () => {
    const deep = decodeFile('deep.html', Buffer.from(`<html><body>${'<div>'.repeat(INPUT_LIMITS.maxHtmlDepth + 5)}text</body></html>`));
    expect('error' in deep && deep.error).toMatchObject({ rule: 'read/too-deep', message: expect.stringContaining('TRIANGULATE_MAX_HTML_DEPTH') });
    const line = decodeFile('line.txt', Buffer.from(`Title\n\n${'word '.repeat(INPUT_LIMITS.maxLineChars / 4)}`));
    expect('error' in line && line.error).toMatchObject({ rule: 'read/line-too-long', message: expect.stringContaining('TRIANGULATE_MAX_LINE_CHARS') });
    const long = decodeFile('long.txt', Buffer.from(`Title\n\n${'A sentence of the report.\n'.repeat(INPUT_LIMITS.maxTextChars / 20)}`));
    expect('error' in long && long.error).toMatchObject({ rule: 'read/too-long', message: expect.stringContaining('TRIANGULATE_MAX_TEXT_CHARS') });
    // markup does not count
    const page = decodeFile('page.html', Buffer.from(`<html><body><p>short text</p><script>${'x'.repeat(INPUT_LIMITS.maxTextChars)}</script>${'<i></i>'.repeat(INPUT_LIMITS.maxTextChars / 5)}</body></html>`));
    expect('error' in page).toBe(false);
    // a long line of HTML is normal (minified pages): only its nesting counts
    const minified = decodeFile('page.html', Buffer.from(`<html><body><p>${'word '.repeat(INPUT_LIMITS.maxLineChars / 4)}</p></body></html>`));
    expect('error' in minified).toBe(false);
  });
});

describe('listing inputs', () => {
  it('lists a folder reached through a symbolic link loop once, and names the loop', async () => {
    const root = join(dir, 'loops');
    mkdirSync(join(root, 'a'), { recursive: true });
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'a/story.txt'), 'A story.');
    symlinkSync('../b', join(root, 'a/to-b'));
    symlinkSync('../a', join(root, 'b/to-a'));
    symlinkSync('.', join(root, 'self'));
    const listed = await listInputFiles([root]);
    expect(listed.files).toEqual([join(root, 'a/story.txt')]);
    const loops = listed.messages.filter((m) => m.rule === 'read/symlink-loop');
    expect(loops.length).toBeGreaterThanOrEqual(2);
    expect(loops.every((m) => m.severity === 'warning' && /symbolic link loop/.test(m.message))).toBe(true);
  });

  it('skips a named pipe instead of blocking on it', async () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const listed = await listInputFiles([dir]);
    expect(listed.files).not.toContain(fifo);
    expect(listed.messages).toContainEqual(expect.objectContaining({ file: fifo, rule: 'read/not-a-file', message: `${fifo}: not a regular file (a named pipe), skipped` }));
  });
});
