// lighttpd writes one stock error page for every status (src/response.c http_response_static_errdoc):
// before 1.4.74 an XHTML document "<?xml version="1.0" encoding="iso-8859-1"?> … <title>502 Bad
// Gateway</title> … <h1>502 Bad Gateway</h1>", since then "<!DOCTYPE html><html lang="en"><head><meta
// charset="UTF-8" /><title>…". The body says nothing lighttpd-specific, so it is lighttpd's only with
// its Server header ("lighttpd/1.4.x", server.tag). mod_proxy / mod_fastcgi / mod_scgi (gw_backend.c)
// answer 503 when the backend refused the connection, a connect timed out or all backends are down,
// 504 on a read/write timeout, 502 on an unparseable reply and 500 when the backend died mid-request.
import { defineFingerprint } from '../knowledge/fingerprint';

const LIGHTTPD = { header: 'server', starts: 'lighttpd' };

export default defineFingerprint({
  generator: 'lighttpd',
  name: 'lighttpd',
  layer: 'reverse-proxy',
  inPath: [LIGHTTPD],
  pages: [
    {
      id: 'stock-errdoc-xhtml',
      status: [500, 502, 503, 504],
      all: [{ body: '<?xml version="1.0" encoding="iso-8859-1"?>' }, { body: 'xml:lang="en" lang="en"><head><title>50' }, LIGHTTPD],
      confidence: 0.85,
      says: 'lighttpd\'s stock XHTML error page (before 1.4.74) with "Server: lighttpd".',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        502: { failure: 'invalid-response' },
        503: { failure: 'refused' },
        504: { failure: 'timeout' },
      },
    },
    {
      id: 'stock-errdoc-html5',
      status: [500, 502, 503, 504],
      all: [{ body: '<html lang="en"><head><meta charset="utf-8"><title>50' }, LIGHTTPD],
      confidence: 0.85,
      says: 'lighttpd\'s stock HTML error page (1.4.74+) with "Server: lighttpd".',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        502: { failure: 'invalid-response' },
        503: { failure: 'refused' },
        504: { failure: 'timeout' },
      },
    },
  ],
  sources: [
    'lighttpd/lighttpd1.4 src/response.c http_response_static_errdoc (stock page; XHTML variant replaced by commit 13c27553 "[core] simpler error page header", Dec 2023)',
    'lighttpd/lighttpd1.4 src/gw_backend.c (503 on connect failure / all handlers down, 504 on timeouts), src/http-header-glue.c (502 on invalid backend response, 500 when the backend fails before a response)',
    'lighttpd/lighttpd1.4 src/server.c PACKAGE_DESC "lighttpd/<version>" Server header',
  ],
});
