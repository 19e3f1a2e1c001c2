// Timers that end requests at a fixed time: an error that arrives right when one of them fires
// names the layer that gave up. Facts from the vendors' documentation.
import type { Generator } from '../vocabulary';

export interface Timer {
  id: string;
  ms: number;
  /** Generators that own this timer; empty means "any reverse proxy or load balancer". */
  generators: Generator[];
  says: string;
}

export const TIMERS: readonly Timer[] = [
  { id: 'nginx-proxy-read-timeout', ms: 60_000, generators: ['nginx', 'openresty', 'tengine', 'alibaba-slb', 'tencent-clb', 'huawei-elb'],
    says: "nginx's proxy_read_timeout / fastcgi_read_timeout and Alibaba SLB's layer-7 timeout default to 60 s" },
  { id: 'alb-idle-timeout', ms: 60_000, generators: ['aws-alb'], says: "AWS ALB's idle timeout defaults to 60 s" },
  { id: 'cloudflare-proxy-read-timeout', ms: 100_000, generators: ['cloudflare'], says: "Cloudflare waits 100 s for the origin's response headers before error 524" },
  { id: 'cloudfront-origin-response-timeout', ms: 30_000, generators: ['aws-cloudfront'], says: "CloudFront's origin response timeout defaults to 30 s" },
  { id: 'heroku-router-timeout', ms: 30_000, generators: ['heroku'], says: "Heroku's router ends requests after 30 s (H12)" },
  { id: 'api-gateway-integration-timeout', ms: 29_000, generators: ['aws-api-gateway'], says: "API Gateway's integration timeout is 29 s" },
  { id: 'envoy-route-timeout', ms: 15_000, generators: ['envoy', 'istio'], says: "Envoy's default route timeout is 15 s" },
  { id: 'azure-front-door-timeout', ms: 60_000, generators: ['azure-front-door'], says: "Azure Front Door's origin response timeout defaults to 60 s" },
  { id: 'gclb-backend-timeout', ms: 30_000, generators: ['google-frontend'], says: "Google Cloud Load Balancing's backend service timeout defaults to 30 s" },
  { id: 'haproxy-common-timeout', ms: 50_000, generators: ['haproxy'], says: 'HAProxy\'s sample configuration sets "timeout server 50s"' },
  { id: 'slb-layer4-timeout', ms: 900_000, generators: ['alibaba-slb'], says: "Alibaba SLB's layer-4 listeners time out idle connections after 900 s" },
  { id: 'apache-proxy-timeout', ms: 60_000, generators: ['apache'], says: "Apache's Timeout (used by mod_proxy) defaults to 60 s" },
];

/** How far from a timer an elapsed time may be and still match it: clocks and queues add a little. */
export const TIMER_TOLERANCE = { below: 0.03, above: 0.12 };
