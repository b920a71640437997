import { load, type OutletAcross, type Outlets } from '../api.js';
import { docNames, empty, entityLink, objectLanguage, outletLink, quoteLink, section, type View } from '../common.js';
import { badge, type Child, h, isolated, table } from '../dom.js';
import { exportButtons, joined } from '../export.js';
import { inLanguage } from '../lang.js';
import { to } from '../routes.js';

type Outlet = Outlets['outlets'][number];

const names = (story: string, list: string[]): Child => (list.length ? list.flatMap((n, i) => [i ? ', ' : '', outletLink(story, n)]) : '—');
const share = (n: number, of: number) => (of ? `${n} of ${of}` : '—');

/** How an outlet's claims fare: corroborated, single-source, contested. */
function record(o: Pick<Outlet, 'status'>): Child {
  return h('span', { class: 'record' }, badge(`${o.status.corroborated} corroborated`, 'corroborated'), badge(`${o.status['single-source']} single-source`, 'single-source'), badge(`${o.status.contested} contested`, 'contested'));
}

export async function outletsView(story: string): Promise<View> {
  const [{ outlets }, ov] = await Promise.all([load.outlets(story), load.overview(story)]);
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Outlets'),
      h('p', { class: 'meta' }, 'A document whose outlet is unknown is filed under its file name. Copies name the outlet they republish.'),
      outlets.length
        ? exportButtons(ov.story.name, 'outlets', () => ({
            columns: ['outlet', 'documents', 'claims', 'corroborated', 'single-source', 'contested', 'conflict sides', 'sides best supported', 'republishes', 'near copies', 'republished by'],
            rows: outlets.map((o) => [o.name, o.documents, o.claims, o.status.corroborated, o.status['single-source'], o.status.contested, o.sides, o.bestSupportedSides, joined(o.republishes), joined(o.nearCopies), joined(o.copiedBy)]),
            json: outlets,
          }))
        : empty('No outlet: the story has no documents.'),
      table(
        ['Outlet', 'Documents', 'Claims', 'How its claims fare', 'Conflicts: its side best supported', 'Republishes', 'Republished by'],
        outlets.map((o) => [outletLink(story, o.name), o.documents, o.claims, record(o), share(o.bestSupportedSides, o.sides), names(story, [...new Set([...o.republishes, ...o.nearCopies])]), names(story, o.copiedBy)]),
        'outlets',
        outlets.map((o) => o.name),
      ),
    ),
  };
}

/** The outlet's record in every story of the case file that has it; the current story is marked, the others link to the outlet's page there. */
function acrossStories(story: string, a: OutletAcross): HTMLElement {
  const t = a.total;
  return section(
    `Across the case file (${t.stories} of ${a.searched} ${a.searched === 1 ? 'story' : 'stories'})`,
    h('p', { class: 'meta' }, `${t.documents} documents · ${t.claims} claims: ${t.status.corroborated} corroborated, ${t.status['single-source']} single-source, ${t.status.contested} contested · its side best supported in ${share(t.bestSupportedSides, t.sides)} conflict sides`),
    table(
      ['Story', 'Documents', 'Claims', 'How its claims fare', 'Conflicts: its side best supported'],
      a.stories.map((s) => [
        s.story.id === story ? h('span', {}, isolated(s.story.name, { dir: 'auto' }), ' (this story)') : h('a', { href: to.outlet(s.story.id, s.outlet), dir: 'auto' }, s.story.name),
        s.documents,
        s.claims,
        record({ status: s.status }),
        share(s.bestSupportedSides, s.sides),
      ]),
      'outlet-stories',
      a.stories.map((s) => s.story.id),
    ),
  );
}

export async function outletView(story: string, name: string): Promise<View> {
  const [p, ov, across] = await Promise.all([load.outlet(story, name), load.overview(story), load.outletAcross(name)]);
  const docs = docNames(ov);
  const o = p.outlet;
  return {
    node: h(
      'div',
      {},
      h('h1', {}, isolated(o.name, { dir: 'auto' })),
      h('p', { class: 'meta' }, `${o.documents.length} document${o.documents.length === 1 ? '' : 's'} · ${o.claims} claims · `, record(o)),
      o.republishes.length || o.copiedBy.length || o.nearCopies.length
        ? h('p', {}, o.republishes.length ? ['Republishes ', names(story, o.republishes), '. '] : null, o.copiedBy.length ? ['Republished by ', names(story, o.copiedBy), '. '] : null, o.nearCopies.length ? ['Near-copy of ', names(story, o.nearCopies), '.'] : null)
        : h('p', { class: 'meta' }, 'Its documents are no copies, and none copies them.'),
      acrossStories(story, across),
      section(
        'Documents',
        table(
          ['Title', 'Date', 'Language', 'Syndication chain'],
          o.documents.map((d) => [h('a', { href: to.doc(story, d.id), ...(d.title ? inLanguage(d.language) : {}) }, d.title ?? d.id), d.published ?? '—', d.language, d.chain.join(' ← ') || '—']),
          'outlet-documents',
          o.documents.map((d) => d.id),
        ),
      ),
      section(
        `Conflicts (${p.conflicts.length})`,
        p.conflicts.length
          ? p.conflicts.map((c) =>
              h(
                'div',
                { class: 'outlet-side', dataset: { anchor: `${c.id}-${c.value}` } },
                h('h3', {}, h('a', { href: to.view(story, 'conflicts', { id: c.id }) }, c.question)),
                h('p', {}, 'Says ', h('strong', { dir: 'auto' }, c.value), c.value === c.bestSupported ? badge('best supported', 'best') : null, c.others.length ? [' — against ', c.others.flatMap((a, i) => [i ? '; ' : '', h('bdi', { dir: 'auto' }, a.value), ' (', names(story, a.outlets), ')'])] : null),
                c.evidence.map((ev) => quoteLink(story, ev, docs, c.value)),
              ),
            )
          : empty('This outlet takes no side in any conflict.'),
      ),
      section(
        `Claims (${p.claims.length})`,
        p.claims.length
          ? table(
              ['Claim', 'Status', 'Its quote'],
              p.claims.map((c) => [
                [entityLink(story, c.subject, c.subjectName), ` ${c.predicate.replace('_', ' ')} `, h('a', { href: to.claim(story, c.id), ...objectLanguage(docs, c.objectIsValue, c.evidence[0]?.doc) }, c.objectText)],
                badge(c.status),
                c.evidence[0] ? quoteLink(story, c.evidence[0], docs) : '—',
              ]),
              'outlet-claims',
              p.claims.map((c) => c.id),
            )
          : empty('Its documents make no claim the pipeline found.'),
      ),
    ),
  };
}
