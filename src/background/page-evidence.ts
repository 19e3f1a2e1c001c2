// Evidence for a page: its main-frame response as webRequest saw it, completed by what the collector
// read from the document (body, title, Navigation Timing) and the site's /cdn-cgi/trace.
import type { EvidenceInput } from '../engine/evidence';
import { toEvidence } from './entries';
import type { EntryView, PageView } from './store';

/** The page's own request: the last hop of its main-frame request (after redirects). */
export function mainEntry(page: PageView): EntryView | undefined {
  for (let i = page.entries.length - 1; i >= 0; i--) {
    const e = page.entries[i]!;
    if (e.id === page.key && e.type === 'main_frame') return e;
  }
  return undefined;
}

export function pageEvidence(page: PageView, main: EntryView): EvidenceInput {
  const evidence = toEvidence(main);
  // The page's own body is seen: the collector reads it, and when it could not run the browser was
  // showing its own error page, which it does for an answer with an empty body.
  evidence.bodySeen = true;
  const collected = page.collected;
  if (collected && collected.url.split('#')[0] === main.url.split('#')[0]) {
    evidence.body = collected.html || collected.text;
    evidence.title = collected.title;
    const t = collected.timing;
    if (t) {
      evidence.timings = { ...evidence.timings!, dns: t.dns, connect: t.connect, ssl: t.ssl, wait: t.wait, receive: t.receive };
      if (!evidence.protocol && t.nextHopProtocol) evidence.protocol = t.nextHopProtocol;
    }
  }
  if (page.trace !== undefined) evidence.trace = page.trace;
  return evidence;
}
