import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * Who may talk to the workbench. A DNS-rebinding attack points a name the attacker controls (evil.example) at
 * 127.0.0.1, so that a page the analyst visits reads the workbench as its own origin; its requests carry
 * `Host: evil.example`. The workbench answers only to the names it is reached by: the bound address, loopback
 * addresses, `localhost`, the machine's own addresses when bound to every interface, and names given with
 * `--allowed-host`. API requests from another origin (a page elsewhere, even another port on localhost) are refused.
 */
export interface HostPolicy {
  /** the address the server is bound to */
  boundHost?: string;
  /** more host names (or addresses) to answer to */
  allowedHosts?: string[];
}

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::', '']);

/** The host name of a Host header value (port and IPv6 brackets removed, lower case, no trailing dot), or null if malformed. */
export function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const value = header.trim().toLowerCase();
  const m = /^\[([0-9a-f:.]+)\](?::\d{1,5})?$/.exec(value) ?? /^([^:[\]\s/@]+)(?::\d{1,5})?$/.exec(value);
  if (!m?.[1]) return null;
  return m[1].replace(/\.$/, '');
}

const bare = (host: string) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');

/** Builds the check of Host headers: returns whether a header value names this server. */
export function hostChecker(policy: HostPolicy): (header: string | undefined) => boolean {
  const allowed = new Set([...LOOPBACK, ...(policy.allowedHosts ?? []).map(bare)]);
  const bound = policy.boundHost === undefined ? undefined : bare(policy.boundHost);
  if (bound !== undefined && !WILDCARD.has(bound)) allowed.add(bound);
  // bound to every interface: the machine's own addresses reach it (an address, unlike a name, cannot be rebound)
  const everyInterface = bound !== undefined && WILDCARD.has(bound);
  return (header) => {
    const name = hostName(header);
    if (name === null) return false;
    if (allowed.has(name) || name.endsWith('.localhost')) return true;
    return everyInterface && isIP(name) !== 0 && ownAddresses().has(name);
  };
}

function ownAddresses(): Set<string> {
  const out = new Set<string>();
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) out.add(a.address.toLowerCase().replace(/%.*$/, ''));
  return out;
}

/**
 * Whether a request comes from another site or origin: a `Sec-Fetch-Site` other than same-origin or none (typed in the
 * address bar), or an `Origin` that is not this server as the request's Host names it.
 */
export function crossOrigin(headers: { origin?: string; secFetchSite?: string; host?: string }): string | null {
  const site = headers.secFetchSite?.toLowerCase();
  if (site && site !== 'same-origin' && site !== 'none') return `Sec-Fetch-Site: ${site}`;
  const origin = headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${(headers.host ?? '').toLowerCase()}`) return `Origin: ${origin.slice(0, 100)}`;
  return null;
}
