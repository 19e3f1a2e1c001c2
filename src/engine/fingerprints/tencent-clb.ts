// Tencent Cloud CLB. Its layer-7 listeners run STGW (Tencent's nginx-based gateway): its own pages
// are nginx-layout pages ending "<hr><center>stgw</center>" (or "stgw/1.3.12.4_1.13.5"), sent with
// "Server: stgw". A CLB 502/503/504 means its backends failed or were unreachable (security group of
// the nodes/pods, health checks, a backend slower than the 60 s default timeout). EdgeOne also runs
// on STGW and its WAF block pages come with "Server: stgw" too: any page carrying EdgeOne's
// EO-LOG-UUID is left to tencent-edgeone. A HEAD request (or a client that drops the body) gets the
// same 502/503/504 with its headers only: an empty 5xx with "Server: stgw" is claimed with low weight.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'tencent-clb',
  name: 'Tencent Cloud CLB (STGW)',
  layer: 'load-balancer',
  inPath: [{ header: 'server', starts: 'stgw' }],
  pages: [
    {
      id: 'stgw-stock-page',
      all: [{ body: '<hr><center>stgw' }],
      any: [{ header: 'server', starts: 'stgw' }],
      not: [{ header: 'eo-log-uuid' }],
      confidence: 0.85,
      says: 'Tencent Cloud CLB\'s own error page (STGW tail "<hr><center>stgw</center>").',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        413: { blame: 'client', failure: 'config' },
        414: { blame: 'client', failure: 'config' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        503: { blame: 'upstream-app', failure: 'no-healthy-upstream' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
    },
    {
      id: 'stgw-header-only-5xx',
      status: [502, 503, 504],
      all: [{ bodyEmpty: true }, { header: 'server', starts: 'stgw' }],
      not: [{ header: 'eo-log-uuid' }],
      confidence: 0.6,
      says: 'An empty 502/503/504 with "Server: stgw": Tencent Cloud CLB\'s error answer without its page (HEAD request).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        502: { failure: 'invalid-response' },
        503: { failure: 'no-healthy-upstream' },
        504: { failure: 'timeout' },
      },
    },
  ],
  sources: [
    'RFC 9110 §9.3.2 (a HEAD response carries the headers of the GET response and no content): the header-only form of the STGW 5xx pages above',
    'Public GitHub TKE/CLB troubleshooting notes: "HTTP/1.1 504 Gateway Time-out / Server: stgw / Content-Length: 159" (node security group blocking the NodePort)',
    'Public GitHub code quoting STGW pages: "<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>stgw</center>", 503 and 504 variants; "Server: stgw/1.3.12.4_1.13.5" with "<hr><center>stgw/1.3.12.4_1.13.5</center>"',
    'Public GitHub notes on EdgeOne: WAF block pages with "server: stgw" and an eo-log-uuid header',
  ],
});
