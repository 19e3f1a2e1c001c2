// Server address → provider (src/engine/ip-ranges/lookup.ts): the cost of one lookup, parse
// included, against a floor measured in the same run: a Map.get of the same address strings (what
// a lookup costs that knows every address in advance). The ratio is what the report gives.
import { providerOfAddress } from '../src/engine/ip-ranges/lookup';
import { formatIpv4, formatIpv6, parseCidr } from '../src/engine/ip-ranges/parse-ip';
import { IP_RANGES } from '../src/engine/knowledge/ip-ranges';
import { median } from './measure';

export interface IpLookupBench {
  addresses: number;
  /** Median microseconds per providerOfAddress call. */
  perAddressUs: number;
  /** Median microseconds per Map.get of the same strings, same run. */
  floorUs: number;
}

/** A fixed mix: half inside published ranges (either family), half anywhere in IPv4 (mostly outside). */
function addressesFor(count: number): string[] {
  let seed = 0x2545f491;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const ranges = IP_RANGES.providers.flatMap((p) => [...p.v4, ...p.v6]).map((r) => parseCidr(r)!);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 2 === 1) { out.push(formatIpv4(next())); continue; }
    const range = ranges[next() % ranges.length]!;
    if (range.family === 4) out.push(formatIpv4(range.start + (next() % (range.end - range.start + 1))));
    else out.push(formatIpv6(range.start + ((BigInt(next()) << 32n) | BigInt(next())) % (range.end - range.start + 1n)));
  }
  return out;
}

export function benchIpLookup(count = 100_000, runs = 7): IpLookupBench {
  const addresses = addressesFor(count);
  const known = new Map(addresses.map((a, i) => [a, i]));
  providerOfAddress(addresses[0]!); // the table is indexed at the first lookup: not part of a lookup's cost
  let sink = 0;
  const lookups: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) {
    let t0 = performance.now();
    for (const address of addresses) if (providerOfAddress(address) !== undefined) sink++;
    lookups.push(performance.now() - t0);
    t0 = performance.now();
    for (const address of addresses) sink += known.get(address)! & 1;
    floors.push(performance.now() - t0);
  }
  if (sink < 0) throw new Error('unreachable: keeps the loops from being optimised away');
  const us = (ms: number) => Math.round((ms * 1000 / count) * 1000) / 1000;
  return { addresses: count, perAddressUs: us(median(lookups)), floorUs: us(median(floors)) };
}
