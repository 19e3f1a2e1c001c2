// The address parser and the range lookup, against ipaddr.js as the reference; the shipped table
// (every range's edges, no overlaps, its size); the update script's parsing and merging on inline samples.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { createAddressLookup, providerOfAddress } from '../../src/engine/ip-ranges/lookup';
import { formatIpv6, parseAddress, parseCidr } from '../../src/engine/ip-ranges/parse-ip';
import { IP_RANGES } from '../../src/engine/knowledge/ip-ranges';
import { FINGERPRINTS } from '../../src/engine/fingerprints';
import {
  mergeCidrs, parseCloudFront, parseFastly, parseGoogleFrontEnds, parseImperva, parseLines, renderTable, splitAndMerge, subtractCidrs,
} from '../../scripts/ip-range-lists';

const TABLE_FILE = join(import.meta.dirname, '..', '..', 'src', 'engine', 'knowledge', 'ip-ranges.ts');

/** ipaddr.js's value of an address: a number for IPv4, a bigint for IPv6. */
function reference(text: string): bigint | number {
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === 'ipv4') return (parsed as ipaddr.IPv4).toByteArray().reduce((v, b) => v * 256 + b, 0);
  return (parsed as ipaddr.IPv6).toByteArray().reduce((v, b) => (v << 8n) | BigInt(b), 0n);
}

const v4Text = (n: number) => ipaddr.fromByteArray([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]).toString();
const v6Text = (n: bigint) => ipaddr.fromByteArray(Array.from({ length: 16 }, (_, i) => Number((n >> BigInt((15 - i) * 8)) & 0xffn))).toString();

describe('parseAddress', () => {
  it('reads IPv4 as ipaddr.js does', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
      const text = v4Text(n);
      expect(parseAddress(text)).toEqual({ family: 4, value: reference(text) });
    }));
  });

  it('reads IPv6 in its full, compressed and mixed forms as ipaddr.js does', () => {
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), (n) => {
      // Mapped IPv4 (::ffff:0:0/96) reads as IPv4; its own test is below.
      fc.pre(n >> 32n !== 0xffffn);
      const forms = [v6Text(n), ipaddr.parse(v6Text(n)).toNormalizedString(), ipaddr.parse(v6Text(n)).toNormalizedString().split(':').map((g) => g.padStart(4, '0')).join(':'), formatIpv6(n), formatIpv6(n).toUpperCase()];
      for (const text of forms) expect(parseAddress(text), text).toEqual({ family: 6, value: reference(text) });
    }));
    expect(parseAddress('2606:4700::6810:84e5')).toEqual({ family: 6, value: reference('2606:4700::6810:84e5') });
    expect(parseAddress('::')).toEqual({ family: 6, value: 0n });
    expect(parseAddress('::1')).toEqual({ family: 6, value: 1n });
    expect(parseAddress('1::')).toEqual({ family: 6, value: 1n << 112n });
    expect(parseAddress('64:ff9b::192.0.2.33')).toEqual({ family: 6, value: reference('64:ff9b::192.0.2.33') });
    expect(parseAddress('[2606:4700::1]')).toEqual({ family: 6, value: reference('2606:4700::1') });
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 address it carries', () => {
    expect(parseAddress('::ffff:104.16.132.229')).toEqual({ family: 4, value: reference('104.16.132.229') });
    expect(parseAddress('::FFFF:6810:84e5')).toEqual({ family: 4, value: reference('104.16.132.229') });
    expect(parseAddress('[::ffff:104.16.132.229]')).toEqual({ family: 4, value: reference('104.16.132.229') });
  });

  it.each([
    '', ' 1.2.3.4', '1.2.3.4 ', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.-4', '1.2.3.4/24', '1.2.3.4:443', '[1.2.3.4]',
    '0x1.2.3.4', 'localhost', 'example.com', ':', ':::', '1:::2', '1::2::3', ':1::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '12345::',
    'g::1', 'fe80::1%eth0', 'fe80::1%25eth0', '[2606:4700::1', '2606:4700::1]', '::ffff:1.2.3', '::1.2.3.4.5', '1.2.3.4::',
    '1:2:3:4:5:6:7:8::', 'a'.repeat(48), `${'1:'.repeat(40)}1`,
  ])('refuses %j', (text) => {
    expect(parseAddress(text)).toBeUndefined();
    expect(providerOfAddress(text)).toBeUndefined();
  });

  it('never throws, whatever the text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (text) => {
      const parsed = parseAddress(text);
      // Whatever it accepts, ipaddr.js reads as the same address.
      if (parsed !== undefined) expect(ipaddr.isValid(text.replace(/^\[(.*)\]$/, '$1'))).toBe(true);
    }));
    expect(providerOfAddress(undefined as unknown as string)).toBeUndefined();
  });
});

describe('parseCidr', () => {
  it('gives the first and last address ipaddr.js gives', () => {
    for (const text of ['104.16.0.0/13', '0.0.0.0/0', '192.0.2.7/32', '2606:4700::/32', '::/0', '2a04:4e42::/32', '2600:9000:f800::/37']) {
      const cidr = parseCidr(text)!;
      const [, bits] = ipaddr.parseCIDR(text);
      const kind = cidr.family === 4 ? ipaddr.IPv4 : ipaddr.IPv6;
      expect(cidr.bits).toBe(bits);
      expect(cidr.start).toEqual(reference(kind.networkAddressFromCIDR(text).toString()));
      expect(cidr.end).toEqual(reference(kind.broadcastAddressFromCIDR(text).toString()));
    }
  });

  it.each(['104.16.0.1/13', '104.16.0.0/33', '104.16.0.0/', '104.16.0.0/013', '2606:4700::1/32', '2606:4700::/129', 'x/8', '104.16.0.0'])('refuses %j', (text) => {
    expect(parseCidr(text)).toBeUndefined();
  });
});

describe('the shipped table', () => {
  const rows = IP_RANGES.providers.flatMap((p) => [...p.v4, ...p.v6].map((range) => ({ generator: p.generator, range })));

  it("maps every range's first and last address to its provider, and the addresses just outside to another range or none", () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const { generator, range } of rows) {
      const kind = range.includes(':') ? ipaddr.IPv6 : ipaddr.IPv4;
      const first = kind.networkAddressFromCIDR(range).toString();
      const last = kind.broadcastAddressFromCIDR(range).toString();
      expect(providerOfAddress(first), first).toMatchObject({ generator, range });
      expect(providerOfAddress(last), last).toMatchObject({ generator, range });
      const start = reference(first);
      const end = reference(last);
      const outside = typeof start === 'number'
        ? [start - 1, (end as number) + 1].filter((n) => n >= 0 && n <= 0xffffffff).map(v4Text)
        : [start - 1n, (end as bigint) + 1n].filter((n) => n >= 0n && n < 1n << 128n).map(v6Text);
      // Just outside, the address is in no range or in a neighbouring one (whose own edges are checked too).
      for (const text of outside) expect(providerOfAddress(text)?.range, text).not.toBe(range);
      // A neighbour of the same provider touches this range: a list is merged, so it could not be merged further.
      for (const text of outside) {
        const owner = providerOfAddress(text);
        if (owner?.generator === generator) expect(mergeCidrs([range, owner.range], range.includes(':') ? 6 : 4), text).toHaveLength(2);
      }
    }
  });

  it('has no address in two ranges', () => {
    for (const family of [4, 6] as const) {
      const spans = rows.map((r) => parseCidr(r.range)!).filter((c) => c.family === family)
        .map((c) => [BigInt(c.start), BigInt(c.end)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0] > spans[i - 1]![1], `IPv${family} ranges overlap`).toBe(true);
    }
  });

  it('names products the engine has a fingerprint for, with dated, sourced lists', () => {
    expect(IP_RANGES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of IP_RANGES.providers) {
      expect(FINGERPRINTS.some((f) => f.generator === p.generator), p.generator).toBe(true);
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.date <= IP_RANGES.date).toBe(true);
      expect(p.sources.length).toBeGreaterThan(0);
      for (const url of p.sources) expect(url).toMatch(/^https:\/\//);
      expect(p.readFrom).not.toBe('');
      // Stored merged and in order, as the update script writes them.
      expect(p.v4).toEqual(mergeCidrs(p.v4, 4));
      expect(p.v6).toEqual(mergeCidrs(p.v6, 6));
    }
    expect(new Set(IP_RANGES.providers.map((p) => p.generator)).size).toBe(IP_RANGES.providers.length);
  });

  it('knows well-known edge addresses and leaves others alone', () => {
    expect(providerOfAddress('104.16.132.229')).toEqual({ generator: 'cloudflare', range: '104.16.0.0/13', date: IP_RANGES.providers.find((p) => p.generator === 'cloudflare')!.date });
    expect(providerOfAddress('2606:4700::6810:84e5')?.generator).toBe('cloudflare');
    expect(providerOfAddress('[2606:4700::6810:84e5]')?.generator).toBe('cloudflare');
    expect(providerOfAddress('::ffff:151.101.1.69')?.generator).toBe('fastly');
    expect(providerOfAddress('13.32.0.1')?.generator).toBe('aws-cloudfront');
    for (const other of ['192.0.2.1', '10.0.0.1', '127.0.0.1', '8.8.8.8', '2001:db8::1', '::1', '0.0.0.0', '255.255.255.255']) {
      expect(providerOfAddress(other), other).toBeUndefined();
    }
  });

  it('ships at most 30 KB gzipped', () => {
    expect(gzipSync(readFileSync(TABLE_FILE)).length).toBeLessThanOrEqual(30 * 1024);
  });
});

describe('createAddressLookup', () => {
  it('finds the range in a small table, and nothing between ranges', () => {
    const lookup = createAddressLookup({
      date: '2026-01-02',
      providers: [
        { generator: 'fastly', date: '2026-01-01', sources: ['https://example.com/a'], readFrom: 'test', v4: ['10.0.0.0/24', '10.0.2.0/24'], v6: ['2001:db8::/48'] },
        { generator: 'sucuri', date: '2026-01-02', sources: ['https://example.com/b'], readFrom: 'test', v4: ['10.0.1.0/25'], v6: [] },
      ],
    });
    expect(lookup('10.0.0.255')).toEqual({ generator: 'fastly', range: '10.0.0.0/24', date: '2026-01-01' });
    expect(lookup('10.0.1.127')).toEqual({ generator: 'sucuri', range: '10.0.1.0/25', date: '2026-01-02' });
    expect(lookup('10.0.1.128')).toBeUndefined();
    expect(lookup('10.0.2.0')?.range).toBe('10.0.2.0/24');
    expect(lookup('9.255.255.255')).toBeUndefined();
    expect(lookup('2001:db8:0:ffff:ffff:ffff:ffff:ffff')?.generator).toBe('fastly');
    expect(lookup('2001:db8:1::')).toBeUndefined();
  });
});

describe('the update script, on inline samples', () => {
  it('merges overlapping and adjacent ranges into the fewest blocks', () => {
    expect(mergeCidrs(['10.0.1.0/24', '10.0.0.0/24', '10.0.0.128/25', '10.0.2.0/23', '192.0.2.0/24'], 4)).toEqual(['10.0.0.0/22', '192.0.2.0/24']);
    expect(mergeCidrs(['10.0.0.0/24', '10.0.1.0/25'], 4)).toEqual(['10.0.0.0/24', '10.0.1.0/25']);
    expect(mergeCidrs(['10.0.1.0/24', '10.0.2.0/24'], 4)).toEqual(['10.0.1.0/24', '10.0.2.0/24']);
    expect(mergeCidrs(['2001:db8::/33', '2001:db8:8000::/33', '2001:db8::/48'], 6)).toEqual(['2001:db8::/32']);
    expect(() => mergeCidrs(['10.0.0.1/24'], 4, 'sample')).toThrow(/sample: "10.0.0.1\/24" is not an IPv4 range/);
    expect(() => mergeCidrs(['2001:db8::/32'], 4)).toThrow(/not an IPv4 range/);
  });

  it('takes one list away from another', () => {
    expect(subtractCidrs(['10.0.0.0/22'], ['10.0.1.0/24'], 4)).toEqual(['10.0.0.0/24', '10.0.2.0/23']);
    expect(subtractCidrs(['10.0.0.0/24'], ['10.0.0.0/25', '10.0.0.128/25'], 4)).toEqual([]);
    expect(subtractCidrs(['10.0.0.0/24'], ['192.0.2.0/24'], 4)).toEqual(['10.0.0.0/24']);
    expect(subtractCidrs(['2001:db8::/32'], ['2001:db8:8000::/33'], 6)).toEqual(['2001:db8::/33']);
  });

  it("reads Cloudflare's and Akamai's plain lists", () => {
    expect(splitAndMerge(parseLines('173.245.48.0/20\n103.21.244.0/22\r\n# comment\n\n2400:cb00::/32\n'), 'cloudflare'))
      .toEqual({ v4: ['103.21.244.0/22', '173.245.48.0/20'], v6: ['2400:cb00::/32'] });
  });

  it("reads Fastly's and Imperva's JSON, and fails on another shape", () => {
    expect(parseFastly({ addresses: ['151.101.0.0/16', '23.235.32.0/20'], ipv6_addresses: ['2a04:4e42::/32'] }))
      .toEqual({ v4: ['23.235.32.0/20', '151.101.0.0/16'], v6: ['2a04:4e42::/32'] });
    expect(parseImperva({ ipRanges: ['199.83.128.0/21'], ipv6Ranges: ['2a02:e980::/29'], res: 0 }))
      .toEqual({ v4: ['199.83.128.0/21'], v6: ['2a02:e980::/29'] });
    expect(() => parseFastly({ addresses: 'none' })).toThrow(/fastly: no list of strings under "addresses"/);
    expect(() => parseImperva({ res: 2, res_message: 'Unauthorized' })).toThrow(/imperva/);
  });

  it("keeps only CloudFront's services of AWS's ip-ranges.json, merged", () => {
    const json = {
      prefixes: [
        { ip_prefix: '13.32.0.0/16', service: 'CLOUDFRONT' }, { ip_prefix: '13.33.0.0/16', service: 'CLOUDFRONT' },
        { ip_prefix: '13.32.0.0/15', service: 'AMAZON' }, { ip_prefix: '3.172.0.0/18', service: 'CLOUDFRONT_ORIGIN_FACING' },
        { ip_prefix: '52.94.0.0/22', service: 'EC2' },
      ],
      ipv6_prefixes: [{ ipv6_prefix: '2600:9000::/28', service: 'CLOUDFRONT' }, { ipv6_prefix: '2600:1f00::/24', service: 'EC2' }],
    };
    expect(parseCloudFront(json)).toEqual({ v4: ['3.172.0.0/18', '13.32.0.0/15'], v6: ['2600:9000::/28'] });
    expect(() => parseCloudFront({})).toThrow(/aws-cloudfront/);
  });

  it("gives Google's own front ends: goog.json without cloud.json", () => {
    const goog = { prefixes: [{ ipv4Prefix: '34.0.0.0/15' }, { ipv4Prefix: '142.250.0.0/15' }, { ipv6Prefix: '2600:1900::/28' }, { ipv6Prefix: '2607:f8b0::/32' }] };
    const cloud = { prefixes: [{ ipv4Prefix: '34.0.0.0/16', service: 'Google Cloud' }, { ipv4Prefix: '34.1.0.0/16' }, { ipv6Prefix: '2600:1900::/28' }] };
    expect(parseGoogleFrontEnds(goog, cloud)).toEqual({ v4: ['142.250.0.0/15'], v6: ['2607:f8b0::/32'] });
  });

  it('renders a table the lookup reads back', async () => {
    const table = { date: '2026-01-02', providers: [{ generator: 'fastly' as const, date: '2026-01-01', sources: ['https://api.fastly.com/public-ip-list'], readFrom: "the provider's API", v4: ['151.101.0.0/16', '23.235.32.0/20'], v6: ['2a04:4e42::/32'] }] };
    const source = renderTable(table, { fastly: 'line one\nline two' }, 'Header line');
    expect(source).toMatch(/^\/\/ Header line\nimport type \{ IpRangeTable \}/);
    expect(source).toContain("    // line one\n    // line two\n    {\n      generator: 'fastly',");
    expect(source).toContain("readFrom: 'the provider\\'s API',");
    // The rendered module, loaded (types stripped), holds the same table.
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-ip-ranges-')), 'table.mjs');
    writeFileSync(file, source.replace(/^import type .*$/m, '').replace(': IpRangeTable =', ' ='));
    expect((await import(pathToFileURL(file).href)).IP_RANGES).toEqual(table);
  });
});
