import { load } from '../api.js';
import { empty, type View } from '../common.js';
import { h, isolated, svg } from '../dom.js';
import { exportButton, exportButtons, fileName, saveFile } from '../export.js';
import { withParams } from '../place.js';
import { to } from '../routes.js';

const COLORS: Record<string, string> = { person: '#2f6fb0', organization: '#b0662f', place: '#2f9a5b', facility: '#6b8f2f', group: '#8a8a8a' };
const EDGE_COLORS: Record<string, string> = { met: '#7a4fb0', 'holds-role': '#b0662f', 'located-at': '#2f9a5b', leads: '#b03a3a' };
// Cytoscape injects an inline <style> unless one with this id exists; the CSP forbids inline styles, and style.css gives the container its position
const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet';
/** label sizes on screen, in CSS pixels, at any zoom */
const LABEL_PX = 12;
const EDGE_LABEL_PX = 10;

type Cy = import('cytoscape').Core;

/**
 * The graph as drawn, as a standalone SVG: nodes where the layout put them, edges as lines, names as text nodes
 * (escaped by the serializer, never markup).
 */
export function graphSvg(cy: Cy): string {
  const bb = cy.elements().boundingBox({});
  const pad = 24;
  const [x, y, w, hgt] = [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad];
  const root = svg(
    'svg',
    { viewBox: `${x} ${y} ${w} ${hgt}`, width: Math.round(w), height: Math.round(hgt), 'font-family': 'sans-serif' },
    svg('title', {}, `graph of ${cy.nodes().length} nodes and ${cy.edges().length} links`),
    svg('rect', { x, y, width: w, height: hgt, fill: '#ffffff' }),
    cy.edges().map((e) => {
      const [a, b] = [e.source().position(), e.target().position()];
      return svg(
        'g',
        { class: 'edge' },
        svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.data('color') ?? '#888', 'stroke-width': 1.5, ...(e.hasClass('contested') ? { 'stroke-dasharray': '5 3' } : {}) }),
        svg('text', { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 - 3, 'font-size': EDGE_LABEL_PX, fill: '#555', 'text-anchor': 'middle' }, String(e.data('label') ?? '')),
      );
    }),
    cy.nodes().map((n) => {
      const p = n.position();
      return svg('g', { class: 'node' }, svg('circle', { cx: p.x, cy: p.y, r: 7, fill: n.data('color') ?? '#888' }), svg('text', { x: p.x, y: p.y + 7 + LABEL_PX + 2, 'font-size': LABEL_PX, fill: '#222', 'text-anchor': 'middle' }, String(n.data('label') ?? '')));
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export async function graphView(story: string, params: URLSearchParams): Promise<View> {
  const [g, { default: cytoscape }, o] = await Promise.all([load.graph(story), import('cytoscape'), load.overview(story)]);
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
  const zoomIn = h('button', { type: 'button', class: 'zoom-in', ariaLabel: 'zoom in', title: 'zoom in (+)' }, '+');
  const zoomOut = h('button', { type: 'button', class: 'zoom-out', ariaLabel: 'zoom out', title: 'zoom out (−)' }, '−');
  const fit = h('button', { type: 'button', class: 'zoom-fit', title: 'fit the whole graph (0)' }, 'Fit');
  const find = h('input', { type: 'search', name: 'find', placeholder: 'Find a node', ariaLabel: 'find a node in the graph', dir: 'auto' });
  const found = h('span', { class: 'meta found', role: 'status' });
  box.tabIndex = 0;
  box.setAttribute('role', 'application');
  box.setAttribute('aria-label', `graph of ${nodes.length} nodes and ${g.edges.length} links; arrow keys pan, + and − zoom, 0 fits; the nodes are listed below the graph`);
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const list = h(
    'details',
    { class: 'graph-list' },
    h('summary', {}, `Nodes and their links as a list (${nodes.length})`),
    h(
      'ul',
      {},
      nodes.map((n) => {
        const out = g.edges.filter((e) => e.source === n.id || e.target === n.id);
        return h(
          'li',
          {},
          n.entity ? h('a', { href: to.entity(story, n.entity), dir: 'auto' }, n.name) : isolated(n.name, { dir: 'auto' }),
          ` ${n.type}`,
          out.length ? [': ', out.flatMap((e, i) => [i ? '; ' : '', `${e.label} `, isolated(names.get(e.source === n.id ? e.target : e.source) ?? '', { dir: 'auto' })])] : '',
        );
      }),
    ),
  );
  // the drawing exists once the view is mounted; until then its exports wait
  let drawn: Cy | null = null;
  const asSvg = exportButton('export-svg', 'SVG', 'the graph as drawn, as SVG', () => drawn && saveFile(fileName(o.story.name, 'graph', 'svg'), 'image/svg+xml', graphSvg(drawn)));
  const asPng = exportButton('export-png', 'PNG', 'the graph as drawn, as a PNG image', () => drawn && saveFile(fileName(o.story.name, 'graph', 'png'), 'image/png', drawn.png({ output: 'blob', full: true, bg: '#ffffff', scale: 2 })));
  const exports = exportButtons(
    o.story.name,
    'graph',
    () => ({
      // a row per link; the JSON has the nodes too
      columns: ['link', 'source', 'source name', 'label', 'kind', 'target', 'target name', 'contested'],
      rows: g.edges.map((e) => [e.id, e.source, names.get(e.source), e.label, e.kind, e.target, names.get(e.target), e.contested]),
      json: { nodes, edges: g.edges },
    }),
    nodes.length ? [asSvg, asPng] : [],
  );
  return {
    node: h(
      'div',
      {},
      h('h1', {}, 'Graph'),
      legend,
      exports,
      h(
        'div',
        { class: 'toolbar graph-tools' },
        h(
          'label',
          {},
          h('input', { type: 'checkbox', name: 'unlinked', checked: showAll, onChange: (e) => (location.hash = to.view(story, 'graph', { all: (e.target as HTMLInputElement).checked ? '1' : undefined })) }),
          ` also show the ${g.nodes.length - linked.size} ${g.nodes.length - linked.size === 1 ? 'entity' : 'entities'} without links`,
        ),
        nodes.length ? [h('span', { class: 'zoom' }, zoomOut, zoomIn, fit), h('form', { class: 'find', onSubmit: (e) => e.preventDefault() }, find), found] : null,
      ),
      nodes.length ? box : empty('No people, organizations or places are linked.'),
      h('p', { class: 'meta' }, `${nodes.length} nodes, ${g.edges.length} links. Click a node to open its entity page; drag to pan, scroll or use + and − to zoom.`),
      nodes.length ? list : null,
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
          { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', 'font-size': LABEL_PX, color: '#222', 'text-valign': 'bottom', 'text-margin-y': 3, width: 14, height: 14, 'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': '1px' } },
          { selector: 'edge', style: { width: 1.5, 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': EDGE_LABEL_PX, color: '#555', 'text-rotation': 'autorotate' } },
          { selector: 'edge.contested', style: { 'line-style': 'dashed' } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d2330', 'font-weight': 'bold' } },
          { selector: 'node.match', style: { 'border-width': 3, 'border-color': '#c47f17' } },
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 110, nodeOverlap: 20, componentSpacing: 80, padding: 30 },
        minZoom: 0.1,
        maxZoom: 4,
      });
      drawn = cy;
      // labels keep a readable size on screen whatever the zoom: a busy graph fitted into the box would draw them at 4 px
      const readable = () => {
        const z = cy.zoom();
        cy.style().selector('node').style('font-size', LABEL_PX / z).selector('edge').style('font-size', EDGE_LABEL_PX / z).update();
      };
      readable();
      cy.on('zoom', readable);
      const zoomBy = (factor: number) => cy.zoom({ level: Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor)), renderedPosition: { x: box.clientWidth / 2, y: box.clientHeight / 2 } });
      zoomIn.addEventListener('click', () => zoomBy(1.4));
      zoomOut.addEventListener('click', () => zoomBy(1 / 1.4));
      fit.addEventListener('click', () => cy.fit(undefined, 30));
      box.addEventListener('keydown', (e) => {
        const step = 60;
        const keys: Record<string, () => void> = {
          '+': () => zoomBy(1.4),
          '=': () => zoomBy(1.4),
          '-': () => zoomBy(1 / 1.4),
          '0': () => cy.fit(undefined, 30),
          ArrowLeft: () => cy.panBy({ x: step, y: 0 }),
          ArrowRight: () => cy.panBy({ x: -step, y: 0 }),
          ArrowUp: () => cy.panBy({ x: 0, y: step }),
          ArrowDown: () => cy.panBy({ x: 0, y: -step }),
        };
        const act = keys[e.key];
        if (!act) return;
        e.preventDefault();
        act();
      });
      // find: the nodes whose name (or a word of it) starts with the text, marked; Enter centres on them
      const search = () => {
        const q = fold(find.value.trim());
        cy.nodes().removeClass('match');
        if (!q) {
          found.textContent = '';
          return null;
        }
        const hits = cy.nodes().filter((n) => fold(String(n.data('label'))).split(/\s+/).some((w, i, all) => w.startsWith(q) || all.slice(i).join(' ').startsWith(q)));
        hits.addClass('match');
        found.textContent = hits.length ? `${hits.length} found` : 'none found';
        return hits;
      };
      find.addEventListener('input', () => void search());
      find.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        const hits = search();
        if (!hits?.length) return;
        cy.nodes().unselect();
        hits.select();
        cy.animate({ fit: { eles: hits.closedNeighborhood(), padding: 60 } }, { duration: 0 });
        history.replaceState(history.state, '', withParams(location.hash, { id: hits[0].id() }));
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
