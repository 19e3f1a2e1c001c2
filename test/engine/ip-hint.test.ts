// The server's address as a path hint (src/engine/ip-hint.ts): a provider only the address shows
// joins the path with source "ip" and one evidence line, and changes nothing of the verdict.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine/diagnose';
import type { EvidenceInput } from '../../src/engine/evidence';
import { IP_RANGES } from '../../src/engine/knowledge/ip-ranges';

const dateOf = (generator: string) => IP_RANGES.providers.find((p) => p.generator === generator)!.date;
const PLAIN_502: EvidenceInput = {
  url: 'https://shop.example.com/', status: 502, statusText: 'Bad Gateway',
  responseHeaders: [{ name: 'Content-Type', value: 'text/html' }],
  body: '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>',
};
const NGINX_502: EvidenceInput = {
  ...PLAIN_502,
  responseHeaders: [{ name: 'Server', value: 'nginx/1.24.0' }, { name: 'Content-Type', value: 'text/html' }],
  body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.24.0</center></body></html>',
};
const verdict = ({ generator, layer, blame, failure, confidence, headline }: ReturnType<typeof diagnose>) => ({ generator, layer, blame, failure, confidence, headline });

describe('a server address in a published range', () => {
  it('adds the provider to the path, marked "ip", with an evidence line, and leaves the verdict as it was', () => {
    const without = diagnose(PLAIN_502);
    const withIp = diagnose({ ...PLAIN_502, serverIp: '104.16.132.229' });
    expect(without.path).toEqual([]);
    expect(withIp.path).toEqual([{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare', source: 'ip' }]);
    expect(verdict(withIp)).toEqual(verdict(without));
    expect(withIp.evidence).toContainEqual({ source: 'server address', says: `The server's address (104.16.132.229) is in Cloudflare's published ranges (list of ${dateOf('cloudflare')}).` });
    expect(withIp.evidence.filter((e) => e.source === 'headers')).toEqual(without.evidence.filter((e) => e.source === 'headers'));
  });

  it('places the hop by its layer: the CDN in front of the nginx the headers show', () => {
    const d = diagnose({ ...NGINX_502, serverIp: '2a04:4e42::485' });
    expect(d.path.map((hop) => [hop.generator, hop.source])).toEqual([['fastly', 'ip'], ['nginx', undefined]]);
    expect(verdict(d)).toEqual(verdict(diagnose(NGINX_502)));
    // The headers' own line still names only what the headers show.
    expect(d.evidence.find((e) => e.source === 'headers')?.says).toBe('In the path: nginx (reverse proxy).');
  });

  it('counts the hop as present for the steps: the provider-specific advice shows', () => {
    const ids = (d: ReturnType<typeof diagnose>) => d.nextSteps.map((s) => s.id);
    const withIp = diagnose({ ...NGINX_502, serverIp: '104.16.132.229' });
    const cloudflareOnly = ids(withIp).filter((id) => !ids(diagnose(NGINX_502)).includes(id));
    expect(cloudflareOnly.length).toBeGreaterThan(0);
    expect(cloudflareOnly.some((id) => id.includes('cloudflare'))).toBe(true);
  });

  it('adds nothing when the headers already show the provider', () => {
    const behindCloudflare: EvidenceInput = { ...NGINX_502, responseHeaders: [...NGINX_502.responseHeaders!, { name: 'Server', value: 'cloudflare' }, { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-FRA' }], serverIp: '104.16.132.229' };
    const d = diagnose(behindCloudflare);
    expect(d.path.filter((hop) => hop.generator === 'cloudflare')).toHaveLength(1);
    expect(d.path.some((hop) => hop.source === 'ip')).toBe(false);
    expect(d.evidence.some((e) => e.source === 'server address')).toBe(false);
  });

  it('reads IPv4-mapped and bracketed addresses, and ignores what is no address or in no range', () => {
    expect(diagnose({ ...PLAIN_502, serverIp: '::ffff:104.16.132.229' }).path[0]?.generator).toBe('cloudflare');
    expect(diagnose({ ...PLAIN_502, serverIp: '[2606:4700::6810:84e5]' }).path[0]?.generator).toBe('cloudflare');
    for (const serverIp of ['192.0.2.10', 'not an address', '104.16.132.229:443', 'fe80::1%en0', '']) {
      const d = diagnose({ ...PLAIN_502, serverIp });
      expect(d.path, serverIp).toEqual([]);
      expect(d.evidence.some((e) => e.source === 'server address'), serverIp).toBe(false);
    }
  });

  it('adds no path to a request that got no answer', () => {
    const d = diagnose({ url: 'https://shop.example.com/', status: 0, netError: 'net::ERR_CONNECTION_RESET', serverIp: '104.16.132.229' });
    expect(d.path).toEqual([]);
  });

  it('says it in Chinese too', () => {
    const d = diagnose({ ...PLAIN_502, serverIp: '13.32.0.1' }, { locale: 'zh-CN' });
    expect(d.path[0]).toMatchObject({ generator: 'aws-cloudfront', source: 'ip' });
    expect(d.evidence).toContainEqual({ source: 'server address', says: `服务器的地址（13.32.0.1）在 ${d.path[0]!.name} 公布的地址段内（${dateOf('aws-cloudfront')} 的列表）。` });
  });
});
