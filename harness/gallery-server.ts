// The error gallery: a local server (127.0.0.1 only) that replays every fixture's status, headers
// and body, plus a healthy page, a page whose API call fails, a slow route that times out, a route
// that resets the connection, and a page that sets cookies and sends an Authorization header.
// Vendors get their own host name (cloudflare.faultline.test…), mapped to 127.0.0.1 by the
// browser's host-resolver rules, so only Cloudflare's origin answers /cdn-cgi/trace.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGalleryPages, type GalleryPage } from './fixtures';

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

const TRACE = (host: string) => ['fl=29f1', `h=${host}`, 'ip=198.51.100.23', `ts=${(Date.now() / 1000).toFixed(3)}`, 'visit_scheme=http',
  'uag=Mozilla/5.0', 'colo=FRA', 'sliver=none', 'http=http/1.1', 'loc=DE', 'tls=off', 'sni=off', 'warp=off', 'gateway=off', 'rbi=off', 'kex=none', ''].join('\n');

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>body{font:15px system-ui;margin:2em;max-width:60em}li{margin:2px 0}</style></head><body>${body}</body></html>`;

export const pagePath = (p: Pick<GalleryPage, 'folder' | 'name'>) => `/f/${p.folder}/${p.name}`;
export const pageHost = (p: Pick<GalleryPage, 'folder'>) => `${p.folder}.${GALLERY_DOMAIN}`;

export interface Gallery {
  server: Server;
  port: number;
  pages: GalleryPage[];
  url(path: string, host?: string): string;
  /** A fixture's page, on its vendor's host name. */
  pageUrl(page: { folder: string; name: string }): string;
  close(): Promise<void>;
}

export async function startGallery(port = 0): Promise<Gallery> {
  const pages = loadGalleryPages().filter((p) => p.status >= 100 && !p.netError);
  const byPath = new Map(pages.map((p) => [pagePath(p), p]));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://gallery');
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    if (url.pathname === '/cdn-cgi/trace') {
      if (host.startsWith('cloudflare.')) res.writeHead(200, { 'content-type': 'text/plain' }).end(TRACE(host));
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
      return;
    }
    const fixture = byPath.get(url.pathname);
    if (fixture) {
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
    switch (url.pathname) {
      case '/':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('Faultline error gallery', `<h1>Faultline error gallery</h1>
          <p>Every page replays a fixture's status, headers and body. Special routes:
          <a href="/healthy">healthy page</a> · <a href="/app-with-failing-api">failing API call</a> ·
          <a href="/slow?ms=3000">slow 504</a> · <a href="/reset">connection reset</a> · <a href="/secrets">cookies and auth</a></p>
          <ul>${pages.map((p) => `<li><a href="http://${pageHost(p)}:${(req.socket.localPort ?? 0)}${pagePath(p)}">${p.folder} / ${p.name}</a> (${p.status})</li>`).join('')}</ul>`));
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
        await new Promise((resolve) => setTimeout(resolve, ms));
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
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    pages,
    url: (path, host = `gallery.${GALLERY_DOMAIN}`) => `http://${host}:${actualPort}${path}`,
    pageUrl: (p) => `http://${pageHost(p)}:${actualPort}${pagePath(p)}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
