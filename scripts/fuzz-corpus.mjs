#!/usr/bin/env node
// Generates a corpus of hostile and huge inputs for `triangulate analyze` and `ingest`: random bytes, invalid UTF-8,
// UTF-16 without BOM, NUL bytes, a huge text, a huge single line, deeply nested HTML, SVG / data: / javascript:
// payloads, XML entity expansion and external entities in feeds, a feed of many items, JSON Lines with bad lines among
// good ones, file names with newlines and escapes, unreadable files, a FIFO, symlink loops and many small files.
// Everything is generated from a seed (no network, no copied text). Writes manifest.json beside the corpus folder:
// for each file, whether it must be named in a warning (skipped) and why.
// Usage: node scripts/fuzz-corpus.mjs DIR [--size small|full] [--seed N]
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Sizes of the two corpora: `full` is the issue's, `small` keeps the test suite under a minute. */
export const SIZES = {
  full: { hugeBytes: 50 * 1024 * 1024, lineBytes: 5 * 1024 * 1024, nesting: 10_000, feedItems: 10_000, smallFiles: 3000, randomFiles: 20 },
  // the small corpus's huge file is 2.5 MB: run it with TRIANGULATE_MAX_FILE_BYTES at 2 MB (scripts/fuzz.mjs does)
  small: { hugeBytes: 2.5 * 1024 * 1024, lineBytes: 512 * 1024, nesting: 10_000, feedItems: 100, smallFiles: 60, randomFiles: 5, maxFileBytes: 2 * 1024 * 1024 },
};

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const WORDS = 'the council said on monday that the harbour bridge would reopen after repairs costing about four million dollars while residents of the northern district waited for buses and the mayor promised a full inquiry into the delays'.split(' ');

/** A small invented article (our own words), varied by `i`. */
function article(i, random) {
  const words = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  return `Harbour Bridge Update ${i}\n\nVELMORA, March ${1 + (i % 27)} (Coast Wire) - Mayor Ilsa Marrow said on Monday that ${10 + (i % 80)} workers would repair the bridge. ${words(40)}.\n\nEngineer Borun Quillen said the work would take ${2 + (i % 9)} weeks. ${words(30)}.\n`;
}

/**
 * Writes the corpus into `dir` (emptied first). Returns the manifest: { files: { [relativePath]: { skip, why } } },
 * where `skip` is true when the file must be reported as skipped, false when it must be read, null when either is fine.
 */
export function generateFuzzCorpus(dir, { size = 'small', seed = 1 } = {}) {
  const z = SIZES[size];
  if (!z) throw new Error(`unknown size ${size}: small or full`);
  const random = rng(seed);
  try {
    chmodSync(join(dir, 'names/unreadable-dir'), 0o700); // left unreadable by a previous run
  } catch {}
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = {};
  const put = (name, content, skip, why) => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    files[name] = { skip, why };
  };

  // bytes that are not text
  for (let i = 0; i < z.randomFiles; i++) {
    const bytes = Buffer.alloc(512 + Math.floor(random() * 8192));
    for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256);
    put(`bytes/random-${i}.txt`, bytes, null, 'random bytes: binary, or decoded as some legacy code page');
  }
  put('bytes/gzip-named-txt.txt', Buffer.from([0x1f, 0x8b, 0x08, 0x00, ...Array.from({ length: 64 }, (_, j) => j)]), true, 'binary signature');
  put('bytes/nul-bytes.txt', Buffer.concat([Buffer.from(article(1, random)), Buffer.from([0, 0, 0]), Buffer.from(article(2, random))]), true, 'NUL bytes: binary');
  const invalid = Buffer.from(article(3, random));
  for (let j = 40; j < invalid.length; j += 97) invalid[j] = 0x80 | (j % 0x3f);
  put('bytes/invalid-utf8.txt', Buffer.concat([invalid, Buffer.from([0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x28, 0x8c, 0xbc])]), null, 'invalid UTF-8: decoded as a code page, or skipped');
  put('bytes/utf16le-no-bom.txt', Buffer.from(article(4, random), 'utf16le'), null, 'UTF-16 without BOM');
  const be = Buffer.from(article(5, random), 'utf16le');
  be.swap16();
  put('bytes/utf16be-no-bom.txt', be, null, 'UTF-16BE without BOM');
  put('bytes/empty.txt', '', true, 'empty');
  put('bytes/whitespace.txt', ' \n\t\n   \r\n', true, 'empty');
  put('bytes/bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), true, 'empty after the BOM');
  put('bytes/lone-surrogates.txt', Buffer.concat([Buffer.from(article(6, random), 'utf16le').subarray(0, 200), Buffer.from([0x00, 0xd8, 0x41, 0x00])]), null, 'UTF-16 with a lone surrogate');

  // huge inputs
  const block = `${article(7, random)}\n`;
  const huge = Buffer.alloc(z.hugeBytes + 1024, block);
  put('huge/huge-text.txt', huge, true, 'over the size limit');
  const line = Array.from({ length: Math.ceil(z.lineBytes / 60) }, (_, i) => `word${i % 977} and the bridge reopened on day ${i % 31},`).join(' ');
  put('huge/one-long-line.txt', `Long Line Report\n\n${line}\n`, null, 'one huge line');

  // hostile HTML and SVG
  const nested = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(z.nesting)}<p>${article(8, random)}</p>${'</div>'.repeat(z.nesting)}</body></html>`;
  put('html/nested-divs.html', nested, null, 'deeply nested HTML');
  put('html/unclosed-nesting.html', `<html><body>${'<span><b><i>'.repeat(Math.floor(z.nesting / 3))}${article(9, random)}</body></html>`, null, 'unclosed nesting');
  put(
    'html/payloads.html',
    `<!doctype html><html><head><title>Payloads</title><meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(2)//"></head><body onload="alert(3)">
<article><h1>Bridge Payloads</h1><p>${article(10, random)}</p>
<svg xmlns="http://www.w3.org/2000/svg" onload="alert(4)"><script>alert(5)</script><a xlink:href="javascript:alert(6)"><text>click</text></a><foreignObject><iframe src="javascript:alert(7)"></iframe></foreignObject></svg>
<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoOCk+" onerror="alert(9)"><a href="javascript:alert(10)">link</a><a href="&#106;avascript:alert(11)">encoded</a>
<iframe src="data:text/html,<script>alert(12)</script>"></iframe><object data="javascript:alert(13)"></object><math><mtext><script>alert(14)</script></mtext></math>
<style>body{background:url("javascript:alert(15)")}</style><p style="x:expression(alert(16))">The mayor spoke again.</p></article></body></html>`,
    null,
    'script payloads (read as text, never run)',
  );
  put('html/image.svg', `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><text>${article(11, random)}</text></svg>`, null, 'an SVG file');
  put('html/only-tags.html', `<html><body>${'<div></div>'.repeat(2000)}</body></html>`, true, 'no text');

  // feeds
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, k) => `<!ENTITY lol${k + 1} "${`&lol${k || ''};`.repeat(10)}">`)].join('\n');
  put('feeds/billion-laughs.xml', `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${laughs}\n]>\n<rss version="2.0"><channel><title>Laughs</title><item><title>&lol9;</title><description>${article(12, random)}</description></item></channel></rss>\n`, null, 'entity expansion: refused or not expanded');
  put(
    'feeds/external-entity.xml',
    `<?xml version="1.0"?>\n<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>\n<rss version="2.0"><channel><title>XXE</title><item><title>Leak &xxe;</title><link>https://news.example/x</link><description>&xxe; &remote; ${article(13, random)}</description></item></channel></rss>\n`,
    null,
    'external entities: never resolved',
  );
  const items = Array.from(
    { length: z.feedItems },
    (_, i) => `<item><title>Item ${i}</title><link>https://news.example/item/${i}</link><pubDate>Mon, 0${1 + (i % 9)} Mar 2026 10:00:00 GMT</pubDate><description>${article(100 + i, random).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</description></item>`,
  );
  put('feeds/many-items.xml', `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Many</title>${items.join('\n')}</channel></rss>\n`, null, 'a feed of many items');
  put('feeds/truncated.xml', `<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut</title><item><title>Half`, null, 'malformed feed (ingest reports it; analyze reads it as text)');
  put('feeds/deep.xml', `<?xml version="1.0"?>\n<rss version="2.0"><channel>${'<x>'.repeat(z.nesting)}${'</x>'.repeat(z.nesting)}<item><title>Deep</title><description>${article(14, random)}</description></item></channel></rss>\n`, null, 'deeply nested XML');
  const good = (i) => JSON.stringify({ url: `https://news.example/jl/${i}`, title: `Line ${i}`, text: article(200 + i, random), published: '2026-03-02', outlet: 'Coast Wire' });
  const bad = ['{"url": "https://news.example/broken", "title": ', 'not json at all', '[1, 2, 3]', '{"url": 42, "text": {"nested": true}}', '{"title": "no text"}', 'null', `{"text": "${'x'.repeat(1000)}`, '\u0001\u0002\u0003', `${'['.repeat(5000)}${']'.repeat(5000)}`];
  const lines = [];
  for (let i = 0; i < 12; i++) {
    lines.push(good(i));
    if (i < bad.length) lines.push(bad[i]);
  }
  put('feeds/mixed.jsonl', `${lines.join('\n')}\n`, null, 'JSON Lines with bad lines among good ones');
  put('feeds/deep.json', `{"version": "https://jsonfeed.org/version/1.1", "title": "Deep", "items": ${'['.repeat(z.nesting)}${']'.repeat(z.nesting)}}`, null, 'deeply nested JSON Feed');

  // names and file kinds
  put('names/line\nbreak.txt', article(15, random), null, 'a newline in the name');
  put('names/\u001b[31mred\u001b[0m.txt', article(16, random), null, 'an ANSI escape in the name');
  put('names/tab\tand space .txt', article(17, random), null, 'a tab in the name');
  put('names/ünïcödé — 名前.txt', article(18, random), null, 'non-ASCII name');
  put('names/unreadable.txt', article(19, random), null, 'unreadable (mode 000; still readable by root)');
  chmodSync(join(dir, 'names/unreadable.txt'), 0o000);
  if (process.getuid?.() !== 0) files['names/unreadable.txt'] = { skip: true, why: 'unreadable' };
  mkdirSync(join(dir, 'names/unreadable-dir'));
  writeFileSync(join(dir, 'names/unreadable-dir/inside.txt'), article(20, random));
  chmodSync(join(dir, 'names/unreadable-dir'), 0o000);
  files['names/unreadable-dir/inside.txt'] = { skip: null, why: 'inside an unreadable folder' };
  try {
    execFileSync('mkfifo', [join(dir, 'names/fifo.txt')]);
    files['names/fifo.txt'] = { skip: true, why: 'a named pipe: reading it would block forever' };
  } catch {}
  mkdirSync(join(dir, 'links'));
  symlinkSync('.', join(dir, 'links/loop-self'), 'dir');
  mkdirSync(join(dir, 'links/a'), { recursive: true });
  symlinkSync('../b', join(dir, 'links/a/to-b'));
  mkdirSync(join(dir, 'links/b'), { recursive: true });
  symlinkSync('../a', join(dir, 'links/b/to-a'));
  writeFileSync(join(dir, 'links/a/real.txt'), article(21, random));
  files['links/a/real.txt'] = { skip: false, why: 'a real file among symlink loops' };
  symlinkSync('missing-target.txt', join(dir, 'links/dangling.txt'));
  files['links/dangling.txt'] = { skip: true, why: 'a dangling symlink' };
  symlinkSync('self-loop.txt', join(dir, 'links/self-loop.txt'));
  files['links/self-loop.txt'] = { skip: true, why: 'a symlink to itself' };
  mkdirSync(join(dir, 'names/folder.txt'));

  // many small files
  for (let i = 0; i < z.smallFiles; i++) put(`many/m${String(i).padStart(5, '0')}.txt`, article(1000 + i, random), null, 'one of many small files');

  writeFileSync(`${dir}.manifest.json`, `${JSON.stringify({ size, seed, limits: z, files }, null, 1)}\n`);
  return { size, seed, limits: z, files };
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !['--size', '--seed'].includes(args[i - 1] ?? ''));
  const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  if (!dir) {
    process.stderr.write('usage: node scripts/fuzz-corpus.mjs DIR [--size small|full] [--seed N]\n');
    process.exit(2);
  }
  if (existsSync(dir) && !existsSync(`${dir}.manifest.json`)) {
    process.stderr.write(`error: ${dir} exists and is not a fuzz corpus (no ${dir}.manifest.json): not overwriting it\n`);
    process.exit(2);
  }
  const m = generateFuzzCorpus(dir, { size: opt('--size', 'small'), seed: Number(opt('--seed', '1')) });
  process.stdout.write(`wrote ${Object.keys(m.files).length} files (${m.size}) into ${dir}\n`);
}
