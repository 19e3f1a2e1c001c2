// Timers that end requests at a fixed time: an error that arrives right when one of them fires
// names the layer that gave up. Facts from the vendors' documentation.
import type { Generator } from '../vocabulary';

export const TIMER_IDS = [
  'nginx-proxy-read-timeout', 'alb-idle-timeout', 'cloudflare-proxy-read-timeout', 'cloudfront-origin-response-timeout',
  'heroku-router-timeout', 'api-gateway-integration-timeout', 'envoy-route-timeout', 'azure-front-door-timeout',
  'gclb-backend-timeout', 'haproxy-common-timeout', 'slb-layer4-timeout', 'apache-proxy-timeout',
] as const;
export type TimerId = (typeof TIMER_IDS)[number];

/** What each timer is, in words, lives in the message catalogs (i18n/messages-*.ts) by id. */
export interface Timer {
  id: TimerId;
  ms: number;
  /** Generators that own this timer; empty means "any reverse proxy or load balancer". */
  generators: Generator[];
}

export const TIMERS: readonly Timer[] = [
  { id: 'nginx-proxy-read-timeout', ms: 60_000, generators: ['nginx', 'openresty', 'tengine', 'alibaba-slb', 'tencent-clb', 'huawei-elb'] },
  { id: 'alb-idle-timeout', ms: 60_000, generators: ['aws-alb'] },
  { id: 'cloudflare-proxy-read-timeout', ms: 100_000, generators: ['cloudflare'] },
  { id: 'cloudfront-origin-response-timeout', ms: 30_000, generators: ['aws-cloudfront'] },
  { id: 'heroku-router-timeout', ms: 30_000, generators: ['heroku'] },
  { id: 'api-gateway-integration-timeout', ms: 29_000, generators: ['aws-api-gateway'] },
  { id: 'envoy-route-timeout', ms: 15_000, generators: ['envoy', 'istio'] },
  { id: 'azure-front-door-timeout', ms: 60_000, generators: ['azure-front-door'] },
  { id: 'gclb-backend-timeout', ms: 30_000, generators: ['google-frontend'] },
  { id: 'haproxy-common-timeout', ms: 50_000, generators: ['haproxy'] },
  { id: 'slb-layer4-timeout', ms: 900_000, generators: ['alibaba-slb'] },
  { id: 'apache-proxy-timeout', ms: 60_000, generators: ['apache'] },
];

/** How far from a timer an elapsed time may be and still match it: clocks and queues add a little. */
export const TIMER_TOLERANCE = { below: 0.03, above: 0.12 };
