import { load } from '../api.js';
import { docLanguage, docNames, empty, entityLink, quoteLink, section, type View } from '../common.js';
import { badge, type Child, h, isolated, table } from '../dom.js';
import { loadReview, reviewPanel } from '../review.js';
import { to } from '../routes.js';
import { support } from './claims.js';

/** Names of several scripts side by side, each with its own direction. */
const names = (list: string[]): Child[] => list.flatMap((n, i) => [i ? ', ' : '', isolated(n, { dir: 'auto' })]);

export async function entitiesView(story: string, params: URLSearchParams): Promise<View> {
  const { entities } = await load.entities(story);
  const type = params.get('type') ?? '';
  const types = [...new Set(entities.map((e) => e.type))];
  const shown = entities.filter((e) => !type || e.type === type);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Entities'),
      h(
        'nav',
        { class: 'chips' },
        h('a', { href: to.view(story, 'entities'), class: type ? '' : 'on' }, `all ${entities.length}`),
        types.map((t) => h('a', { href: to.view(story, 'entities', { type: t }), class: t === type ? 'on' : '' }, `${t} ${entities.filter((e) => e.type === t).length}`)),
      ),
      table(
        ['Name', 'Type', 'Aliases', 'Roles', 'Mentions', 'Documents'],
        shown.map((e) => [entityLink(story, e.id, e.name), badge(e.kind ?? e.type, e.type), names(e.aliases), e.roles.join(', '), e.mentions, e.documents]),
        'entities',
        shown.map((e) => e.id),
      ),
    ),
  };
}

export async function entityView(story: string, id: string): Promise<View> {
  const [p, o, state] = await Promise.all([load.entity(story, id), load.overview(story), loadReview(story)]);
  const docs = docNames(o);
  const e = p.entity;
  return {
    node: h(
      'div',
      {},
      h('h1', {}, isolated(e.name, { dir: 'auto' }), ' ', badge(e.kind ?? e.type, e.type)),
      h('p', { class: 'meta' }, e.aliases.length ? ['Also written: ', names(e.aliases)] : 'No other spellings.', e.country ? ` · country ${e.country}` : '', e.coordinates ? ` · ${e.coordinates.join(', ')}` : ''),
      reviewPanel(story, { id: e.id, kind: 'entity', label: e.name }, state),
      e.roles.length
        ? section(
            'Roles',
            e.roles.map((r) =>
              h(
                'div',
                { class: 'role' },
                h('strong', {}, [...r.qualifiers, r.title].join(' ')),
                r.countryName ? ` of ${r.countryName}` : '',
                r.organization ? `, ${r.organization}` : '',
                quoteLink(story, r.evidence, docs),
              ),
            ),
          )
        : null,
      section(
        `Claims (${p.claims.length})`,
        p.claims.length
          ? table(
              ['Claim', 'Status', 'Evidence'],
              p.claims.map((c) => [
                [entityLink(story, c.subject, c.subjectName), ` ${c.predicate.replace('_', ' ')} `, h('strong', { dir: 'auto' }, 'entity' in c.object ? entityLink(story, c.object.entity, c.objectText) : c.objectText)],
                [badge(c.status), support(c)],
                h('div', {}, c.evidence.map((ev) => h('a', { class: 'evidence-link', href: to.evidence(story, ev), title: ev.quote }, ev.doc))),
              ]),
              '',
              p.claims.map((c) => c.id),
            )
          : empty('No claims about this entity.'),
      ),
      p.conflicts.length ? section('Conflicts', h('ul', {}, p.conflicts.map((c) => h('li', {}, h('a', { href: to.view(story, 'conflicts', { id: c.id }) }, c.question))))) : null,
      p.events.length ? section('Events', h('ul', {}, p.events.map((ev) => h('li', {}, `${ev.date ?? 'date unresolved'} — `, isolated(ev.what, { dir: 'auto' }))))) : null,
      section(
        `Mentions (${e.mentions.length})`,
        h(
          'ul',
          { class: 'mentions' },
          e.mentions.map((m, i) =>
            h(
              'li',
              { dataset: { anchor: `m${i + 1}` } },
              h('a', { href: to.doc(story, m.doc, m) }, m.doc),
              ' ',
              h('span', { class: 'context', ...docLanguage(docs, m.doc) }, m.context.clippedStart ? '…' : '', m.context.before, h('mark', {}, m.context.match), m.context.after, m.context.clippedEnd ? '…' : ''),
            ),
          ),
        ),
      ),
    ),
  };
}
