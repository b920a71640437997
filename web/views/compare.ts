import { load } from '../api.js';
import { empty, outletLink, section, type View } from '../common.js';
import { type Child, h } from '../dom.js';
import { filterSelect } from '../filters.js';
import { inLanguage } from '../lang.js';
import { to } from '../routes.js';
import { align, type Piece, pieces, wordDiff } from '../align.js';

const words = (list: [string, boolean][]): Child[] => list.map(([w, changed]) => (changed ? h('mark', { class: 'diff' }, w) : w));

/** Two documents side by side: shared sentences aligned, reworded ones paired with the changed words marked, the rest apart. */
export async function compareView(story: string, params: URLSearchParams): Promise<View> {
  const o = await load.overview(story);
  const ids = o.documents.map((d) => d.id);
  const first = o.documents[0];
  const a = params.get('a') && ids.includes(params.get('a') as string) ? (params.get('a') as string) : first?.id;
  const fallbackB = o.documents.find((d) => d.id === a)?.nearDuplicates[0]?.doc ?? ids.find((d) => d !== a);
  const b = params.get('b') && ids.includes(params.get('b') as string) ? (params.get('b') as string) : fallbackB;
  const options = o.documents.map((d): [string, string] => [d.id, `${d.outlet ?? d.file} — ${d.title ?? d.id}`]);
  const pick = filterSelect('Left', 'a', a ?? '', options, (v) => to.view(story, 'compare', { a: v, b }));
  const pickB = filterSelect('Right', 'b', b ?? '', options, (v) => to.view(story, 'compare', { a, b: v }));
  if (!a || !b || a === b) return { node: h('div', {}, h('h1', {}, 'Compare documents'), h('form', { class: 'filters', onSubmit: (e) => e.preventDefault() }, pick, pickB), empty('Choose two different documents.')) };
  const [da, db] = await Promise.all([load.document(story, a), load.document(story, b)]);
  const rows = align(pieces(da.document.text), pieces(db.document.text));
  const shared = rows.filter((r) => r.same).length;
  const la = inLanguage(da.document.language);
  const lb = inLanguage(db.document.language);
  const cell = (doc: string, p: Piece | null, lang: ReturnType<typeof inLanguage>, content: Child[] | null) =>
    h('div', { class: `side${p ? '' : ' missing'}`, ...lang }, p ? h('a', { href: to.doc(story, doc, p), class: 'piece-link' }, content ?? p.text) : null);
  const head = (d: typeof da.document) => h('div', { class: 'side head', role: 'columnheader' }, h('a', { href: to.doc(story, d.id), ...(d.title ? inLanguage(d.language) : {}) }, d.title ?? d.file), h('small', {}, ' ', outletLink(story, d.outlet ?? d.file), d.published ? ` · ${d.published}` : ''));
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Compare documents'),
      h('form', { class: 'filters', onSubmit: (e) => e.preventDefault() }, pick, pickB),
      h('p', { class: 'meta' }, `${shared} shared sentence${shared === 1 ? '' : 's'} · ${rows.filter((r) => r.a && !r.same).length} only or changed on the left · ${rows.filter((r) => r.b && !r.same).length} on the right. Changed words are marked.`),
      section(
        'Side by side',
        h(
          'div',
          { class: 'compare', role: 'table', ariaLabel: 'the two documents, sentence by sentence' },
          h('div', { class: 'compare-row', role: 'row' }, head(da.document), head(db.document)),
          rows.map((r) => {
            const diff = r.a && r.b && !r.same ? wordDiff(r.a.text, r.b.text) : null;
            const row = h('div', { class: `compare-row ${r.same ? 'same' : r.a && r.b ? 'changed' : 'only'}`, role: 'row' }, cell(a, r.a, la, diff ? words(diff.a) : null), cell(b, r.b, lb, diff ? words(diff.b) : null));
            for (const c of row.children) c.setAttribute('role', 'cell');
            return row;
          }),
        ),
      ),
    ),
  };
}
