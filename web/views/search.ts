import { load } from '../api.js';
import { empty, section, type View } from '../common.js';
import { badge, h } from '../dom.js';
import { to } from '../routes.js';

export function searchForm(story: string, q = ''): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search documents, entities, claims', ariaLabel: 'search' });
  return h(
    'form',
    {
      class: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        if (input.value.trim()) location.hash = to.view(story, 'search', { q: input.value.trim() });
      },
    },
    input,
  );
}

export async function searchView(story: string, params: URLSearchParams): Promise<View> {
  const q = params.get('q')?.trim() ?? '';
  if (!q) return { node: h('div', {}, h('h1', {}, 'Search'), searchForm(story)) };
  const r = await load.search(story, q);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Search: ', q),
      searchForm(story, q),
      section(
        `Documents (${r.total.documents})`,
        r.documents.length
          ? h(
              'ul',
              { class: 'results' },
              r.documents.map((d) =>
                h(
                  'li',
                  {},
                  h('a', { href: to.doc(story, d.id, d.match ?? undefined) }, d.title ?? d.id),
                  ` ${d.outlet ?? ''} · ${d.hits} hit${d.hits === 1 ? '' : 's'}`,
                  d.match ? h('div', { class: 'snippet' }, d.match.clippedStart ? '…' : '', d.match.before, h('mark', {}, d.match.match), d.match.after, d.match.clippedEnd ? '…' : '') : null,
                ),
              ),
            )
          : empty('No document.'),
      ),
      section(
        `Entities (${r.total.entities})`,
        r.entities.length ? h('ul', { class: 'results' }, r.entities.map((e) => h('li', {}, h('a', { href: to.entity(story, e.id) }, e.name), ' ', badge(e.type), e.aliases.length ? ` also ${e.aliases.join(', ')}` : ''))) : empty('No entity.'),
      ),
      section(
        `Claims (${r.total.claims})`,
        r.claims.length
          ? h(
              'ul',
              { class: 'results' },
              r.claims.map((c) => h('li', {}, h('a', { href: to.evidence(story, c.evidence) }, `${c.subjectName} ${c.predicate.replace('_', ' ')} ${c.objectText}`), ' ', badge(c.status), h('div', { class: 'snippet' }, c.evidence.quote))),
            )
          : empty('No claim.'),
      ),
    ),
  };
}
