// The error gallery: a local server (127.0.0.1 only) that replays every fixture's status, headers
// and body, plus a healthy page, a page whose API call fails, a slow route that times out, a route
// that resets the connection, a page that sets cookies and sends an Authorization header, and
// /flaky/<key>: a proxy whose one unhealthy backend fails 3 of every 5 requests (flaky-backends.ts).
// A fixture can also be replayed at its own pace: the answer waits the fixture's time to error
// (elapsedMs), up to a cap, so a timeout page arrives as late as it did in real life and the
// extension measures that for itself.
// Vendors get their own host name (nginx.faultline.test…), mapped to 127.0.0.1 by the browser's
// host-resolver rules. Each page behind Cloudflare has a host of its own that answers
// /cdn-cgi/trace as Cloudflare would for it; other hosts answer that path with a 404.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { behindCloudflare, traceText } from './cloudflare-trace';
import { loadGalleryPages, type GalleryPage } from './fixtures';
import { createFlakyBackends } from './flaky-backends';

export const GALLERY_DOMAIN = 'faultline.test';
/** Chromium flag value: gallery hosts go to loopback, everything else fails at once. */
export const HOST_RESOLVER_RULES = `MAP *.${GALLERY_DOMAIN} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`;

/** Headers a replay must not copy: the server computes its own framing. */
const HOP_BY_HOP = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'content-encoding', 'alt-svc', 'strict-transport-security']);

export const TEST_SECRETS = {
  cookie: 'GALLERYSESSION7a1f93c2',
  bearer: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnYWxsZXJ5LXVzZXIifQ.c2lnbmF0dXJlLW9mLXRoZS1nYWxsZXJ5LXRva2Vu',
  apiKey: 'GALLERYAPIKEY55aa77',
};

const NGINX_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n';
const NGINX_504 = NGINX_502.replaceAll('502 Bad Gateway', '504 Gateway Time-out');

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{font:15px system-ui;margin:2em;max-width:60em}li{margin:2px 0}</style></head><body>${body}</body></html>`;

export const pagePath = (p: Pick<GalleryPage, 'folder' | 'name'>) => `/f/${p.folder}/${p.name}`;

/** A fixture's name as one DNS label: lower case, with a hyphen for anything but a-z, 0-9 and "-". */
const hostLabel = (name: string) => name.toLowerCase().replace(/[^a-z0-9-]/g, '-');

/**
 * The host a fixture is served on. A trace answers for a whole host and names one colo, so a page
 * behind Cloudflare gets a host of its own (<name>.<vendor>.faultline.test); the others share
 * their vendor's host, which has no trace.
 */
export const pageHost = (p: Pick<GalleryPage, 'folder' | 'name' | 'headers'>) =>
  behindCloudflare(p) ? `${hostLabel(p.name)}.${p.folder}.${GALLERY_DOMAIN}` : `${p.folder}.${GALLERY_DOMAIN}`;

export interface GalleryOptions {
  /** The port to listen on; 0 (the default) takes a free one. */
  port?: number;
  /**
   * The longest wait, in ms, before a fixture's answer: each waits min(elapsedMs, delayCapMs).
   * By default GALLERY_DELAY_CAP_MS, else 0: every answer at once, as the tests want it.
   */
  delayCapMs?: number;
  /** The fixtures to serve; by default every one under test/fixtures/pages with a response. */
  pages?: GalleryPage[];
}

/** GALLERY_DELAY_CAP_MS from the environment, when it is set. */
export function delayCapFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.GALLERY_DELAY_CAP_MS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const ms = Number(raw);
  if (!Number.isSafeInteger(ms) || ms < 0) throw new Error(`GALLERY_DELAY_CAP_MS must be a whole number of milliseconds, not "${raw}"`);
  return ms;
}

/** How long the gallery holds a fixture's answer back under a cap. */
export const replayDelayMs = (p: Pick<GalleryPage, 'elapsedMs'>, capMs: number) => Math.max(0, Math.min(p.elapsedMs ?? 0, capMs));

/**
 * Resolves true after `ms`, or false as soon as the response is closed (the tab went away, or the
 * gallery is closing), so no timer outlives its connection.
 */
function waitWhileOpen(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const closed = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      res.off('close', closed);
      resolve(true);
    }, ms);
    res.once('close', closed);
  });
}

export interface Gallery {
  server: Server;
  port: number;
  pages: GalleryPage[];
  /** The cap on each fixture's replayed time to error (0: none is delayed). */
  delayCapMs: number;
  url(path: string, host?: string): string;
  /** A fixture's page, on its host name (see pageHost). */
  pageUrl(page: { folder: string; name: string }): string;
  close(): Promise<void>;
}

export async function startGallery(options: GalleryOptions = {}): Promise<Gallery> {
  const delayCapMs = options.delayCapMs ?? delayCapFromEnv() ?? 0;
  const pages = (options.pages ?? loadGalleryPages()).filter((p) => p.status >= 100 && !p.netError);
  const byPath = new Map(pages.map((p) => [pagePath(p), p]));
  const traceHosts = new Map<string, GalleryPage>();
  for (const p of pages.filter(behindCloudflare)) {
    const host = pageHost(p);
    const other = traceHosts.get(host);
    if (other) throw new Error(`${other.folder}/${other.name} and ${p.folder}/${p.name} would share the host ${host}`);
    traceHosts.set(host, p);
  }

  /** A served fixture's host; a name the gallery does not serve (a connection-level fixture) keeps its vendor's. */
  const hostOf = (p: { folder: string; name: string }) => {
    const served = byPath.get(pagePath(p));
    return served ? pageHost(served) : `${p.folder}.${GALLERY_DOMAIN}`;
  };

  const flaky = createFlakyBackends();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://gallery');
    const host = (req.headers.host ?? '').split(':')[0]?.toLowerCase() ?? '';
    if (url.pathname === '/cdn-cgi/trace') {
      const behind = traceHosts.get(host);
      if (behind) res.writeHead(200, { 'content-type': 'text/plain' }).end(traceText(behind, { host, userAgent: req.headers['user-agent'] ?? '', now: Date.now() }));
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
      return;
    }
    const fixture = byPath.get(url.pathname);
    if (fixture) {
      const delay = replayDelayMs(fixture, delayCapMs);
      if (delay > 0 && !(await waitWhileOpen(res, delay))) return;
      res.statusMessage = fixture.statusText || res.statusMessage;
      for (const [name, value] of fixture.headers) {
        if (HOP_BY_HOP.has(name.toLowerCase())) continue;
        const existing = res.getHeader(name);
        res.setHeader(name, existing === undefined ? value : [...(Array.isArray(existing) ? existing : [String(existing)]), value]);
      }
      res.setHeader('content-length', Buffer.byteLength(fixture.body));
      res.writeHead(fixture.status);
      res.end(req.method === 'HEAD' ? undefined : fixture.body);
      return;
    }
    if (url.pathname.startsWith('/flaky/') && req.method === 'GET') {
      const answer = flaky.answer(url.pathname.slice('/flaky/'.length));
      if (answer) {
        res.writeHead(answer.status, answer.statusText, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) }).end(answer.body);
        return;
      }
    }
    switch (url.pathname) {
      case '/':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Faultline error gallery', `<h1>Faultline error gallery</h1>
          <p>Every page replays a fixture's status, headers and body, ${delayCapMs > 0 ? `after the fixture's time to error (at most ${delayCapMs / 1000} s)` : 'at once'}. Special routes:
          <a href="/healthy">healthy page</a> · <a href="/app-with-failing-api">failing API call</a> ·
          <a href="/slow?ms=3000">slow 504</a> · <a href="/reset">connection reset</a> · <a href="/secrets">cookies and auth</a></p>
          <ul>${pages.map((p) => `<li><a href="http://${pageHost(p)}:${(req.socket.localPort ?? 0)}${pagePath(p)}">${p.folder} / ${p.name}</a> (${p.status}${replayDelayMs(p, delayCapMs) >= 1000 ? `, ${Math.round(replayDelayMs(p, delayCapMs) / 1000)} s` : ''})</li>`).join('')}</ul>`));
        return;
      case '/healthy':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', server: 'nginx/1.24.0' })
          .end(page('A healthy page', '<h1>All good</h1><p>This page and its requests load fine.</p><script>fetch("/api/ok").then((r) => r.json()).then((j) => { document.body.dataset.api = j.ok; });</script>'));
        return;
      case '/many': {
        // A page that makes N small requests (loopback), 32 at a time; its title says when it is done.
        const n = Math.min(Math.max(Number(url.searchParams.get('n') ?? 1000) || 1000, 1), 20_000);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(page('Many requests', `<h1>${n} requests</h1><script>
            (async () => { let next = 0; const worker = async () => { while (next < ${n}) await fetch("/api/tiny?i=" + next++).then((r) => r.text()); };
              await Promise.all(Array.from({ length: 32 }, worker)); document.title = "done"; })();</script>`));
        return;
      }
      case '/api/tiny':
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('ok');
        return;
      case '/api/ok':
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":"yes"}');
        return;
      case '/app-with-failing-api':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', server: 'nginx/1.24.0' })
          .end(page('Shop', '<h1>Shop</h1><p id="status">loading orders…</p><script>fetch("/api/orders").then((r) => { document.getElementById("status").textContent = "orders: " + r.status; });</script>'));
        return;
      case '/api/orders':
        res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html', server: 'nginx/1.24.0' }).end(NGINX_502);
        return;
      case '/slow': {
        const ms = Math.min(Number(url.searchParams.get('ms') ?? 3000) || 3000, 65_000);
        if (!(await waitWhileOpen(res, ms))) return;
        res.writeHead(504, 'Gateway Time-out', { 'content-type': 'text/html', server: 'nginx/1.24.0' }).end(NGINX_504);
        return;
      }
      case '/reset':
        req.socket.destroy();
        return;
      case '/redirect': {
        // A 302 to another path of the gallery (only a path: this is not an open redirect).
        const to = url.searchParams.get('to') ?? '/';
        res.writeHead(302, { location: to.startsWith('/') && !to.startsWith('//') ? to : '/' }).end();
        return;
      }
      case '/secrets':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': [`session=${TEST_SECRETS.cookie}; Path=/; HttpOnly`, 'theme=dark; Path=/'] })
          .end(page('Account', `<h1>Account</h1><p id="status">loading…</p><script>
            fetch("/api/account?api_key=${TEST_SECRETS.apiKey}", { headers: { Authorization: "Bearer ${TEST_SECRETS.bearer}" } })
              .then((r) => { document.getElementById("status").textContent = "account: " + r.status; });</script>`));
        return;
      case '/api/account':
        res.writeHead(502, 'Bad Gateway', { 'content-type': 'text/html', server: 'nginx/1.24.0', 'set-cookie': `refresh=${TEST_SECRETS.cookie}R; Path=/` }).end(NGINX_502);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };

  const server = createServer((req, res) => void handle(req, res).catch(() => res.destroy()));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    pages,
    delayCapMs,
    url: (path, host = `gallery.${GALLERY_DOMAIN}`) => `http://${host}:${actualPort}${path}`,
    pageUrl: (p) => `http://${hostOf(p)}:${actualPort}${pagePath(p)}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
