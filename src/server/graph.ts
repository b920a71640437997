import { countryName } from '../annotate/gazetteer.js';
import type { Report } from '../report/index.js';

export type EdgeKind = 'met' | 'holds-role' | 'located-at' | 'leads';
export type NodeType = 'person' | 'organization' | 'place' | 'facility' | 'group';

export interface GraphNode {
  id: string;
  type: NodeType;
  name: string;
  /** the entity page this node opens; null for a led group that is no entity */
  entity: string | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label: string;
  claims: string[];
  events: string[];
  contested: boolean;
}

const NODE_TYPES = new Set<string>(['person', 'organization', 'place', 'facility']);
const norm = (s: string) => s.trim().toLowerCase();

/** People, organizations and places linked by who met whom, who holds which office, who was where and who leads what. */
export function storyGraph(r: Report): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = new Map<string, GraphNode>();
  for (const e of r.entities) if (NODE_TYPES.has(e.type)) nodes.set(e.id, { id: e.id, type: e.type as NodeType, name: e.name, entity: e.id });
  const byName = new Map<string, string>();
  for (const e of r.entities)
    if (e.type === 'organization' || e.type === 'place') for (const n of [e.name, ...e.aliases]) if (!byName.has(norm(n))) byName.set(norm(n), e.id);
  const edges = new Map<string, GraphEdge>();
  const link = (source: string, target: string, kind: EdgeKind, label: string, ref: { claim?: string; event?: string; contested?: boolean }) => {
    if (source === target || !nodes.has(source) || !nodes.has(target)) return;
    const [a, b] = kind === 'met' && source > target ? [target, source] : [source, target];
    const id = `${kind}:${a}:${b}`;
    const edge = edges.get(id) ?? { id, source: a, target: b, kind, label, claims: [], events: [], contested: false };
    if (ref.claim && !edge.claims.includes(ref.claim)) edge.claims.push(ref.claim);
    if (ref.event && !edge.events.includes(ref.event)) edge.events.push(ref.event);
    edge.contested ||= ref.contested ?? false;
    edges.set(id, edge);
  };
  const groupNode = (name: string) => {
    const known = byName.get(norm(name));
    if (known) return known;
    const id = `group:${norm(name)}`;
    if (!nodes.has(id)) nodes.set(id, { id, type: 'group', name, entity: null });
    return id;
  };
  for (const c of r.claims) {
    const ref = { claim: c.id, contested: c.status === 'contested' };
    const target = 'entity' in c.object ? c.object.entity : null;
    if (c.predicate === 'met' && target) link(c.subject, target, 'met', 'met', ref);
    if (c.predicate === 'visited' && target) link(c.subject, target, 'located-at', 'visited', ref);
    if (c.predicate === 'leads') link(c.subject, groupNode(String(c.qualifiers.group ?? ('value' in c.object ? c.object.value : ''))), 'leads', 'leads', ref);
    if (c.predicate === 'holds_role') {
      const { organization, country, title } = c.qualifiers;
      const holder = (typeof organization === 'string' && byName.get(norm(organization))) || (typeof country === 'string' && country && byName.get(norm(countryName(country))));
      if (holder) link(c.subject, holder, 'holds-role', String(title ?? 'holds role'), ref);
    }
  }
  for (const ev of r.events) {
    if (ev.kind === 'meeting') for (const a of ev.participants) for (const b of ev.participants) if (a < b) link(a, b, 'met', 'met', { event: ev.id });
    if (ev.place) for (const p of ev.participants) link(p, ev.place, 'located-at', ev.kind === 'visit' ? 'visited' : 'at', { event: ev.id });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
