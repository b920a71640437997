import { load } from '../api.js';
import { docNames, empty, entityLink, objectLanguage, outletLink, quoteLink, section, type View } from '../common.js';
import { badge, h } from '../dom.js';
import { loadReview, reviewPanel } from '../review.js';
import { to } from '../routes.js';
import { support } from './claims.js';

/** One claim: what it says, its status and support, every quote behind it, the conflicts it is part of, and its review. */
export async function claimView(story: string, id: string): Promise<View> {
  const [m, { conflicts }, o, state] = await Promise.all([load.claims(story, {}), load.conflicts(story), load.overview(story), loadReview(story)]);
  const c = m.claims.find((x) => x.id === id);
  if (!c) return { node: h('div', {}, h('h1', {}, 'No such claim'), empty(`The story has no claim ${id} (any more): its documents may have changed.`), h('a', { href: to.view(story, 'review') }, 'All verdicts and notes')) };
  const docs = docNames(o);
  const sentence = `${c.subjectName} ${c.predicate.replace('_', ' ')} ${c.objectText}`;
  const rivals = conflicts.filter((x) => x.alternatives.some((a) => a.claims.includes(c.id)));
  const against = Object.entries(c.stance).filter(([, s]) => s === 'contradicts').map(([d]) => d);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, entityLink(story, c.subject, c.subjectName), ` ${c.predicate.replace('_', ' ')} `, h('bdi', objectLanguage(docs, 'value' in c.object, c.evidence[0]?.doc), c.objectText), ' ', badge(c.status)),
      h('p', { class: 'meta' }, support(c), against.length ? ['Contradicted by ', against.flatMap((d, i) => [i ? ', ' : '', outletLink(story, docs.get(d)?.name)])] : null),
      reviewPanel(story, { id: c.id, kind: 'claim', label: sentence }, state),
      section(`Evidence (${c.evidence.length})`, c.evidence.map((ev) => quoteLink(story, ev, docs))),
      rivals.length ? section('Conflicts', h('ul', {}, rivals.map((x) => h('li', {}, h('a', { href: to.view(story, 'conflicts', { id: x.id }) }, x.question))))) : null,
    ),
  };
}
