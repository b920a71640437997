import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import html from './data/html.json' with { type: 'json' };
import { toIsoDate } from './dates.js';
import { domToText } from './htmlText.js';

/** Article text and the metadata a web page declares in its meta tags and JSON-LD. */
export interface HtmlArticle {
  text: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  /** the page's lang attribute, as written */
  language: string | null;
}

interface Declared {
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
}

const articleTypes = new Set(html.articleTypes);
const fallbackDrop = new Set(html.fallbackDropTags);

/** Extracts the article of a web page with Readability; falls back to the body text when Readability finds nothing. */
export function extractHtmlArticle(source: string): HtmlArticle {
  const document = parseDocument(source);
  const ld = readJsonLd(document);
  const meta = readMetaTags(document);
  const article = readability(source);
  const content = article?.content ? domToText(article.content) : '';
  const text = content.trim() ? content : domToText(document.body ?? document, fallbackDrop);
  const outlet = ld.outlet ?? meta.outlet ?? clean(article?.siteName) ?? null;
  const title = ld.title ?? meta.title ?? clean(article?.title) ?? clean(document.title) ?? null;
  return {
    text,
    title: title && outlet ? stripSiteSuffix(title, outlet) : title,
    outlet,
    author: ld.author ?? meta.author ?? clean(article?.byline) ?? null,
    published: toIsoDate(ld.published ?? meta.published ?? article?.publishedTime),
    language: clean(document.documentElement?.getAttribute('lang')) ?? null,
  };
}

function parseDocument(source: string): Document {
  // linkedom needs an <html> root; fragments and bare <body> pages get one
  const wrapped = /<html[\s>]/i.test(source)
    ? source
    : /<(?:head|body)[\s>]/i.test(source)
      ? `<!doctype html><html>${source}</html>`
      : `<!doctype html><html><head></head><body>${source}</body></html>`;
  return parseHTML(wrapped).document;
}

function readability(source: string) {
  try {
    return new Readability(parseDocument(source), { serializer: (node: Node) => node }).parse();
  } catch {
    // malformed markup can trip Readability; the body-text fallback covers it
    return null;
  }
}

function clean(value: string | null | undefined): string | undefined {
  const text = value
    ?.replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text && !/^https?:\/\//i.test(text) ? text : undefined;
}

function readMetaTags(document: Document): Declared {
  const tags = new Map<string, string>();
  for (const el of document.querySelectorAll('meta')) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.toLowerCase();
    const value = clean(el.getAttribute('content'));
    if (key && value && !tags.has(key)) tags.set(key, value);
  }
  const first = (keys: string[]) => keys.map((k) => tags.get(k)).find((v) => v !== undefined);
  return {
    title: first(html.meta.title),
    outlet: first(html.meta.outlet),
    author: first(html.meta.author),
    published: first(html.meta.published),
  };
}

function readJsonLd(document: Document): Declared {
  const found: Declared = {};
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      if (!isArticle(node)) continue;
      found.title ??= clean(text(node.headline));
      found.published ??= clean(text(node.datePublished));
      found.author ??= names(node.author);
      found.outlet ??= names(node.publisher);
    }
  }
  return found;
}

type LdNode = Record<string, unknown>;

function flatten(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const node = data as LdNode;
  return [node, ...flatten(node['@graph'])];
}

function isArticle(node: LdNode): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && articleTypes.has(t));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** "Jane Roe", {name: "Jane Roe"} or a list of them -> "Jane Roe, John Doe". */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => clean(typeof v === 'string' ? v : v && typeof v === 'object' ? text((v as LdNode).name) : undefined))
    .filter((n) => n !== undefined);
  return list.length ? list.join(', ') : undefined;
}

function stripSiteSuffix(title: string, outlet: string): string {
  const suffix = new RegExp(`\\s+[|–—·:-]\\s*${outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '').trim() || title;
}
