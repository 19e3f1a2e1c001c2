// Injected by the worker only into a tab whose page failed (never into healthy pages). Reads bounded
// evidence from the document once and sends it to the worker, which validates it.
import type { Collected, NavigationTiming } from '../shared/collected';
import { COLLECT_LIMITS } from '../shared/limits';
import { doctypeOf, serializeBounded, textBounded } from './serialize';

type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const span = (from: number, to: number) => (from > 0 && to >= from ? Math.round(to - from) : -1);

function navigationTiming(): NavigationTiming | undefined {
  const nav = performance.getEntriesByType('navigation')[0] as (PerformanceNavigationTiming & { responseStatus?: number }) | undefined;
  if (!nav) return undefined;
  return {
    responseStatus: nav.responseStatus,
    nextHopProtocol: nav.nextHopProtocol.slice(0, 32),
    dns: span(nav.domainLookupStart, nav.domainLookupEnd),
    connect: span(nav.connectStart, nav.connectEnd),
    ssl: nav.secureConnectionStart > 0 ? span(nav.secureConnectionStart, nav.connectEnd) : -1,
    wait: span(nav.requestStart, nav.responseStart),
    receive: span(nav.responseStart, nav.responseEnd),
    total: span(nav.startTime || 0.001, nav.responseEnd),
  };
}

function collect(): Collected {
  const doc = document;
  const isHtml = /html/i.test(doc.contentType);
  // Chrome shows text/plain and JSON in a <pre>: the body text is the response itself.
  const html = isHtml ? `${doctypeOf(doc)}${serializeBounded(doc.documentElement, COLLECT_LIMITS.html - 512)}` : (doc.body?.textContent ?? '').slice(0, COLLECT_LIMITS.html);
  return {
    url: location.href.slice(0, 8_192),
    title: doc.title.slice(0, COLLECT_LIMITS.title),
    html,
    text: textBounded(doc.body, COLLECT_LIMITS.text),
    timing: navigationTiming(),
  };
}

(() => {
  const marked = window as Window & { __faultlineCollected?: true };
  if (marked.__faultlineCollected) return;
  marked.__faultlineCollected = true;
  const api = ((globalThis as { browser?: Runtime }).browser ?? (globalThis as unknown as { chrome: Runtime }).chrome);
  const send = () => void api.runtime.sendMessage({ type: 'collector/collected', payload: collect() }).catch(() => undefined);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', send, { once: true });
  else send();
})();
