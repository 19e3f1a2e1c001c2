// Gcore (G-Core Labs) CDN edges answer with "Server: nginx" and stamp their node in X-ID / X-ID-FE
// (e.g. "ed-hw-edge-gc38", "fr5-hw-edge-gc28"), often with X-Shard and "Cache: MISS"; detection rule
// sets also list "Server: gcore" and the X-Gcore-* family. Those headers are on every proxied answer, so
// they only put Gcore in the path. Gcore documents one answer its edge writes by itself: a Secure Token
// (signed URL) check answers 403 when the hash is wrong and 410 Gone when the link has expired — the
// documented example is a HEAD 410 with X-ID/X-ID-FE and a 136-byte text/html body. Its WAAP block and
// challenge pages are customisable and their stock markup is not public, so no rule claims them, nor
// Gcore's 5xx (their markup is not public either; an origin's page passed through must keep its writer).
import { defineFingerprint } from '../knowledge/fingerprint';

const EDGE_ID = { header: 'x-id-fe' } as const;

export default defineFingerprint({
  generator: 'gcore',
  name: 'Gcore CDN',
  layer: 'cdn',
  inPath: [EDGE_ID, { header: 'x-id', has: '-edge-gc' }, { header: 'server', starts: 'gcore' }, { header: 'x-gcore-pop' }],
  requestIds: [
    { header: 'x-id', label: 'X-ID (Gcore edge node)' },
    { header: 'x-id-fe', label: 'X-ID-FE (Gcore front-end node)' },
  ],
  pages: [
    {
      id: 'secure-token-denied',
      status: [403, 410],
      all: [{ bodyEmpty: true }, EDGE_ID, { header: 'x-id', has: '-edge-gc' }],
      confidence: 0.5,
      says: 'An empty 403/410 from a Gcore edge (X-ID / X-ID-FE): Gcore\'s Secure Token check refused the link (403 wrong token, 410 expired).',
      layer: 'cdn',
      blame: 'none',
      failure: 'blocked',
      byStatus: { 410: { blame: 'client', failure: 'unknown' } },
    },
  ],
  sources: [
    'Gcore docs "Protect your content with temporary links and secure tokens" (gcore.com/docs/streaming-platform): 403 for an invalid hash, 410 Gone when expired; example HEAD 410 with Server: nginx, X-ID: ed-hw-edge-gc38, X-ID-FE: ed-hw-edge-gc38, Content-Length: 136',
    'Gcore FastEdge docs (gcore.com/docs/fastedge): edge answer with server: nginx, x-id: ed-hw-edge-preprod-gc39, cache: MISS',
    'https://gcore.com/docs/cdn/troubleshooting/gcore-error-status-codes (403 from a disabled CDN resource or access policies)',
    'https://gcore.com/docs/waap/response-pages (WAAP block / captcha / browser-validation pages, customisable; Reference ID shown)',
    'Public CDN detection rule sets (XIU2/CloudflareSpeedTest-style colo readers: x-id-fe: fr5-hw-edge-gc17, x-shard, x-id; CDN detectors listing server: gcore, x-gcore-pop)',
  ],
});
