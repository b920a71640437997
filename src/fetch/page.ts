import { Agent, errors, request } from 'undici';
import { checkedLookup, checkLiteralHost, PrivateAddressError } from './address.js';
import type { FetchOptions, FetchOutcome, SkipReason } from './types.js';

/** Why a URL may not be requested (robots.txt), in words that do not repeat the URL. */
export interface Refusal {
  reason: SkipReason;
  problem: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One HTTP client per option set: connections are reused, and every connection's addresses are checked when it opens. */
export function createAgent(opts: Pick<FetchOptions, 'connectTimeoutMs' | 'readTimeoutMs' | 'allowPrivate'>): Agent {
  return new Agent({
    connect: { timeout: opts.connectTimeoutMs, lookup: checkedLookup(opts.allowPrivate) },
    headersTimeout: opts.readTimeoutMs,
    bodyTimeout: opts.readTimeoutMs,
  });
}

export interface PageRequest {
  agent: Agent;
  opts: FetchOptions;
  /** awaited before each request (each redirect hop too): the rate limit and robots.txt of that URL's host */
  before?: (url: URL) => Promise<Refusal | null>;
  /** content types accepted (by prefix, lower-case); null accepts any */
  accept: string[] | null;
}

/**
 * GETs one URL: only http and https, at most `maxRedirects` redirects (each hop checked like the first), the body cut
 * off past `maxBytes`, within the connect, read and total timeouts. Never throws: a failure is a skip with its reason.
 */
export async function fetchPage(url: string, req: PageRequest): Promise<FetchOutcome> {
  const { opts } = req;
  const skip = (reason: SkipReason, problem: string, transient = false, httpStatus?: number): FetchOutcome => ({ ok: false, url, reason, transient, problem, message: `${url}: ${problem}`, httpStatus });
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    return skip('not-a-url', 'not a URL, skipped');
  }
  const seen = new Set<string>();
  const deadline = AbortSignal.timeout(opts.totalTimeoutMs);
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return skip('scheme', `${hop ? `redirected to ${current.href}, ` : ''}only http and https are fetched, skipped`);
    }
    seen.add(current.href);
    const refused = await req.before?.(current);
    if (refused) return skip(refused.reason, `${hop ? `redirected to ${current.href}, which ` : ''}${refused.problem}`);
    try {
      checkLiteralHost(current.hostname, opts.allowPrivate);
      const res = await request(current, {
        method: 'GET',
        dispatcher: req.agent,
        signal: deadline,
        headers: { 'user-agent': opts.userAgent, accept: req.accept ? `${req.accept.join(', ')};q=1, */*;q=0.1` : '*/*' },
      });
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode) && typeof location === 'string') {
        await res.body.dump();
        const next = new URL(location, current);
        if (seen.has(next.href)) return skip('redirect-loop', `redirect loop (${current.href} -> ${next.href}), skipped`);
        if (hop >= opts.maxRedirects) return skip('too-many-redirects', `more than ${opts.maxRedirects} redirects, skipped`);
        current = next;
        continue;
      }
      if (res.statusCode < 200 || res.statusCode > 299) {
        await res.body.dump();
        return skip('http-status', `HTTP ${res.statusCode}, skipped`, res.statusCode >= 500 || res.statusCode === 429, res.statusCode);
      }
      const contentType = headerValue(res.headers['content-type']);
      const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? null;
      if (req.accept && type && !req.accept.some((a) => type.startsWith(a))) {
        await res.body.dump();
        return skip('not-html', `not a web page (${type}), skipped`);
      }
      const declared = Number(headerValue(res.headers['content-length']));
      const limit = `limit ${(opts.maxBytes / 1048576).toFixed(1)} MB`;
      if (declared > opts.maxBytes) {
        res.body.destroy();
        return skip('too-large', `too large (${(declared / 1048576).toFixed(1)} MB; ${limit}), skipped`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += (chunk as Buffer).length;
        if (size > opts.maxBytes) {
          res.body.destroy();
          return skip('too-large', `too large (more than ${limit}), skipped`);
        }
        chunks.push(chunk as Buffer);
      }
      return { ok: true, url, finalUrl: current.href, status: res.statusCode, contentType, body: new Uint8Array(Buffer.concat(chunks)) };
    } catch (err) {
      return failure(err, current, deadline, opts, skip);
    }
  }
}

function failure(err: unknown, at: URL, deadline: AbortSignal, opts: FetchOptions, skip: (r: SkipReason, p: string, t?: boolean) => FetchOutcome): FetchOutcome {
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const where = at.href;
  if (cause instanceof PrivateAddressError || err instanceof PrivateAddressError) return skip('private-address', `${(cause as PrivateAddressError).message}, skipped`);
  if (deadline.aborted) return skip('timeout', `no complete answer from ${where} within ${opts.totalTimeoutMs} ms, skipped`, true);
  if (err instanceof errors.ConnectTimeoutError) return skip('timeout', `could not connect to ${at.host} within ${opts.connectTimeoutMs} ms, skipped`, true);
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) {
    return skip('timeout', `${where} stopped answering for ${opts.readTimeoutMs} ms, skipped`, true);
  }
  const code = (cause as NodeJS.ErrnoException)?.code ?? (err as NodeJS.ErrnoException)?.code;
  const text = err instanceof Error ? err.message : String(err);
  return skip('network', `cannot fetch ${where} (${code ?? text}), skipped`, true);
}

function headerValue(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}
