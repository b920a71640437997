import { type ClaimRow, load } from '../api.js';
import { docLanguage, docNames, empty, entityLink, objectLanguage, permalink, type View } from '../common.js';
import { badge, h, isolated, type Props } from '../dom.js';
import { loadReview, notesOf, verdictBadge, verdictOf } from '../review.js';
import { to } from '../routes.js';
import { exportButtons } from '../export.js';

const STATUSES = ['corroborated', 'single-source', 'contested'];
const FILTERS = ['status', 'entity', 'doc', 'outlet', 'from', 'to'] as const;

/** How many documents back a claim and how many independent origins they come from; copies of one report are one origin. */
export function support(c: ClaimRow): HTMLElement {
  const docs = new Set(c.evidence.map((e) => e.doc)).size;
  const roots = [...new Set(c.chains.map((chain) => chain[chain.length - 1]).filter(Boolean))];
  const n = `${docs} document${docs === 1 ? '' : 's'}`;
  if (docs > 1 && c.origins === 1) return h('small', { class: 'support-note', title: c.chains.map((chain) => chain.join(' ← ')).join('\n') }, `${n}, one origin`, roots.length === 1 ? [' (', isolated(roots[0], { dir: 'auto' }), ')'] : '');
  return h('small', { class: 'support-note' }, `${n}, ${c.origins} origin${c.origins === 1 ? '' : 's'}`);
}

const reviewLabel = (notes: number) => (notes ? `review · ${notes} note${notes === 1 ? '' : 's'}` : 'review');

export async function claimsView(story: string, params: URLSearchParams): Promise<View> {
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const [m, o, { entities }, state] = await Promise.all([load.claims(story, filter), load.overview(story), load.entities(story), loadReview(story)]);
  const docs = docNames(o);
  const choose = (key: string, options: [string, string, Props?][]) =>
    h(
      'label',
      {},
      `${key} `,
      h(
        'select',
        {
          name: key,
          onChange: (e) => {
            location.hash = to.view(story, 'claims', { ...filter, [key]: (e.target as HTMLSelectElement).value });
          },
        },
        h('option', { value: '' }, 'all'),
        options.map(([v, label, props]) => h('option', { ...props, value: v, selected: filter[key] === v }, label)),
      ),
    );
  const byName = [...entities].sort((a, b) => a.name.localeCompare(b.name));
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Claims matrix'),
      h(
        'form',
        { class: 'filters', onSubmit: (e) => e.preventDefault() },
        choose(
          'status',
          STATUSES.map((s) => [s, s]),
        ),
        choose(
          'entity',
          byName.map((e) => [e.id, `${e.name} (${e.type})`]),
        ),
        choose(
          'doc',
          m.documents.map((d) => [d.id, `${d.id} ${d.outlet ?? d.title ?? ''}`, d.outlet || !d.title ? { dir: 'auto' } : docLanguage(docs, d.id)]),
        ),
        choose(
          'outlet',
          [...new Set(m.documents.map((d) => d.outlet ?? d.file))].sort((a, b) => a.localeCompare(b)).map((x) => [x, x, { dir: 'auto' }]),
        ),
        (['from', 'to'] as const).map((key) =>
          h(
            'label',
            {},
            `${key === 'from' ? 'published from' : 'to'} `,
            h('input', {
              type: 'date',
              name: key,
              value: filter[key],
              onChange: (e) => {
                location.hash = to.view(story, 'claims', { ...filter, [key]: (e.target as HTMLInputElement).value });
              },
            }),
          ),
        ),
        h('span', { class: 'legend' }, h('span', { class: 'cell supports' }, '●'), ' supports ', h('span', { class: 'cell contradicts' }, '✕'), ' contradicts ', h('span', { class: 'cell silent' }, '·'), ' silent'),
      ),
      m.claims.length
        ? exportButtons(o.story.name, 'claims', () => ({
            // a column per document: what it says of the claim
            columns: ['claim', 'subject', 'predicate', 'object', 'status', 'origins', 'verdict', ...m.documents.map((d) => `${d.id} ${d.outlet ?? d.file}`)],
            rows: m.claims.map((c) => [c.id, c.subjectName, c.predicate, c.objectText, c.status, c.origins, verdictOf(state, c.id)?.rating, ...m.documents.map((d) => c.stance[d.id] ?? 'silent')]),
            json: m.claims.map((c) => ({ ...c, verdict: verdictOf(state, c.id) ?? null })),
          }))
        : null,
      m.claims.length
        ? h(
            'div',
            { class: 'scroll' },
            h(
              'table',
              { class: 'grid matrix' },
              h('thead', {}, h('tr', {}, h('th', { class: 'claim' }, 'Claim'), h('th', { class: 'status' }, 'Status'), m.documents.map((d, i) => h('th', { title: `${d.id}${d.title ? `: ${d.title}` : ''}` }, h('a', { href: to.doc(story, d.id), ariaLabel: `document ${i + 1} (${d.id})` }, `#${i + 1}`), h('small', { dir: 'auto' }, docs.get(d.id)?.name))))),
              h(
                'tbody',
                {},
                m.claims.map((c) =>
                  h(
                    'tr',
                    { id: `claim-${c.id}`, dataset: { anchor: c.id } },
                    h('td', { class: 'claim' }, permalink(to.view(story, 'claims', { ...filter, id: c.id }), `claim ${c.id}`), ' ', entityLink(story, c.subject, c.subjectName), ` ${c.predicate.replace('_', ' ')} `, h('strong', objectLanguage(docs, 'value' in c.object, c.evidence[0]?.doc), c.objectText), h('span', { class: 'status-inline' }, badge(c.status)), ' ', h('a', { class: 'review-link', href: to.claim(story, c.id) }, reviewLabel(notesOf(state, c.id).length)), verdictBadge(verdictOf(state, c.id))),
                    h('td', { class: 'status' }, badge(c.status), support(c)),
                    m.documents.map((d) => {
                      const stance = c.stance[d.id];
                      const ev = c.evidence.find((e) => e.doc === d.id);
                      if (stance === 'supports' && ev) return h('td', { class: 'cell supports', title: ev.quote }, h('a', { href: to.evidence(story, ev) }, '●'));
                      if (stance === 'contradicts') return h('td', { class: 'cell contradicts', title: 'this document gives another answer' }, '✕');
                      return h('td', { class: 'cell silent' }, '·');
                    }),
                  ),
                ),
              ),
            ),
          )
        : empty('No claims match these filters.'),
    ),
  };
}
