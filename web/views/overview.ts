import { load } from '../api.js';
import { outletLink, section, type View } from '../common.js';
import { badge, h, table } from '../dom.js';
import { inLanguage } from '../lang.js';
import { to } from '../routes.js';
import { exportBar } from './exports.js';

export async function overviewView(story: string): Promise<View> {
  const o = await load.overview(story);
  const s = o.summary;
  const counts: [string, number, string | null][] = [
    ['documents', s.documents, null],
    ['entities', s.entities, 'entities'],
    ['claims', s.claims, 'claims'],
    ['events', s.events, 'timeline'],
    ['conflicts', s.conflicts, 'conflicts'],
  ];
  const warnings = o.warnings.filter((w) => w.severity !== 'info');
  return {
    node: h(
      'div',
      {},
      h('h1', {}, o.story.name),
      h(
        'div',
        { class: 'counts' },
        counts.map(([label, n, view]) => h(view ? 'a' : 'div', { class: 'count', ...(view ? { href: to.view(story, view) } : {}) }, h('strong', {}, n), h('span', {}, label))),
      ),
      section(
        'Documents',
        o.documents.length > 1 ? h('p', { class: 'meta' }, h('a', { href: to.view(story, 'compare') }, 'Compare two documents side by side')) : null,
        table(
          [h('span', { class: 'visually-hidden' }, 'Document'), 'Title', 'Outlet', 'Date', 'Language', 'Syndication chain', 'Reliability'],
          o.documents.map((d) => [
            d.id,
            h('a', { href: to.doc(story, d.id), ...(d.title ? inLanguage(d.language) : {}) }, d.title ?? d.file),
            d.outlet ? outletLink(story, d.outlet) : '—',
            d.published ?? '—',
            d.language,
            h('span', { class: 'chain' }, d.chain.length > 1 ? d.chain.join(' ← ') : (d.chain[0] ?? '—'), d.nearDuplicates.length ? h('small', { class: 'chain-note' }, 'near-copy of ', d.nearDuplicates.flatMap((n, i) => [i ? ', ' : '', h('a', { href: to.view(story, 'compare', { a: d.id, b: n.doc }), title: `compare ${d.id} with ${n.doc}` }, n.doc)])) : null),
            d.profile
              ? h('div', { class: 'profile' }, badge(`#${d.profile.rank} ${d.profile.assessment}`, d.profile.assessment), h('ul', { class: 'reasons' }, d.profile.reasons.map((r) => h('li', {}, r))))
              : '—',
          ]),
          'documents',
          o.documents.map((d) => d.id),
        ),
      ),
      exportBar(story),
      warnings.length ? section('Warnings', h('ul', {}, warnings.map((w) => h('li', {}, `${w.severity}: ${w.file}: ${w.message}`)))) : null,
    ),
  };
}
