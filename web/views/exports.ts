import { reportFile } from '../api.js';
import { section } from '../common.js';
import { download, h } from '../dom.js';

const FORMATS: [string, string, string][] = [
  ['json', 'JSON', 'the whole report, with verdicts and notes'],
  ['md', 'Markdown', 'the report as Markdown'],
  ['html', 'HTML', 'a standalone page'],
  ['csv', 'CSV', 'the claims-by-sources matrix'],
  ['jsonl', 'JSON Lines', 'claims and conflicts, one per line'],
  ['ftm', 'FollowTheMoney', 'entities, articles and links for Aleph and the ftm tools'],
  ['claimreview', 'ClaimReview', 'schema.org ClaimReview for each verdict (JSON-LD)'],
  ['geojson', 'GeoJSON', 'places and dated events on a map'],
  ['annotations', 'Web Annotation', 'every quoted span, for annotation tools'],
];

/** Buttons that download the story's report in each format the API serves. */
export function exportBar(story: string): HTMLElement {
  return section('Download the report', h('p', { class: 'exports' }, FORMATS.map(([f, label, what]) => download(reportFile(story, f), label, what))));
}
