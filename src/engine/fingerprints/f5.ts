// F5 BIG-IP ASM / Advanced WAF and NGINX App Protect share the default blocking response page:
// <html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please
// consult with your administrator.<br><br>Your support ID is: <digits>[<br><br><a href=
// 'javascript:history.back();'>[Go Back]</a>]</body></html>. Its default response header is
// "HTTP/1.1 200 OK" (so by default it is not even an error status); many sites change it to 403.
// BIG-IP's own iRule answers (HTTP::respond / HTTP::redirect) come as HTTP/1.0 with "Server: BigIP".
// Cookies BIGipServer<pool> (LTM persistence) and TS01… (ASM) put BIG-IP in the path. Because the
// default block answer is a 200, the page is also claimed at 200, but only when one of those F5
// headers came with it (the engine then reports a block, blame none); a copy without them stays a
// healthy page (an article, or NGINX App Protect behind a plain nginx, which adds no F5 header).
// Two F5 products write these pages: BIG-IP, an application delivery controller whose LTM module
// load-balances pools (its ASM / Advanced WAF module writes the block page), and NGINX App Protect,
// a WAF module for NGINX that shares the block page but is not BIG-IP. What puts F5 in the path is
// BIG-IP's (Server: BigIP, LTM's BIGipServer cookie), so the generator's usual layer is the load
// balancer; the block pages carry the WAF layer themselves.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'f5',
  name: 'F5',
  layer: 'load-balancer',
  inPath: [
    { header: 'server', is: 'bigip' },
    { header: 'server', is: 'big-ip' },
    { header: 'set-cookie', starts: 'bigipserver' },
    { header: 'set-cookie', starts: 'ts01' },
    { header: 'x-wa-info' },
  ],
  requestIds: [{ from: 'body', pattern: /your support id is: ?([0-9]{6,30})/, label: 'F5 support ID' }],
  pages: [
    {
      // The stock default: HTTP/1.1 200 OK. Kept apart so that a 200 is only read as a block.
      id: 'request-rejected-200',
      status: [200],
      all: [{ body: 'the requested url was rejected. please consult with your administrator.' }],
      any: [
        { title: 'request rejected' },
        { body: 'your support id is:' },
        { header: 'set-cookie', starts: 'ts01' },
        { header: 'set-cookie', starts: 'bigipserver' },
      ],
      confidence: 0.85,
      says: 'The default blocking page of F5 BIG-IP ASM / Advanced WAF, served with its default status 200: "The requested URL was rejected. … Your support ID is: …".',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'request-rejected',
      all: [{ body: 'the requested url was rejected. please consult with your administrator.' }],
      any: [
        { title: 'request rejected' },
        { body: 'your support id is:' },
        { header: 'set-cookie', starts: 'ts01' },
      ],
      confidence: 0.85,
      says: 'F5\'s WAF blocking page (BIG-IP ASM / Advanced WAF, or NGINX App Protect): "The requested URL was rejected. Please consult with your administrator. Your support ID is: …".',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      refine: [
        {
          when: [{ body: 'javascript:history.back();' }],
          says: 'The "[Go Back]" link is the NGINX App Protect variant of the page: F5\'s WAF for NGINX, not a BIG-IP.',
        },
      ],
    },
    {
      // BIG-IP answering by itself (an iRule HTTP::respond, e.g. a "sorry" 503 when the pool has no
      // available member): HTTP/1.0, Server: BigIP, usually an empty body. That is LTM, the load
      // balancer, speaking for its pool.
      id: 'bigip-respond',
      status: [500, 502, 503, 504],
      all: [{ header: 'server', is: 'bigip' }],
      confidence: 0.55,
      says: 'F5 BIG-IP\'s load balancer (LTM) answered by itself (Server: BigIP, the header of its iRule responses), not a server of its pool.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        503: { failure: 'no-healthy-upstream' },
        504: { failure: 'timeout' },
        502: { failure: 'invalid-response' },
        500: { blame: 'edge', failure: 'config' },
      },
    },
  ],
  sources: [
    'F5 BIG-IP ASM default blocking response page (public captures: "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: …</body></html>")',
    'NGINX App Protect WAF configuration guide, response-pages: default responseHeader "HTTP/1.1 200 OK", responseContent with <%TS.request.ID()%> and [Go Back]',
    'https://github.com/ariya/phantomjs/issues/14601 ("The requested URL was rejected. Please consult with your administrator. Your support ID is: …", identified there as F5 ASM); EnableSecurity/wafw00f pull/15 (ASM TS cookie names: TSxxxxxx / TSxxxxxxxx)',
    'Public captures of BIG-IP iRule responses: "HTTP/1.0 302/307 … Server: BigIP / Connection: Keep-Alive / Content-Length: 0"',
    'BIG-IP modules (LTM Local Traffic Manager, ASM Application Security Manager, …) and the LTM persistence cookie inserted into responses: https://github.com/dnkolegov/bigipsecurity ; BIG-IP LTM cookie encryption of "BIG-IP persistence cookies": https://tenable.com/audits/items/Tenable_Best_Practices_F5_BIG-IP_v1.0.0.audit:3e1ac9059d5ac90e7d9d1d4c9585ccfd',
    'NGINX App Protect WAF, a dynamic module for NGINX Plus (not BIG-IP) with the same default response page: https://docs.nginx.com/nginx-app-protect-waf/admin-guide/install/',
  ],
});
