// The waits hops report in their headers: each vendor's format, and values no server should send.
import { describe, expect, it } from 'vitest';
import { SERVER_TIMING_HEADERS, serverWait } from '../../src/engine/server-timing';

const one = (name: string, value: string) => serverWait([{ name, value }]);

describe('serverWait', () => {
  it('reads Fastly X-Timer VE as the milliseconds Fastly spent', () => {
    expect(one('X-Timer', 'S1469176112.449735,VS0,VE15002')).toEqual({ ms: 15_002, header: 'x-timer' });
    expect(one('x-timer', 'S1700000000.123456,VS0,VE0')).toEqual({ ms: 0, header: 'x-timer' });
  });

  it('reads Kong X-Kong-Upstream-Latency and leaves X-Kong-Proxy-Latency out', () => {
    expect(serverWait([
      { name: 'X-Kong-Upstream-Latency', value: '60001' },
      { name: 'X-Kong-Proxy-Latency', value: '900000' },
    ])).toEqual({ ms: 60_001, header: 'x-kong-upstream-latency' });
    expect(one('X-Kong-Proxy-Latency', '12')).toBeUndefined();
  });

  it('reads Envoy / Istio x-envoy-upstream-service-time', () => {
    expect(one('x-envoy-upstream-service-time', '15003')).toEqual({ ms: 15_003, header: 'x-envoy-upstream-service-time' });
  });

  it('takes the largest node time from an Alibaba CDN Via chain', () => {
    const via = 'cache12.l2cm9[60001,504-1280,M], cache16.l2cm9[60002,0], cache6.cn201[60108,504-1280,M], cache2.cn201[60109,0]';
    expect(one('Via', via)).toEqual({ ms: 60_109, header: 'via' });
    // The two-figure form of Alibaba's kunlun nodes: the first figure is the node's time.
    expect(one('via', 'cache45.l2cn1832[38,304-0,M], cache39.l2cn1832[39,0], kunlun15.cn3157[55,55,200-0,H], kunlun19.cn3157[57,0]'))
      .toEqual({ ms: 57, header: 'via' });
  });

  it('finds nothing in Via values of other proxies', () => {
    expect(one('Via', '1.1 varnish')).toBeUndefined();
    expect(one('Via', '1.1 google')).toBeUndefined();
    expect(one('Via', '1.1 kong/3.8.0')).toBeUndefined();
    expect(one('Via', 'HTTP/1.1 proxy[123]')).toBeUndefined();
  });

  it('reads only Server-Timing metrics that mean the wait for the origin', () => {
    expect(one('Server-Timing', 'cdn-cache; desc=MISS, edge; dur=12, origin; dur=60001')).toEqual({ ms: 60_001, header: 'server-timing' });
    expect(one('server-timing', 'cfCacheStatus;desc="MISS", cfEdge;dur=3, cfOrigin;dur=100012.4')).toEqual({ ms: 100_012, header: 'server-timing' });
    expect(one('server-timing', 'cdn-upstream-layer;desc="EDGE",cdn-upstream-dns;dur=0,cdn-upstream-connect;dur=9,cdn-upstream-fbl;dur=30001'))
      .toEqual({ ms: 30_001, header: 'server-timing' });
    expect(one('Server-Timing', 'db;dur=53, app;dur=47.2, total;dur=120000')).toBeUndefined();
    expect(one('Server-Timing', 'origin;desc="no duration"')).toBeUndefined();
  });

  it('returns the longest wait among several headers, with its header', () => {
    expect(serverWait([
      { name: 'X-Timer', value: 'S1469176112.449735,VS0,VE60040' },
      { name: 'x-envoy-upstream-service-time', value: '60002' },
      { name: 'Content-Type', value: 'text/html' },
    ])).toEqual({ ms: 60_040, header: 'x-timer' });
  });

  it('is undefined when no hop reports a wait', () => {
    expect(serverWait([])).toBeUndefined();
    expect(serverWait([{ name: 'Server', value: 'nginx' }, { name: 'Date', value: 'Tue, 14 May 2024 09:12:44 GMT' }])).toBeUndefined();
  });

  it.each([
    ['non-numeric', 'abc'],
    ['negative', '-5'],
    ['signed', '+5'],
    ['exponent', '1e6'],
    ['hexadecimal', '0x10'],
    ['empty', ''],
    ['infinite', 'Infinity'],
    ['more than a day', String(24 * 60 * 60 * 1000 + 1)],
    ['too many digits', '12345678901'],
    ['two figures', '10 20'],
  ])('rejects a %s value', (_kind, value) => {
    expect(one('x-kong-upstream-latency', value)).toBeUndefined();
    expect(one('x-envoy-upstream-service-time', value)).toBeUndefined();
    expect(one('x-timer', `S1469176112.449735,VS0,VE${value}`)).toBeUndefined();
    expect(one('server-timing', `origin;dur=${value}`)).toBeUndefined();
    expect(one('via', `cache2.cn201[${value},0]`)).toBeUndefined();
  });

  it('accepts a wait of exactly one day', () => {
    expect(one('x-kong-upstream-latency', String(24 * 60 * 60 * 1000))?.ms).toBe(86_400_000);
  });

  it('reads only the first values of a repeated header', () => {
    const noise = Array.from({ length: 8 }, () => ({ name: 'x-envoy-upstream-service-time', value: '5' }));
    expect(serverWait([...noise, { name: 'x-envoy-upstream-service-time', value: '60000' }])).toEqual({ ms: 5, header: 'x-envoy-upstream-service-time' });
  });

  it('stays fast and bounded on hostile values', () => {
    const hostile = [
      { name: 'Via', value: `${'a'.repeat(7_000)}1.${'b'.repeat(1_000)}[` },
      { name: 'Via', value: 'cache1.x['.repeat(900) },
      { name: 'Server-Timing', value: `origin;${'dur=;'.repeat(2_000)}` },
      { name: 'X-Timer', value: 'VE,'.repeat(2_700) },
      { name: 'x-kong-upstream-latency', value: '9'.repeat(8_000) },
    ];
    const started = performance.now();
    expect(serverWait(hostile)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('does not look past the first items of a long value', () => {
    const filler = Array.from({ length: 20 }, () => 'edge;dur=1').join(', ');
    expect(one('server-timing', `${filler}, origin;dur=60000`)).toBeUndefined();
  });

  it('lists the headers it reads, in lower case', () => {
    expect([...SERVER_TIMING_HEADERS].sort()).toEqual(['server-timing', 'via', 'x-envoy-upstream-service-time', 'x-kong-upstream-latency', 'x-timer']);
  });
});
