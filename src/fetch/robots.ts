import robotsModule from 'robots-parser';
import type { Refusal } from './page.js';

interface Robots {
  isDisallowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// a CommonJS module whose types declare an ES default export: at run time the default import is the function itself
const robotsParser = robotsModule as unknown as (url: string, robotsTxt: string) => Robots;

/** What a host's robots.txt said, or that it could not be read (a server error: the host is treated as closed, as RFC 9309 asks). */
export type RobotsRules = { robots: Robots } | { unreachable: string } | { refused: string };

/** robots.txt read once per origin (scheme, host and port), the same promise shared by every request that waits for it. */
export class RobotsCache {
  private readonly cache = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly read: (robotsUrl: string) => Promise<{ status: number; text: string } | { error: string } | { refused: string }>) {}

  rules(url: URL): Promise<RobotsRules> {
    let rules = this.cache.get(url.origin);
    if (!rules) {
      rules = this.load(`${url.origin}/robots.txt`);
      this.cache.set(url.origin, rules);
    }
    return rules;
  }

  private async load(robotsUrl: string): Promise<RobotsRules> {
    const got = await this.read(robotsUrl);
    if ('refused' in got) return got;
    if ('error' in got) return { unreachable: got.error };
    if (got.status >= 500) return { unreachable: `HTTP ${got.status}` };
    // a missing robots.txt (any 4xx) allows everything
    return { robots: robotsParser(robotsUrl, got.status < 300 ? got.text : '') };
  }
}

/** The refusal robots.txt gives `url` for our user agent, or null when it may be fetched. */
export function robotsRefusal(rules: RobotsRules, url: URL, userAgent: string): Refusal | null {
  if ('refused' in rules) return { reason: 'private-address', problem: rules.refused };
  if ('unreachable' in rules) return { reason: 'robots', problem: `is on ${url.host}, whose robots.txt could not be read (${rules.unreachable}): nothing there is fetched, skipped` };
  if (rules.robots.isDisallowed(url.href, userAgent)) return { reason: 'robots', problem: `is disallowed by robots.txt of ${url.host}, skipped` };
  return null;
}

// a Crawl-delay beyond this would stall a batch for hours; it is honoured up to here
const MAX_CRAWL_DELAY_S = 30;

/** The Crawl-delay robots.txt asks of our user agent, in milliseconds (0 when none), at most 30 s. */
export function crawlDelayMs(rules: RobotsRules, userAgent: string): number {
  const seconds = 'robots' in rules ? rules.robots.getCrawlDelay(userAgent) : undefined;
  return typeof seconds === 'number' && seconds > 0 ? Math.min(seconds, MAX_CRAWL_DELAY_S) * 1000 : 0;
}
