import { describe, expect, it } from 'vitest';
import type { Report } from '../report/index.js';
import { storyGraph } from './graph.js';

const ev = { doc: 'd1', start: 0, end: 4, quote: 'text' };
const entity = (id: string, type: string, name: string, extra: object = {}) => ({ id, type, name, aliases: [], kind: null, country: null, coordinates: null, roles: [], mentions: [], ...extra });
const claim = (id: string, subject: string, predicate: string, object: object, qualifiers: object = {}, status = 'single-source') => ({ id, subject, predicate, object, qualifiers, evidence: [ev], status, origins: 1, chains: [] });

// a small hand-made report: two officials, a ministry, a country, a town
const report = {
  entities: [
    entity('p1', 'person', 'Anna Roth'),
    entity('p2', 'person', 'Ben Kale'),
    entity('o1', 'organization', 'Water Ministry', { aliases: ['the ministry'] }),
    entity('l1', 'place', 'Norland'),
    entity('l2', 'place', 'Eastport'),
    entity('x1', 'equipment', 'K-9 pump'),
  ],
  claims: [
    claim('k1', 'p1', 'holds_role', { value: 'minister' }, { title: 'minister', organization: 'The Ministry', country: null }),
    claim('k2', 'p2', 'visited', { entity: 'l2' }),
    claim('k3', 'p1', 'leads', { value: 'flood response' }, { group: 'flood response' }, 'contested'),
    claim('k4', 'p2', 'leads', { value: 'flood response' }, { group: 'flood response' }, 'contested'),
  ],
  events: [{ id: 'e1', what: 'talks', kind: 'meeting', date: null, dateReason: null, place: 'l2', participants: ['p2', 'p1'], docs: ['d1'], evidence: [ev] }],
} as unknown as Report;

describe('storyGraph', () => {
  const g = storyGraph(report);
  const edge = (kind: string, a: string, b: string) => g.edges.find((e) => e.kind === kind && e.source === a && e.target === b);

  it('has people, organizations and places as nodes, not equipment', () => {
    expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['p1', 'p2', 'o1', 'l1', 'l2']));
    expect(g.nodes.some((n) => n.id === 'x1')).toBe(false);
  });

  it('links an office holder to the organization named by an alias', () => {
    expect(edge('holds-role', 'p1', 'o1')?.label).toBe('minister');
  });

  it('links meeting participants once, and participants and visitors to the place', () => {
    expect(edge('met', 'p1', 'p2')?.events).toEqual(['e1']);
    expect(edge('located-at', 'p2', 'l2')).toMatchObject({ claims: ['k2'], events: ['e1'] });
    expect(edge('located-at', 'p1', 'l2')?.events).toEqual(['e1']);
  });

  it('gives a led group that is no entity its own node, with both contested leaders', () => {
    const group = g.nodes.find((n) => n.type === 'group');
    expect(group).toMatchObject({ name: 'flood response', entity: null });
    expect(edge('leads', 'p1', group?.id ?? '')?.contested).toBe(true);
    expect(edge('leads', 'p2', group?.id ?? '')?.contested).toBe(true);
  });
});
