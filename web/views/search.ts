import { load } from '../api.js';
import { docLanguage, docNames, empty, section, type View } from '../common.js';
import { badge, h, isolated } from '../dom.js';
import { to } from '../routes.js';

export function searchForm(story: string, q = ''): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: q, dir: 'auto', placeholder: 'Search documents, entities, claims', ariaLabel: 'search' });
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

/** The analyst's query: its language is not known (lang=""), its direction is its own. */
function query(q: string): HTMLElement {
  const el = isolated(q, { class: 'query', dir: 'auto' });
  el.setAttribute('lang', '');
  return el;
}

export async function searchView(story: string, params: URLSearchParams): Promise<View> {
  const q = params.get('q')?.trim() ?? '';
  if (!q) return { node: h('div', {}, h('h1', {}, 'Search'), searchForm(story)) };
  const [r, o] = await Promise.all([load.search(story, q), load.overview(story)]);
  const docs = docNames(o);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Search: ', query(q)),
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
                  { dataset: { anchor: `doc-${d.id}` } },
                  h('a', { href: to.doc(story, d.id, d.match ?? undefined), ...(d.title ? docLanguage(docs, d.id) : {}) }, d.title ?? d.id),
                  ' ',
                  d.outlet ? isolated(d.outlet, { dir: 'auto' }) : '',
                  ` · ${d.hits} hit${d.hits === 1 ? '' : 's'}`,
                  d.match ? h('div', { class: 'snippet', ...docLanguage(docs, d.id) }, d.match.clippedStart ? '…' : '', d.match.before, h('mark', {}, d.match.match), d.match.after, d.match.clippedEnd ? '…' : '') : null,
                ),
              ),
            )
          : empty('No document.'),
      ),
      section(
        `Entities (${r.total.entities})`,
        r.entities.length ? h('ul', { class: 'results' }, r.entities.map((e) => h('li', { dataset: { anchor: `entity-${e.id}` } }, h('a', { href: to.entity(story, e.id), dir: 'auto' }, e.name), ' ', badge(e.type), e.aliases.length ? [' also ', e.aliases.flatMap((a, i) => [i ? ', ' : '', isolated(a, { dir: 'auto' })])] : ''))) : empty('No entity.'),
      ),
      section(
        `Claims (${r.total.claims})`,
        r.claims.length
          ? h(
              'ul',
              { class: 'results' },
              r.claims.map((c) =>
                h(
                  'li',
                  { dataset: { anchor: `claim-${c.id}` } },
                  h('a', { href: to.evidence(story, c.evidence) }, c.subjectName ? [isolated(c.subjectName, { dir: 'auto' }), ' '] : '', `${c.predicate.replace('_', ' ')} `, isolated(c.objectText, { dir: 'auto' })),
                  ' ',
                  badge(c.status),
                  h('div', { class: 'snippet', ...docLanguage(docs, c.evidence.doc) }, c.evidence.quote),
                ),
              ),
            )
          : empty('No claim.'),
      ),
    ),
  };
}
