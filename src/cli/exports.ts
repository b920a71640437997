import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { renderHtml } from '../casefile/html.js';
import { renderAnnotations, renderClaimReview, renderFtm, renderGeoJson } from '../export/index.js';
import { claimsAndConflictsJsonl, claimsMatrixCsv, type Report, renderMarkdown } from '../report/index.js';

/** One export format: its option (`--json FILE`), help line and renderer. Adding a format is one entry here. */
interface ExportFormat {
  option: 'json' | 'md' | 'html' | 'csv' | 'jsonl' | 'ftm' | 'claimreview' | 'geojson' | 'annotations';
  help: string;
  render(report: Report, title: string): string;
}

/** The formats `analyze` and `report` both offer, through this one list. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { option: 'json', help: 'write the JSON report', render: (r) => `${JSON.stringify(r, null, 2)}\n` },
  { option: 'md', help: 'write the Markdown report', render: (r) => renderMarkdown(r) },
  { option: 'html', help: 'write a standalone HTML page', render: (r, title) => renderHtml(r, title) },
  { option: 'csv', help: 'write the claims-by-sources matrix as CSV', render: (r) => claimsMatrixCsv(r) },
  { option: 'jsonl', help: 'write claims and conflicts as JSON Lines', render: (r) => claimsAndConflictsJsonl(r) },
  { option: 'ftm', help: 'write FollowTheMoney entities as JSON Lines (OCCRP Aleph, ftm tools)', render: (r) => renderFtm(r) },
  { option: 'claimreview', help: "write schema.org ClaimReview JSON-LD for the analyst's verdicts (plain claims when there are none)", render: (r) => renderClaimReview(r) },
  { option: 'geojson', help: 'write places and dated events with a place as a GeoJSON FeatureCollection', render: (r) => renderGeoJson(r) },
  { option: 'annotations', help: 'write every quoted span as W3C Web Annotations (JSON-LD)', render: (r) => renderAnnotations(r) },
];

export type ExportOptions = Partial<Record<ExportFormat['option'], string>>;

/** Adds `--json FILE`, `--md FILE`, … to a command; `-` as the file writes to standard output. */
export function addExportOptions(command: Command): Command {
  for (const f of EXPORT_FORMATS) command.option(`--${f.option} <file>`, `${f.help} (- for standard output)`);
  return command;
}

/** Whether any export goes to standard output (then nothing else may be printed there). */
export const exportsToStdout = (opts: ExportOptions): boolean => EXPORT_FORMATS.some((f) => opts[f.option] === '-');

/** Writes every export the options ask for; returns the files written (standard output not counted). */
export async function writeExports(report: Report, opts: ExportOptions, title: string): Promise<string[]> {
  const written: string[] = [];
  for (const f of EXPORT_FORMATS) {
    const target = opts[f.option];
    if (!target) continue;
    const text = f.render(report, title);
    if (target === '-') process.stdout.write(text);
    else {
      await writeFile(target, text);
      written.push(target);
    }
  }
  return written;
}
