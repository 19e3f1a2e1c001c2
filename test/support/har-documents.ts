// Small HAR documents for tests: one failed entry (nginx's 502 page) whose parts a test overrides.
import { NGINX_502 } from './pages';

/** A HAR 1.2 entry: nginx's 502 for https://shop.example.com/; `over` replaces top-level fields, `response` response fields. */
export const harEntry = (over: Record<string, unknown> = {}, response: Record<string, unknown> = {}) => ({
  startedDateTime: '2026-11-21T09:00:00.000Z', time: 30,
  request: { method: 'GET', url: 'https://shop.example.com/', httpVersion: 'HTTP/1.1', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
  response: {
    status: 502, statusText: 'Bad Gateway', httpVersion: 'HTTP/1.1', cookies: [], redirectURL: '', headersSize: -1, bodySize: -1,
    headers: [{ name: 'Server', value: 'nginx/1.24.0' }, { name: 'Content-Type', value: 'text/html' }],
    content: { size: NGINX_502.length, mimeType: 'text/html', text: NGINX_502 },
    ...response,
  },
  cache: {}, timings: { send: 0, wait: 30, receive: 0 },
  ...over,
});

/** A HAR document holding `entries`, of HAR `version`. */
export const harDocument = (entries: unknown[], version: unknown = '1.2') => ({ log: { version, creator: { name: 'test', version: '1' }, entries } });
