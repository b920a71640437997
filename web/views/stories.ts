import { load, type StorySummary } from '../api.js';
import { empty, type View } from '../common.js';
import { h, table } from '../dom.js';
import { exportButtons } from '../export.js';
import { filterSelect } from '../filters.js';
import { withParams } from '../place.js';
import { to } from '../routes.js';
import { searchAllForm } from './searchAll.js';

const SORTS: Record<string, [string, (a: StorySummary, b: StorySummary) => number]> = {
  name: ['name', (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)],
  documents: ['most documents', (a, b) => b.documents - a.documents || a.name.localeCompare(b.name)],
  newest: ['newest', (a, b) => (b.updated ?? '').localeCompare(a.updated ?? '') || a.name.localeCompare(b.name)],
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a story's name (or id) contains the text, ignoring case and accents. */
export const storyMatches = (s: StorySummary, text: string) => !text.trim() || fold(`${s.name} ${s.id}`).includes(fold(text.trim()));

export async function storiesView(params: URLSearchParams = new URLSearchParams()): Promise<View> {
  const { stories } = await load.stories();
  const sort = SORTS[params.get('sort') ?? ''] ? (params.get('sort') as string) : '';
  const find = params.get('find') ?? '';
  const ordered = sort ? [...stories].sort(SORTS[sort][1]) : stories;
  const count = h('span', { class: 'meta', role: 'status' });
  const box = table(
    ['Story', 'Documents', 'Conflicts', 'Updated'],
    ordered.map((s) => [h('a', { href: to.story(s.id) }, s.name), s.documents, s.conflicts, s.updated ? new Date(s.updated).toLocaleString() : '—']),
    'stories',
    ordered.map((s) => s.id),
  );
  const rows = [...box.querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const none = empty('No story name contains this text.');
  /** Shows the stories whose name has the text; the text goes in the URL without a history entry per key. */
  const apply = (text: string) => {
    ordered.forEach((s, i) => {
      rows[i].hidden = !storyMatches(s, text);
    });
    const shown = rows.filter((r) => !r.hidden).length;
    count.textContent = `${shown} of ${stories.length}`;
    none.hidden = shown > 0;
  };
  const input = h('input', { type: 'search', name: 'find', value: find, dir: 'auto', placeholder: 'Story name', ariaLabel: 'filter the stories by name' });
  input.addEventListener('input', () => {
    apply(input.value);
    history.replaceState(history.state, '', withParams(location.hash || '#/', { find: input.value.trim() ? input.value : null }));
  });
  apply(find);
  const controls = h(
    'form',
    { class: 'filters story-filters', onSubmit: (e) => e.preventDefault() },
    h('label', {}, 'name ', input),
    filterSelect(
      'sort by',
      'sort',
      sort,
      Object.entries(SORTS).map(([k, [label]]) => [k, label, { dir: 'ltr' }]),
      (value) => withParams(location.hash || '#/', { sort: value || null }),
    ),
    count,
  );
  // the select's first option is the list's own order
  const first = controls.querySelector('select[name="sort"] option');
  if (first) first.textContent = 'as stored';
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Stories'),
      stories.length > 1 ? searchAllForm() : null,
      stories.length > 1 ? controls : null,
      stories.length
        ? exportButtons('stories', 'list', () => {
            const shown = ordered.filter((s) => storyMatches(s, input.value));
            return { columns: ['id', 'name', 'documents', 'conflicts', 'updated'], rows: shown.map((s) => [s.id, s.name, s.documents, s.conflicts, s.updated]), json: shown };
          })
        : null,
      stories.length ? [box, none] : empty('No stories yet.'),
    ),
  };
}
