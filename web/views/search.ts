import { load } from '../api.js';
import { docLanguage, docNames, empty, objectLanguage, section, type View } from '../common.js';
import { badge, h, isolated } from '../dom.js';
import { to } from '../routes.js';

/** The longest query the API answers (src/server/search.ts MAX_QUERY); a longer one is cut to it. */
export const MAX_QUERY = 200;

/** A query cut to MAX_QUERY characters, at a space when one is near the end. */
export function cutQuery(q: string): string {
  if (q.length <= MAX_QUERY) return q;
  const cut = [...q.slice(0, MAX_QUERY + 1)].slice(0, MAX_QUERY).join('');
  const space = cut.lastIndexOf(' ');
  return (space > MAX_QUERY * 0.75 ? cut.slice(0, space) : cut).trim();
}

export function searchForm(story: string, q = ''): HTMLFormElement {
  const input = h('input', { type: 'search', name: 'q', value: q, dir: 'auto', maxLength: MAX_QUERY, placeholder: 'Search documents, entities, claims', ariaLabel: 'search' });
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
  const asked = params.get('q')?.trim() ?? '';
  const q = cutQuery(asked);
  if (!q) return { node: h('div', {}, h('h1', {}, 'Search'), searchForm(story)) };
  const [r, o] = await Promise.all([load.search(story, q), load.overview(story)]);
  const docs = docNames(o);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Search: ', query(q)),
      searchForm(story, q),
      q !== asked ? h('p', { class: 'notice', role: 'status' }, `The query was ${asked.length} characters long; searched for its first ${q.length} (at most ${MAX_QUERY}).`) : null,
      r.named.length
        ? h(
            'p',
            { class: 'meta' },
            'Also searched every spelling of ',
            r.named.flatMap((e, i) => [i ? ', ' : '', h('a', { href: to.entity(story, e.id), dir: 'auto' }, e.name), e.aliases.length ? [' (', e.aliases.flatMap((a, j) => [j ? ', ' : '', isolated(a, { dir: 'auto' })]), ')'] : '']),
            '.',
          )
        : null,
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
                  h('a', { href: to.evidence(story, c.evidence) }, c.subjectName ? [isolated(c.subjectName, { dir: 'auto' }), ' '] : '', `${c.predicate.replace('_', ' ')} `, isolated(c.objectText, objectLanguage(docs, c.objectIsValue, c.evidence?.doc))),
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
