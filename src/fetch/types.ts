/** How politely and how far the fetcher goes; every field has a default (see `fetchDefaults`). */
export interface FetchOptions {
  /** requests per second to one host (a robots.txt Crawl-delay that asks for fewer wins) */
  perHostRate: number;
  /** hosts fetched at the same time */
  hostConcurrency: number;
  /** milliseconds to open the connection */
  connectTimeoutMs: number;
  /** milliseconds to wait for the response headers, and at most between two chunks of the body */
  readTimeoutMs: number;
  /** milliseconds for a whole page, redirects included */
  totalTimeoutMs: number;
  /** bytes of one body */
  maxBytes: number;
  /** redirects followed for one page */
  maxRedirects: number;
  /** fetch from loopback, private and link-local addresses (a local test server, an intranet) */
  allowPrivate: boolean;
  userAgent: string;
}

/** Why a URL gave no page. */
export type SkipReason =
  | 'not-a-url'
  | 'scheme'
  | 'robots'
  | 'private-address'
  | 'http-status'
  | 'not-html'
  | 'too-large'
  | 'timeout'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'network';

/** A page fetched, with the address it was finally served from. */
export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

/** A URL that gave no page, and why, in words naming the URL. */
export interface FetchSkip {
  url: string;
  reason: SkipReason;
  /** worth trying again later (a timeout, a network error, a server error) rather than a final answer */
  transient: boolean;
  /** what went wrong, without the URL */
  problem: string;
  /** the URL and the problem */
  message: string;
  /** the server's status, when it answered with an error */
  httpStatus?: number;
}

export type FetchOutcome = ({ ok: true } & FetchedPage) | ({ ok: false } & FetchSkip);
