// Real tools' HAR habits (seen in Playwright, Charles, Firefox, Fiddler, WebPageTest and mitmproxy
// exports): an odd optional field must not drop an entry, and a request that got no response is a
// failure whether or not the tool wrote down why. Entries here are written from those habits.
import { describe, expect, it } from 'vitest';
import { diagnoseHar } from '../../../src/engine';
import { NGINX_502 } from '../../support/pages';

const ok = (url: string, over: Record<string, unknown> = {}, response: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-12-03T10:00:00.000Z', time: 12,
  request: { method: 'GET', url, httpVersion: 'HTTP/1.1', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
  response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [{ name: 'content-type', value: 'text/html' }], cookies: [], content: { size: 2, mimeType: 'text/html', text: 'ok' }, redirectURL: '', headersSize: -1, bodySize: 2, ...response },
  cache: {}, timings: { send: 0, wait: 10, receive: 2 },
  ...over,
});
const noResponse = { status: -1, statusText: '', headers: [], content: { size: -1, mimeType: 'x-unknown' } };

const har = { log: { version: '1.2', creator: { name: 'habits', version: '1' }, entries: [
  ok('https://a.example/', { time: null }), // 0: WebPageTest, Fiddler
  ok('https://a.example/m', { request: { method: null, url: 'https://a.example/m', headers: [] } }), // 1
  ok('https://a.example/c', {}, { content: [] }), // 2: mitmproxy
  ok('http://127.0.0.1:40381/refused', {}, { ...noResponse, _failureText: 'net::ERR_CONNECTION_REFUSED' }), // 3: Playwright
  ok('https://github.com:443', {}, noResponse), // 4: Charles, no reason written
  ok('https://expired.example/style.css', {}, { ...noResponse, status: 0 }), // 5: Firefox, no reason written
  ok('https://a.example/gone', {}, { ...noResponse, status: 0, _error: 'net::ERR_ABORTED' }), // 6: cancelled by the browser
  ok('blob:https://a.example/1', {}, { ...noResponse, status: 0 }), // 7: not a request on the path
  ok('https://a.example/api', {}, { status: 502, statusText: 'Bad Gateway', headers: [{ name: 'server', value: 'nginx' }], content: { size: NGINX_502.length, mimeType: 'text/html', text: NGINX_502 } }), // 8
  ok('https://a.example/app.js', {}, { _error: 'net::ERR_QUIC_PROTOCOL_ERROR' }), // 9: Chrome, a 200 whose body broke off
  ok('https://a.example/img.png', {}, { _error: 'net::ERR_ABORTED' }), // 10: a 200 the page stopped loading
] } };

describe('HAR producers\' habits', () => {
  const result = diagnoseHar(har);

  it('reads every entry: time null, method null and content [] drop none', () => {
    expect(result.skipped).toEqual([]);
    expect(result.entryCount).toBe(11);
  });

  it('reports each request that got no response, with its error when the tool wrote one, and the 502', () => {
    expect(result.diagnoses.map((d) => [d.entry, d.status, d.generator])).toEqual([
      [3, 0, 'none'],
      [4, 0, 'none'],
      [5, 0, 'none'],
      [8, 502, 'nginx'],
      [9, 200, 'none'],
    ]);
    expect(result.diagnoses.slice(0, 3).map((d) => d.failure)).toEqual(['refused', 'unknown', 'unknown']);
  });

  it('reports an answer that broke off mid-transfer as a request without an answer', () => {
    const broken = result.diagnoses.find((d) => d.entry === 9)!;
    expect([broken.blame, broken.failure]).toEqual(['unknown', 'unknown']);
    expect(broken.headline).toBe('The request failed without an answer.');
    expect(broken.evidence[0]).toEqual({ source: 'network', says: 'The request failed with net::ERR_QUIC_PROTOCOL_ERROR.' });
  });

  it('gives an unexplained "no response" a low confidence, and blames nobody it cannot tell', () => {
    const silent = result.diagnoses.filter((d) => d.entry === 4 || d.entry === 5);
    expect(silent.map((d) => d.blame)).toEqual(['unknown', 'unknown']);
    expect(Math.max(...silent.map((d) => d.confidence))).toBeLessThan(0.5);
  });
});
