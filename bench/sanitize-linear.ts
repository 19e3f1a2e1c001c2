// Sanitize cost by content: 4 MB bodies built to make secret patterns try and fail at every
// position (JWT-like runs, URLs, credentials named in text, tags, PEM headers, digits, e-mail
// shapes) against 4 MB of real error pages (every fixture's body, repeated) and of plain prose, in
// the same process. Linear rules make no hostile body cost much more than real pages do.
import { sanitizeHar } from '../src/engine';
import { loadPageFixtures } from '../test/support/page-fixtures';
import { median } from './measure';

const SIZE = 4_000_000;
const HOSTILE_UNITS: Record<string, string> = {
  'JWT-like runs': 'eyJ-eyJ.', 'JWTs': 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc ', 'URLs with tokens': 'https://a/?token=',
  'named credentials': 'password: x ', 'CSRF tags': '<meta name="csrf-token" ', 'PEM headers': '-----BEGIN RSA PRIVATE KEY-----',
  'digits': '4111 1111 ', 'e-mail shapes': 'aaaaaaaaaaaaaaaaaaaa@', 'client IP phrases': 'Your IP 1.2.3.4 ', 'header lines': 'X-Auth-Key: v\n',
};

function harWithBody(text: string) {
  const message = { method: 'GET', url: 'https://a.example/', httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [], headersSize: -1, bodySize: -1 };
  return { log: { version: '1.2', creator: { name: 'bench', version: '1' }, entries: [{
    startedDateTime: '2026-11-21T09:00:00.000Z', time: 1, request: message, cache: {}, timings: { send: 0, wait: 0, receive: 0 },
    response: { status: 200, statusText: 'OK', httpVersion: 'HTTP/1.1', headers: [], cookies: [], content: { size: text.length, mimeType: 'text/plain', text }, redirectURL: '', headersSize: -1, bodySize: -1 },
  }] } };
}

const timeOf = (text: string, runs: number) => {
  const har = harWithBody(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sanitizeHar(har, 'bench');
    times.push(performance.now() - t0);
  }
  return median(times);
};

export interface SanitizeLinearBench { bytes: number; plainMs: number; pagesMs: number; worst: { name: string; ms: number } }

export function benchSanitizeLinear(runs = 3): SanitizeLinearBench {
  const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
  const plainMs = timeOf(fill('lorem ipsum dolor sit amet, consectetur adipiscing elit. '), runs);
  const pagesMs = timeOf(fill(loadPageFixtures().map((f) => f.evidence.body ?? '').join('\n')), runs);
  let worst = { name: '', ms: 0 };
  for (const [name, unit] of Object.entries(HOSTILE_UNITS)) {
    const ms = timeOf(fill(unit), runs);
    if (ms > worst.ms) worst = { name, ms };
  }
  return { bytes: SIZE, plainMs, pagesMs, worst };
}
