// bunny.net (BunnyCDN) stamps every edge response with "Server: BunnyCDN-<POP>-<node>" (e.g.
// BunnyCDN-ASB1-1310, so the value is matched by prefix) plus CDN-PullZone, CDN-RequestId, CDN-Uid,
// CDN-Cache and CDN-Status. When the edge cannot get the object from the origin it writes its own page:
// <title>504 Gateway Timeout</title>, bunnynetassets.b-cdn.net/error.css, "ERROR 504", "We could not
// establish a connection to <host>", and a You → bunny.net (Edge Network) → origin diagram; such answers
// also carry an "ErrorCode" header (106 on the public 504s). bunny.net's support article says a 502 means
// its edge got no valid answer from the origin (origin offline, firewall dropping edge IPs) and a 504 that
// the origin did not answer in time (60 s request timeout in the Origin Errors docs): the failed hop is the
// origin. A hostname not attached to any pull zone gets 403 "Domain suspended or not configured": that is
// the CDN account's configuration, not the origin.
import { defineFingerprint } from '../knowledge/fingerprint';

const SERVER = { header: 'server', starts: 'bunnycdn' } as const;

export default defineFingerprint({
  generator: 'bunnycdn',
  name: 'bunny.net CDN',
  layer: 'cdn',
  inPath: [SERVER, { header: 'cdn-pullzone' }, { header: 'cdn-requestid' }, { header: 'cdn-uid' }],
  ownHeaders: [SERVER, { header: 'cdn-requestid' }, { header: 'cdn-pullzone' }],
  requestIds: [{ header: 'cdn-requestid', label: 'CDN-RequestId (bunny.net request)' }],
  pages: [
    {
      id: 'origin-error-page',
      status: [500, 502, 503, 504, 508],
      all: [{ body: 'bunnynetassets.b-cdn.net/error.css' }],
      any: [{ body: 'we could not establish a connection to' }, { body: '<h2>bunny.net</h2>' }, SERVER],
      confidence: 0.85,
      says: 'bunny.net\'s own origin-error page (bunnynetassets.b-cdn.net/error.css, "We could not establish a connection to …").',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: {
        502: { failure: 'unreachable' },
        504: { failure: 'timeout' },
        508: { blame: 'cdn-config', failure: 'config' },
      },
    },
    {
      // HEAD requests (curl -I) get the same answer without a body; the ErrorCode header is only on
      // answers the edge wrote itself.
      id: 'origin-error-headers',
      status: [502, 504],
      all: [SERVER, { header: 'errorcode' }],
      not: [{ body: '<hr><center>' }, { body: '<address>' }],
      confidence: 0.6,
      says: 'A 502/504 from a bunny.net edge (Server: BunnyCDN-…) with its ErrorCode header: the edge got no usable answer from the origin.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: { 502: { failure: 'unreachable' }, 504: { failure: 'timeout' } },
    },
    {
      id: 'domain-not-configured',
      status: [403],
      all: [{ body: 'domain suspended or not configured' }],
      any: [{ body: 'bunnycdn account configuration' }, SERVER],
      confidence: 0.8,
      says: 'bunny.net answered "Domain suspended or not configured": the hostname is not attached to an active pull zone.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    'https://github.com/php/infrastructure/issues/58 (504 Gateway Timeout, Server: BunnyCDN-ASB1-1310, CDN-PullZone, CDN-RequestId, ErrorCode: 106, CDN-Status: 504, on cache misses)',
    'https://github.com/phpredis/phpredis/issues/2869 (same 504 headers from BunnyCDN-AMS1-879)',
    'https://github.com/php/php-src/issues/22827 and https://github.com/php/web-pecl/issues/113 (504 page: bunnynetassets.b-cdn.net/error.css, "ERROR 504", "We could not establish a connection to pecl.php.net")',
    'https://pastebin.com/xipHJuCc (same page as a 502 Bad Gateway for a b-cdn.net host)',
    'https://support.bunny.net/hc/en-us/articles/115001131172-I-am-seeing-a-lot-of-502-and-504-errors (502 = invalid/no answer from the origin, 504 = origin too slow)',
    'https://docs.bunny.net/cdn/logging/origin-errors (origin error statuses 500/502/504/508, http_timeout = 60 s, http_loop_detected)',
    'https://github.com/domtronn/nuzlocke.app/issues/205 and https://github.com/ipfs/cid.ipfs.tech/issues/76 ("Domain suspended or not configured … check your BunnyCDN account configuration"); answered with 403 per public notes on unattached hostnames',
  ],
});
