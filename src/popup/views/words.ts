// Plain words for the vocabulary's ids, as the popup shows them.
export const LAYER_WORDS: Record<string, string> = {
  cdn: 'CDN', waf: 'WAF', 'anti-ddos': 'anti-DDoS', 'load-balancer': 'load balancer', 'reverse-proxy': 'web server / proxy',
  app: 'application', none: '', unknown: 'unknown',
};

export const BLAME_WORDS: Record<string, string> = {
  edge: 'the CDN / edge itself', origin: "the site's server (origin)", 'reverse-proxy': "the site's web server", 'upstream-app': 'the application behind the proxy',
  'cdn-config': "the edge's configuration", client: 'the request itself', none: 'nothing failed (stopped on purpose)', unknown: 'cannot be told',
};

export const confidenceWords = (c: number) => (c >= 0.85 ? 'high' : c >= 0.6 ? 'fair' : c >= 0.35 ? 'low' : 'very low');
