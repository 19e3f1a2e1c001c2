// Apache APISIX runs on OpenResty and sets "Server: APISIX/<version>" ("APISIX" with
// enable_server_tokens false) on every response in its header filter (apisix/init.lua). Its router
// answers an unmatched request itself: 404 {"error_msg":"404 Route Not Found"}. When the upstream
// fails, the nginx core writes the stock page (server_tokens off in ngx_tpl.lua, so the tail is
// "<hr><center>openresty</center>") and APISIX still stamps its Server header, plus
// "X-APISIX-Upstream-Status: 502/504" when the upstream status is 5xx. So that openresty page is
// APISIX's when its header is present: 502 connect/invalid reply, 504 timeout; 503 is also the
// default rejected_code of limit-count / limit-req / limit-conn, hence overloaded. Auth plugins
// (key-auth, jwt-auth, basic-auth) answer 401 {"message":"Missing API key in request"} etc. (blame none);
// the error-page plugin's default pages end "<hr><center>Apache APISIX</center>".
import { NGINX_STYLE_STATUSES } from '../knowledge/proxy-statuses';
import { defineFingerprint } from '../knowledge/fingerprint';

const APISIX = { header: 'server', starts: 'apisix' };
const UPSTREAM_STATUS = { header: 'x-apisix-upstream-status' };

export default defineFingerprint({
  generator: 'apisix',
  name: 'Apache APISIX',
  layer: 'reverse-proxy',
  inPath: [APISIX, UPSTREAM_STATUS],
  ownHeaders: [APISIX, UPSTREAM_STATUS],
  pages: [
    {
      id: 'route-not-found',
      status: [404],
      all: [{ body: '{"error_msg":"404 route not found"' }],
      any: [APISIX],
      confidence: 0.85,
      says: 'APISIX\'s router answered {"error_msg":"404 Route Not Found"}: no route matches this host and path.',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'config',
    },
    {
      id: 'openresty-page-with-apisix-header',
      status: [500, 502, 503, 504],
      all: [{ body: '<hr><center>openresty' }, APISIX],
      any: [UPSTREAM_STATUS, { body: '</h1></center><hr><center>openresty' }],
      confidence: 0.92,
      says: 'The OpenResty stock page under "Server: APISIX": APISIX\'s own answer for an upstream failure.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: NGINX_STYLE_STATUSES,
    },
    {
      id: 'error-page-plugin',
      status: [404, 500, 502, 503, 504],
      all: [{ body: '<hr><center>apache apisix</center>' }],
      any: [APISIX, UPSTREAM_STATUS],
      confidence: 0.85,
      says: 'The page of APISIX\'s error-page plugin ("<hr><center>Apache APISIX</center>").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        404: { blame: 'reverse-proxy', failure: 'config' },
        500: { blame: 'reverse-proxy', failure: 'config' },
        502: { failure: 'invalid-response' },
        503: { failure: 'overloaded' },
        504: { failure: 'timeout' },
      },
    },
    {
      id: 'auth-plugin-rejection',
      status: [401],
      all: [APISIX, { body: '{"message":"' }],
      any: [{ body: 'in request"' }, { body: '"message":"invalid user authorization"' }, { header: 'www-authenticate' }],
      confidence: 0.6,
      says: 'An APISIX authentication plugin (key-auth, jwt-auth, basic-auth) rejected the request: {"message":"Missing API key in request"} or similar.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'blocked',
    },
  ],
  sources: [
    'apache/apisix apisix/init.lua (ver_header "APISIX/" .. version; {error_msg = "404 Route Not Found"}; X-APISIX-Upstream-Status on 5xx upstream status)',
    'apache/apisix apisix/cli/ngx_tpl.lua (server_tokens off), apisix/balancer.lua (core.response.exit(502))',
    'apache/apisix apisix/plugins/limit-count/init.lua, limit-req.lua, limit-conn/init.lua (rejected_code default 503)',
    'apache/apisix apisix/plugins/key-auth.lua ("Missing API key in request", "Invalid API key in request"), jwt-auth.lua ("Missing JWT token in request"), basic-auth.lua; apisix/plugins/error-page.lua ("<hr><center>Apache APISIX</center>")',
  ],
});
