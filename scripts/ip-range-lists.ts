// Reading the providers' published address lists, and writing the table the engine ships
// (src/engine/knowledge/ip-ranges.ts). No network here: scripts/update-ip-ranges.ts fetches, this
// parses, merges and renders, so the tests run it on small inline samples.
import { formatIpv4, formatIpv6, parseCidr } from '../src/engine/ip-ranges/parse-ip';
import type { IpRangeTable, ProviderRanges } from '../src/engine/ip-ranges/table';

export interface Ranges {
  v4: string[];
  v6: string[];
}

/** An inclusive interval of addresses of one family, as bigints (the script's speed does not matter). */
type Interval = [start: bigint, end: bigint];

function intervalsOf(cidrs: readonly string[], family: 4 | 6, what: string): Interval[] {
  return cidrs.map((text) => {
    const cidr = parseCidr(text.trim());
    if (cidr === undefined || cidr.family !== family) throw new Error(`${what}: "${text}" is not an IPv${family} range`);
    return [BigInt(cidr.start), BigInt(cidr.end)] as Interval;
  });
}

/** Overlapping and adjacent intervals joined, sorted. */
function union(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && start <= last[1] + 1n) last[1] = end > last[1] ? end : last[1];
    else out.push([start, end]);
  }
  return out;
}

/** What of `from` is not in `remove` (both unions). */
function minus(from: Interval[], remove: Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [start, end] of from) {
    let cursor = start;
    for (const [rs, re] of remove) {
      if (re < cursor || rs > end) continue;
      if (rs > cursor) out.push([cursor, rs - 1n]);
      cursor = re + 1n;
      if (cursor > end) break;
    }
    if (cursor <= end) out.push([cursor, end]);
  }
  return out;
}

/** The fewest CIDR blocks that cover an interval exactly. */
function blocksOf([start, end]: Interval, family: 4 | 6): string[] {
  const width = family === 4 ? 32 : 128;
  const blocks: string[] = [];
  let cursor = start;
  while (cursor <= end) {
    // The largest block aligned at `cursor` that does not pass `end`.
    let size = 0;
    while (size < width && (cursor & ((1n << BigInt(size + 1)) - 1n)) === 0n && cursor + (1n << BigInt(size + 1)) - 1n <= end) size++;
    const text = family === 4 ? formatIpv4(Number(cursor)) : formatIpv6(cursor);
    blocks.push(`${text}/${width - size}`);
    cursor += 1n << BigInt(size);
  }
  return blocks;
}

const toCidrs = (intervals: Interval[], family: 4 | 6) => intervals.flatMap((i) => blocksOf(i, family));

/** A list merged: duplicates, overlaps and neighbours joined into the fewest blocks, in address order. */
export function mergeCidrs(cidrs: readonly string[], family: 4 | 6, what = 'list'): string[] {
  return toCidrs(union(intervalsOf(cidrs, family, what)), family);
}

/** The ranges of `from` without the addresses of `remove`, merged. */
export function subtractCidrs(from: readonly string[], remove: readonly string[], family: 4 | 6, what = 'list'): string[] {
  return toCidrs(minus(union(intervalsOf(from, family, what)), union(intervalsOf(remove, family, what))), family);
}

/** Both families of a mixed list, each merged. */
export function splitAndMerge(cidrs: readonly string[], what: string): Ranges {
  const v6 = cidrs.filter((c) => c.includes(':'));
  const v4 = cidrs.filter((c) => !c.includes(':'));
  return { v4: mergeCidrs(v4, 4, what), v6: mergeCidrs(v6, 6, what) };
}

/** A plain list, one range a line, '#' comments (Cloudflare's ips-v4 / ips-v6, Akamai's CIDR files). */
export function parseLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.replace(/#.*/, '').trim()).filter((line) => line !== '');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringsAt(json: unknown, key: string, what: string): string[] {
  const list = isRecord(json) ? json[key] : undefined;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) throw new Error(`${what}: no list of strings under "${key}"`);
  return list;
}

/** Fastly's https://api.fastly.com/public-ip-list: {"addresses": [...], "ipv6_addresses": [...]}. */
export function parseFastly(json: unknown): Ranges {
  return { v4: mergeCidrs(stringsAt(json, 'addresses', 'fastly'), 4, 'fastly'), v6: mergeCidrs(stringsAt(json, 'ipv6_addresses', 'fastly'), 6, 'fastly') };
}

/** Imperva's https://my.imperva.com/api/integration/v1/ips: {"ipRanges": [...], "ipv6Ranges": [...]}. */
export function parseImperva(json: unknown): Ranges {
  return { v4: mergeCidrs(stringsAt(json, 'ipRanges', 'imperva'), 4, 'imperva'), v6: mergeCidrs(stringsAt(json, 'ipv6Ranges', 'imperva'), 6, 'imperva') };
}

/** The services of AWS's ip-ranges.json that are CloudFront's edge and its connections to origins. */
export const CLOUDFRONT_SERVICES = ['CLOUDFRONT', 'CLOUDFRONT_ORIGIN_FACING'];

/** https://ip-ranges.amazonaws.com/ip-ranges.json, CloudFront's services only, merged. */
export function parseCloudFront(json: unknown): Ranges {
  const pick = (key: string, field: string): string[] => {
    const list = isRecord(json) ? json[key] : undefined;
    if (!Array.isArray(list)) throw new Error(`aws-cloudfront: no "${key}" list`);
    return list.filter((p) => isRecord(p) && typeof p.service === 'string' && CLOUDFRONT_SERVICES.includes(p.service))
      .map((p) => String((p as Record<string, unknown>)[field]));
  };
  return { v4: mergeCidrs(pick('prefixes', 'ip_prefix'), 4, 'aws-cloudfront'), v6: mergeCidrs(pick('ipv6_prefixes', 'ipv6_prefix'), 6, 'aws-cloudfront') };
}

function googlePrefixes(json: unknown, what: string): string[] {
  const list = isRecord(json) ? json.prefixes : undefined;
  if (!Array.isArray(list)) throw new Error(`${what}: no "prefixes" list`);
  return list.flatMap((p) => (isRecord(p) ? [p.ipv4Prefix, p.ipv6Prefix].filter((v): v is string => typeof v === 'string') : []));
}

/**
 * Google's own front ends: goog.json is every address Google has, including the ones Google Cloud
 * customers rent (cloud.json), where any server may answer. Google's own instructions
 * (https://support.google.com/a/answer/10026322) take cloud.json away from goog.json to get the
 * addresses of Google's services, which Google's front end serves.
 */
export function parseGoogleFrontEnds(goog: unknown, cloud: unknown): Ranges {
  const all = splitAndMerge(googlePrefixes(goog, 'google goog.json'), 'google goog.json');
  const rented = splitAndMerge(googlePrefixes(cloud, 'google cloud.json'), 'google cloud.json');
  return { v4: subtractCidrs(all.v4, rented.v4, 4, 'google'), v6: subtractCidrs(all.v6, rented.v6, 6, 'google') };
}

/** The engine's table as TypeScript source: one provider a block, its comment first. */
export function renderTable(table: IpRangeTable, notes: Readonly<Record<string, string>>, header: string): string {
  const list = (items: readonly string[]) => {
    const lines: string[] = [];
    for (let i = 0; i < items.length; i += 6) lines.push(`      ${items.slice(i, i + 6).map((s) => `'${s}'`).join(', ')},`);
    return lines.length === 0 ? '[]' : `[\n${lines.join('\n')}\n    ]`;
  };
  const block = (p: ProviderRanges) => [
    ...(notes[p.generator] ?? '').split('\n').filter(Boolean).map((line) => `  // ${line}`),
    '  {',
    `    generator: '${p.generator}',`,
    `    date: '${p.date}',`,
    `    sources: [${p.sources.map((s) => `'${s}'`).join(', ')}],`,
    `    readFrom: '${p.readFrom.replace(/'/g, "\\'")}',`,
    `    v4: ${list(p.v4)},`,
    `    v6: ${list(p.v6)},`,
    '  },',
  ].join('\n');
  return [
    ...header.split('\n').map((line) => (line === '' ? '//' : `// ${line}`)),
    "import type { IpRangeTable } from '../ip-ranges/table';",
    '',
    'export const IP_RANGES: IpRangeTable = {',
    `  date: '${table.date}',`,
    '  providers: [',
    table.providers.map((p) => block(p).replace(/^/gm, '  ')).join('\n'),
    '  ],',
    '};',
    '',
  ].join('\n');
}
