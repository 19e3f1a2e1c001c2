import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHar, diagnose, harFileName, readHar, sanitizeHar } from '../../../src/engine';
import { loadPageFixtures } from '../../support/page-fixtures';
import { harErrors } from '../../support/har-validator';

const now = new Date('2026-11-21T09:30:05.123Z');
const fixtures = loadPageFixtures();

describe('buildHar', () => {
  const entries = fixtures.map((f) => ({ ...f.evidence, startedAt: '2026-11-21T09:00:00.000Z' }));
  const har = buildHar({ entries, diagnoses: entries.slice(0, 3).map((e, entry) => ({ entry, ...diagnose(e) })), now, browser: { name: 'Chromium', version: '156' } });

  it('is valid HAR 1.2 for every fixture, before and after sanitizing', () => {
    expect(harErrors(har)).toEqual([]);
    expect(harErrors(sanitizeHar(har, 'k').har)).toEqual([]);
  });

  it('keeps timings honest: -1 where unknown, the measured value where known', () => {
    const [entry] = buildHar({ entries: [{ url: 'https://a.example/', status: 502, timings: { wait: 60_000, receive: 2, blocked: -1, dns: -1, connect: -1, ssl: -1, send: -1 }, elapsedMs: 60_002 }], now }).log.entries;
    expect(entry!.timings).toEqual({ blocked: -1, dns: -1, connect: -1, ssl: -1, send: -1, wait: 60_000, receive: 2 });
    expect(entry!.time).toBe(60_002);
    const [unknown] = buildHar({ entries: [{ url: 'https://a.example/', status: 502 }], now }).log.entries;
    expect(unknown!.time).toBe(-1);
    expect(unknown!.startedDateTime).toBe(now.toISOString());
  });

  it('keeps repeated headers, cookies and query parameters, and the diagnosis under _faultline', () => {
    const [entry] = buildHar({
      entries: [{
        url: 'https://a.example/x?a=1&b=2', status: 503,
        requestHeaders: [{ name: 'Cookie', value: 'a=1; b=2' }],
        responseHeaders: [{ name: 'Set-Cookie', value: 'x=1; Path=/' }, { name: 'Set-Cookie', value: 'y=2' }, { name: 'Location', value: '/next' }],
        netError: 'net::ERR_HTTP2_PROTOCOL_ERROR',
      }], now,
    }).log.entries;
    expect(entry!.request.cookies).toEqual([{ name: 'a', value: '1' }, { name: 'b', value: '2' }]);
    expect(entry!.response.cookies).toEqual([{ name: 'x', value: '1' }, { name: 'y', value: '2' }]);
    expect(entry!.request.queryString).toEqual([{ name: 'a', value: '1' }, { name: 'b', value: '2' }]);
    expect(entry!.response.redirectURL).toBe('/next');
    expect(entry!.response._error).toBe('net::ERR_HTTP2_PROTOCOL_ERROR');
    expect(har.log._faultline?.diagnoses).toHaveLength(3);
  });

  it('reads back into the same evidence', () => {
    const back = readHar(JSON.parse(JSON.stringify(har)));
    expect(back.skipped).toEqual([]);
    back.entries.forEach(({ evidence }, i) => {
      expect(evidence.status).toBe(entries[i]!.status);
      expect(evidence.body).toBe(entries[i]!.body);
      expect(evidence.responseHeaders).toEqual(entries[i]!.responseHeaders);
    });
  });

  it('validates the bundled sample and secrets HARs too', () => {
    for (const name of ['sample-gateway-errors.har', 'secrets.har']) {
      const document = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'har', name), 'utf8'));
      expect(harErrors(document), name).toEqual([]);
    }
  });
});

describe('harFileName', () => {
  it('is <host>_<yyyymmddThhmmssZ>.har', () => {
    expect(harFileName('https://shop.example.com:8443/a?b', now)).toBe('shop.example.com_20261121T093005Z.har');
    expect(harFileName('not a url', now, 'zip')).toBe('page_20261121T093005Z.zip');
  });

  it('bounds a very long host at a label boundary, keeping its end and the stamp', () => {
    const labels = [['a', 58], ['b', 58], ['c', 58], ['d', 56]].map(([c, n]) => (c as string).repeat(n as number));
    const host = `${labels.join('.')}.shop.example.com`;
    expect(host).toHaveLength(250);
    for (const extension of ['har', 'zip']) {
      const name = harFileName(`https://${host}/checkout`, now, extension);
      expect(name).toBe(`${labels[3]}.shop.example.com_20261121T093005Z.${extension}`);
      expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(120);
    }
    // One label longer than the room left: its end is kept, never an empty name.
    const oneLabel = harFileName(`https://${'x'.repeat(200)}/`, now);
    expect(oneLabel).toBe(`${'x'.repeat(99)}_20261121T093005Z.har`);
    expect(harFileName(`https://${'-'.repeat(150)}.com/`, now)).toBe('com_20261121T093005Z.har');
  });
});
