/**
 * Which addresses the fetcher may connect to. A URL handed to corroborate (on the command
 * line, in a feed, in a POST to the server) must not reach the machine itself or its
 * network: loopback, private, link-local (cloud metadata at 169.254.169.254), multicast and
 * reserved ranges are refused, IPv6 included, and an IPv6 address that embeds an IPv4 one
 * (mapped, NAT64) is judged by the IPv4 address inside.
 */
import { BlockList, isIP } from 'node:net';

const refused = new BlockList();
// IPv4: "this network", private, shared (carrier NAT), loopback, link-local, IETF protocol
// assignments, documentation, benchmarking, multicast, reserved and broadcast.
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  refused.addSubnet(net, bits, 'ipv4');
}
// IPv6: unspecified and loopback, discard, documentation, unique local, link-local, site-local
// (deprecated) and multicast. Mapped and NAT64 addresses are unwrapped before the check.
for (const [net, bits] of [
  ['::', 127],
  ['100::', 64],
  ['2001:db8::', 32],
  ['2001::', 23],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  refused.addSubnet(net, bits, 'ipv6');
}

/** The IPv4 address an IPv6 one carries (::ffff:a.b.c.d, 64:ff9b::a.b.c.d, ::a.b.c.d), or null. */
export function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const hi = parseInt(hex[1]!, 16);
  const lo = parseInt(hex[2]!, 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

const RANGES = 'a loopback, private, link-local, multicast or reserved address';

/**
 * Why corroborate will not connect to `address` (what kind of address it is), or null when
 * it is a public address. Anything that is not an IP address is refused too:
 * the check runs on addresses, after name resolution.
 */
export function refusedAddress(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const inner = embeddedIpv4(bare);
    if (inner !== null) return refusedAddress(inner);
    return refused.check(bare, 'ipv6') ? RANGES : null;
  }
  return refused.check(bare, 'ipv4') ? RANGES : null;
}
