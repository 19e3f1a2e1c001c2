// Which provider's published network an address is in. The table's CIDR text is parsed once, at the
// first lookup, into sorted start/end arrays (no two ranges overlap: each provider's list is merged
// by the update script, and a test checks that no two providers share an address), so one lookup is
// a binary search: O(log n), no allocation but the parse of the address itself.
import type { Generator } from '../vocabulary';
import { IP_RANGES } from '../knowledge/ip-ranges';
import { parseAddress, parseCidr } from './parse-ip';
import type { IpRangeTable, ProviderRanges } from './table';

export interface AddressOwner {
  generator: Generator;
  /** The published range the address is in, as the table writes it. */
  range: string;
  /** The date of that provider's list. */
  date: string;
}

interface FamilyIndex<N extends number | bigint> {
  starts: N[];
  ends: N[];
  owners: { provider: ProviderRanges; range: string }[];
}

function indexFamily<N extends number | bigint>(table: IpRangeTable, family: 4 | 6): FamilyIndex<N> {
  const rows: { start: N; end: N; provider: ProviderRanges; range: string }[] = [];
  for (const provider of table.providers) {
    for (const range of family === 4 ? provider.v4 : provider.v6) {
      const cidr = parseCidr(range);
      // A range of the wrong family or unreadable is left out rather than trusted (the table's test fails on it).
      if (cidr === undefined || cidr.family !== family) continue;
      rows.push({ start: cidr.start as N, end: cidr.end as N, provider, range });
    }
  }
  rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { starts: rows.map((r) => r.start), ends: rows.map((r) => r.end), owners: rows.map(({ provider, range }) => ({ provider, range })) };
}

function find<N extends number | bigint>(index: FamilyIndex<N>, value: N): AddressOwner | undefined {
  // The last range that starts at or before the address is the only one that can hold it.
  let low = 0;
  let high = index.starts.length - 1;
  let at = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (index.starts[mid]! <= value) { at = mid; low = mid + 1; } else high = mid - 1;
  }
  if (at < 0 || index.ends[at]! < value) return undefined;
  const { provider, range } = index.owners[at]!;
  return { generator: provider.generator, range, date: provider.date };
}

/** A lookup over any table (tests build small ones); the built-in one is `providerOfAddress`. */
export function createAddressLookup(table: IpRangeTable): (address: string) => AddressOwner | undefined {
  let v4: FamilyIndex<number> | undefined;
  let v6: FamilyIndex<bigint> | undefined;
  return (address) => {
    const parsed = parseAddress(address);
    if (parsed === undefined) return undefined;
    if (parsed.family === 4) return find((v4 ??= indexFamily<number>(table, 4)), parsed.value);
    return find((v6 ??= indexFamily<bigint>(table, 6)), parsed.value);
  };
}

let builtIn: ((address: string) => AddressOwner | undefined) | undefined;

/** The provider whose published ranges hold the server's address, or undefined (also for text that is no address). */
export function providerOfAddress(address: string): AddressOwner | undefined {
  builtIn ??= createAddressLookup(IP_RANGES);
  return builtIn(address);
}
