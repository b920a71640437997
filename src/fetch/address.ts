import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** A host that resolves to a loopback, private, link-local or other non-public address, refused unless allowed. */
export class PrivateAddressError extends Error {
  readonly code = 'E_PRIVATE_ADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`${host === address ? `${host} is a ${range} address` : `${host} resolves to ${address} (${range} address)`}, refused; --allow-private permits it`);
  }
}

/** The range ipaddr.js gives an address ("unicast" for a public one), IPv4-mapped IPv6 read as the IPv4 it maps. */
export function addressRange(address: string): string {
  return ipaddr.process(address).range();
}

/** The first of `addresses` that is not a public unicast address, or null when all are public. */
export function firstNonPublic(addresses: string[]): { address: string; range: string } | null {
  for (const address of addresses) {
    const range = addressRange(address);
    if (range !== 'unicast') return { address, range };
  }
  return null;
}

/** Throws PrivateAddressError for an IP-literal host outside the public range (a named host is checked when it resolves). */
export function checkLiteralHost(host: string, allowPrivate: boolean): void {
  const bare = host.replace(/^\[|\]$/g, '');
  if (allowPrivate || !isIP(bare)) return;
  const bad = firstNonPublic([bare]);
  if (bad) throw new PrivateAddressError(host, bad.address, bad.range);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net.connect that resolves every address of the host and refuses the connection when any of them is not
 * public: checked at connect time, for every hop of a redirect, so a name cannot be re-pointed between check and use.
 */
export function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true, family: typeof options.family === 'number' ? options.family : 0 }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = allowPrivate ? null : firstNonPublic(addresses.map((a) => a.address));
      if (bad) return callback(new PrivateAddressError(hostname, bad.address, bad.range) as unknown as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}
