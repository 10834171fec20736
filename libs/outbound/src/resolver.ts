import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';
import { OutboundAddressPolicy, OutboundRefusedError } from './address-policy.js';

export interface CheckedTarget {
  url: URL;
  /** The one address we connect to: it is the address that was checked. */
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a target once and checks every address it resolves to: a name that resolves to one
 * public and one private address is refused, so no answer order can smuggle a private hop in.
 */
export async function resolveChecked(
  policy: OutboundAddressPolicy,
  target: string,
): Promise<CheckedTarget> {
  const problem = policy.checkUrl(target);
  if (problem) throw new OutboundRefusedError(`${target}: ${problem}`);
  const url = new URL(target);
  return { url, ...(await resolveHostChecked(policy, url.hostname)) };
}

/**
 * The same check for a bare host (a database server): resolved once, every address checked; the
 * caller connects to the returned address.
 */
export async function resolveHostChecked(
  policy: OutboundAddressPolicy,
  hostname: string,
): Promise<{ address: string; family: 4 | 6 }> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (!host) throw new OutboundRefusedError('the address names no host');
  const addresses = ipaddr.isValid(host)
    ? [
        {
          address: ipaddr.process(host).toString(),
          family: ipaddr.process(host).kind() === 'ipv4' ? 4 : 6,
        },
      ]
    : await lookup(host, { all: true, verbatim: true }).catch((error: Error) => {
        throw new OutboundRefusedError(`${host} does not resolve (${error.message})`);
      });
  if (addresses.length === 0) throw new OutboundRefusedError(`${host} does not resolve`);
  for (const entry of addresses) {
    const refused = policy.checkAddress(host, entry.address);
    if (refused) throw new OutboundRefusedError(refused);
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
