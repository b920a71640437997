import { reportFile } from '../api.js';
import { section } from '../common.js';
import { download, h } from '../dom.js';

const FORMATS: [string, string, string][] = [
  ['json', 'JSON', 'the whole report, with verdicts and notes'],
  ['md', 'Markdown', 'the report as Markdown'],
  ['html', 'HTML', 'a standalone page'],
  ['csv', 'CSV', 'the claims-by-sources matrix'],
  ['jsonl', 'JSON Lines', 'claims and conflicts, one per line'],
];

/** Buttons that download the story's report in each format the API serves. */
export function exportBar(story: string): HTMLElement {
  return section('Download the report', h('p', { class: 'exports' }, FORMATS.map(([f, label, what]) => download(reportFile(story, f), label, what))));
}
