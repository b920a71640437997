#!/usr/bin/env node
// Lists each gold event whose date the report gets wrong: the report event it matches (by the documents it cites, ties
// broken as ../shared/eval/score.mjs breaks them), that event's date and the reason given for it.
// Usage: node scripts/evdates.mjs FOLDER... (story folders with a gold.json; run npm run build first)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
for (const dir of process.argv.slice(2)) {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const r = JSON.parse(execFileSync('node', ['bin/triangulate.js', 'analyze', dir, '--json', '-'], { encoding: 'utf8', maxBuffer: 1e9, stdio: ['ignore', 'pipe', 'ignore'] }));
  const file = new Map(r.documents.map((d) => [d.id, basename(d.file ?? d.path)]));
  for (const ge of gold.events ?? []) {
    if (!ge.date) continue;
    const gd = new Set(ge.docs);
    const best = r.events.map((e) => { const rd = new Set(e.docs.map((d) => file.get(d) ?? d)); const inter = [...rd].filter((d) => gd.has(d)).length; return { e, j: inter / new Set([...rd, ...gd]).size }; }).sort((a, b) => b.j - a.j || (String(b.e.date ?? "").slice(0, 10) === ge.date) - (String(a.e.date ?? "").slice(0, 10) === ge.date))[0];
    const ok = best && best.j >= 0.5 && String(best.e.date ?? '').slice(0, 10) === ge.date;
    if (!ok) console.log(basename(dir), ge.id, ge.what, 'gold', ge.date, '| got', best?.e.date, best?.e.dateReason, best?.e.what, 'j', best?.j.toFixed(2), [...gd].join(','));
  }
}
