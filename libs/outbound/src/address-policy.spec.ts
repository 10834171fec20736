import { OutboundAddressPolicy } from './address-policy.js';

describe('OutboundAddressPolicy', () => {
  const closed = new OutboundAddressPolicy([]);

  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['192.168.0.10', 'private'],
    ['172.16.5.4', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['100.64.0.1', 'carrierGradeNat'],
  ])('refuses %s (%s) without an allowlist entry', (address) => {
    expect(closed.checkAddress('example.test', address)).toMatch(
      /refused unless OUTBOUND_ALLOWLIST/,
    );
  });

  it('lets public unicast addresses through', () => {
    expect(closed.checkAddress('example.com', '93.184.215.14')).toBeNull();
    expect(closed.checkAddress('example.com', '2606:2800:21f:cb07:6820:80da:af6b:8b2c')).toBeNull();
  });

  it('allows addresses inside an allowlisted CIDR or IP, and allowlisted hosts', () => {
    const policy = new OutboundAddressPolicy(['127.0.0.1', '10.0.0.0/8', 'receiver.internal']);
    expect(policy.checkAddress('localhost', '127.0.0.1')).toBeNull();
    expect(policy.checkAddress('localhost', '::ffff:127.0.0.1')).toBeNull();
    expect(policy.checkAddress('a', '10.200.1.1')).toBeNull();
    expect(policy.checkAddress('receiver.internal', '192.168.1.1')).toBeNull();
    expect(policy.checkAddress('a', '127.0.0.2')).not.toBeNull();
    expect(policy.checkAddress('a', '169.254.169.254')).not.toBeNull();
  });

  it('names allowlist entries that are neither hosts, addresses nor CIDRs', () => {
    expect(
      OutboundAddressPolicy.problems([
        '127.0.0.1',
        '10.0.0.0/8',
        'hooks.internal',
        '::1',
        'fd00::/8',
      ]),
    ).toEqual([]);
    expect(OutboundAddressPolicy.problems(['10.0.0.0/33', 'not a host'])).toEqual([
      '10.0.0.0/33 is not a host name, an IP address or a CIDR',
      'not a host is not a host name, an IP address or a CIDR',
    ]);
  });

  it('checks the URL shape: http(s) only, no credentials, literal addresses checked at once', () => {
    expect(closed.checkUrl('ftp://example.com/x')).toBe('must use http or https');
    expect(closed.checkUrl('not a url')).toBe('must be an absolute URL');
    expect(closed.checkUrl('https://user:pw@example.com/')).toBe('must not carry credentials');
    expect(closed.checkUrl('http://169.254.169.254/latest/meta-data')).toMatch(/linkLocal/);
    expect(closed.checkUrl('http://[::1]:8080/')).toMatch(/loopback/);
    expect(closed.checkUrl('https://example.com/hook')).toBeNull();
  });
});
