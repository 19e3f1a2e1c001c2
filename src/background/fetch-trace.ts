// /cdn-cgi/trace for the page's origin: no cookies, a short timeout, a size cap. Fetched once per
// page. A 404 or anything that is not a trace is itself evidence: "not behind Cloudflare".
import { parseTrace } from '../engine/trace';
import type { Trace } from '../engine/evidence';
import { TRACE_MAX_BYTES, TRACE_TIMEOUT_MS } from '../shared/limits';

export async function fetchTrace(pageUrl: string, fetchImpl: typeof fetch = fetch): Promise<Trace | null> {
  let url: URL;
  try {
    url = new URL('/cdn-cgi/trace', pageUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  try {
    const response = await fetchImpl(url.href, {
      credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(TRACE_TIMEOUT_MS),
    });
    if (response.status !== 200 || !response.body) return null;
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    while (size <= TRACE_MAX_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
    }
    await reader.cancel().catch(() => undefined);
    if (size > TRACE_MAX_BYTES) return null;
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    return parseTrace(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}
