// Writes a large HAR as a browser exports it: many healthy entries with HTML, JSON and base64 image
// bodies, cookies and auth headers, and a failed entry every so often. Streamed to disk in pieces, so
// building a 50 MB file costs the test little memory.
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { NGINX_502 } from './pages';


function entry(i: number): object {
  const failed = i % 97 === 0;
  const kind = i % 5;
  const html = `<!doctype html><html><head><title>Page ${i}</title></head><body>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. </p>'.repeat(120)}</body></html>`;
  const image = Buffer.alloc(6_000, i & 255).toString('base64');
  const content = failed
    ? { size: NGINX_502.length, mimeType: 'text/html', text: NGINX_502 }
    : kind === 0
      ? { size: 6_000, mimeType: 'image/png', text: image, encoding: 'base64' }
      : kind === 1
        ? { size: 900, mimeType: 'application/json', text: JSON.stringify({ items: Array.from({ length: 20 }, (_, n) => ({ id: n, name: `item ${n}` })), token: `t${i}` }) }
        : { size: html.length, mimeType: 'text/html', text: html };
  return {
    startedDateTime: new Date(Date.UTC(2026, 10, 21, 9, 0, 0, i)).toISOString(),
    time: 40 + (i % 13),
    request: {
      method: 'GET', url: `https://shop.example.com/p/${i}?session=abc${i}`, httpVersion: 'HTTP/2',
      cookies: [{ name: 'session', value: `s${i % 50}` }],
      headers: [{ name: 'Cookie', value: `session=s${i % 50}; theme=dark` }, { name: 'Authorization', value: 'Bearer abcdefgh12345678' }, { name: 'Accept', value: '*/*' }],
      queryString: [{ name: 'session', value: `abc${i}` }], headersSize: -1, bodySize: 0,
    },
    response: {
      status: failed ? 502 : 200, statusText: failed ? 'Bad Gateway' : 'OK', httpVersion: 'HTTP/2', cookies: [],
      headers: [{ name: 'Server', value: 'nginx/1.24.0' }, { name: 'Content-Type', value: content.mimeType }, { name: 'Set-Cookie', value: `id=${i}; Path=/` }],
      content, redirectURL: '', headersSize: -1, bodySize: content.size,
    },
    cache: {}, timings: { blocked: 1, dns: -1, connect: -1, ssl: -1, send: 0, wait: 30, receive: 5 },
    serverIPAddress: '203.0.113.7',
  };
}

/** Writes a HAR of about `targetBytes` (or of `maxEntries` entries) to `path`; returns its entry count and size. */
export function writeBigHar(path: string, targetBytes: number, maxEntries = Infinity): { entries: number; bytes: number } {
  const fd = openSync(path, 'w');
  let written = 0;
  const write = (s: string) => {
    written += writeSync(fd, s);
  };
  write('{"log":{"version":"1.2","creator":{"name":"Faultline big-har","version":"1"},"pages":[],"entries":[');
  let i = 0;
  for (; written < targetBytes && i < maxEntries; i++) write(`${i === 0 ? '' : ','}${JSON.stringify(entry(i))}`);
  write(']}}');
  closeSync(fd);
  return { entries: i, bytes: statSync(path).size };
}
