// The backend closes idle keep-alive connections sooner than the load balancer expects; a request sent
// on a connection the backend is closing fails. ALB 502 (target closed with RST/FIN while a request was
// outstanding), Heroku Router 2.0 H13/H18, Envoy 503 UC, Google LB 502.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'upstream-keepalive-race',
  title: "The backend closes keep-alive connections sooner than the load balancer's idle timeout",
  why:
    'Load balancers reuse connections to backends. If the backend\'s keep-alive timeout is shorter than the load ' +
    'balancer\'s (ALB idle timeout 60 s; Google front ends keep backend connections for 600 s; the Heroku router ' +
    '90 s), the backend may close a connection just as the load balancer sends a new request on it. That request ' +
    'fails at once with 502 (ALB, Google), 503 "upstream connect error … connection termination" (Envoy) or ' +
    'H13 / H18 (Heroku). The errors are rare, random and fast, and do not follow load.',
  fixedBy: 'site-owner',
  layer: 'app',
  when: [
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 5, because: 'ALB 502: a target closing the connection while a request is outstanding is typical when its keep-alive is shorter than the ALB idle timeout.' },
    { id: 'google-frontend-502-within-5s', generator: ['google-frontend'], status: [502], elapsedMs: { max: 5000 }, weight: 3, because: 'A fast Google Cloud LB 502: the backend closed a reused connection (backend keep-alive must exceed 600 s).' },
    { id: 'envoy-503', generator: ['envoy', 'istio'], status: [503], weight: 3, because: 'Envoy 503 with a reset on a reused upstream connection is the keep-alive race.' },
    { id: 'heroku-503-within-5s', generator: ['heroku'], status: [503], elapsedMs: { max: 5000 }, weight: 2, because: 'A fast Heroku 503: with Router 2.0, a dyno closing idle keep-alive connections causes H13 / H18.' },
    { id: 'proxies-502-within-2s', generator: ['azure-app-gateway', 'alibaba-slb', 'tencent-clb', 'huawei-elb', 'haproxy', 'traefik'], status: [502], elapsedMs: { max: 2000 }, weight: 2, because: 'A fast 502 from a load balancer: a backend that closed the reused connection.' },
    { id: 'empty-response-blame-upstream-app-origin-within-2s', failure: ['empty-response'], blame: ['upstream-app', 'origin'], elapsedMs: { max: 2000 }, weight: 2, because: 'The backend closed the connection immediately without answering.' },
    { id: 'not-after-10s', elapsedMs: { min: 10000 }, weight: -3, because: 'The error took a long time, while the keep-alive race fails at once.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is not the load balancer-to-backend connection.' },
  ],
  steps: [
    {
      id: 'compare-timeouts',
      title: 'Compare the backend keep-alive timeout with the load balancer\'s',
      detail: 'The backend must keep idle connections open longer than the load balancer does. nginx keepalive_timeout defaults to 75 s; Node.js server.keepAliveTimeout to 5 s (too short behind ALB).',
      audience: 'owner',
      command: "grep -rn keepalive_timeout /etc/nginx/; aws elbv2 describe-load-balancer-attributes --load-balancer-arn LOAD_BALANCER_ARN --query \"Attributes[?Key=='idle_timeout.timeout_seconds']\"",
    },
    {
      id: 'raise-backend-keepalive',
      title: 'Raise the backend keep-alive above the load balancer\'s idle timeout',
      detail: 'For ALB (60 s): nginx keepalive_timeout 75s; Apache KeepAliveTimeout 65; Node.js server.keepAliveTimeout = 65000 and server.headersTimeout = 66000. For Google Cloud LB use more than 600 s.',
      audience: 'owner',
      command: 'keepalive_timeout 75s;',
    },
    {
      id: 'heroku-keepalive',
      title: 'Heroku Router 2.0: raise the server idle timeout or disable keep-alive to dynos',
      detail: 'Heroku recommends an idle timeout above the router\'s 90 s; as a quick fix keep-alives to dynos can be turned off.',
      audience: 'owner',
      command: 'heroku labs:enable http-disable-keepalive-to-dyno -a APP_NAME',
    },
    {
      id: 'retry',
      title: 'Reload the page',
      detail: 'This failure is random and short-lived; a reload normally works.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 502)',
    'https://repost.aws/knowledge-center/504-error-classic (keep-alive longer than the idle timeout)',
    'https://cloud.google.com/load-balancing/docs/https/request-distribution (backend keep-alive 600 s)',
    'https://help.heroku.com/Y6M4QI4V/how-do-i-fix-new-h18-or-h13-errors-that-have-started-since-switching-to-router-2-0',
  ],
});
