import type { Evidence, Overview } from './api.js';
import { badge, type Child, h, highlighted, isolated } from './dom.js';
import { inLanguage } from './lang.js';
import type { Anchoring } from './place.js';
import { to } from './routes.js';

export interface View {
  node: Node;
  /** runs once the node is in the page (layouts that need a size) */
  mount?: () => void;
  /** how the view keeps the analyst's place when its items (data-anchor) do not tell it */
  anchoring?: Anchoring;
}

export interface DocInfo {
  /** the outlet, or the file name when the outlet is unknown */
  name: string;
  /** the document's language (ISO 639-1, or "und") */
  language: string;
}
export type Docs = Map<string, DocInfo>;

export function docNames(o: Overview): Docs {
  return new Map(o.documents.map((d) => [d.id, { name: d.outlet ?? d.file, language: d.language }]));
}

/** The lang and dir attributes of a document's text. */
export function docLanguage(docs: Docs, doc: string): ReturnType<typeof inLanguage> {
  return inLanguage(docs.get(doc)?.language);
}

/**
 * The language and direction of a claim's object: a value is text of the claim's first document ("أكثر من 120 ورشة"),
 * an entity's name may be in any script, so it gets only an automatic direction.
 */
export function objectLanguage(docs: Docs, isValue: boolean, doc: string | undefined): ReturnType<typeof inLanguage> | { dir: 'auto' } {
  return isValue && doc ? docLanguage(docs, doc) : { dir: 'auto' };
}

/** A quote that opens the reader at its place, in the document's language and direction; `term` is marked inside it. */
export function quoteLink(story: string, ev: Evidence, docs: Docs, term: string | null = null): HTMLElement {
  return h(
    'blockquote',
    { class: 'quote', ...docLanguage(docs, ev.doc) },
    h('a', { class: 'quote-link', href: to.evidence(story, ev), title: 'open in the document reader' }, highlighted(ev.quote, term)),
    h('cite', { lang: 'en', dir: 'ltr' }, isolated(docs.get(ev.doc)?.name ?? ev.doc, { dir: 'auto' }), ` · ${ev.doc}`),
  );
}

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...children);
}

export function statusBadge(status: string): HTMLSpanElement {
  return badge(status);
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/** An entity's name, a link to its page when it has one; the name keeps its own direction. */
export function entityLink(story: string, id: string | null, name: string): Child {
  if (!name) return null;
  return id ? h('a', { href: to.entity(story, id), dir: 'auto' }, name) : isolated(name, { dir: 'auto' });
}

/** An outlet's name, a link to its page; the name keeps its own direction. */
export function outletLink(story: string, name: string | null | undefined): Child {
  return name ? h('a', { class: 'outlet-link', href: to.outlet(story, name), dir: 'auto' }, name) : null;
}

/** A link to one item of a view (?id=…): the address to share it by. */
export function permalink(href: string, what: string): HTMLElement {
  return h('a', { class: 'permalink', href, title: `link to ${what}`, ariaLabel: `link to ${what}` }, '¶');
}
