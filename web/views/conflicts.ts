import { load } from '../api.js';
import { docNames, empty, entityLink, outletLink, permalink, quoteLink, type View } from '../common.js';
import { filterSelect } from '../filters.js';
import { badge, h } from '../dom.js';
import { loadReview, ratingLabel, reviewPanel, verdictBadge, verdictOf } from '../review.js';
import { to } from '../routes.js';
import { exportButtons, joined } from '../export.js';

const FILTERS = ['outlet', 'kind', 'verdict'] as const;

export async function conflictsView(story: string, params: URLSearchParams): Promise<View> {
  const [{ conflicts }, o, state] = await Promise.all([load.conflicts(story), load.overview(story), loadReview(story)]);
  const docs = docNames(o);
  const filter = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const outlets = [...new Set(conflicts.flatMap((c) => c.alternatives.flatMap((a) => a.outlets)))].sort((a, b) => a.localeCompare(b));
  const kinds = [...new Set(conflicts.map((c) => c.kind))].sort();
  const verdictMatches = (id: string) => {
    const v = verdictOf(state, id);
    return !filter.verdict || (filter.verdict === 'none' ? !v : filter.verdict === 'any' ? !!v : v?.rating === filter.verdict);
  };
  const shown = conflicts.filter((c) => (!filter.outlet || c.alternatives.some((a) => a.outlets.includes(filter.outlet))) && (!filter.kind || c.kind === filter.kind) && verdictMatches(c.id));
  const choose = (key: (typeof FILTERS)[number], label: string, options: [string, string][]) => filterSelect(label, key, filter[key], options, (value) => to.view(story, 'conflicts', { ...filter, [key]: value }));
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Conflicts'),
      conflicts.length
        ? h(
            'form',
            { class: 'filters', onSubmit: (e) => e.preventDefault() },
            choose(
              'outlet',
              'outlet',
              outlets.map((x) => [x, x]),
            ),
            choose(
              'kind',
              'kind',
              kinds.map((x) => [x, x]),
            ),
            choose('verdict', 'verdict', [['none', 'no verdict yet'], ['any', 'any verdict'], ...['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unproven', 'disputed', 'not-a-conflict'].map((r): [string, string] => [r, ratingLabel(r)])]),
            h('span', { class: 'meta' }, `${shown.length} of ${conflicts.length}`),
          )
        : null,
      conflicts.length
        ? exportButtons(o.story.name, 'conflicts', () => ({
            // a row per side of each conflict shown
            columns: ['conflict', 'question', 'kind', 'inside one document', 'best supported', 'verdict', 'held true', 'value', 'documents', 'origins', 'outlets', 'docs', 'first quote'],
            rows: shown.flatMap((c) => {
              const v = verdictOf(state, c.id);
              return c.alternatives.map((a) => [c.id, c.question, c.kind, c.internal, c.bestSupported, v?.rating, v?.chosenValue, a.value, a.docs.length, a.origins, joined(a.outlets), joined(a.docs), a.evidence[0]?.quote]);
            }),
            json: shown.map((c) => ({ ...c, verdict: verdictOf(state, c.id) ?? null })),
          }))
        : null,
      conflicts.length ? null : empty('The sources do not contradict each other on any question found.'),
      conflicts.length && !shown.length ? empty('No conflict matches these filters.') : null,
      shown.map((c) => {
        const verdictSlot = h('span', {});
        const alternatives = c.alternatives.map((a) =>
          h(
            'div',
            { class: `alternative${a.value === c.bestSupported ? ' best' : ''}` },
            h('h3', {}, entityLink(story, a.entity, a.value), a.value === c.bestSupported ? badge('best supported', 'best') : null, h('span', { class: 'chosen-slot' })),
            h('p', { class: 'support' }, `${a.docs.length} document${a.docs.length === 1 ? '' : 's'}, ${a.origins} independent origin${a.origins === 1 ? '' : 's'}`),
            h('p', { class: 'outlets' }, a.outlets.flatMap((name, i) => [i ? ' · ' : '', outletLink(story, name)])),
            a.evidence.map((ev) => quoteLink(story, ev, docs, a.value)),
          ),
        );
        // the verdict shows in the heading and on the alternative held true, and follows every change made in the panel
        const mark = () => {
          const v = verdictOf(state, c.id);
          verdictSlot.replaceChildren(verdictBadge(v) ?? '');
          c.alternatives.forEach((a, i) => {
            const chosen = !!v?.chosenValue && a.value === v.chosenValue;
            alternatives[i].classList.toggle('chosen', chosen);
            alternatives[i].querySelector('.chosen-slot')?.replaceChildren(chosen ? badge('held true by the analyst', 'chosen') : '');
          });
        };
        mark();
        return h(
          'article',
          { class: 'conflict panel', id: `conflict-${c.id}`, dataset: { anchor: c.id } },
          h('h2', {}, c.question, ' ', badge(c.kind, 'kind'), c.internal ? badge('inside one document', 'internal') : null, verdictSlot, permalink(to.view(story, 'conflicts', { id: c.id }), `conflict ${c.id}`)),
          h('div', { class: 'alternatives' }, alternatives),
          reviewPanel(story, { id: c.id, kind: 'conflict', label: c.question, alternatives: c.alternatives.map((a) => a.value) }, state, mark),
        );
      }),
    ),
  };
}
