// Every node is built with createElement and text nodes: article text never goes through an HTML parser.

export type Child = Node | string | number | null | undefined | false | Child[];

export interface Props {
  class?: string;
  id?: string;
  title?: string;
  /** only in-app routes (#/…): no link made here can leave the page */
  href?: string;
  type?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  maxLength?: number;
  role?: string;
  checked?: boolean;
  selected?: boolean;
  ariaLabel?: string;
  /** language of the text inside (BCP 47), and its direction */
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  dataset?: Record<string, string>;
  onClick?: (e: MouseEvent) => void;
  onChange?: (e: Event) => void;
  onSubmit?: (e: SubmitEvent) => void;
}

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function isRoute(href: string): boolean {
  return href.startsWith('#/');
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.title) el.title = props.title;
  if (props.href !== undefined) {
    if (!isRoute(props.href)) throw new Error('links must stay inside the app');
    el.setAttribute('href', props.href);
  }
  for (const key of ['type', 'name', 'value', 'placeholder'] as const) if (props[key] !== undefined) el.setAttribute(key, props[key] as string);
  if (props.role) el.setAttribute('role', props.role);
  if (props.maxLength !== undefined) el.setAttribute('maxlength', String(props.maxLength));
  if (props.checked) (el as HTMLInputElement).checked = true;
  if (props.selected) (el as HTMLOptionElement).selected = true;
  if (props.ariaLabel) el.setAttribute('aria-label', props.ariaLabel);
  if (props.lang) el.lang = props.lang;
  if (props.dir) el.dir = props.dir;
  if (props.dataset) Object.assign(el.dataset, props.dataset);
  if (props.onClick) el.addEventListener('click', props.onClick as EventListener);
  if (props.onChange) el.addEventListener('change', props.onChange);
  if (props.onSubmit) el.addEventListener('submit', props.onSubmit as EventListener);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element; attribute values are numbers or strings set with setAttribute, never markup. */
export function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'href' && !isRoute(String(v))) throw new Error('links must stay inside the app');
    el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Text with every case-insensitive occurrence of `term` wrapped in <mark>. */
export function highlighted(text: string, term: string | null): Child[] {
  if (!term) return [text];
  const lower = text.toLowerCase();
  const t = term.toLowerCase();
  const out: Child[] = [];
  let from = 0;
  for (let at = lower.indexOf(t); at >= 0 && t; at = lower.indexOf(t, at + t.length)) {
    out.push(text.slice(from, at), h('mark', {}, text.slice(at, at + t.length)));
    from = at + t.length;
  }
  out.push(text.slice(from));
  return out;
}

/** A table in a box that scrolls sideways on a narrow screen; `anchors` names each row (data-anchor), so a row can be selected and linked to. */
export function table(head: Child[], rows: Child[][], cls = '', anchors: string[] = []): HTMLElement {
  const body = rows.map((r, i) => h('tr', anchors[i] ? { dataset: { anchor: anchors[i] } } : {}, r.map((c) => h('td', {}, c))));
  return h('div', { class: 'scroll' }, h('table', { class: `grid ${cls}`.trim() }, h('thead', {}, h('tr', {}, head.map((c) => h('th', {}, c)))), h('tbody', {}, body)));
}

/** Text of unknown direction (a name, a value read from an article), isolated from the text around it. */
export function isolated(text: Child, props: Props = {}): HTMLElement {
  return h('bdi', props, text);
}

/** A link that downloads a file the workbench's API serves (a same-origin /api/ path), never a page elsewhere. */
export function download(path: string, label: Child, title?: string): HTMLAnchorElement {
  if (!path.startsWith('/api/')) throw new Error('downloads come from the API');
  const a = h('a', { class: 'download', title }, label);
  a.setAttribute('href', path);
  a.setAttribute('download', '');
  return a;
}

export function badge(text: string, kind: string = text): HTMLSpanElement {
  return h('span', { class: `badge badge-${kind.replace(/[^a-z0-9-]/gi, '')}` }, text);
}
