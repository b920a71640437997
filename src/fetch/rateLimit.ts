/** Spaces the requests to each host: one starts no sooner than `intervalMs` (or the host's own crawl delay, if longer) after the one before. */
export class HostRateLimit {
  private readonly next = new Map<string, Promise<void>>();
  private readonly delays = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** A host's robots.txt asked for this many milliseconds between requests. */
  setDelay(host: string, ms: number): void {
    this.delays.set(host, ms);
  }

  /** Resolves when a request to `host` may start; requests to one host are let through one at a time, in call order. */
  take(host: string): Promise<void> {
    const before = this.next.get(host) ?? Promise.resolve();
    const turn = before.then(() => undefined);
    // the next caller waits for this turn plus the interval, measured from when this request may start
    this.next.set(
      host,
      turn.then(() => new Promise<void>((resolve) => setTimeout(resolve, Math.max(this.intervalMs, this.delays.get(host) ?? 0)))),
    );
    return turn;
  }
}
