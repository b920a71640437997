import { type DocumentPage, load } from '../api.js';
import { type View, section } from '../common.js';
import { badge, type Child, h, isolated } from '../dom.js';
import { inLanguage } from '../lang.js';
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

function span(params: URLSearchParams, length: number): Span | null {
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  if (!params.has('start') || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > length) return null;
  return { start, end };
}

export async function readerView(story: string, id: string, params: URLSearchParams): Promise<View> {
  const { document: d, mentions, profile } = await load.document(story, id);
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
  return {
    node: h(
      'div',
      { class: 'reader' },
      h('h1', d.title ? own : {}, d.title ?? d.file),
      h(
        'p',
        { class: 'meta' },
        [d.outlet, d.author].filter((x): x is string => !!x).flatMap((x) => [isolated(x, own), ' · ']),
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
      section('Text', h('div', { class: 'doc-text', id: 'doc-text', ...own }, annotatedText(story, d.text, mentions, hl))),
    ),
    mount: () => document.getElementById('hl-start')?.scrollIntoView({ block: 'center' }),
  };
}
