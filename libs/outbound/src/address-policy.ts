import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** Why an outbound target was refused; the message is shown to staff as is. */
export class OutboundRefusedError extends Error {
  override name = 'OutboundRefusedError';
}

/** Only globally routable unicast addresses are reachable without an allowlist entry. */
function isPublic(address: Address): boolean {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return isPublic((address as ipaddr.IPv6).toIPv4Address());
  }
  return address.range() === 'unicast';
}

function parseAddress(value: string): Address | null {
  const bare = value.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

/**
 * The outbound address policy of DESIGN.md: http(s) only; private, loopback, link-local and
 * metadata addresses are refused unless `OUTBOUND_ALLOWLIST` names the host or a CIDR holding
 * the address. Checking is separate from resolving so a caller resolves once and connects to
 * exactly the address that was checked (no DNS rebinding between check and connect).
 */
export class OutboundAddressPolicy {
  private readonly hosts = new Set<string>();
  private readonly ranges: [Address, number][] = [];

  constructor(allowlist: readonly string[]) {
    for (const raw of allowlist) {
      const entry = raw.trim().toLowerCase();
      if (!entry) continue;
      if (ipaddr.isValidCIDR(entry)) this.ranges.push(ipaddr.parseCIDR(entry));
      else if (parseAddress(entry)) {
        const address = parseAddress(entry)!;
        this.ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
      } else this.hosts.add(entry);
    }
  }

  /** Entries of an allowlist that are neither a host name, an IP address nor a CIDR (for config). */
  static problems(allowlist: readonly string[]): string[] {
    const hostName =
      /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
    return allowlist
      .map((entry) => entry.trim())
      .filter(
        (entry) =>
          entry && !ipaddr.isValidCIDR(entry) && !parseAddress(entry) && !hostName.test(entry),
      )
      .map((entry) => `${entry} is not a host name, an IP address or a CIDR`);
  }

  /** The URL's shape: a problem message, or null when it may be tried. */
  checkUrl(value: string): string | null {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return 'must be an absolute URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
    if (url.username || url.password) return 'must not carry credentials';
    const literal = parseAddress(url.hostname);
    if (literal) return this.checkAddress(url.hostname, literal.toString());
    return null;
  }

  /** Whether `host` may be reached at `address` (a resolved IP); a problem message or null. */
  checkAddress(host: string, address: string): string | null {
    const parsed = parseAddress(address);
    if (!parsed) return `${address} is not an IP address`;
    if (isPublic(parsed)) return null;
    if (this.hosts.has(host.toLowerCase().replace(/^\[|\]$/g, ''))) return null;
    const candidates: Address[] = [parsed];
    if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
      candidates.push((parsed as ipaddr.IPv6).toIPv4Address());
    }
    const allowed = candidates.some((candidate) =>
      this.ranges.some(
        ([net, bits]) => net.kind() === candidate.kind() && candidate.match(net, bits),
      ),
    );
    if (allowed) return null;
    return `${host} resolves to ${parsed.toString()} (${parsed.range()}), which is refused unless OUTBOUND_ALLOWLIST names it`;
  }
}
