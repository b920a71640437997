import { load } from '../api.js';
import { docNames, empty, entityLink, permalink, quoteLink, type View } from '../common.js';
import { badge, h, isolated } from '../dom.js';
import { to } from '../routes.js';

export async function conflictsView(story: string): Promise<View> {
  const [{ conflicts }, o] = await Promise.all([load.conflicts(story), load.overview(story)]);
  const docs = docNames(o);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Conflicts'),
      conflicts.length ? null : empty('The sources do not contradict each other on any question found.'),
      conflicts.map((c) =>
        h(
          'article',
          { class: 'conflict panel', id: `conflict-${c.id}`, dataset: { anchor: c.id } },
          h('h2', {}, c.question, ' ', badge(c.kind, 'kind'), c.internal ? badge('inside one document', 'internal') : null, permalink(to.view(story, 'conflicts', { id: c.id }), `conflict ${c.id}`)),
          h(
            'div',
            { class: 'alternatives' },
            c.alternatives.map((a) =>
              h(
                'div',
                { class: `alternative${a.value === c.bestSupported ? ' best' : ''}` },
                h('h3', {}, entityLink(story, a.entity, a.value), a.value === c.bestSupported ? badge('best supported', 'best') : null),
                h('p', { class: 'support' }, `${a.docs.length} document${a.docs.length === 1 ? '' : 's'}, ${a.origins} independent origin${a.origins === 1 ? '' : 's'}`),
                h('p', { class: 'outlets' }, a.outlets.flatMap((name, i) => [i ? ' · ' : '', isolated(name, { dir: 'auto' })])),
                a.evidence.map((ev) => quoteLink(story, ev, docs, a.value)),
              ),
            ),
          ),
        ),
      ),
    ),
  };
}
