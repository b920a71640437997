import cliProgress from 'cli-progress';
import type { WorkEvent } from '../casefile/index.js';
import { safe } from '../report/index.js';

/** Progress of one piece of long work (files read, inputs stored), on stderr. */
export interface Meter {
  /** sets the number of items when it becomes known (analyze: the files listed) */
  setTotal(total: number): void;
  /** more items to do (ingest: a batch queued) */
  addTotal(n: number): void;
  /** one item done; `detail` names it (the bar shows it on a terminal) */
  tick(detail?: string): void;
  /** what is going on between items (a story being computed): shown on a terminal only */
  note(detail: string): void;
  /** ends the display; `complete` counts every item as done (the work finished, some items needed no step of their own) */
  stop(complete?: boolean): void;
}

export interface MeterOptions {
  stream?: NodeJS.WriteStream;
  quiet?: boolean;
  /** the clock, in ms (tests) */
  now?: () => number;
}

/** Below this many items a non-terminal gets no progress lines: every item would be a line of its own. */
export const LINES_FROM_ITEMS = 10;

const DETAIL = 40;

const seconds = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

/**
 * Progress on stderr, as the CLI conventions say: a bar with rate and ETA (cli-progress) on a terminal, one plain line per
 * 10 % otherwise (for work of LINES_FROM_ITEMS items or more), nothing when quiet.
 */
export function createMeter(label: string, opts: MeterOptions = {}): Meter {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  // the clock starts when the work is known (opening a store is not part of it)
  let start: number | null = null;
  let total = 0;
  let value = 0;
  const rate = () => value / Math.max(0.001, (now() - (start ?? now())) / 1000);
  const begin = () => {
    start ??= now();
  };
  if (opts.quiet) return { setTotal() {}, addTotal() {}, tick() {}, note() {}, stop() {} };
  if (stream.isTTY !== true) {
    let printed = 0;
    const report = () => {
      if (total < LINES_FROM_ITEMS) return;
      const decile = Math.floor((Math.min(value, total) * 10) / total);
      if (decile <= printed) return;
      printed = decile;
      const left = value >= total ? '' : `, ETA ${seconds(((total - value) / rate()) * 1000)}`;
      stream.write(`${label}: ${decile * 10}% (${value}/${total}, ${rate().toFixed(1)}/s${left})\n`);
    };
    return {
      setTotal(n) {
        begin();
        total = n;
      },
      addTotal(n) {
        begin();
        total += n;
      },
      tick() {
        begin();
        value++;
        report();
      },
      note() {},
      stop(complete = true) {
        if (complete && total) value = Math.max(value, total);
        report();
      },
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `${label} [{bar}] {percentage}% {value}/{total} | {rate}/s | ETA {eta_formatted} | {detail}`,
      barsize: 24,
      // a run killed mid-way must not leave the terminal without its cursor
      hideCursor: false,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.legacy,
  );
  let started = false;
  let detail = '';
  const payload = () => ({ rate: rate().toFixed(1), detail: safe(detail).slice(-DETAIL) });
  const show = () => {
    if (!started && !total && !value) return;
    if (!started) {
      started = true;
      bar.start(Math.max(total, value), value, payload());
    } else {
      if (value > total) total = value;
      bar.setTotal(total);
      bar.update(value, payload());
    }
  };
  return {
    setTotal(n) {
      if (n === total && started) return;
      begin();
      total = n;
      show();
    },
    addTotal(n) {
      begin();
      total += n;
      show();
    },
    tick(d) {
      begin();
      value++;
      if (d !== undefined) detail = d;
      show();
    },
    note(d) {
      detail = d;
      show();
    },
    stop(complete = true) {
      if (!started) return;
      if (complete && total) {
        value = Math.max(value, total);
        bar.update(value, payload());
      }
      bar.stop();
    },
  };
}

/** A log line for each work event (`--verbose`): every input with its status and reason, each story assigned or computed. */
export function workLog(stream: NodeJS.WriteStream = process.stderr): { queued(total: number): void; event(e: WorkEvent): void } {
  const line = (text: string) => stream.write(`${text}\n`);
  return {
    queued() {},
    event(e) {
      if (e.type === 'stored') line(`${e.status} ${safe(e.source)}${e.reason ? ` (${safe(e.reason)})` : ''}`);
      else if (e.type === 'assigned') line(`assigned ${e.articles} article${e.articles > 1 ? 's' : ''} to stories`);
      else line(`computed story ${safe(e.story)} (${e.documents} documents)`);
    },
  };
}

/**
 * The case file's work events on a meter: each stored input is an item; each computed story too when `stories` (the
 * worker, whose total counts them), else a note, as are stories assigned.
 */
export function workMeter(meter: Meter, opts: { stories?: boolean } = {}): { queued(total: number): void; event(e: WorkEvent): void } {
  return {
    queued: (n) => meter.addTotal(n),
    event(e) {
      if (e.type === 'stored') meter.tick(e.source);
      else if (e.type === 'assigned') meter.note(`assigned ${e.articles} article${e.articles > 1 ? 's' : ''} to stories`);
      else if (opts.stories) meter.tick(`story ${e.story}`);
      else meter.note(`computed story ${e.story}`);
    },
  };
}
