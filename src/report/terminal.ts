import picocolors from 'picocolors';
import type { Report } from './json.js';
import { sections } from './sections.js';

/** Removes control characters (ANSI escapes included) so article text cannot drive the terminal. */
/**
 * Article text, file names and messages made safe for one terminal line: control characters (escape sequences) are
 * dropped, and line and paragraph breaks become spaces, so a file name or quote with a newline cannot forge a line.
 */
export const safe = (s: string): string => s.replace(/[\n\r\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');

/**
 * The report for a terminal: documents, conflicts side by side with quotes, timeline, claims, entities. `colors` are the
 * caller's (the CLI decides per stream, src/cli/color.ts); without them the text is plain.
 */
export function renderTerminal(r: Report, opts: { entities?: boolean; colors?: ReturnType<typeof picocolors.createColors> } = {}): string {
  const pc = opts.colors ?? picocolors.createColors(false);
  const s = sections(r);
  const out: string[] = [];
  const h = (t: string) => out.push('', pc.bold(pc.underline(t)));
  h(`Documents (${s.documents.length})`);
  for (const d of s.documents) out.push(`  ${pc.dim(d.id)} ${pc.bold(safe(d.outlet))} ${d.published} ${d.language} ${pc.yellow(safe(d.copy))}\n     ${safe(d.title)}`);
  h(`Conflicts (${s.conflicts.length})`);
  if (!s.conflicts.length) out.push('  none found');
  for (const c of s.conflicts) {
    out.push(`  ${pc.red('✗')} ${pc.bold(safe(c.question))}${c.internal ? pc.magenta(' [one document contradicts itself]') : ''}`);
    for (const a of c.alternatives) {
      out.push(`    ${pc.cyan('▸')} ${pc.bold(safe(a.value))} ${pc.dim(`(${a.support})`)}${c.best === a.value ? pc.green(' best supported') : ''}`);
      for (const q of a.quotes) out.push(`        ${pc.dim(safe(q.label))}: “${safe(q.quote)}”`);
    }
    if (c.why) out.push(`    ${pc.dim(`why: ${safe(c.why)}`)}`);
  }
  if (s.evolving.length) {
    h(`Evolving figures (${s.evolving.length})`);
    for (const f of s.evolving) {
      out.push(`  ${pc.yellow('↗')} ${pc.bold(safe(f.question))}`);
      for (const st of f.steps) out.push(`    ${pc.bold(st.date)} ${safe(st.values)}\n        ${pc.dim(`“${safe(st.quote)}”`)}`);
    }
  }
  h(`Timeline (${s.events.length})`);
  for (const e of s.events) out.push(`  ${pc.bold(e.date.padEnd(12))} ${safe(e.what)} ${pc.dim(`[${e.docs}]`)}`);
  h(`Corroborated (${s.corroborated.length})`);
  for (const c of s.corroborated) out.push(`  ${pc.green('✓')} ${safe(c.text)} ${pc.dim(`(${c.origins} origins: ${c.docs})`)}`);
  h(`Uncorroborated specifics (${s.singleSource.length})`);
  for (const c of s.singleSource.slice(0, 15)) out.push(`  ${pc.yellow('?')} ${pc.bold(safe(c.figure))} ${pc.dim(safe(c.doc))}: ${safe(c.quote)}`);
  if (s.singleSource.length > 15) out.push(pc.dim(`  … ${s.singleSource.length - 15} more in the JSON/Markdown report`));
  if (opts.entities !== false) {
    h(`Entities (${s.entities.length})`);
    for (const e of s.entities) out.push(`  ${pc.dim(e.type.padEnd(12))} ${pc.bold(safe(e.name))}${e.aliases ? pc.dim(` aka ${safe(e.aliases)}`) : ''}${e.roles ? ` — ${safe(e.roles)}` : ''}`);
  }
  h('Source profiles');
  for (const p of s.profiles) out.push(`  ${p.rank}. ${safe(p.label)}: ${p.assessment}${p.reasons ? pc.dim(` — ${safe(p.reasons)}`) : ''}`);
  if (s.warnings.length) {
    h(`Warnings (${s.warnings.length})`);
    for (const w of s.warnings) out.push(`  ${w.severity === 'error' ? pc.red('!') : pc.yellow('!')} ${safe(w.file)}: ${safe(w.message)}`);
  }
  return `${out.join('\n')}\n`;
}
