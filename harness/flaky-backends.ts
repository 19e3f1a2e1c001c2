// "/flaky/<key>": one nginx-like proxy in front of two backends, one of them unhealthy. The proxy
// alternates between them in a fixed pattern per key, so every five consecutive requests of a key
// are answered 3 times by a 502 (the proxy could not get an answer from backend-b) and twice by
// backend-a's page: seed 001's "5xx at intervals: one backend instance". Each answer names its
// backend in X-Upstream (what `add_header X-Upstream $upstream_addr` gives), so the failing node
// can be told apart. Deterministic: the n-th request of a key always gets the same answer.

/** The n-th request of a key (mod 5) goes to backend-b, and fails, at these positions. */
const FAILING_TURNS = new Set([0, 2, 4]);
/** Keys remembered; the oldest is dropped past this, so a long run cannot grow the map. */
const MAX_KEYS = 1_000;
const KEY = /^[a-z0-9-]{1,64}$/i;

export const FLAKY_HEALTHY_NODE = 'backend-a';
export const FLAKY_FAILING_NODE = 'backend-b';

const NGINX_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n';

export interface FlakyAnswer {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
}

export interface FlakyBackends {
  /** The answer to the next GET of /flaky/<key>; undefined for a key that is not [a-z0-9-]{1,64}. */
  answer(key: string): FlakyAnswer | undefined;
}

export function createFlakyBackends(): FlakyBackends {
  const counts = new Map<string, number>();
  return {
    answer(key) {
      if (!KEY.test(key)) return undefined;
      const n = counts.get(key) ?? 0;
      counts.delete(key);
      counts.set(key, n + 1);
      if (counts.size > MAX_KEYS) counts.delete(counts.keys().next().value!);
      const common = { server: 'nginx/1.24.0', 'cache-control': 'no-store' };
      if (FAILING_TURNS.has(n % 5)) {
        return { status: 502, statusText: 'Bad Gateway', headers: { ...common, 'content-type': 'text/html', 'x-upstream': FLAKY_FAILING_NODE }, body: NGINX_502 };
      }
      return {
        status: 200, statusText: 'OK',
        headers: { ...common, 'content-type': 'text/html; charset=utf-8', 'x-upstream': FLAKY_HEALTHY_NODE },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head><body><h1>Shop</h1><p>Served by ${FLAKY_HEALTHY_NODE}.</p></body></html>`,
      };
    },
  };
}
