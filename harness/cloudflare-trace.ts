// What the gallery answers on /cdn-cgi/trace for a page behind Cloudflare. Every Cloudflare-proxied
// host answers that path itself, whatever the origin runs, so a fixture with Cloudflare's headers
// gets a trace, and its colo is the data centre its cf-ray names (…-LHR → LHR). The endpoint:
// https://developers.cloudflare.com/fundamentals/reference/cdn-cgi-endpoint/; the lines, as a real
// one prints them: https://gist.github.com/cnjax/2e9b4039429a4f7fba0c9436af56307e
import type { GalleryPage } from './fixtures';
import { COLO_COUNTRIES } from './cloudflare-colos';

/** The colo a trace names when the fixture's headers do not say one (a bare `server: cloudflare`). */
const DEFAULT_COLO = 'FRA';
/** What Cloudflare reports for a country it cannot tell; used for a colo missing from the table. */
const UNKNOWN_COUNTRY = 'XX';
/** An address from the documentation range (RFC 5737): the visitor, as Cloudflare saw it. */
export const TRACE_VISITOR_IP = '198.51.100.23';

const header = (p: Pick<GalleryPage, 'headers'>, name: string) => p.headers.find(([n]) => n.toLowerCase() === name)?.[1];

/** Cloudflare's own headers: a Ray ID, or its server name (`cloudflare`, formerly `cloudflare-nginx`). */
export function behindCloudflare(p: Pick<GalleryPage, 'headers'>): boolean {
  return header(p, 'cf-ray') !== undefined || /^cloudflare\b/i.test(header(p, 'server') ?? '');
}

/** The colo a Ray ID ends with ("8f1e2d3c4b5a6978-LHR" → "LHR"), else the default. */
export function coloOf(p: Pick<GalleryPage, 'headers'>): string {
  return /-([A-Z]{3})$/i.exec(header(p, 'cf-ray')?.trim() ?? '')?.[1]?.toUpperCase() ?? DEFAULT_COLO;
}

export interface TraceRequest {
  host: string;
  userAgent: string;
  /** When the request came, in ms since the epoch. */
  now: number;
}

/** The trace text: one key=value per line, in the order Cloudflare writes them. */
export function traceText(p: Pick<GalleryPage, 'headers'>, request: TraceRequest): string {
  const colo = coloOf(p);
  return [
    'fl=29f1', `h=${request.host}`, `ip=${TRACE_VISITOR_IP}`, `ts=${(request.now / 1000).toFixed(3)}`, 'visit_scheme=http',
    `uag=${request.userAgent}`, `colo=${colo}`, 'sliver=none', 'http=http/1.1', `loc=${COLO_COUNTRIES[colo] ?? UNKNOWN_COUNTRY}`,
    'tls=off', 'sni=off', 'warp=off', 'gateway=off', 'rbi=off', 'kex=none', '',
  ].join('\n');
}
