// Worker-thread tasks of the case file (run by piscina from the build): reading queued inputs, and computing whole stories.
import { annotate } from '../annotate/index.js';
import type { FeedItem } from '../feeds/index.js';
import type { RawArticle } from '../ingest/index.js';
import { resultRows } from '../store/results.js';
import { readUnit, type UnitOutcome } from './article.js';
import { jobContent } from './inputs.js';
import { computeStory, stageMs } from './recompute.js';
import type { ComputeTask, ComputedStory, ReadTask, ReadUnits } from './pool.js';

/** Piscina task: each queued input read into an article (with its stored form already serialised), or why not, with the milliseconds each took. */
export async function readUnits(tasks: ReadTask[]): Promise<ReadUnits> {
  const outcomes: UnitOutcome[] = [];
  const ms: number[] = [];
  for (const t of tasks) {
    const t0 = performance.now();
    const bytes = await jobContent(t);
    if ('error' in bytes) outcomes.push({ status: bytes.error.severity === 'error' ? 'failed' : 'skipped', message: bytes.error });
    else {
      const outcome = readUnit({ source: t.source, item: t.item as FeedItem | null, content: bytes.content }, { keys: t.keys });
      outcomes.push(outcome.status === 'ok' ? { ...outcome, rawJson: JSON.stringify(outcome.article) } : outcome);
    }
    ms.push(performance.now() - t0);
  }
  return { outcomes, ms };
}

/** Piscina task: one story's articles through the whole pipeline, returned as the rows the store keeps. */
export function computeStoryTask(task: ComputeTask): ComputedStory {
  const { analysis, articleIds, keys } = computeStory(
    task.articles.map((a) => ({ id: a.id, keyless: a.keyless, raw: JSON.parse(a.raw) as RawArticle })),
    task.messages,
  );
  return { rows: resultRows(analysis), articleIds, keys, ms: stageMs(analysis.times) };
}

// keeps the annotate module loaded at start-up, so the first task does not pay for it
void annotate;
