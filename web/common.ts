import type { Evidence, Overview } from './api.js';
import { badge, type Child, h, highlighted } from './dom.js';
import { to } from './routes.js';

export interface View {
  node: Node;
  /** runs once the node is in the page (layouts that need a size) */
  mount?: () => void;
}

export type DocNames = Map<string, string>;

export function docNames(o: Overview): DocNames {
  return new Map(o.documents.map((d) => [d.id, d.outlet ?? d.file]));
}

/** A quote that opens the reader at its place; `term` is marked inside it. */
export function quoteLink(story: string, ev: Evidence, docs: DocNames, term: string | null = null): HTMLElement {
  return h(
    'blockquote',
    { class: 'quote' },
    h('a', { class: 'quote-link', href: to.evidence(story, ev), title: 'open in the document reader' }, highlighted(ev.quote, term)),
    h('cite', {}, `${docs.get(ev.doc) ?? ev.doc} · ${ev.doc}`),
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

export function entityLink(story: string, id: string | null, name: string): Child {
  return id ? h('a', { href: to.entity(story, id) }, name) : name;
}
