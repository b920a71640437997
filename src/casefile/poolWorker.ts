// Worker-thread tasks of the case file (run by piscina from the build): reading queued inputs, and computing whole stories.
import { annotate } from '../annotate/index.js';
import type { FeedItem } from '../feeds/index.js';
import type { RawArticle } from '../ingest/index.js';
import { resultRows } from '../store/results.js';
import type { Message } from '../types.js';
import { readUnit, storyKeys, type UnitOutcome } from './article.js';
import { jobContent } from './inputs.js';
import { analyzeStory } from './recompute.js';
import type { ComputeTask, ComputedStory, ReadTask } from './pool.js';

/** Piscina task: each queued input read into an article (with its stored form already serialised), or why not. */
export async function readUnits(tasks: ReadTask[]): Promise<UnitOutcome[]> {
  const out: UnitOutcome[] = [];
  for (const t of tasks) {
    const bytes = await jobContent(t);
    if ('error' in bytes) {
      out.push({ status: bytes.error.severity === 'error' ? 'failed' : 'skipped', message: bytes.error });
      continue;
    }
    const outcome = readUnit({ source: t.source, item: t.item as FeedItem | null, content: bytes.content }, { keys: t.keys });
    out.push(outcome.status === 'ok' ? { ...outcome, rawJson: JSON.stringify(outcome.article) } : outcome);
  }
  return out;
}

/** Piscina task: one story's articles through the whole pipeline, returned as the rows the store keeps. */
export function computeStory(task: ComputeTask): ComputedStory {
  const parsed = task.articles.map((a) => ({ id: a.id, keyless: a.keyless, raw: JSON.parse(a.raw) as RawArticle }));
  parsed.sort((a, b) => (a.raw.path < b.raw.path ? -1 : a.raw.path > b.raw.path ? 1 : 0));
  const analysis = analyzeStory(
    parsed.map((p) => p.raw),
    task.messages as Message[],
  );
  const idByPath = new Map(parsed.map((p) => [p.raw.path, p]));
  const keys: [number, string[]][] = [];
  analysis.documents.forEach((d, i) => {
    const article = idByPath.get(d.path);
    if (article?.keyless) keys.push([article.id, storyKeys(analysis.annotations[i].mentions)]);
  });
  return { rows: resultRows(analysis), articleIds: analysis.documents.map((d) => idByPath.get(d.path)?.id ?? -1), keys };
}

// keeps the annotate module loaded at start-up, so the first task does not pay for it
void annotate;
