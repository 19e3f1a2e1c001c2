// The error gallery's replay of a fixture's time to error, and which of its hosts answer
// /cdn-cgi/trace, asked over real HTTP on 127.0.0.1 with real timers. A host name is sent as the
// Host header, as the browser's host-resolver rules make it arrive.
import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GalleryPage } from '../../harness/fixtures';
import { delayCapFromEnv, pageHost, pagePath, startGallery, type Gallery } from '../../harness/gallery-server';
import { parseTrace } from '../../src/engine/trace';

const fixture = (name: string, headers: [string, string][], elapsedMs?: number): GalleryPage => ({
  folder: 'nginx', name, status: 504, statusText: 'Gateway Time-out', headers, body: '<h1>504 Gateway Time-out</h1>',
  expect: { generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app' }, elapsedMs,
});

const SLOW = fixture('504-after-300-ms', [['server', 'nginx/1.24.0'], ['content-type', 'text/html']], 300);
const VIA_CLOUDFLARE = fixture('504-via-cloudflare-lhr', [['server', 'cloudflare'], ['cf-ray', '8f1e2d3c4b5a6978-LHR'], ['content-type', 'text/html']]);
const CLOUDFLARE_SERVER_ONLY = fixture('504-cloudflare-server-only', [['server', 'cloudflare-nginx'], ['content-type', 'text/html']]);
const PAGES = [SLOW, VIA_CLOUDFLARE, CLOUDFLARE_SERVER_ONLY];

interface Answer { status: number; body: string; ms: number }

/** GET `path` from the gallery as `host`; `ms` is how long the status line took to come. */
function get(gallery: Gallery, path: string, host: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request({ host: '127.0.0.1', port: gallery.port, path, headers: { host: `${host}:${gallery.port}`, 'user-agent': 'gallery-test/1.0' } }, (res) => {
      const ms = performance.now() - started;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms }));
    });
    req.on('error', reject);
    req.end();
  });
}

const getPage = (gallery: Gallery, p: GalleryPage) => get(gallery, pagePath(p), pageHost(p));

let gallery: Gallery | undefined;
afterEach(async () => {
  await gallery?.close();
  gallery = undefined;
  vi.unstubAllEnvs();
});

// Node's timers count whole milliseconds, so a wait of 300 ms can be seen as 299.x from outside.
const AT_LEAST = (ms: number) => ms - 1;

describe('the gallery replays a fixture\'s time to error', () => {
  it('waits the whole elapsedMs when the cap is above it', async () => {
    gallery = await startGallery({ pages: PAGES, delayCapMs: 1000 });
    const answer = await getPage(gallery, SLOW);
    expect(answer.status).toBe(504);
    expect(answer.ms).toBeGreaterThanOrEqual(AT_LEAST(300));
  });

  it('waits only the cap when elapsedMs is longer', async () => {
    gallery = await startGallery({ pages: PAGES, delayCapMs: 100 });
    const answer = await getPage(gallery, SLOW);
    expect(answer.status).toBe(504);
    expect(answer.ms).toBeGreaterThanOrEqual(AT_LEAST(100));
    expect(answer.ms).toBeLessThan(300);
  });

  it('answers at once by default, as the tests use it', async () => {
    vi.stubEnv('GALLERY_DELAY_CAP_MS', undefined);
    gallery = await startGallery({ pages: PAGES });
    expect(gallery.delayCapMs).toBe(0);
    const answer = await getPage(gallery, SLOW);
    expect(answer.status).toBe(504);
    expect(answer.ms).toBeLessThan(300);
  });

  it('takes its cap from GALLERY_DELAY_CAP_MS when no option says otherwise', async () => {
    vi.stubEnv('GALLERY_DELAY_CAP_MS', '100');
    gallery = await startGallery({ pages: PAGES });
    expect(gallery.delayCapMs).toBe(100);
    await gallery.close();
    gallery = await startGallery({ pages: PAGES, delayCapMs: 0 });
    expect(gallery.delayCapMs).toBe(0);
  });

  it('refuses a cap that is not a whole number of milliseconds', () => {
    expect(() => delayCapFromEnv({ GALLERY_DELAY_CAP_MS: '2s' })).toThrow(/GALLERY_DELAY_CAP_MS must be a whole number of milliseconds, not "2s"/);
    expect(() => delayCapFromEnv({ GALLERY_DELAY_CAP_MS: '-5' })).toThrow(/not "-5"/);
    expect(delayCapFromEnv({})).toBeUndefined();
    expect(delayCapFromEnv({ GALLERY_DELAY_CAP_MS: '130000' })).toBe(130_000);
  });

  it('drops a held answer when the gallery closes, instead of keeping the process alive', async () => {
    const held = await startGallery({ pages: PAGES, delayCapMs: 600_000 });
    const answer = getPage(held, SLOW);
    // The request is in the server's hands once it holds a connection.
    await vi.waitFor(() => new Promise<void>((resolve, reject) => held.server.getConnections((error, count) => (error || count === 0 ? reject(error ?? new Error('no connection yet')) : resolve()))));
    await held.close();
    await expect(answer).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});

describe('the gallery answers /cdn-cgi/trace only for pages behind Cloudflare', () => {
  it('gives a Cloudflare page its own host, whose trace names the colo of its cf-ray', async () => {
    gallery = await startGallery({ pages: PAGES });
    const host = pageHost(VIA_CLOUDFLARE);
    expect(host).toBe('504-via-cloudflare-lhr.nginx.faultline.test');
    const answer = await get(gallery, '/cdn-cgi/trace', host);
    expect(answer.status).toBe(200);
    expect(parseTrace(answer.body)).toMatchObject({ h: host, colo: 'LHR', loc: 'GB', uag: 'gallery-test/1.0', visit_scheme: 'http', warp: 'off', gateway: 'off' });
  });

  it('names its default colo when the page has Cloudflare\'s server header but no Ray ID', async () => {
    gallery = await startGallery({ pages: PAGES });
    const answer = await get(gallery, '/cdn-cgi/trace', pageHost(CLOUDFLARE_SERVER_ONLY));
    expect(answer.status).toBe(200);
    expect(parseTrace(answer.body)).toMatchObject({ colo: 'FRA', loc: 'DE' });
  });

  it('answers 404 on the host of a page with no Cloudflare header, and on a vendor host', async () => {
    gallery = await startGallery({ pages: PAGES });
    expect(pageHost(SLOW)).toBe('nginx.faultline.test');
    expect((await get(gallery, '/cdn-cgi/trace', pageHost(SLOW))).status).toBe(404);
    expect((await get(gallery, '/cdn-cgi/trace', 'cloudflare.faultline.test')).status).toBe(404);
  });

  it('serves the real fixtures the same way: nginx behind Cloudflare has a trace, nginx alone has none', async () => {
    gallery = await startGallery();
    const page = (name: string) => gallery!.pages.find((p) => p.folder === 'nginx' && p.name === name)!;
    const behind = page('via-cloudflare-502');
    const alone = page('502-php-fpm-down');
    expect(new URL(gallery.pageUrl(behind)).host).toBe(`via-cloudflare-502.nginx.faultline.test:${gallery.port}`);
    expect(new URL(gallery.pageUrl(alone)).host).toBe(`nginx.faultline.test:${gallery.port}`);
    expect(parseTrace((await get(gallery, '/cdn-cgi/trace', pageHost(behind))).body)).toMatchObject({ colo: 'FRA' });
    expect((await get(gallery, '/cdn-cgi/trace', pageHost(alone))).status).toBe(404);
    expect((await getPage(gallery, behind)).status).toBe(502);
  });
});
