import { load } from '../api.js';
import { empty, section, type View } from '../common.js';
import { badge, h, isolated } from '../dom.js';
import { to } from '../routes.js';
import { cutQuery, MAX_QUERY } from './search.js';

/** The search box of the story list: one query over every story of the case file. */
export function searchAllForm(q = ''): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: q, dir: 'auto', maxLength: MAX_QUERY, placeholder: 'Search every story: a name, a place, a phrase', ariaLabel: 'search every story' });
  return h(
    'form',
    {
      class: 'search',
      role: 'search',
      onSubmit: (e) => {
        e.preventDefault();
        if (input.value.trim()) location.hash = to.searchAll(cutQuery(input.value.trim()));
      },
    },
    input,
  );
}

/** Which stories a query appears in, and who it names there: each story's hits lead into that story's own search. */
export async function searchAllView(params: URLSearchParams): Promise<View> {
  const q = cutQuery(params.get('q')?.trim() ?? '');
  if (!q) return { node: h('div', {}, h('h1', {}, 'Search every story'), searchAllForm()) };
  const r = await load.searchAll(q);
  const query = isolated(q, { dir: 'auto' });
  query.setAttribute('lang', '');
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Search every story'),
      searchAllForm(q),
      h('p', { class: 'meta' }, `${r.stories.length} of ${r.searched} stor${r.searched === 1 ? 'y' : 'ies'} mention `, query),
      r.stories.length
        ? r.stories.map((s) =>
            section(
              s.story.name,
              h(
                'p',
                {},
                h('a', { href: to.view(s.story.id, 'search', { q }) }, `${s.total.documents} document${s.total.documents === 1 ? '' : 's'}, ${s.total.entities} entit${s.total.entities === 1 ? 'y' : 'ies'}, ${s.total.claims} claim${s.total.claims === 1 ? '' : 's'}`),
              ),
              s.entities.length ? h('ul', { class: 'results' }, s.entities.map((e) => h('li', { dataset: { anchor: `${s.story.id}-${e.id}` } }, h('a', { href: to.entity(s.story.id, e.id), dir: 'auto' }, e.name), badge(e.type), e.aliases.length ? h('small', { class: 'meta' }, ' also ', e.aliases.slice(0, 4).flatMap((a, i) => [i ? ', ' : '', isolated(a, { dir: 'auto' })])) : null))) : null,
              s.documents.length ? h('ul', { class: 'results' }, s.documents.map((d) => h('li', {}, h('a', { href: to.doc(s.story.id, d.id), dir: 'auto' }, d.title ?? d.id), d.outlet ? h('small', { class: 'meta' }, ' · ', isolated(d.outlet, { dir: 'auto' })) : null, ` · ${d.hits} hit${d.hits === 1 ? '' : 's'}`))) : null,
            ),
          )
        : empty('No story mentions it.'),
    ),
  };
}
