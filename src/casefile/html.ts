import type { Report } from '../report/index.js';
import { sections } from '../report/sections.js';

const esc = (s: string | number | null): string =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const table = (head: string[], rows: (string | number | null)[][]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

const list = (items: string[]): string => (items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '<p>None.</p>');

/** The report as one standalone HTML page (no scripts, no external resources); every text from the articles is escaped. */
export function renderHtml(r: Report, title: string): string {
  const s = sections(r);
  const body = [
    `<h1>${esc(title)}</h1>`,
    `<p>${r.summary.documents} documents, ${r.summary.entities} entities, ${r.summary.claims} claims, ${r.summary.events} events, ${r.summary.conflicts} conflicts.</p>`,
    '<h2>Documents</h2>',
    table(
      ['id', 'outlet', 'published', 'language', 'copy', 'title'],
      s.documents.map((d) => [d.id, d.outlet, d.published, d.language, d.copy, d.title]),
    ),
    '<h2>Conflicts</h2>',
    ...s.conflicts.map(
      (c) =>
        `<h3>${esc(c.question)}${c.internal ? ' (one document contradicts itself)' : ''}</h3>${list(
          c.alternatives.map(
            (a) =>
              `<b>${esc(a.value)}</b> — ${esc(a.support)}${c.best === a.value ? ' — best supported' : ''}${list(a.quotes.map((q) => `${esc(q.label)}: <q>${esc(q.quote)}</q>`))}`,
          ),
        )}`,
    ),
    s.conflicts.length ? '' : '<p>No conflicts found.</p>',
    '<h2>Timeline</h2>',
    list(s.events.map((e) => `<b>${esc(e.date)}</b> ${esc(e.what)} (${esc(e.docs)})${e.reason ? ` — ${esc(e.reason)}` : ''}`)),
    '<h2>Corroborated claims</h2>',
    list(s.corroborated.map((c) => `${esc(c.text)} — ${c.origins} independent origins (${esc(c.docs)})`)),
    '<h2>Uncorroborated specifics</h2>',
    list(s.singleSource.map((c) => `${esc(c.doc)}: <b>${esc(c.figure)}</b> — ${esc(c.quote)}`)),
    '<h2>Entities</h2>',
    table(
      ['type', 'name', 'aliases', 'roles', 'documents'],
      s.entities.map((x) => [x.type, x.name, x.aliases, x.roles, x.docs]),
    ),
    '<h2>Source profiles</h2>',
    `<ol>${s.profiles.map((p) => `<li>${esc(p.label)} — ${esc(p.assessment)}${p.reasons ? `: ${esc(p.reasons)}` : ''}</li>`).join('')}</ol>`,
    ...(s.warnings.length ? ['<h2>Warnings</h2>', list(s.warnings.map((w) => `${esc(w.severity)} ${esc(w.file)}: ${esc(w.message)} (${esc(w.rule)})`))] : []),
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${esc(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;vertical-align:top}</style>
</head><body>
${body.join('\n')}
</body></html>
`;
}
