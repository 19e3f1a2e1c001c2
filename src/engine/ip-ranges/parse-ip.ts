// Address text → numbers, strictly: the server address comes from a HAR file or the browser, so it
// is untrusted text. IPv4 becomes a uint32 number, IPv6 a 128-bit bigint. Anything that is not one
// plain address (an octal-looking "01", a hostname, a zone id "fe80::1%eth0", a port) is refused,
// never guessed at. An IPv4-mapped IPv6 address (::ffff:1.2.3.4, as Chrome reports a v4 server on
// a dual-stack socket) is the IPv4 address it carries.

export type Address = { family: 4; value: number } | { family: 6; value: bigint };
export type Cidr = { family: 4; start: number; end: number; bits: number } | { family: 6; start: bigint; end: bigint; bits: number };

/** "[ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255]": the longest text that can be one address. */
const MAX_ADDRESS_CHARS = 47;
const OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** Hex groups of one side of "::" (the last may be a dotted IPv4 when `lastMayBeV4`), or undefined. */
function groupsOf(side: string, lastMayBeV4: boolean): number[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const groups: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (lastMayBeV4 && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(Math.floor(v4 / 0x10000), v4 % 0x10000);
    } else if (HEX_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

export function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const compressed = halves.length === 2;
  const head = groupsOf(halves[0]!, !compressed);
  const tail = compressed ? groupsOf(halves[1]!, true) : [];
  if (head === undefined || tail === undefined) return undefined;
  const given = head.length + tail.length;
  // "::" stands for at least one zero group; without it all eight are written out.
  if (compressed ? given > 7 : given !== 8) return undefined;
  const groups = [...head, ...new Array<number>(8 - given).fill(0), ...tail];
  let value = 0n;
  for (const group of groups) value = (value << 16n) | BigInt(group);
  return value;
}

/** One server address, or undefined for anything else. The brackets of a URL's IPv6 host ("[2606:4700::1]") are dropped. */
export function parseAddress(raw: string): Address | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_ADDRESS_CHARS) return undefined;
  const bracketed = raw.startsWith('[') && raw.endsWith(']');
  const text = bracketed ? raw.slice(1, -1) : raw;
  if (!text.includes(':')) {
    if (bracketed) return undefined; // brackets wrap IPv6 only (RFC 3986 host syntax)
    const v4 = parseIpv4(text);
    return v4 === undefined ? undefined : { family: 4, value: v4 };
  }
  const v6 = parseIpv6(text);
  if (v6 === undefined) return undefined;
  if (v6 >> 32n === 0xffffn) return { family: 4, value: Number(v6 & 0xffffffffn) };
  return { family: 6, value: v6 };
}

/**
 * A published range "192.0.2.0/24" or "2001:db8::/32". The address must be the range's first one
 * (a list that writes "192.0.2.7/24" has a typo, and guessing which half is wrong is not ours to do).
 */
export function parseCidr(raw: string): Cidr | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_ADDRESS_CHARS + 4) return undefined;
  const slash = raw.indexOf('/');
  if (slash < 0) return undefined;
  const text = raw.slice(0, slash);
  const lengthText = raw.slice(slash + 1);
  if (!/^(?:0|[1-9]\d{0,2})$/.test(lengthText)) return undefined;
  const bits = Number(lengthText);
  if (!text.includes(':')) {
    const start = parseIpv4(text);
    if (start === undefined || bits > 32) return undefined;
    const size = 2 ** (32 - bits);
    if (start % size !== 0) return undefined;
    return { family: 4, start, end: start + size - 1, bits };
  }
  const start = parseIpv6(text);
  if (start === undefined || bits > 128) return undefined;
  const hostMask = (1n << BigInt(128 - bits)) - 1n;
  if ((start & hostMask) !== 0n) return undefined;
  return { family: 6, start, end: start | hostMask, bits };
}

/** The text of an IPv4 number (for ranges the update script writes back). */
export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

/** The RFC 5952 text of an IPv6 number: lower case, the longest run of two or more zero groups as "::". */
export function formatIpv6(value: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((value >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
