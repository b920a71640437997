import { type ClaimRow, type Conflicts, type DocumentPage, type Evidence, load } from '../api.js';
import { outletLink, type View, section } from '../common.js';
import type { Anchoring } from '../place.js';
import { badge, type Child, h, isolated } from '../dom.js';
import { inLanguage } from '../lang.js';
import { loadReview, reviewPanel } from '../review.js';
import { to } from '../routes.js';

type Mention = DocumentPage['mentions'][number];

interface Span {
  start: number;
  end: number;
}

/** The clean text cut at every mention and highlight edge; mentions link to their entity, the highlight is marked. */
export function annotatedText(story: string, text: string, mentions: Mention[], hl: Span | null): Child[] {
  const cuts = new Set([0, text.length]);
  for (const m of mentions) cuts.add(m.start).add(m.end);
  if (hl) cuts.add(hl.start).add(hl.end);
  const edges = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out: Child[] = [];
  let first = true;
  for (let i = 0; i + 1 < edges.length; i++) {
    const [a, b] = [edges[i], edges[i + 1]];
    const m = mentions.find((x) => x.start <= a && x.end >= b);
    const piece = text.slice(a, b);
    let node: Child = m ? h('a', { class: `mention type-${m.type}`, href: to.entity(story, m.entity), title: `${m.name} (${m.type})` }, piece) : piece;
    if (hl && a >= hl.start && b <= hl.end) {
      node = h('mark', { class: 'hl', id: first ? 'hl-start' : undefined }, node);
      first = false;
    }
    out.push(node);
  }
  return out;
}

/** The text node and offset inside it at a character offset of the text. */
function locate(root: HTMLElement, offset: number): { node: Text; at: number } | null {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
    if (offset < seen + n.length) return { node: n, at: offset - seen };
    seen += n.length;
  }
  return null;
}

/** The character offset of a point in the text (the text nodes of #doc-text are the document text, in order). */
function offsetOf(root: HTMLElement, node: Node, at: number): number | null {
  if (!root.contains(node)) return null;
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (n === node) return seen + at;
    seen += (n as Text).length;
  }
  return null;
}

/** The reader keeps its place as the character offset at the top of the window (at=1234). */
export function textAnchoring(root: HTMLElement): Anchoring {
  return {
    current(top) {
      const box = root.getBoundingClientRect();
      if (box.top >= top) return null;
      if (box.bottom <= top) return String(root.textContent?.length ?? 0);
      const x = getComputedStyle(root).direction === 'rtl' ? box.right - 6 : box.left + 6;
      const range = document.caretRangeFromPoint?.(x, top + 6);
      const offset = range ? offsetOf(root, range.startContainer, range.startOffset) : null;
      return offset === null ? null : String(offset);
    },
    restore(anchor, top) {
      const offset = Number(anchor);
      if (!Number.isInteger(offset) || offset < 0) return false;
      const length = root.textContent?.length ?? 0;
      // a line break has no box of its own: the first character after it that has one
      for (let o = Math.min(offset, Math.max(0, length - 1)); o < Math.min(length, offset + 200); o++) {
        const place = locate(root, o);
        if (!place) return false;
        const range = document.createRange();
        range.setStart(place.node, place.at);
        range.setEnd(place.node, place.at + 1);
        const rect = range.getClientRects()[0];
        if (rect?.height) {
          window.scrollBy(0, rect.top - top - 2);
          return true;
        }
      }
      return false;
    },
  };
}

function span(params: URLSearchParams, length: number): Span | null {
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (!params.has('start') || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) return null;
  return { start, end };
}

interface Quoted {
  kind: 'claim' | 'conflict';
  /** the claim or conflict */
  id: string;
  ev: Evidence;
  label: Child;
}

const same = (a: Span | null, b: Span) => !!a && a.start === b.start && a.end === b.end;

/**
 * Beside the text: the claims this document makes and the conflicts it takes a side in, each a link that highlights
 * its quote, and buttons that step through those quotes in text order.
 */
function quotedPanel(story: string, doc: string, length: number, claims: ClaimRow[], conflicts: Conflicts['conflicts'], hl: Span | null, own: ReturnType<typeof inLanguage>): HTMLElement {
  const inText = (e: Evidence) => e.doc === doc && e.start >= 0 && e.end <= length && e.end > e.start;
  const items: Quoted[] = [];
  for (const c of claims) {
    const ev = c.evidence.find(inText);
    if (ev) items.push({ kind: 'claim', id: c.id, ev, label: [isolated(c.subjectName, own), ` ${c.predicate.replace('_', ' ')} `, h('strong', own, c.objectText), ' ', badge(c.status)] });
  }
  for (const c of conflicts)
    for (const a of c.alternatives) {
      const ev = a.evidence.find(inText);
      if (ev) items.push({ kind: 'conflict', id: c.id, ev, label: [isolated(c.question, { dir: 'auto' }), ': ', h('strong', own, a.value), ' ', badge(c.kind, 'kind')] });
    }
  // the stops of next and previous: every quoted span once, in text order
  const stops = [...new Map(items.map((q) => [`${q.ev.start}-${q.ev.end}`, q.ev])).values()].sort((a, b) => a.start - b.start || a.end - b.end);
  const at = stops.findIndex((s) => same(hl, s));
  const go = (ev: Evidence | undefined) => {
    if (ev) location.hash = to.doc(story, doc, ev);
  };
  const from = hl?.start ?? -1;
  const next = at >= 0 ? stops[at + 1] : stops.find((s) => s.start > from);
  const prev = at >= 0 ? stops[at - 1] : [...stops].reverse().find((s) => s.start < from);
  const step = (cls: string, label: string, target: Evidence | undefined) => {
    const b = h('button', { type: 'button', class: cls, onClick: () => go(target) }, label);
    b.disabled = !target;
    return b;
  };
  const list = (kind: Quoted['kind'], title: string) => {
    const mine = items.filter((q) => q.kind === kind).sort((a, b) => a.ev.start - b.ev.start);
    return h(
      'section',
      { class: `quoted quoted-${kind}s` },
      h('h2', {}, `${title} (${mine.length})`),
      mine.length
        ? h(
            'ol',
            {},
            mine.map((q) => {
              const on = same(hl, q.ev);
              const link = h('a', { class: 'quoted-link', href: to.doc(story, doc, q.ev), title: q.ev.quote, dataset: { item: q.id } }, q.label);
              if (on) link.setAttribute('aria-current', 'true');
              return h('li', { class: on ? 'on' : '' }, link);
            }),
          )
        : h('p', { class: 'empty' }, kind === 'claim' ? 'No claim is quoted from this document.' : 'This document takes no side in a conflict.'),
    );
  };
  return h(
    'aside',
    { class: 'doc-quotes', ariaLabel: 'claims and conflicts in this document' },
    h(
      'div',
      { class: 'quote-steps', role: 'group', ariaLabel: 'step through the quotes' },
      step('quote-prev', '← Previous', prev),
      h('span', { class: 'meta', role: 'status' }, stops.length ? (at >= 0 ? `quote ${at + 1} of ${stops.length}` : `${stops.length} quotes`) : 'no quotes'),
      step('quote-next', 'Next →', next),
    ),
    list('claim', 'Claims'),
    list('conflict', 'Conflicts'),
  );
}

export async function readerView(story: string, id: string, params: URLSearchParams): Promise<View> {
  const [{ document: d, mentions, profile }, state, { claims }, { conflicts }] = await Promise.all([load.document(story, id), loadReview(story), load.claims(story, { doc: id }), load.conflicts(story)]);
  const hl = span(params, d.text.length);
  // every piece of the article's own text is marked with its language, so right-to-left text runs right to left
  const own = inLanguage(d.language);
  const removed = h(
    'div',
    { class: 'removed', id: 'removed' },
    d.removed.length ? d.removed.map((r) => h('div', { class: 'removed-block' }, h('small', {}, r.reason), h('pre', own, r.text))) : h('p', { class: 'empty' }, 'Nothing was removed.'),
  );
  removed.hidden = true;
  const types = [...new Set(mentions.map((m) => m.type))];
  const textBox = h('div', { class: 'doc-text', id: 'doc-text', ...own }, annotatedText(story, d.text, mentions, hl));
  return {
    node: h(
      'div',
      { class: 'reader' },
      h('h1', d.title ? own : {}, d.title ?? d.file),
      h(
        'p',
        { class: 'meta' },
        d.outlet ? [outletLink(story, d.outlet), ' · '] : null,
        d.author ? [isolated(d.author, own), ' · '] : null,
        [d.published, d.language, d.file].filter(Boolean).join(' · '),
      ),
      d.chain.length > 1 ? h('p', { class: 'meta' }, `Syndication chain: ${d.chain.join(' ← ')}`) : null,
      profile ? h('p', { class: 'meta' }, badge(`#${profile.rank} ${profile.assessment}`, profile.assessment), ' ', profile.reasons.join('; ')) : null,
      h(
        'div',
        { class: 'toolbar' },
        h(
          'label',
          {},
          h('input', {
            type: 'checkbox',
            name: 'show-removed',
            onChange: (e) => {
              removed.hidden = !(e.target as HTMLInputElement).checked;
            },
          }),
          ` show removed boilerplate (${d.removed.length})`,
        ),
        h(
          'span',
          { class: 'legend' },
          types.map((t) => h('span', { class: `mention type-${t}` }, t)),
        ),
        hl ? h('a', { href: to.doc(story, d.id) }, 'clear highlight') : null,
      ),
      removed,
      h('div', { class: 'reader-body' }, section('Text', textBox), quotedPanel(story, d.id, d.text.length, claims, conflicts, hl, own)),
      reviewPanel(story, { id: d.id, kind: 'document', label: d.title ?? d.file }, state),
    ),
    anchoring: textAnchoring(textBox),
    mount: () => {
      // the quote the analyst came for is in view and has the focus
      const start = document.getElementById('hl-start');
      if (!start) return;
      start.tabIndex = -1;
      start.scrollIntoView({ block: 'center' });
      start.focus({ preventScroll: true });
    },
  };
}
