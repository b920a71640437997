import { load } from '../api.js';
import { docLanguage, docNames, empty, entityLink, objectLanguage, quoteLink, section, type View } from '../common.js';
import { badge, type Child, h, isolated, table } from '../dom.js';
import { loadReview, reviewPanel } from '../review.js';
import { to } from '../routes.js';
import { exportButtons, joined } from '../export.js';
import { docFilterBar, docMatcher, originsOf, passes, readDocFilter, supportOf } from '../filters.js';
import { support } from './claims.js';

/** Names of several scripts side by side, each with its own direction. */
const names = (list: string[]): Child[] => list.flatMap((n, i) => [i ? ', ' : '', isolated(n, { dir: 'auto' })]);

export async function entitiesView(story: string, params: URLSearchParams): Promise<View> {
  const [{ entities }, o, { conflicts }] = await Promise.all([load.entities(story), load.overview(story), load.conflicts(story)]);
  const type = params.get('type') ?? '';
  const f = readDocFilter(params);
  const origins = originsOf(o);
  const inConflict = new Set(conflicts.flatMap((c) => c.alternatives.map((a) => a.entity).filter(Boolean)));
  const status = new Map(entities.map((e) => [e.id, supportOf(e.docs, origins, inConflict.has(e.id))]));
  const match = docMatcher(o, f);
  const filtered = entities.filter((e) => passes(f, match, e.docs, status.get(e.id) ?? 'single-source'));
  const types = [...new Set(entities.map((e) => e.type))];
  const shown = filtered.filter((e) => !type || e.type === type);
  const here = (set: Record<string, string>) => to.view(story, 'entities', { ...f, type, ...set });
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Entities'),
      docFilterBar(o, f, (next) => here({ ...next }), shown.length, entities.length),
      h(
        'nav',
        { class: 'chips', ariaLabel: 'entity types' },
        h('a', { href: here({ type: '' }), class: type ? '' : 'on' }, `all ${filtered.length}`),
        types.map((t) => h('a', { href: here({ type: t }), class: t === type ? 'on' : '' }, `${t} ${filtered.filter((e) => e.type === t).length}`)),
      ),
      exportButtons(o.story.name, 'entities', () => ({
        columns: ['id', 'name', 'type', 'kind', 'aliases', 'roles', 'mentions', 'documents', 'status', 'docs'],
        rows: shown.map((e) => [e.id, e.name, e.type, e.kind, joined(e.aliases), joined(e.roles), e.mentions, e.documents, status.get(e.id), joined(e.docs)]),
        json: shown.map((e) => ({ ...e, status: status.get(e.id) })),
      })),
      shown.length
        ? table(
            ['Name', 'Type', 'Aliases', 'Roles', 'Mentions', 'Documents', 'Status'],
            shown.map((e) => [entityLink(story, e.id, e.name), badge(e.kind ?? e.type, e.type), names(e.aliases), e.roles.join(', '), e.mentions, e.documents, badge(status.get(e.id) ?? '')]),
            'entities',
            shown.map((e) => e.id),
          )
        : empty('No entity matches these filters.'),
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
                [entityLink(story, c.subject, c.subjectName), ` ${c.predicate.replace('_', ' ')} `, h('strong', objectLanguage(docs, 'value' in c.object, c.evidence[0]?.doc), 'entity' in c.object ? entityLink(story, c.object.entity, c.objectText) : c.objectText)],
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
