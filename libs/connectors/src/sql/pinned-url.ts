import {
  OutboundRefusedError,
  resolveHostChecked,
  type OutboundAddressPolicy,
} from '@dsar/outbound';

/** Query parameters that would send the driver somewhere other than the checked host. */
const REDIRECTING_PARAMETERS = ['host', 'hostaddr', 'socketPath', 'socket'];

/**
 * A database URL whose host is resolved once and checked against the outbound address policy;
 * the answer names the checked address, so the driver connects exactly there.
 */
export async function pinnedDatabaseUrl(
  policy: OutboundAddressPolicy,
  value: string,
): Promise<string> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OutboundRefusedError('the URL cannot be read');
  }
  for (const name of REDIRECTING_PARAMETERS)
    if (url.searchParams.has(name))
      throw new OutboundRefusedError(`the URL may not carry a "${name}" parameter`);
  const { address, family } = await resolveHostChecked(policy, url.hostname);
  url.hostname = family === 6 ? `[${address}]` : address;
  return url.toString();
}
