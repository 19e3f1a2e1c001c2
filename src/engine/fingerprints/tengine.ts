// Tengine (Alibaba's nginx fork) writes its own error pages from src/http/ngx_http_special_response.c,
// which differs from nginx's: the classic template (Tengine 1.x/2.x) has no <center> tags, appends the
// "server_info" block ("Sorry for the inconvenience. Please report this message and include the
// following information to us." + a URL/Server/Date table) and ends with "<hr/>Powered by Tengine"
// (or "Tengine/x.y.z" with server_tokens on). Newer builds (Tengine 3.x, seen on Alibaba endpoints)
// write nginx's layout with the tail "<hr><center>tengine</center>", sometimes after "<hr/>Powered by
// Tengine". Alibaba Cloud CDN, WAF and SLB run Tengine and send a bare "Server: Tengine", so a bare
// "Server: Tengine" does not prove a self-hosted Tengine: inPath only trusts the versioned form
// ("Tengine/2.3.3", server_tokens on), and the Alibaba products are told apart by their own headers
// (alibaba-cdn: X-Swift-Error / X-Tengine-Error / EagleId; alibaba-waf: acw_tc cookie, block page).
// The server_info table's "Server:" row is the host name of the Tengine machine itself
// (ngx_cycle->hostname), not of the backend: it tells the owner which proxy's error log to read.
import { defineFingerprint } from '../knowledge/fingerprint';

const byStatus = {
  500: { blame: 'reverse-proxy', failure: 'config' },
  502: { blame: 'upstream-app', failure: 'invalid-response' },
  503: { blame: 'upstream-app', failure: 'overloaded' },
  504: { blame: 'upstream-app', failure: 'timeout' },
  400: { blame: 'client', failure: 'invalid-response' },
  413: { blame: 'client', failure: 'config' },
  414: { blame: 'client', failure: 'config' },
  494: { blame: 'client', failure: 'config' },
} as const;

export default defineFingerprint({
  generator: 'tengine',
  name: 'Tengine',
  layer: 'reverse-proxy',
  inPath: [{ header: 'server', starts: 'tengine/' }],
  requestIds: [{ from: 'body', pattern: /<td>server:<\/td><td>([^<]{1,64})<\/td>/, label: 'Tengine host (server_info)' }],
  pages: [
    {
      id: 'server-info-page',
      all: [{ body: 'please report this message and include the following information to us.' }],
      any: [{ body: '<hr>powered by tengine' }, { body: '<td>url:</td>' }, { header: 'server', starts: 'tengine' }],
      confidence: 0.85,
      says: 'Tengine\'s stock error page with its server_info block ("Please report this message and include the following information to us.").',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
      byStatus,
      refine: [
        {
          when: [{ body: 'request header or cookie too large' }],
          blame: 'client',
          failure: 'config',
          says: 'Tengine refused the request headers as too large (large_client_header_buffers).',
        },
        {
          when: [{ body: '<td>server:</td>' }],
          says: 'The server_info table\'s "Server:" row is the host name of the Tengine machine that wrote this page (not the backend behind it): its error log says which upstream failed and why.',
        },
      ],
    },
    {
      id: 'powered-by-banner',
      all: [{ body: '<hr>powered by tengine' }],
      any: [{ header: 'server', starts: 'tengine' }],
      confidence: 0.85,
      says: 'The page ends with Tengine\'s banner "<hr/>Powered by Tengine".',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
      byStatus,
    },
    {
      id: 'center-tail',
      all: [{ body: '<hr><center>tengine' }],
      any: [{ header: 'server', starts: 'tengine' }],
      confidence: 0.85,
      says: 'The page ends with Tengine\'s signature "<hr><center>tengine</center>".',
      layer: 'reverse-proxy',
      blame: 'reverse-proxy',
      failure: 'unknown',
      byStatus,
    },
  ],
  sources: [
    'alibaba/tengine src/http/ngx_http_special_response.c (ngx_http_server_info_head, ngx_http_error_banner "<hr/>Powered by " TENGINE, error page templates; ngx_http_set_server_info writes ngx_cycle->hostname in the "Server:" row)',
    'alibaba/tengine tests (server_tokens on → "Powered by Tengine/", off → "Powered by Tengine<", server_tag)',
    'https://github.com/alibaba/tengine/issues/880 and /issues/1643 (502 page with server_info table pasted)',
    'https://github.com/alibaba/tengine/issues/966 (504 page "Powered by Tengine"; maintainer: proxy_read_timeout, grep "upstream timed out")',
    'https://github.com/alibaba/tengine/issues/1725 (maintainer: Tengine returns 500 when no machine is left in the upstream)',
    'Public GitHub code quoting Tengine 3.x pages: "<center><h1>502 Bad Gateway</h1></center>\\r\\n<hr><center>tengine</center>" and "<hr/>Powered by Tengine<hr><center>tengine</center>"',
  ],
});
