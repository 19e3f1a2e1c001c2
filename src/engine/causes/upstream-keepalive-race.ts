// The backend closes idle keep-alive connections sooner than the load balancer expects; a request sent
// on a connection the backend is closing fails. ALB 502 (target closed with RST/FIN while a request was
// outstanding), Heroku Router 2.0 H13/H18, Envoy 503 UC, Google LB 502. Needs a proxy or load balancer
// in the path: a browser talking to the server directly has no pooled connection to race on.
import { defineCause } from '../knowledge/cause';

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'upstream-keepalive-race',
  title: "The backend closes keep-alive connections sooner than the load balancer's idle timeout",
  summary: 'The site\'s server closes idle connections before its load balancer stops using them, so now and then a request is lost.',
  why:
    'Load balancers reuse connections to backends. If the backend\'s keep-alive timeout is shorter than the load ' +
    'balancer\'s (ALB idle timeout 60 s; Google front ends keep backend connections for 600 s; the Heroku router ' +
    '90 s), the backend may close a connection just as the load balancer sends a new request on it. That request ' +
    'fails at once with 502 (ALB, Google), 503 "upstream connect error … connection termination" (Envoy) or ' +
    'H13 / H18 (Heroku). The errors are rare, random and fast, and do not follow load.',
  needs: { layers: ['cdn', 'waf', 'anti-ddos', 'load-balancer', 'reverse-proxy'] },
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 5, because: 'ALB 502: a target closing the connection while a request is outstanding is typical when its keep-alive is shorter than the ALB idle timeout.' },
    { id: 'google-frontend-502-within-5s', generator: ['google-frontend'], status: [502], elapsedMs: { max: 5000 }, weight: 3, because: 'A fast Google Cloud LB 502: the backend closed a reused connection (backend keep-alive must exceed 600 s).' },
    { id: 'envoy-503', generator: ['envoy', 'istio'], status: [503], weight: 3, because: 'Envoy 503 with a reset on a reused upstream connection is the keep-alive race.' },
    { id: 'heroku-503-within-5s', generator: ['heroku'], status: [503], elapsedMs: { max: 5000 }, weight: 2, because: 'A fast Heroku 503: with Router 2.0, a dyno closing idle keep-alive connections causes H13 / H18.' },
    { id: 'proxies-502-within-2s', generator: ['azure-app-gateway', 'alibaba-slb', 'tencent-clb', 'huawei-elb', 'haproxy', 'traefik'], status: [502], elapsedMs: { max: 2000 }, weight: 2, because: 'A fast 502 from a load balancer: a backend that closed the reused connection.' },
    { id: 'empty-response-blame-upstream-app-origin-within-2s', failure: ['empty-response'], blame: ['upstream-app', 'origin'], elapsedMs: { max: 2000 }, weight: 2, because: 'A proxy is in the path and the backend closed the connection immediately without answering.' },
    { id: 'not-refused-etc', failure: ['refused', 'dns', 'tls', 'no-healthy-upstream'], weight: -4, because: 'The proxy could not open a connection to the backend at all (refused, DNS, TLS or no backend): the keep-alive race happens only on a connection that was already open.' },
    { id: 'not-after-10s', elapsedMs: { min: 10000 }, weight: -3, because: 'The error came after more than 10 s: a request sent on a connection the backend had just closed fails at once, not after a wait.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The page puts the fault at the edge, in the request, or nowhere: the load balancer-to-backend connection did not fail.' },
  ],
  steps: [
    {
      id: 'compare-timeouts-alb',
      title: 'ALB: read the idle timeout the backend must outlast',
      detail: 'The ALB idle timeout is 60 s unless changed; the targets\' keep-alive timeout must be longer.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-alb'] },
      command: "aws elbv2 describe-load-balancer-attributes --load-balancer-arn LOAD_BALANCER_ARN --query \"Attributes[?Key=='idle_timeout.timeout_seconds']\"",
    },
    {
      id: 'compare-timeouts-nginx',
      title: 'Read nginx\'s keep-alive timeout',
      detail: 'keepalive_timeout defaults to 75 s; it must be longer than the idle timeout of the load balancer in front.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], notStack: ['managed-platform', 'windows'] },
      command: 'grep -rn keepalive_timeout /etc/nginx/',
    },
    {
      id: 'compare-timeouts',
      title: 'Compare the backend keep-alive timeout with the load balancer\'s',
      detail: 'Look up the load balancer\'s idle timeout for backend connections and the backend server\'s keep-alive (idle) timeout: the backend must keep idle connections open longer.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'raise-backend-keepalive-alb',
      title: 'ALB: raise the targets\' keep-alive above 60 s',
      detail: 'For the default 60 s idle timeout, set the targets\' keep-alive (idle) timeout to 65–75 s; some application servers close idle connections after only a few seconds by default.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['aws-alb'] },
    },
    {
      id: 'raise-backend-keepalive-google',
      title: 'Google Cloud LB: keep backend connections open longer than 600 s',
      detail: 'Google front ends keep connections to backends for up to 600 s: set the backend server\'s keep-alive timeout above that (for example 620 s).',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['google-frontend'] },
    },
    {
      id: 'envoy-idle-timeout',
      title: 'Envoy: close idle upstream connections before the backend does',
      detail: 'Set the cluster\'s idle_timeout (common_http_protocol_options) below the backend\'s keep-alive timeout; a retry policy with retry_on: reset hides the rest.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['envoy'], absent: ['istio'] },
    },
    {
      id: 'istio-idle-timeout',
      title: 'Istio: close idle upstream connections before the backend does',
      detail: 'In the DestinationRule of the service, set trafficPolicy.connectionPool.http.idleTimeout below the backend\'s keep-alive timeout.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['istio'] },
    },
    {
      id: 'heroku-keepalive',
      title: 'Heroku Router 2.0: raise the server idle timeout or disable keep-alive to dynos',
      detail: 'Heroku recommends an idle timeout above the router\'s 90 s; as a quick fix keep-alives to dynos can be turned off.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['heroku'] },
      command: 'heroku labs:enable http-disable-keepalive-to-dyno -a APP_NAME',
    },
    {
      id: 'raise-backend-keepalive',
      title: 'Raise the backend keep-alive above the load balancer\'s idle timeout',
      detail: 'Set the backend server\'s keep-alive (idle) timeout a few seconds longer than the load balancer\'s idle timeout, so the load balancer always closes an idle connection first.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: ['aws-alb', 'google-frontend', 'envoy', 'istio', 'heroku'] },
    },
    {
      id: 'retry',
      title: 'Reload the page',
      detail: 'This failure is random and short-lived; a reload normally works.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 502)',
    'https://repost.aws/knowledge-center/504-error-classic (keep-alive longer than the idle timeout)',
    'https://cloud.google.com/load-balancing/docs/https/request-distribution (backend keep-alive 600 s)',
    'https://help.heroku.com/Y6M4QI4V/how-do-i-fix-new-h18-or-h13-errors-that-have-started-since-switching-to-router-2-0',
    'http://nginx.org/en/docs/http/ngx_http_core_module.html#keepalive_timeout (default 75 s)',
    'https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/core/v3/protocol.proto (HttpProtocolOptions idle_timeout)',
    'https://istio.io/latest/docs/reference/config/networking/destination-rule/ (ConnectionPoolSettings.HTTPSettings idleTimeout)',
  ],
});
