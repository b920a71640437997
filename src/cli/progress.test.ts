import { describe, expect, it } from 'vitest';
import { createMeter, LINES_FROM_ITEMS, workMeter } from './progress.js';

/** A stream that keeps what is written; `isTTY` as given. */
const sink = (isTTY: boolean) => {
  const chunks: string[] = [];
  const stream = { isTTY, columns: 120, write: (s: string) => chunks.push(s) > 0, on: () => stream, removeListener: () => stream } as unknown as NodeJS.WriteStream;
  return { stream, text: () => chunks.join('') };
};

describe('createMeter on a stream that is not a terminal', () => {
  it('writes one line per 10 %, with count, rate and ETA, and the last at 100 %', () => {
    const out = sink(false);
    let t = 0;
    const meter = createMeter('ingest', { stream: out.stream, now: () => t });
    meter.addTotal(200);
    for (let i = 0; i < 200; i++) {
      t += 50;
      meter.tick(`file${i}.txt`);
    }
    meter.stop();
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('ingest: 10% (20/200, 20.0/s, ETA 9s)');
    expect(lines.map((l) => l.match(/: (\d+)%/)?.[1])).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '90', '100']);
    expect(lines[9]).toBe('ingest: 100% (200/200, 20.0/s)');
  });

  it('completes to 100 % on stop when items needed no step of their own, and prints nothing below LINES_FROM_ITEMS items', () => {
    const out = sink(false);
    const meter = createMeter('reading', { stream: out.stream });
    meter.setTotal(40);
    for (let i = 0; i < 39; i++) meter.tick();
    meter.stop();
    expect(out.text().trimEnd().split('\n').at(-1)).toMatch(/^reading: 100% \(40\/40/);
    const few = sink(false);
    const small = createMeter('reading', { stream: few.stream });
    small.setTotal(LINES_FROM_ITEMS - 1);
    for (let i = 0; i < LINES_FROM_ITEMS - 1; i++) small.tick();
    small.stop();
    expect(few.text()).toBe('');
  });

  it('is silent when quiet, on a terminal or not', () => {
    for (const tty of [false, true]) {
      const out = sink(tty);
      const meter = createMeter('ingest', { stream: out.stream, quiet: true });
      meter.addTotal(50);
      for (let i = 0; i < 50; i++) meter.tick('x');
      meter.stop();
      expect(out.text()).toBe('');
    }
  });
});

describe('workMeter', () => {
  it('counts stored inputs as items, and computed stories only for the worker', () => {
    const lines = (stories: boolean) => {
      const out = sink(false);
      const meter = createMeter('w', { stream: out.stream });
      const bar = workMeter(meter, { stories });
      bar.queued(10);
      for (let i = 0; i < 5; i++) bar.event({ type: 'stored', source: `s${i}`, status: 'ok', reason: null });
      for (let i = 0; i < 5; i++) bar.event({ type: 'computed', story: `story${i}`, documents: 1 });
      return out.text();
    };
    expect(lines(false).trimEnd().split('\n').at(-1)).toMatch(/^w: 50% \(5\/10/);
    expect(lines(true).trimEnd().split('\n').at(-1)).toMatch(/^w: 100% \(10\/10/);
  });
});
