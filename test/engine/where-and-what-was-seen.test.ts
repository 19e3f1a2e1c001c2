// Facts the diagnosis keeps as they were seen: the PoP each hop names, a missing trace read against
// the path, a body nobody captured told from an empty one, and values in the case they were sent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose, parseTrace } from '../../src/engine';
import { PAGES_DIR } from '../support/page-fixtures';
import { headerList, NGINX_502 } from '../support/pages';

const CLOUDFLARE_502 = {
  url: 'https://shop.example/', status: 502,
  responseHeaders: headerList([['Server', 'cloudflare'], ['CF-RAY', '8d3f0c1b2a4e5f60-LHR'], ['Content-Type', 'text/html']]),
  body: NGINX_502,
};

describe('where the answer came from', () => {
  it('names the PoP from the Ray ID, CloudFront\'s x-amz-cf-pop and Fastly\'s last x-served-by node', () => {
    expect(diagnose(CLOUDFLARE_502).path.find((hop) => hop.generator === 'cloudflare')?.place).toBe('LHR');
    const cloudfront = diagnose({
      url: 'https://shop.example/', status: 504,
      responseHeaders: headerList([['Server', 'CloudFront'], ['X-Cache', 'Error from cloudfront'], ['X-Amz-Cf-Pop', 'FRA56-P1'], ['X-Amz-Cf-Id', 'AbC123xyz==']]),
    });
    expect(cloudfront.path.find((hop) => hop.generator === 'aws-cloudfront')?.place).toBe('FRA');
    const fastly = diagnose({
      url: 'https://shop.example/', status: 503,
      responseHeaders: headerList([['X-Served-By', 'cache-iad-kiad7000123-IAD, cache-lhr7300-LHR'], ['X-Cache', 'MISS, MISS'], ['Via', '1.1 varnish, 1.1 varnish']]),
    });
    expect(fastly.path.find((hop) => hop.generator === 'fastly')?.place).toBe('LHR');
  });

  it('takes Cloudflare\'s colo from the trace when the Ray ID has none, and ignores one that is not an IATA code', () => {
    const trace = parseTrace('fl=1\nh=shop.example\ncolo=AMS\nhttp=http/2\ntls=TLSv1.3\n');
    const noSuffix = { ...CLOUDFLARE_502, responseHeaders: headerList([['Server', 'cloudflare'], ['CF-RAY', '8d3f0c1b2a4e5f60']]) };
    expect(diagnose({ ...noSuffix, trace }).path.find((hop) => hop.generator === 'cloudflare')?.place).toBe('AMS');
    expect(diagnose({ ...noSuffix, trace: { ...trace, colo: '<b>x</b>' } }).path.find((hop) => hop.generator === 'cloudflare')?.place).toBeUndefined();
  });
});

describe('a missing trace, read against the path', () => {
  it('says the trace could not be read when Cloudflare is on the path, and says nothing when it is not', () => {
    const behind = diagnose({ ...CLOUDFLARE_502, trace: null });
    expect(behind.evidence.filter((item) => item.source === 'trace').map((item) => item.says)).toEqual([expect.stringContaining('although Cloudflare is in the path')]);
    const direct = diagnose({ url: 'https://shop.example/', status: 502, responseHeaders: headerList([['Server', 'nginx/1.24.0']]), body: NGINX_502, trace: null });
    expect(direct.evidence.filter((item) => item.source === 'trace')).toEqual([]);
  });
});

describe('a body nobody captured', () => {
  const EMPTY_502 = { url: 'https://shop.example/api/cart', status: 502, responseHeaders: headerList([['Server', 'nginx/1.24.0']]), body: '' };

  it('is not read as an empty answer (nginx\'s empty 502 is its answer to a HEAD request)', () => {
    const seen = diagnose(EMPTY_502);
    const unseen = diagnose({ ...EMPTY_502, bodySeen: false });
    expect(seen.evidence.some((item) => /HEAD request/.test(item.says))).toBe(true);
    expect(unseen.evidence.some((item) => /HEAD request/.test(item.says))).toBe(false);
    // Still nginx's answer, now read from its Server header by the layer model, at lower confidence.
    expect([unseen.generator, unseen.answeredBy ?? unseen.generator]).toEqual(['nginx', 'nginx']);
    expect(unseen.confidence).toBeLessThan(seen.confidence);
  });
});

describe('values in the case they were sent', () => {
  it('quotes a header value and a vendor code as sent', () => {
    const azure = diagnose({
      url: 'https://shop.example/', status: 503,
      responseHeaders: headerList([['X-Azure-Ref', '0wKzeYgAAAADmF2bGtXk5Q0xBTlIwMUVEQkUyMTA4'], ['X-Cache', 'CONFIG_NOCACHE']]),
    });
    expect(JSON.stringify(azure.evidence)).not.toContain('0wkzeygaaaad');
    // Squid's own page (test/fixtures/pages/squid/504-read-timeout.json) writes its code in capitals.
    const page = JSON.parse(readFileSync(join(PAGES_DIR, 'squid', '504-read-timeout.json'), 'utf8')) as { request: { url: string }; response: { status: number; headers: [string, string][]; body: string } };
    const squid = diagnose({ url: page.request.url, status: page.response.status, responseHeaders: headerList(page.response.headers), body: page.response.body });
    expect(squid.code).toBe('ERR_READ_TIMEOUT');
    expect(squid.generator).toBe('squid');
  });
});

describe('a vendor code a header carries', () => {
  it('reads Vercel\'s code from x-vercel-error when a HEAD answer has no body, as sent', () => {
    const d = diagnose({
      url: 'https://app.example/api/report', method: 'HEAD', status: 504,
      responseHeaders: headerList([['Server', 'Vercel'], ['X-Vercel-Error', 'FUNCTION_INVOCATION_TIMEOUT'], ['X-Vercel-Id', 'fra1::abcde-1700000000000-0123456789ab']]),
      body: '',
    });
    expect([d.generator, d.code]).toEqual(['vercel', 'FUNCTION_INVOCATION_TIMEOUT']);
  });

  it('takes no code from a header value that is more than one short token', () => {
    const d = diagnose({
      url: 'https://app.example/', method: 'HEAD', status: 504,
      responseHeaders: headerList([['Server', 'Vercel'], ['X-Vercel-Error', 'FUNCTION_INVOCATION_TIMEOUT; rm -rf /'], ['X-Vercel-Id', 'fra1::abcde-1700000000000-0123456789ab']]),
      body: '',
    });
    expect(d.code).toBeUndefined();
  });
});
