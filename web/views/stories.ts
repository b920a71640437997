import { load } from '../api.js';
import { empty, type View } from '../common.js';
import { h, table } from '../dom.js';
import { to } from '../routes.js';
import { searchAllForm } from './searchAll.js';

export async function storiesView(): Promise<View> {
  const { stories } = await load.stories();
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Stories'),
      stories.length > 1 ? searchAllForm() : null,
      stories.length
        ? table(
            ['Story', 'Documents', 'Conflicts', 'Updated'],
            stories.map((s) => [h('a', { href: to.story(s.id) }, s.name), s.documents, s.conflicts, s.updated ? new Date(s.updated).toLocaleString() : '—']),
            'stories',
            stories.map((s) => s.id),
          )
        : empty('No stories yet.'),
    ),
  };
}
