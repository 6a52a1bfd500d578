import net from 'node:net';

/** Expands an IPv6 address to its eight 16-bit groups. */
function ipv6Groups(address: string): string[] {
  const [head, tail] = address.split('::') as [string, string | undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map(g => g.padStart(4, '0'));
}

/**
 * The keys throttling counts by: an IPv4 address itself and its /24; an IPv6 address by its /64
 * (one subscriber) and its /48 (one site or provider block). IPv4-mapped IPv6 counts as IPv4.
 */
export function addressKeys(ip: string | null): { ipKey: string; rangeKey: string } {
  let address = (ip ?? 'unknown').trim();
  if (address.startsWith('::ffff:') && net.isIPv4(address.slice(7))) address = address.slice(7);
  if (net.isIPv4(address)) {
    return { ipKey: address, rangeKey: `${address.split('.').slice(0, 3).join('.')}.0/24` };
  }
  if (net.isIPv6(address)) {
    const groups = ipv6Groups(address.split('%')[0]!);
    return {
      ipKey: `${groups.slice(0, 4).join(':')}::/64`,
      rangeKey: `${groups.slice(0, 3).join(':')}::/48`,
    };
  }
  return { ipKey: address.slice(0, 64), rangeKey: address.slice(0, 64) };
}
