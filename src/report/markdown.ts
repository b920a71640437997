import type { Report } from './json.js';
import { sections } from './sections.js';

/** Escapes article text for Markdown: no raw HTML, no table breaks, no emphasis or links from the article. */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#!])/g, '\\$1')
    .replace(/\r?\n/g, ' ');

/** The report as Markdown. */
export function renderMarkdown(r: Report): string {
  const s = sections(r);
  const e = escapeMarkdown;
  const out: string[] = ['# triangulate report', ''];
  out.push(`${r.summary.documents} documents, ${r.summary.entities} entities, ${r.summary.claims} claims, ${r.summary.events} events, ${r.summary.conflicts} conflicts.`, '');
  out.push('## Documents', '', '| id | outlet | published | language | copy | title |', '|---|---|---|---|---|---|');
  for (const d of s.documents) out.push(`| ${d.id} | ${e(d.outlet)} | ${d.published} | ${d.language} | ${e(d.copy)} | ${e(d.title)} |`);
  out.push('', '## Conflicts', '');
  if (!s.conflicts.length) out.push('No conflicts found.');
  for (const c of s.conflicts) {
    out.push(`### ${e(c.question)}${c.internal ? ' (one document contradicts itself)' : ''}`, '');
    for (const a of c.alternatives) {
      out.push(`- **${e(a.value)}** — ${a.support}${c.best === a.value ? ' — best supported' : ''}`);
      for (const q of a.quotes) out.push(`  - ${e(q.label)}: > ${e(q.quote)}`);
    }
    if (c.why) out.push('', `Why: ${e(c.why)}`);
    out.push('');
  }
  if (s.evolving.length) {
    out.push('## Evolving figures', '');
    for (const f of s.evolving) {
      out.push(`### ${e(f.question)}`, '', '| date | reported | quote |', '|---|---|---|');
      for (const st of f.steps) out.push(`| ${st.date} | ${e(st.values)} | ${e(st.quote)} |`);
      out.push('');
    }
  }
  out.push('## Timeline', '');
  for (const ev of s.events) out.push(`- **${ev.date}** ${e(ev.what)} (${ev.docs})${ev.reason ? ` — ${e(ev.reason)}` : ''}`);
  out.push('', '## Corroborated claims', '');
  for (const c of s.corroborated) out.push(`- ${e(c.text)} — ${c.origins} independent origins (${c.docs})`);
  out.push('', '## Uncorroborated specifics', '');
  for (const c of s.singleSource) out.push(`- ${e(c.doc)}: **${e(c.figure)}** — ${e(c.quote)}`);
  out.push('', '## Entities', '', '| type | name | aliases | roles | documents |', '|---|---|---|---|---|');
  for (const x of s.entities) out.push(`| ${x.type} | ${e(x.name)} | ${e(x.aliases)} | ${e(x.roles)} | ${x.docs} |`);
  out.push('', '## Source profiles', '');
  for (const p of s.profiles) out.push(`${p.rank}. ${e(p.label)} — ${p.assessment}${p.reasons ? `: ${e(p.reasons)}` : ''}`);
  if (s.warnings.length) {
    out.push('', '## Warnings', '');
    for (const w of s.warnings) out.push(`- ${w.severity} ${e(w.file)}: ${e(w.message)} (${w.rule})`);
  }
  return `${out.join('\n')}\n`;
}
