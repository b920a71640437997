import { load } from '../api.js';
import { empty, type View } from '../common.js';
import { h } from '../dom.js';
import { withParams } from '../place.js';
import { to } from '../routes.js';

const COLORS: Record<string, string> = { person: '#2f6fb0', organization: '#b0662f', place: '#2f9a5b', facility: '#6b8f2f', group: '#8a8a8a' };
const EDGE_COLORS: Record<string, string> = { met: '#7a4fb0', 'holds-role': '#b0662f', 'located-at': '#2f9a5b', leads: '#b03a3a' };
// Cytoscape injects an inline <style> unless one with this id exists; the CSP forbids inline styles, and style.css gives the container its position
const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet';

export async function graphView(story: string, params: URLSearchParams): Promise<View> {
  const [g, { default: cytoscape }] = await Promise.all([load.graph(story), import('cytoscape')]);
  const showAll = params.get('all') === '1';
  const linked = new Set(g.edges.flatMap((e) => [e.source, e.target]));
  const nodes = showAll ? g.nodes : g.nodes.filter((n) => linked.has(n.id));
  const box = h('div', { class: 'graph', id: 'graph' });
  const legend = h(
    'p',
    { class: 'legend' },
    Object.entries(COLORS).map(([t, c]) => {
      const dot = h('span', { class: 'dot' });
      dot.style.background = c;
      return h('span', {}, dot, ` ${t} `);
    }),
    ' · edges: ',
    Object.entries(EDGE_COLORS).map(([k, c]) => {
      const line = h('span', { class: 'line' });
      line.style.background = c;
      return h('span', {}, line, ` ${k} `);
    }),
    ' · dashed: contested',
  );
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Graph'),
      legend,
      h(
        'label',
        { class: 'toolbar' },
        h('input', { type: 'checkbox', name: 'unlinked', checked: showAll, onChange: (e) => (location.hash = to.view(story, 'graph', { all: (e.target as HTMLInputElement).checked ? '1' : undefined })) }),
        ` also show the ${g.nodes.length - linked.size} ${g.nodes.length - linked.size === 1 ? 'entity' : 'entities'} without links`,
      ),
      nodes.length ? box : empty('No people, organizations or places are linked.'),
      h('p', { class: 'meta' }, `${nodes.length} nodes, ${g.edges.length} links. Click a node to open its entity page.`),
    ),
    mount: () => {
      // cytoscape needs a container in the page; with nothing to draw there is none
      if (!nodes.length) return;
      if (!document.getElementById(CYTOSCAPE_STYLE_ID)) document.head.append(Object.assign(document.createElement('meta'), { id: CYTOSCAPE_STYLE_ID }));
      const cy = cytoscape({
        container: box,
        elements: [
          ...nodes.map((n) => ({ data: { id: n.id, label: n.name, color: COLORS[n.type], entity: n.entity ?? '' } })),
          ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.label, color: EDGE_COLORS[e.kind] }, classes: e.contested ? 'contested' : '' })),
        ],
        style: [
          { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', 'font-size': 10, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3, width: 14, height: 14 } },
          { selector: 'edge', style: { width: 1.5, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate' } },
          { selector: 'edge.contested', style: { 'line-style': 'dashed' } },
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 20, componentSpacing: 80, padding: 30 },
      });
      // ?id=… selects a node and centres the graph on it
      const chosen = params.get('id');
      const node = chosen ? cy.getElementById(chosen) : null;
      if (node?.nonempty()) {
        node.select();
        cy.center(node);
      }
      cy.on('tap', 'node', (evt) => {
        const entity = evt.target.data('entity');
        // Back comes back to the graph with this node selected
        history.replaceState(history.state, '', withParams(location.hash, { id: evt.target.id() }));
        if (entity) location.hash = to.entity(story, entity);
      });
    },
  };
}
