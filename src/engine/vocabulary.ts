// The ids the engine speaks, with their meaning (docs/architecture.md draws where each layer sits). Ids are never renamed; new vendors add ids.
import { z } from 'zod';

export const GENERATORS = [
  'cloudflare', 'aws-cloudfront', 'akamai', 'fastly', 'google-frontend', 'azure-front-door',
  'azure-app-gateway', 'aws-alb', 'aws-api-gateway', 'alibaba-slb', 'alibaba-waf', 'alibaba-cdn',
  'huawei-waf', 'huawei-elb', 'tencent-waf', 'tencent-anti-ddos', 'tencent-clb', 'tencent-edgeone',
  'imperva', 'sucuri', 'f5', 'ddos-guard', 'heroku', 'vercel', 'netlify', 'haproxy', 'nginx',
  'openresty', 'tengine', 'apache', 'iis', 'envoy', 'istio', 'traefik', 'caddy', 'varnish',
  'litespeed', 'kong', 'squid',
  // PaaS routers and hosting fronts.
  'railway', 'render', 'fly-io', 'cloud-foundry', 'openshift', 'ngrok', 'github-pages', 'azure-app-service',
  'aws-s3',
  // Application servers.
  'gunicorn', 'uwsgi', 'puma', 'kestrel',
  // Proxies, gateways and development proxies.
  'apache-traffic-server', 'lighttpd', 'tinyproxy', 'tyk', 'apisix', 'http-proxy-middleware', 'mitmproxy',
  'kube-apiserver',
  // Hosting limits and site security plugins.
  'cloudlinux', 'wordfence',
  // More CDNs and WAFs.
  'bunnycdn', 'gcore', 'keycdn', 'barracuda', 'fortiweb', 'modsecurity', 'safeline', 'safedog',
  'app', 'none', 'unknown',
] as const;

/** Generators that are outcomes, not products: they have no fingerprint file. */
export const OUTCOME_GENERATORS = ['none', 'unknown'] as const;

export const LAYERS = [
  'cdn', 'waf', 'anti-ddos', 'load-balancer', 'reverse-proxy', 'app', 'none', 'unknown',
] as const;

export const BLAMES = [
  'edge', 'origin', 'reverse-proxy', 'upstream-app', 'cdn-config', 'client', 'none', 'unknown',
] as const;

export const FAILURES = [
  'refused', 'timeout', 'tls', 'dns', 'unreachable', 'invalid-response', 'empty-response',
  'overloaded', 'no-healthy-upstream', 'blocked', 'rate-limited', 'challenge', 'maintenance',
  'config', 'unknown',
] as const;

/** Failures that are a stop on purpose, not a fault: the page says who stopped the visitor and why. */
export const ON_PURPOSE_FAILURES = ['blocked', 'challenge', 'rate-limited', 'maintenance'] as const;

/**
 * What the page, its headers and its URL show about the site's stack, beyond who answered:
 * php (X-Powered-By: PHP, PHPSESSID, a .php path, php-fpm or lsphp text), windows (IIS, ASP.NET),
 * managed-platform (a platform that runs the code for the owner: no shell, no systemd, its own
 * limits), kubernetes (a mesh or ingress controller in the path). Advice that assumes a stack
 * is shown only with its evidence.
 */
export const STACK_TAGS = ['php', 'windows', 'managed-platform', 'kubernetes'] as const;

/** What a visitor's step asks them to do: two steps with one intent say the same thing. */
export const VISITOR_INTENTS = ['retry', 'other-network', 'tell-owner', 'change-request', 'browser'] as const;

/** An owner's step either tests a hypothesis (check) or changes something (fix). */
export const STEP_KINDS = ['check', 'fix'] as const;

export const Generator = z.enum(GENERATORS);
export const Layer = z.enum(LAYERS);
export const Blame = z.enum(BLAMES);
export const Failure = z.enum(FAILURES);

export type Generator = z.infer<typeof Generator>;
export type StackTag = (typeof STACK_TAGS)[number];
export type VisitorIntent = (typeof VISITOR_INTENTS)[number];
export type StepKind = (typeof STEP_KINDS)[number];
export type ProductGenerator = Exclude<Generator, (typeof OUTCOME_GENERATORS)[number]>;
export type Layer = z.infer<typeof Layer>;
export type Blame = z.infer<typeof Blame>;
export type Failure = z.infer<typeof Failure>;

/** Outermost first: the order in which a request crosses the layers. */
export const LAYER_DEPTH: Record<Layer, number> = {
  cdn: 0, 'anti-ddos': 1, waf: 2, 'load-balancer': 3, 'reverse-proxy': 4, app: 5, none: 6, unknown: 6,
};
