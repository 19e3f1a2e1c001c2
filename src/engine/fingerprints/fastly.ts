// Fastly's synthetic error page (vcl_error): an XHTML page "Error 503 <reason>" / "<reason>", then
// either the legacy "<h3>Guru Mediation:</h3>" (Fastly's spelling) or, on current POPs,
// "<h3>Error 54113</h3>", then "<p>Details: cache-<pop><node>-<POP> <epoch> <id></p>" and the
// "Varnish cache server" footer. Plain Varnish writes "Guru Meditation:" + "XID: n" and no
// "Details: cache-…" line, so the two never share a rule (see varnish.ts).
// Fastly stamps every response it handles with X-Served-By (cache-…) and X-Timer (S…,VS0,VE…); VE is
// the milliseconds Fastly spent on the request, read by server-timing.ts as its wait for the origin.
// A host name that points at Fastly but belongs to no Fastly service gets a short plain-text answer
// (500, the same words in every report since 2016): "Fastly error: unknown domain: <host>. Please
// check that this domain has been added to a service." and often "Details: cache-<pop>-<POP>".
// Nothing failed behind Fastly there: the DNS record reaches Fastly, the service configuration
// does not claim the domain (or a client's DNS/SNI proxy sent it to the wrong Fastly address), so
// that page blames the edge configuration.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'fastly',
  name: 'Fastly',
  layer: 'cdn',
  inPath: [
    { header: 'x-timer', has: ',vs0' },
    { header: 'x-served-by', starts: 'cache-' },
    { header: 'fastly-debug-path' },
    { header: 'x-fastly-request-id' },
  ],
  ownHeaders: [
    { header: 'x-served-by', starts: 'cache-' },
    { header: 'x-timer', has: ',vs0' },
    { header: 'fastly-debug-path' },
  ],
  requestIds: [
    { from: 'body', pattern: /details: (cache-[a-z0-9-]{3,40} \d{1,12} \d{1,12})/, label: 'Fastly details' },
    { header: 'x-served-by', label: 'X-Served-By' },
    { header: 'x-fastly-request-id', label: 'X-Fastly-Request-ID' },
  ],
  pages: [
    {
      id: 'unknown-domain',
      all: [{ body: 'fastly error: unknown domain' }],
      any: [
        { body: 'please check that this domain has been added to a service' },
        { body: 'details: cache-' },
        { header: 'x-served-by', starts: 'cache-' },
      ],
      confidence: 0.85,
      says: 'Fastly\'s "Fastly error: unknown domain" answer: the host name reaches Fastly, but no Fastly service is configured for it.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      // A HEAD request gets the synthetic error's status and headers only; on HTTP/1.1 the reason
      // phrase is obj.response, so "503 first byte timeout" still names the timer.
      id: 'header-only-first-byte-timeout',
      status: [503],
      all: [{ bodyEmpty: true }, { statusText: 'first byte timeout' }],
      any: [{ header: 'x-served-by', starts: 'cache-' }, { header: 'x-timer', has: ',vs0' }],
      confidence: 0.7,
      says: 'A bodiless 503 whose status line says "first byte timeout": Fastly\'s answer to a HEAD request when the origin sent no response within first_byte_timeout (15 s by default).',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'synthetic-error',
      all: [{ body: 'details: cache-' }],
      any: [
        { body: 'varnish cache server' },
        // Fastly's own spelling ("Mediation"; Varnish writes "Meditation").
        { body: 'guru mediation:' },
        { body: '<h3>error 54113</h3>' },
        { header: 'x-served-by', starts: 'cache-' },
        { header: 'x-timer', has: ',vs0' },
      ],
      confidence: 0.75,
      says: 'Fastly\'s synthetic error page ("Details: cache-… <time> <id>" above the "Varnish cache server" footer): the Fastly edge generated this error itself.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: {
        403: { blame: 'none', failure: 'blocked' },
        429: { blame: 'none', failure: 'rate-limited' },
        500: { blame: 'cdn-config', failure: 'config' },
      },
      refine: [
        {
          when: [{ body: 'first byte timeout' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: '"first byte timeout": the origin accepted the connection but sent no response within Fastly\'s first_byte_timeout (15 s by default).',
        },
        {
          when: [{ body: 'backend read error' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: '"backend read error": reading the origin\'s response timed out or failed part-way.',
        },
        {
          when: [{ body: 'connection timed out' }],
          blame: 'origin',
          failure: 'unreachable',
          says: '"Connection timed out": Fastly could not open a connection to the origin in time.',
        },
        {
          when: [{ body: 'connection refused' }],
          blame: 'origin',
          failure: 'refused',
          says: '"Connection refused": the origin refused Fastly\'s connection.',
        },
        {
          when: [{ body: 'backend is unhealthy' }],
          blame: 'origin',
          failure: 'no-healthy-upstream',
          says: '"Backend is unhealthy": Fastly\'s health check marks the origin as down, so it did not send the request.',
        },
        {
          when: [{ body: 'all backends failed or unhealthy' }],
          blame: 'origin',
          failure: 'no-healthy-upstream',
          says: '"All backends failed or unhealthy": every origin behind the Fastly director failed or is marked down.',
        },
        {
          when: [{ body: 'no healthy backends' }],
          blame: 'origin',
          failure: 'no-healthy-upstream',
          says: '"No healthy backends": every origin behind the Fastly director is marked down.',
        },
        {
          when: [{ body: 'no healthy ip available for the backend' }],
          blame: 'origin',
          failure: 'no-healthy-upstream',
          says: '"No healthy IP available for the backend": every address of the origin failed Fastly\'s health checks, so the request was not sent.',
        },
        {
          when: [{ body: 'certificate verification failed' }],
          blame: 'origin',
          failure: 'tls',
          says: '"certificate verification failed": the origin\'s TLS certificate was not accepted by Fastly.',
        },
        {
          when: [{ body: 'backend.max_conn reached' }],
          blame: 'origin',
          failure: 'overloaded',
          says: '"Backend.max_conn reached": Fastly already holds the maximum number of connections to the origin.',
        },
        {
          when: [{ body: 'response object too large' }],
          blame: 'cdn-config',
          failure: 'config',
          says: '"Response object too large": the origin\'s object exceeds what the Fastly service is set to buffer.',
        },
      ],
    },
  ],
  sources: [
    'Fastly-generated 503 errors in VCL (obj.response values): https://www.fastly.com/documentation/guides/vcl/errors/',
    'Common 503 errors on Fastly: https://docs.fastly.com/en/guides/common-503-errors',
    'bereq.first_byte_timeout (15 s default, obj.response "first byte timeout"): https://www.fastly.com/documentation/reference/vcl/variables/backend-connection/bereq-first-byte-timeout',
    'X-Served-By (cache-{datacenter}{nodeid}-{datacenter}), X-Cache, X-Cache-Hits, X-Timer (S…,VS0,VE…): https://fastly.com/documentation/reference/http/http-headers/X-Served-By , https://docs.fastly.com/en/guides/understanding-the-xtimer-header',
    'Legacy page markup with "Guru Mediation:" + "Details: cache-lax1431-LAX …": https://github.com/wepay/NodeJS-SDK/issues/11 , https://github.com/jsdelivr/jsdelivr/issues/18098 , https://github.com/python/pythondotorg/issues/748',
    '"No healthy IP available for the backend" (legacy page text): https://github.com/JuliaLang/www.julialang.org/issues/1118',
    'Current page with "Error 54113" + "Details: cache-…": https://github.com/metacpan/metacpan-grep-front-end/issues/64 , https://github.com/rubyapi/rubyapi/issues/1866',
    '"Fastly error: unknown domain: <host>. Please check that this domain has been added to a service." (+ "Details: cache-…"), status 500: https://github.com/MetaCubeX/mihomo/issues/1016 , https://github.com/XTLS/Xray-core/issues/748 , https://github.com/mpv-player/mpv/issues/4395 , https://github.com/v2fly/domain-list-community/pull/2576 , https://github.com/EdOverflow/can-i-take-over-xyz/issues/22',
  ],
});
