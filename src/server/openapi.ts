import { VERSION } from '../version.js';
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
const token = { name: 'x-triangulate-token', in: 'header', required: true, schema: { type: 'string' }, description: "this server session's token, from GET /api/session" };
const write = (method: string, summary: string, parameters: object[], body: object | null, status = '200') => ({
  [method]: {
    summary,
    parameters: [storyId, ...parameters, token],
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
    responses: { [status]: json(ref('ReviewView')), ...errors, '403': json(ref('Error'), 'no or wrong token, or another origin'), '415': json(ref('Error'), 'body not JSON') },
  },
});
const obj = (properties: Record<string, object>) => ({ type: 'object', properties });
const list = (items: object) => ({ type: 'array', items });

/** The JSON API, written by hand but for the report's schema (schema/report.schema.json); the API tests request every path listed here. */
export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'triangulate workbench API',
    version: VERSION,
    description: 'Analysed stories, and the analyst\'s verdicts and notes on them (the only writes: PUT, POST and DELETE need the session token and the same origin). Every claim, conflict and mention carries evidence: document id, character offsets into the clean text, quote.',
  },
  paths: {
    '/api/stories': { get: { summary: 'Stories', responses: { '200': json(obj({ stories: list(ref('StorySummary')) })) } } },
    '/api/stories/{id}': get('Story overview: documents with outlet, date, language, syndication chain and reliability profile', obj({ story: ref('StorySummary'), summary: { type: 'object' }, documents: list({ type: 'object' }), warnings: list({ type: 'object' }) })),
    '/api/stories/{id}/conflicts': get('Conflicts: each question with its alternatives, support counts, evidence and why the values cannot both hold (`why`)', obj({ conflicts: list({ type: 'object' }) })),
    '/api/stories/{id}/claims': get(
      'Claims with, per document, whether it supports or contradicts the claim (absent: silent)',
      obj({ documents: list({ type: 'object' }), claims: list(obj({ id: { type: 'string' }, status: { type: 'string' }, evidence: list(ref('Evidence')), stance: { type: 'object', additionalProperties: { type: 'string', enum: ['supports', 'contradicts'] } } })) }),
      [
        { name: 'status', in: 'query', schema: { type: 'string', enum: ['corroborated', 'single-source', 'contested'] } },
        { name: 'entity', in: 'query', schema: { type: 'string' }, description: 'claims whose subject or object is this entity' },
        { name: 'doc', in: 'query', schema: { type: 'string' }, description: 'claims with evidence in this document' },
        { name: 'outlet', in: 'query', schema: { type: 'string' }, description: 'claims with evidence from this outlet (a document without one goes by its file name)' },
        { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'claims with evidence published on or after this day' },
        { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'claims with evidence published on or before this day' },
      ],
    ),
    '/api/stories/{id}/entities': get('Entities with type, aliases, role titles, mention counts and the documents naming them (`docs`)', obj({ entities: list({ type: 'object' }) })),
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
    '/api/stories/{id}/figures': get('Evolving figures: each value reported, by day, with its number (`low`, `high`) read from it, its outlets and quotes; `chartable` when every value has a number', obj({ figures: list({ type: 'object' }) })),
    '/api/stories/{id}/outlets': get('Outlets (a document without one is filed under its file name): documents, claims by status, conflicts and how often their side is the best supported, whom they republish and who republishes them', obj({ outlets: list({ type: 'object' }) })),
    '/api/stories/{id}/outlets/{name}': get('One outlet: its record, documents, the claims its documents make (with its quotes) and the side it takes in each conflict', obj({ outlet: { type: 'object' }, claims: list({ type: 'object' }), conflicts: list({ type: 'object' }) }), [pathParam('name', 'outlet name, as in /outlets')]),
    '/api/outlets/{name}': {
      get: {
        summary: "One outlet's record across the case file: per story that has a document of it, its documents, claims by status and conflict sides (how often its side is the best supported), then the sums",
        parameters: [pathParam('name', 'outlet name, as in /api/stories/{id}/outlets (case and spacing ignored)')],
        responses: { '200': json(obj({ outlet: { type: 'string' }, searched: { type: 'integer' }, stories: list({ type: 'object' }), total: { type: 'object' } })), '400': json(ref('Error'), 'bad parameter'), '404': json(ref('Error'), 'no story has this outlet') },
      },
    },
    '/api/search': { get: { summary: 'One query over every story: per story with a hit, its counts, the entities the query names (by any alias or script) and its first documents', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: 200 } }], responses: { '200': json(obj({ query: { type: 'string' }, searched: { type: 'integer' }, stories: list({ type: 'object' }) })), '400': json(ref('Error'), 'bad parameter') } } },
    '/api/session': { get: { summary: "This server session's token, to send in the x-triangulate-token header of every write", responses: { '200': json(obj({ token: { type: 'string' }, header: { type: 'string' } })) } } },
    '/api/stories/{id}/review': get('The analyst\'s verdicts and notes, each with the label of its item, or `orphaned` when the item is no longer in the story', ref('ReviewView')),
    '/api/stories/{id}/report': get(
      'The whole JSON report, as `triangulate analyze --json` writes it, with the review when there is one (its schema is schema/report.schema.json); with `format`, that export as a file to download',
      ref('Report'),
      [{ name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'md', 'html', 'csv', 'jsonl', 'ftm', 'claimreview', 'geojson', 'annotations'] } }],
    ),
    '/api/stories/{id}/verdicts/{item}': {
      ...write('put', 'Sets the verdict on a conflict or claim: rating, the alternative held true (conflicts), reasoning, author', [pathParam('item', 'conflict or claim id')], obj({ rating: { type: 'string', enum: ['true', 'mostly-true', 'mixed', 'mostly-false', 'false', 'unproven', 'disputed', 'not-a-conflict'], description: 'disputed and not-a-conflict are for conflicts only' }, chosenValue: { type: ['string', 'null'] }, note: { type: ['string', 'null'], maxLength: 4000 }, author: { type: ['string', 'null'], maxLength: 100 } })),
      ...write('delete', 'Removes the verdict on an item', [pathParam('item', 'conflict or claim id')], null),
    },
    '/api/stories/{id}/notes': write('post', 'Adds a note to any item (conflict, claim, entity, event, document)', [], obj({ itemId: { type: 'string' }, itemKind: { type: 'string', enum: ['conflict', 'claim', 'entity', 'event', 'document'] }, text: { type: 'string', minLength: 1, maxLength: 4000 }, author: { type: ['string', 'null'], maxLength: 100 } }), '201'),
    '/api/stories/{id}/notes/{note}': write('delete', 'Removes a note', [pathParam('note', 'note id')], null),
  },
  components: {
    schemas: {
      Error: obj({ error: { type: 'string' } }),
      StorySummary: obj({ id: { type: 'string' }, name: { type: 'string' }, documents: { type: 'integer' }, conflicts: { type: 'integer' }, updated: { type: ['string', 'null'] } }),
      ReviewView: obj({ verdicts: list({ type: 'object' }), notes: list({ type: 'object' }) }),
      ...reportComponents,
    },
  },
};
