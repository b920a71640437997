import { readFileSync } from 'node:fs';

// the report's JSON Schema as published in the repo (generated from the Report type: npm run schema)
const reportSchema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
/** The report schema's definitions as OpenAPI components, their references re-pointed there. */
const reportComponents: Record<string, object> = JSON.parse(JSON.stringify(reportSchema.definitions).replaceAll('"#/definitions/', '"#/components/schemas/'));

const json = (schema: object, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errors = { '400': json(ref('Error'), 'bad parameter'), '404': json(ref('Error'), 'unknown story or id') };
const storyId = { name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: 'story id (s1…)' };
const pathParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const get = (summary: string, schema: object, parameters: object[] = []) => ({ get: { summary, parameters: [storyId, ...parameters], responses: { '200': json(schema), ...errors } } });
const obj = (properties: Record<string, object>) => ({ type: 'object', properties });
const list = (items: object) => ({ type: 'array', items });

/** The JSON API, written by hand but for the report's schema (schema/report.schema.json); the API tests request every path listed here. */
export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'triangulate workbench API',
    version: '0.1.0',
    description: 'Read-only view of analysed stories. Every claim, conflict and mention carries evidence: document id, character offsets into the clean text, quote.',
  },
  paths: {
    '/api/stories': { get: { summary: 'Stories', responses: { '200': json(obj({ stories: list(ref('StorySummary')) })) } } },
    '/api/stories/{id}': get('Story overview: documents with outlet, date, language, syndication chain and reliability profile', obj({ story: ref('StorySummary'), summary: { type: 'object' }, documents: list({ type: 'object' }), warnings: list({ type: 'object' }) })),
    '/api/stories/{id}/report': get('The whole JSON report, as `triangulate analyze --json` writes it; its schema is schema/report.schema.json', ref('Report')),
    '/api/stories/{id}/conflicts': get('Conflicts: each question with its alternatives, support counts, evidence and why the values cannot both hold (`why`)', obj({ conflicts: list({ type: 'object' }) })),
    '/api/stories/{id}/claims': get(
      'Claims with, per document, whether it supports or contradicts the claim (absent: silent)',
      obj({ documents: list({ type: 'object' }), claims: list(obj({ id: { type: 'string' }, status: { type: 'string' }, evidence: list(ref('Evidence')), stance: { type: 'object', additionalProperties: { type: 'string', enum: ['supports', 'contradicts'] } } })) }),
      [
        { name: 'status', in: 'query', schema: { type: 'string', enum: ['corroborated', 'single-source', 'contested'] } },
        { name: 'entity', in: 'query', schema: { type: 'string' }, description: 'claims whose subject or object is this entity' },
        { name: 'doc', in: 'query', schema: { type: 'string' }, description: 'claims with evidence in this document' },
      ],
    ),
    '/api/stories/{id}/entities': get('Entities with type, aliases, role titles and mention counts', obj({ entities: list({ type: 'object' }) })),
    '/api/stories/{id}/entities/{eid}': get('One entity: aliases, roles, mentions in context, claims about it, events, conflicts', obj({ entity: { type: 'object' }, claims: list({ type: 'object' }), events: list({ type: 'object' }), conflicts: list({ type: 'object' }) }), [pathParam('eid', 'entity id')]),
    '/api/stories/{id}/events': get('Timeline: events with a resolved date in order, and events whose date is unresolved', obj({ dated: list({ type: 'object' }), undated: list({ type: 'object' }) })),
    '/api/stories/{id}/graph': get(
      'People, organizations and places; edges met / holds-role / located-at / leads from claims and events',
      obj({ nodes: list(obj({ id: { type: 'string' }, type: { type: 'string' }, name: { type: 'string' }, entity: { type: ['string', 'null'] } })), edges: list(obj({ source: { type: 'string' }, target: { type: 'string' }, kind: { type: 'string', enum: ['met', 'holds-role', 'located-at', 'leads'] } })) }),
    ),
    '/api/stories/{id}/places': get('Places and facilities: located ones with [lat, lon], whether they set the frame (`scope`) and the town a facility without coordinates stands near (`near`); the rest apart', obj({ located: list({ type: 'object' }), unlocated: list({ type: 'object' }) })),
    '/api/stories/{id}/documents/{did}': get('One document: clean text, entity mentions by offset, removed boilerplate, profile', obj({ document: { type: 'object' }, mentions: list({ type: 'object' }), profile: { type: ['object', 'null'] } }), [pathParam('did', 'document id')]),
    '/api/stories/{id}/search': get('Documents, entities and claims containing q (case- and accent-insensitive), also by the aliases and transliterations of the entities q names (`named`)', obj({ query: { type: 'string' }, named: list({ type: 'object' }), documents: list({ type: 'object' }), entities: list({ type: 'object' }), claims: list({ type: 'object' }) }), [
      { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } },
    ]),
  },
  components: {
    schemas: {
      Error: obj({ error: { type: 'string' } }),
      StorySummary: obj({ id: { type: 'string' }, name: { type: 'string' }, documents: { type: 'integer' }, conflicts: { type: 'integer' }, updated: { type: ['string', 'null'] } }),
      ...reportComponents,
    },
  },
};
