// /cdn-cgi/trace for the page's origin: no cookies, a short timeout, a size cap. The worker fetches
// it once per failed page, the CLI once per URL. A 404 or anything that is not a trace is itself
// evidence: "not behind Cloudflare".
import type { Trace } from '../engine/evidence';
import { parseTrace } from '../engine/trace';
import { TRACE_MAX_BYTES, TRACE_TIMEOUT_MS } from './limits';
import { readBoundedText } from './read-bounded';

export async function fetchTrace(pageUrl: string, fetchImpl: typeof fetch = fetch): Promise<Trace | null> {
  let url: URL;
  try {
    url = new URL('/cdn-cgi/trace', pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  try {
    // Built apart: Node's RequestInit type lacks `cache` (its fetch accepts it), and a named object
    // type-checks in both the worker (WebWorker lib) and the CLI (Node types).
    const init = {
      credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TRACE_TIMEOUT_MS),
    } as const;
    const response = await fetchImpl(url.href, init);
    if (response.status !== 200) return null;
    // One character over the cap is enough for parseTrace to refuse an oversized answer.
    return parseTrace(await readBoundedText(response, TRACE_MAX_BYTES + 1));
  } catch {
    return null;
  }
}
