// What each vendor's cache header says about an answer (src/engine/cache-status.ts), and the line it
// adds to a diagnosis.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine';
import { describeCache, readCacheStatus } from '../../src/engine/cache-status';
import { messagesFor } from '../../src/engine/i18n/messages';
import { headerList, pageEvidence } from '../support/pages';

const read = (...pairs: [string, string][]) => readCacheStatus(headerList(pairs));

describe('readCacheStatus', () => {
  it.each([
    ['HIT', 'hit'], ['MISS', 'miss'], ['EXPIRED', 'miss'], ['STALE', 'stale'], ['UPDATING', 'stale'], ['REVALIDATED', 'hit'],
    ['BYPASS', 'bypass'], ['DYNAMIC', 'dynamic'], ['NONE', 'unknown'], ['UNKNOWN', 'unknown'], ['NONE/UNKNOWN', 'unknown'], ['hit', 'hit'],
  ] as const)('reads CF-Cache-Status %s as %s', (value, status) => {
    expect(read(['CF-Cache-Status', value])).toEqual({ header: 'cf-cache-status', status, raw: value });
  });

  it.each([
    ['Hit from cloudfront', 'hit'], ['RefreshHit from cloudfront', 'hit'], ['Miss from cloudfront', 'miss'],
    ['Error from cloudfront', 'error'], ['LimitExceeded from cloudfront', 'error'], ['FunctionGeneratedResponse from cloudfront', 'dynamic'],
    ['HIT, MISS', 'hit'], ['MISS, HIT', 'hit'], ['MISS, MISS', 'miss'], ['HIT from proxy1', 'hit'], ['MISS from 67211fbb6cd8', 'miss'],
    ['TCP_NEGATIVE_HIT from a23-1-2-3.deploy.akamaitechnologies.com', 'hit'], ['TCP_REFRESH_FAIL_HIT from a23', 'stale'],
    ['TCP_DENIED from a104-71-131-14.deploy.akamaitechnologies.com (AkamaiGHost/10.4.6-37171458) (-)', 'error'],
    ['TCP_REMOTE_HIT', 'hit'], ['CONFIG_NOCACHE', 'bypass'], ['PRIVATE_NOSTORE', 'bypass'], ['MISS TCP_MISS dirn:-2:-2', 'miss'],
    ['something else', 'unknown'],
  ] as const)('reads X-Cache "%s" as %s', (value, status) => {
    expect(read(['X-Cache', value])?.status).toBe(status);
  });

  it('reads nginx X-Cache-Status, Akamai-Cache-Status and bunny.net CDN-Cache', () => {
    expect(read(['X-Cache-Status', 'STALE'])?.status).toBe('stale');
    expect(read(['X-Cache-Status', 'BYPASS'])?.status).toBe('bypass');
    expect(read(['Akamai-Cache-Status', 'Miss from child, Hit from parent'])?.status).toBe('hit');
    expect(read(['Akamai-Cache-Status', 'HitStale from child'])?.status).toBe('stale');
    expect(read(['Akamai-Cache-Status', 'NotCacheable from child'])?.status).toBe('bypass');
    expect(read(['CDN-Cache', 'MISS'])).toEqual({ header: 'cdn-cache', status: 'miss', raw: 'MISS' });
  });

  it('reads RFC 9211 Cache-Status: a hit, a stale hit (negative ttl), a forward and a bypass', () => {
    expect(read(['Cache-Status', 'ExampleCache; hit'])?.status).toBe('hit');
    expect(read(['Cache-Status', 'Netlify Edge; hit; ttl=-30'])?.status).toBe('stale');
    expect(read(['Cache-Status', 'Origin; fwd=uri-miss, Edge; fwd=stale'])?.status).toBe('miss');
    expect(read(['Cache-Status', 'Edge; fwd=bypass'])?.status).toBe('bypass');
    expect(read(['Cache-Status', 'Inner; hit, Outer; fwd=uri-miss'])?.status).toBe('hit');
  });

  it('keeps the Age with the status, and reads a bare Age above 0 as a stored copy (RFC 9111 §5.1)', () => {
    expect(read(['CF-Cache-Status', 'HIT'], ['Age', '37'])).toEqual({ header: 'cf-cache-status', status: 'hit', age: 37, raw: 'HIT' });
    expect(read(['Age', '12'])).toEqual({ header: 'age', status: 'hit', age: 12, raw: '12' });
    expect(read(['Age', '0'])).toBeUndefined();
    expect(read(['Age', 'soon'])).toBeUndefined();
    expect(read(['Age', '99999999999'])).toBeUndefined();
    expect(read(['Content-Type', 'text/html'])).toBeUndefined();
  });

  it('prefers a cache that served a copy over one that did not (a CDN in front of another)', () => {
    expect(read(['CF-Cache-Status', 'DYNAMIC'], ['X-Cache', 'Hit from cloudfront'])).toMatchObject({ header: 'x-cache', status: 'hit' });
    expect(read(['CF-Cache-Status', 'NONE'], ['X-Cache', 'Miss from cloudfront'])).toMatchObject({ header: 'x-cache', status: 'miss' });
    expect(read(['CF-Cache-Status', 'MISS'], ['X-Cache', 'MISS'])).toMatchObject({ header: 'cf-cache-status', status: 'miss' });
  });

  it('bounds a huge value and reads only the first entries of a long list', () => {
    const long = `${'MISS, '.repeat(5000)}HIT`;
    const status = read(['X-Cache', long]);
    expect(status?.raw).toHaveLength(200);
    expect(status?.status).toBe('miss');
  });
});

describe('the cache line of a diagnosis', () => {
  it('says in English and Chinese what the header said, and how long the copy was stored', () => {
    const cache = { header: 'cf-cache-status', status: 'hit', age: 37, raw: 'HIT' } as const;
    expect(describeCache(cache, messagesFor('en'))).toEqual({
      source: 'header cf-cache-status',
      says: 'The cf-cache-status header says "HIT": this answer is a copy a cache had stored, not a fresh answer from the server behind it. It had been stored for 37 s.',
    });
    expect(describeCache(cache, messagesFor('zh-CN')).says).toBe('响应头 cf-cache-status 为“HIT”：这是缓存中保存的副本，而不是后方服务器新给出的回答。它已被保存了 37 秒。');
    expect(describeCache({ header: 'age', status: 'hit', age: 12, raw: '12' }, messagesFor('en')).says).toBe('The Age header says the answer had been stored in a cache for 12 s.');
  });

  it('is added to a failed page\'s evidence, not to a success', () => {
    const headers: [string, string][] = [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA'], ['CF-Cache-Status', 'MISS']];
    const failed = diagnose(pageEvidence(502, headers, '<hr><center>nginx</center>'));
    expect(failed.evidence.find((item) => item.source === 'header cf-cache-status')?.says).toContain('the cache had no copy');
    const fine = diagnose(pageEvidence(200, headers, '<p>hello</p>'));
    expect(fine.evidence.some((item) => item.source === 'header cf-cache-status')).toBe(false);
  });
});
