// What a reverse proxy's own stock page says at each 5xx, shared by the fingerprints of proxies
// built on nginx (nginx, APISIX): a 500 is its own configuration failing, 502 an invalid answer
// from the upstream, 503 no capacity (limit_conn / limit_req), 504 the upstream too slow.
import type { Verdict } from './fingerprint';

export const NGINX_STYLE_STATUSES: Record<number, Verdict> = {
  500: { blame: 'reverse-proxy', failure: 'config' },
  502: { failure: 'invalid-response' },
  503: { failure: 'overloaded' },
  504: { failure: 'timeout' },
};
