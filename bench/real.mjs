// @ts-check
// A bench corpus made of real text: the story folders under a directory (for example ../shared/eval and examples/),
// each repeated until the corpus has the requested number of articles. Every copy after the first is perturbed so
// that copies are not duplicates of each other: the people the pipeline finds in the story get other names (the same
// name for the same person in every document of one copy), years are shifted, and the paragraphs after a plain-text
// article's header and lead are reordered. Places keep their names, so the gazetteer still knows them.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { random } from './generate.mjs';

/** Files the pipeline reads as articles; a folder's README.md and gold.json are not articles. */
const ARTICLE = /\.(?:txt|html?)$/i;
const NOT_ARTICLE = new Set(['readme.md', 'gold.json']);

/** Story folders under `root` (itself included), to three levels: each folder holding at least two articles. @param {string} root */
export function findStoryFolders(root) {
  /** @type {string[]} */
  const out = [];
  const walk = (/** @type {string} */ dir, /** @type {number} */ depth) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    const articles = entries.filter((e) => e.isFile() && ARTICLE.test(e.name) && !NOT_ARTICLE.has(e.name.toLowerCase()));
    if (articles.length >= 2) out.push(dir);
    if (depth < 3) for (const e of entries) if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') walk(join(dir, e.name), depth + 1);
  };
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`bench --real: ${root} is not a folder`);
  walk(root, 0);
  if (!out.length) throw new Error(`bench --real: no folder under ${root} holds two or more articles (.txt, .html)`);
  return out;
}

/** @param {string} folder */
const storyFiles = (folder) =>
  readdirSync(folder)
    .filter((f) => ARTICLE.test(f) && !NOT_ARTICLE.has(f.toLowerCase()))
    .sort();

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kl', 'st', 'tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'k', 'm'];

/** An invented name word of two or three syllables ("Toraven"), capitalised. @param {() => number} rnd */
function inventedWord(rnd) {
  const pick = (/** @type {string[]} */ xs) => xs[Math.floor(rnd() * xs.length)];
  let w = '';
  const syllables = 2 + Math.floor(rnd() * 2);
  for (let i = 0; i < syllables; i++) w += pick(ONSETS) + pick(VOWELS);
  w += pick(CODAS);
  return w[0].toUpperCase() + w.slice(1);
}

/** The words of the people's names the pipeline found in a story: Latin-script capitalised words of three letters or more. @param {any} analysis */
function personWords(analysis) {
  const words = new Set();
  for (const e of analysis.entities) {
    if (e.type !== 'person') continue;
    for (const name of [e.name, ...(e.aliases ?? [])]) for (const w of String(name).split(/\s+/)) if (/^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(w) && /^\p{Script=Latin}+/u.test(w)) words.add(w);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (/** @type {string} */ s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One perturbed copy of a document's text. `names` maps each name word to its replacement in this copy; `years` is
 * how many years dates move; paragraphs after the first two blocks (header and lead) are shuffled when `shuffle`.
 * @param {string} text @param {Map<string, string>} names @param {number} years @param {boolean} shuffle @param {() => number} rnd
 */
export function perturb(text, names, years, shuffle, rnd) {
  let out = text;
  if (names.size) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names.keys()].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(re, (w) => names.get(w) ?? w);
  }
  if (years) out = out.replace(/(?<![\p{L}\p{N}])(19[89]\d|20[0-3]\d)(?![\p{L}\p{N}])/gu, (y) => String(Number(y) + years));
  if (shuffle) {
    // paragraphs are blocks between blank lines, or lines when the text has no blank lines
    const byBlank = out.split(/\n[ \t]*\n/);
    const sep = byBlank.length > 3 ? '\n\n' : '\n';
    const blocks = byBlank.length > 3 ? byBlank : out.split('\n');
    if (blocks.length > 3) {
      const rest = blocks.slice(2);
      for (let i = rest.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [rest[i], rest[j]] = [rest[j], rest[i]];
      }
      out = [...blocks.slice(0, 2), ...rest].join(sep);
    }
  }
  return out;
}

/**
 * Writes the corpus: `articles` documents in copies of the story folders under `source`, round robin, each copy a folder
 * of its own (one story for the bench), and a manifest that lists them (with no planted conflicts: real text has no
 * answers the bench knows; its quality is what `npm run eval` measures).
 * @param {{ sources: string[], articles: number, out: string, seed: number, analyze: (folder: string) => Promise<any> }} o
 */
export async function generateRealCorpus(o) {
  const t0 = performance.now();
  const stories = [];
  for (const root of o.sources) {
    for (const folder of findStoryFolders(root)) {
      const name = `${basename(root)}_${relative(root, folder).replace(/[^\w-]+/g, '_')}`.replace(/_$/, '');
      stories.push({ folder, root, name, files: storyFiles(folder), words: personWords(await o.analyze(folder)) });
    }
  }
  mkdirSync(o.out, { recursive: true });
  /** @type {{ story: string, source: string, copy: number, planted: [] }[]} */
  const manifest = [];
  let written = 0;
  let bytes = 0;
  for (let copy = 0; written < o.articles; copy++) {
    for (const s of stories) {
      if (written >= o.articles) break;
      const rnd = random(o.seed * 1_000_003 + copy * 7919 + manifest.length);
      const names = new Map(copy === 0 ? [] : s.words.map((w) => [w, inventedWord(rnd)]));
      const years = copy === 0 ? 0 : (copy % 30) + 1;
      const story = `${s.name}-c${String(copy).padStart(4, '0')}`;
      const dir = join(o.out, story);
      mkdirSync(dir, { recursive: true });
      for (const f of s.files.slice(0, o.articles - written)) {
        const from = join(s.folder, f);
        if (copy === 0) copyFileSync(from, join(dir, f));
        else writeFileSync(join(dir, f), perturb(readFileSync(from, 'utf8'), names, years, /\.txt$/i.test(f), rnd));
        bytes += statSync(join(dir, f)).size;
        written++;
      }
      manifest.push({ story, source: s.folder, copy, planted: [] });
    }
  }
  const manifestPath = join(o.out, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify({ real: true, sources: o.sources, seed: o.seed, stories: manifest }, null, 1));
  return { dir: o.out, manifest: manifestPath, sources: stories.length, stories: manifest.length, articles: written, bytes, ms: performance.now() - t0 };
}
