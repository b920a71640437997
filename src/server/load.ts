/** A bounded load test of a running workbench: `clients` loops each requesting the paths in turn for `seconds`. */
export interface LoadOptions {
  clients: number;
  seconds: number;
  /** paths requested in turn (each client starts at a different one) */
  paths: string[];
}

export interface LoadResult {
  clients: number;
  seconds: number;
  requests: number;
  /** responses other than 200, and requests that failed */
  errors: number;
  /** a few of the errors, for the report */
  samples: string[];
  /** latency percentiles, in ms */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  perSecond: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs the load test; refuses any server that is not on a loopback address (this is for testing one's own machine). */
export async function runLoad(base: string, opts: LoadOptions): Promise<LoadResult> {
  const url = new URL(base);
  if (!LOOPBACK.has(url.hostname)) throw new Error(`the load test only runs against 127.0.0.1 (or localhost), not ${url.hostname}`);
  if (!opts.paths.length) throw new Error('no paths to request');
  const latencies: number[] = [];
  const samples: string[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + opts.seconds * 1000;
  const client = async (k: number) => {
    for (let i = k; performance.now() < end; i++) {
      const path = opts.paths[i % opts.paths.length] as string;
      const t = performance.now();
      try {
        const res = await fetch(new URL(path, url));
        await res.arrayBuffer();
        if (res.status !== 200) {
          errors++;
          if (samples.length < 5) samples.push(`${path}: ${res.status}`);
        }
      } catch (err) {
        errors++;
        if (samples.length < 5) samples.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, (_, k) => client(k)));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    clients: opts.clients,
    seconds: round(elapsed),
    requests: latencies.length,
    errors,
    samples,
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    perSecond: round(latencies.length / elapsed),
  };
}
