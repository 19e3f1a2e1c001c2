// Alibaba Cloud Server Load Balancer. ALB (Application Load Balancer) writes nginx-layout pages that
// end with "<hr><center>alb</center>" (AWS ALB writes no such tail and says "awselb/2.0"): the page is
// the LB's own, so its backends failed. ALB's default request timeout is 60 s, and SLB/CLB layer-7
// listeners read backends with a 60 s proxy_read_timeout (layer 4: 900 s): a 504 after ~60 s is the
// LB timing out on a slow backend. SLB/ALB reach backends from 100.64.0.0/10 (CLB) or the VSwitch CIDR
// (ALB); a backend firewall that drops those addresses turns into 502/504. No page or header specific
// to classic SLB/CLB layer-7 errors was found (it runs Tengine: see the tengine fingerprint).
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'alibaba-slb',
  name: 'Alibaba Cloud SLB / ALB',
  layer: 'load-balancer',
  inPath: [],
  pages: [
    {
      id: 'alb-stock-page',
      all: [{ body: '<hr><center>alb</center>' }],
      confidence: 0.85,
      says: 'Alibaba Cloud ALB\'s own error page (tail "<hr><center>alb</center>").',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        414: { blame: 'client', failure: 'config' },
        500: { blame: 'upstream-app', failure: 'unknown' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        503: { blame: 'upstream-app', failure: 'no-healthy-upstream' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (SLB 5xx: 100.64.0.0/10, health checks, 60 s proxy_read_timeout on layer 7, 900 s on layer 4)',
    'https://help.aliyun.com/en/slb/application-load-balancer/support/alb-exception-status-code-description (ALB status codes, VSwitch CIDR, upstream_status vs status)',
    'https://help.aliyun.com/document_detail/468288.html (ALB 400/414/463 limits: 32 KB headers and URI, ALICLOUD-ALB-TRACE loop detection)',
    'Public GitHub code quoting ALB pages "<center><h1>504 Gateway Time-out</h1></center>\\r\\n<hr><center>alb</center>" (an ACK deployment notes the 504 after exactly 60 s, fixed with AlbConfig requestTimeout)',
  ],
});
