// nginx writes its own error pages from src/http/ngx_http_special_response.c: a <title>/<h1> with the
// status line, then the tail "<hr><center>nginx</center>" (server_tokens off) or "nginx/1.x.y"
// (server_tokens on, the default). The 494/495/496/497 pages go out with status 400 and a second
// <center> line naming the reason. A stock nginx 5xx means nginx answered because its upstream
// (php-fpm, Node, Java…) did not; the default `error_page 500 502 503 504 /50x.html` swaps the stock
// page for html/50x.html ("Faithfully yours, nginx.").
import { NGINX_STYLE_STATUSES } from '../knowledge/proxy-statuses';
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'nginx',
  name: 'nginx',
  layer: 'reverse-proxy',
  inPath: [{ header: 'server', starts: 'nginx' }],
  requestIds: [{ header: 'x-request-id', label: 'X-Request-Id' }],
  pages: [
    {
      id: 'stock-error-page',
      all: [{ body: '<hr><center>nginx' }],
      any: [
        { header: 'server', starts: 'nginx' },
        { body: '</h1></center><hr><center>nginx' },
      ],
      confidence: 0.9,
      says: 'The page ends with nginx\'s stock signature "<hr><center>nginx</center>".',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        408: { blame: 'client', failure: 'timeout' },
        413: { blame: 'client', failure: 'config' },
        414: { blame: 'client', failure: 'config' },
        429: { blame: 'none', failure: 'rate-limited' },
        494: { blame: 'client', failure: 'config' },
        500: { blame: 'reverse-proxy', failure: 'config' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        // nginx writes its own 503 for limit_req / limit_conn rejections (limit_req_status defaults
        // to 503) and, as ingress-nginx, for a Service without ready endpoints: the page cannot tell
        // the two apart, both mean the backend side had no capacity for this request.
        503: { blame: 'upstream-app', failure: 'overloaded' },
        504: { blame: 'upstream-app', failure: 'timeout' },
        507: { blame: 'reverse-proxy', failure: 'unknown' },
      },
      refine: [
        {
          when: [{ body: 'request header or cookie too large' }],
          blame: 'client',
          failure: 'config',
          says: 'nginx refused the request headers as too large (494 page, large_client_header_buffers).',
        },
        {
          when: [{ body: 'the plain http request was sent to https port' }],
          blame: 'client',
          failure: 'config',
          says: 'A plain-HTTP request reached an nginx HTTPS listener (497 page).',
        },
        {
          when: [{ body: 'no required ssl certificate was sent' }],
          blame: 'client',
          failure: 'tls',
          says: 'nginx requires a client certificate and none was sent (496 page, ssl_verify_client).',
        },
        {
          when: [{ body: '<center>the ssl certificate error</center>' }],
          blame: 'client',
          failure: 'tls',
          says: 'nginx rejected the client certificate (495 page).',
        },
      ],
    },
    {
      id: 'default-50x-html',
      status: [500, 502, 503, 504],
      all: [{ body: 'faithfully yours, nginx' }],
      any: [
        { body: 'sorry, the page you are looking for is currently unavailable' },
        { header: 'server', starts: 'nginx' },
      ],
      confidence: 0.9,
      says: 'nginx\'s default 50x.html ("An error occurred. … Faithfully yours, nginx.").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: NGINX_STYLE_STATUSES,
    },
    {
      // Fedora / EPEL / RHEL / Amazon Linux package the nginx error_page 50x.html with their own page:
      // "nginx error!" banner, "The page you are looking for is temporarily unavailable.", and a
      // "Website Administrator" box naming the distribution and /usr/share/nginx/html/50x.html.
      id: 'distro-50x-html',
      status: [500, 502, 503, 504],
      all: [{ body: '<h1><strong>nginx error!</strong></h1>' }],
      any: [
        { body: 'this is the default error page for <strong>nginx</strong> that is distributed with' },
        { body: '<tt>/usr/share/nginx/html/50x.html</tt>' },
        { title: 'the page is temporarily unavailable' },
        { header: 'server', starts: 'nginx' },
      ],
      confidence: 0.85,
      says: 'The nginx 50x.html of the Fedora / EPEL / Amazon Linux package ("nginx error!" … "This is the default error page for nginx").',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: NGINX_STYLE_STATUSES,
    },
    {
      // A HEAD request (or a client that drops the body) gets nginx's status line and headers only.
      // nginx replaces the upstream's Server header with its own, so an upstream's empty 5xx relayed
      // by nginx looks the same: lower confidence than the page.
      id: 'header-only-5xx',
      status: [502, 504],
      all: [{ bodyEmpty: true }, { header: 'server', starts: 'nginx' }],
      confidence: 0.55,
      says: 'An empty 502/504 answered with "Server: nginx" (nginx\'s stock answer to a HEAD request).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      byStatus: {
        502: { failure: 'invalid-response' },
        504: { failure: 'timeout' },
      },
    },
  ],
  sources: [
    'nginx source, src/http/ngx_http_special_response.c (ngx_http_error_tail, ngx_http_error_full_tail, ngx_http_error_494_page … ngx_http_error_507_page; 494/495/496/497 sent with status 400) — github.com/nginx/nginx, github.com/freenginx/nginx',
    'nginx docs/html/50x.html shipped with the distribution ("An error occurred." … "Faithfully yours, nginx."), as pasted in public repos (e.g. kubectl/EKS error output)',
    'nginx ngx_http_limit_req_module: limit_req_status default 503 (nginx.org docs; nginx mailing list 2008-12 Igor Sysoev)',
    'ingress-nginx 503 for a Service without endpoints, pages pasted in public repos (microk8s ingress notes)',
    'Fedora / EPEL nginx package html/50x.html ("nginx error!", "This is the default error page for nginx that is distributed with Fedora/EPEL/the Amazon Linux AMI", /usr/share/nginx/html/50x.html), as quoted in public repos and https://github.com/hardillb/node-red-contrib-alexa-home-skill/issues/67',
  ],
});
