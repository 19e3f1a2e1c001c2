// Timers that end requests at a fixed time: an error that arrives right when one of them fires
// names the layer that gave up. Figures are the vendors' documented defaults; each timer names
// the page that states it. Several products ship no request timer at all by default (Istio's
// VirtualService timeout is off, Traefik's responseHeaderTimeout is 0): they are absent on purpose.
import type { Generator } from '../vocabulary';

// Ids are translation keys (i18n/messages-*.ts `timers`): existing ids stay, new ones are appended.
export const TIMER_IDS = [
  'nginx-proxy-read-timeout', 'alb-idle-timeout', 'cloudflare-proxy-read-timeout', 'cloudfront-origin-response-timeout',
  'heroku-router-timeout', 'api-gateway-integration-timeout', 'envoy-route-timeout', 'azure-front-door-timeout',
  'gclb-backend-timeout', 'haproxy-common-timeout', 'slb-layer4-timeout', 'apache-proxy-timeout',
  'cloudflare-origin-connect-timeout', 'caddy-dial-timeout', 'traefik-dial-timeout', 'alb-target-connect-timeout',
  'kong-service-timeout', 'fastly-first-byte-timeout', 'fastly-connect-timeout', 'squid-read-timeout',
  'squid-connect-timeout', 'akamai-read-timeout', 'netlify-function-timeout', 'netlify-edge-function-header-timeout',
  'vercel-function-max-duration', 'vercel-function-legacy-hobby-duration',
] as const;
export type TimerId = (typeof TIMER_IDS)[number];

/**
 * What the hop was doing when its timer fired: opening the connection to what is behind it
 * (connect), waiting for that side's answer (response), or running the whole request, as a
 * platform's limit on a function's run time does (request).
 */
export const TIMER_PHASES = ['connect', 'response', 'request'] as const;
export type TimerPhase = (typeof TIMER_PHASES)[number];

/** What each timer is, in words, lives in the message catalogs (i18n/messages-*.ts) by id. */
export interface Timer {
  id: TimerId;
  ms: number;
  phase: TimerPhase;
  /** Generators that own this timer; empty means "any reverse proxy or load balancer". */
  generators: Generator[];
  /** Public pages that state the figure. */
  sources: string[];
}

export const TIMERS: readonly Timer[] = [
  {
    // proxy_connect_timeout is 60 s as well: one timer, worded for both.
    id: 'nginx-proxy-read-timeout', ms: 60_000, phase: 'response',
    generators: ['nginx', 'openresty', 'tengine', 'alibaba-slb', 'tencent-clb', 'huawei-elb'],
    sources: ['https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout', 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_connect_timeout'],
  },
  {
    id: 'alb-idle-timeout', ms: 60_000, phase: 'response', generators: ['aws-alb'],
    sources: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#connection-idle-timeout'],
  },
  {
    id: 'alb-target-connect-timeout', ms: 10_000, phase: 'connect', generators: ['aws-alb'],
    sources: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html'],
  },
  {
    id: 'cloudflare-proxy-read-timeout', ms: 120_000, phase: 'response', generators: ['cloudflare'],
    sources: ['https://developers.cloudflare.com/fundamentals/reference/connection-limits/'],
  },
  {
    // "Complete TCP Connection", answered with 522.
    id: 'cloudflare-origin-connect-timeout', ms: 19_000, phase: 'connect', generators: ['cloudflare'],
    sources: ['https://developers.cloudflare.com/fundamentals/reference/connection-limits/'],
  },
  {
    id: 'cloudfront-origin-response-timeout', ms: 30_000, phase: 'response', generators: ['aws-cloudfront'],
    sources: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistValuesOrigin.html#DownloadDistValuesOriginResponseTimeout'],
  },
  {
    id: 'heroku-router-timeout', ms: 30_000, phase: 'response', generators: ['heroku'],
    sources: ['https://devcenter.heroku.com/articles/request-timeout'],
  },
  {
    id: 'api-gateway-integration-timeout', ms: 29_000, phase: 'response', generators: ['aws-api-gateway'],
    sources: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html'],
  },
  {
    // Istio turns this route timeout off (a VirtualService sets its own), so it is Envoy's alone.
    id: 'envoy-route-timeout', ms: 15_000, phase: 'response', generators: ['envoy'],
    sources: ['https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/route/v3/route_components.proto#envoy-v3-api-field-config-route-v3-routeaction-timeout', 'https://istio.io/latest/docs/tasks/traffic-management/request-timeouts/'],
  },
  {
    // Configurable from 16 to 240 s on Standard/Premium.
    id: 'azure-front-door-timeout', ms: 30_000, phase: 'response', generators: ['azure-front-door'],
    sources: ['https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues'],
  },
  {
    id: 'gclb-backend-timeout', ms: 30_000, phase: 'response', generators: ['google-frontend'],
    sources: ['https://cloud.google.com/load-balancing/docs/backend-service#timeout-setting'],
  },
  {
    id: 'haproxy-common-timeout', ms: 50_000, phase: 'response', generators: ['haproxy'],
    sources: ['https://github.com/haproxy/haproxy/blob/master/examples/basic-config-edge.cfg'],
  },
  {
    id: 'slb-layer4-timeout', ms: 900_000, phase: 'response', generators: ['alibaba-slb'],
    sources: ['https://www.alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/add-a-tcp-listener'],
  },
  {
    id: 'apache-proxy-timeout', ms: 60_000, phase: 'response', generators: ['apache'],
    sources: ['https://httpd.apache.org/docs/2.4/mod/core.html#timeout', 'https://httpd.apache.org/docs/2.4/mod/mod_proxy.html#proxytimeout'],
  },
  {
    // Lowered from 10 s to 3 s in Caddy 2.5.
    id: 'caddy-dial-timeout', ms: 3_000, phase: 'connect', generators: ['caddy'],
    sources: ['https://github.com/caddyserver/caddy/pull/4436', 'https://caddyserver.com/docs/caddyfile/directives/reverse_proxy#dial_timeout'],
  },
  {
    // responseHeaderTimeout is 0 (none) by default: a default Traefik's 504 is a dial that timed out.
    id: 'traefik-dial-timeout', ms: 30_000, phase: 'connect', generators: ['traefik'],
    sources: ['https://doc.traefik.io/traefik/master/reference/routing-configuration/http/load-balancing/serverstransport/'],
  },
  {
    // A Service's connect_timeout, read_timeout and write_timeout are all 60000 ms.
    id: 'kong-service-timeout', ms: 60_000, phase: 'response', generators: ['kong'],
    sources: ['https://developer.konghq.com/gateway/entities/service/'],
  },
  {
    id: 'fastly-first-byte-timeout', ms: 15_000, phase: 'response', generators: ['fastly'],
    sources: ['https://www.fastly.com/documentation/reference/vcl/variables/backend-connection/bereq-first-byte-timeout/'],
  },
  {
    id: 'fastly-connect-timeout', ms: 1_000, phase: 'connect', generators: ['fastly'],
    // Fastly's generated VCL gives every backend ".connect_timeout = 1s; .first_byte_timeout = 15s".
    sources: ['https://www.fastly.com/documentation/reference/vcl/variables/backend-connection/bereq-connect-timeout/', 'https://pastebin.com/PfxD0pD4'],
  },
  {
    id: 'squid-read-timeout', ms: 900_000, phase: 'response', generators: ['squid'],
    sources: ['https://www.squid-cache.org/Doc/config/read_timeout/'],
  },
  {
    id: 'squid-connect-timeout', ms: 60_000, phase: 'connect', generators: ['squid'],
    sources: ['https://www.squid-cache.org/Doc/config/connect_timeout/'],
  },
  {
    id: 'akamai-read-timeout', ms: 120_000, phase: 'response', generators: ['akamai'],
    sources: ['https://techdocs.akamai.com/property-mgr/docs/read-timeout'],
  },
  {
    // The synchronous execution limit; not configurable.
    id: 'netlify-function-timeout', ms: 60_000, phase: 'request', generators: ['netlify'],
    sources: ['https://docs.netlify.com/build/functions/configuration'],
  },
  {
    id: 'netlify-edge-function-header-timeout', ms: 40_000, phase: 'response', generators: ['netlify'],
    sources: ['https://docs.netlify.com/edge-functions/limits/'],
  },
  {
    // maxDuration's default on every plan with Fluid compute; configurable up to 800 s on Pro.
    id: 'vercel-function-max-duration', ms: 300_000, phase: 'request', generators: ['vercel'],
    sources: ['https://vercel.com/docs/functions/limitations', 'https://vercel.com/docs/functions/configuring-functions/duration'],
  },
  {
    // Hobby projects without Fluid compute kept the old 10 s default.
    id: 'vercel-function-legacy-hobby-duration', ms: 10_000, phase: 'request', generators: ['vercel'],
    sources: ['https://github.com/sveltejs/kit/pull/11869', 'https://vercel.com/docs/functions/limitations'],
  },
];

/**
 * How far from a timer an elapsed time may be and still match it: clocks and queues add a little,
 * and the visitor's own round trips add a fixed amount that dwarfs a share of a short timer.
 */
export const TIMER_TOLERANCE = { below: 0.03, above: 0.12, aboveMs: 400 };
