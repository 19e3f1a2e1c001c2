// The request's path as the popup draws it, browser first: which hop wrote the error page, which
// one failed, and a status word for every hop (Cloudflare's error page does the same: Working /
// Error per box). A pure function of the diagnosis; the words are passed in (the popup's catalog),
// so it is tested without a browser.
import type { Diagnosis, PathHop } from '../engine/diagnosis';
import type { Layer } from '../engine/vocabulary';

/** Before the fault the request got through; at it, it failed or was stopped; past it, nobody can tell. */
export type HopStatus = 'working' | 'error' | 'blocked' | 'unknown';

export interface Hop {
  name: string;
  layer: string;
  failed: boolean;
  writer: boolean;
  status: HopStatus;
  /** Where the hop answered (a PoP such as "FRA"), when a header or the trace says. */
  place?: string;
  /** The city of that PoP ("Frankfurt"), in the diagnosis's language, when the engine knows it. */
  city?: string;
}

/** The words for hops the diagnosis does not name itself. */
export interface HopWords {
  browser: string;
  you: string;
  originServer: string;
  origin: string;
  application: string;
  layer(layer: Layer): string;
}

/** Blames that put the failure in the hop that wrote the page. */
const WRITER_FAILED = new Set<Diagnosis['blame']>(['edge', 'cdn-config', 'reverse-proxy']);

/** The engine adds `place` to its hops; until every engine build does, it is read as optional. */
const placeOf = (hop: PathHop): string | undefined => {
  const place = (hop as PathHop & { place?: unknown }).place;
  return typeof place === 'string' && place !== '' ? place : undefined;
};

type Drawn = Omit<Hop, 'status'>;

export function hopsOf(d: Diagnosis, words: HopWords): Hop[] {
  return withStatus(d, drawnHops(d, words));
}

function drawnHops(d: Diagnosis, words: HopWords): Drawn[] {
  const hops: Drawn[] = [{ name: words.browser, layer: words.you, failed: d.blame === 'client', writer: false }];
  let writerIndex = d.path.findIndex((hop) => hop.generator === d.generator);
  d.path.forEach((hop, i) => {
    const isWriter = i === writerIndex;
    const place = placeOf(hop);
    const city = place && hop.city ? hop.city : undefined;
    hops.push({ name: hop.name, layer: words.layer(hop.layer), failed: isWriter && WRITER_FAILED.has(d.blame), writer: isWriter, ...(place ? { place } : {}), ...(city ? { city } : {}) });
  });
  // No fingerprint wrote the page, but a header names the hop that answered (Server: lighttpd):
  // it is drawn last on the path, the one that answered for what is behind it.
  if (writerIndex < 0 && d.answeredBy !== undefined && d.layer !== 'unknown' && d.layer !== 'none' && d.layer !== 'app') {
    writerIndex = d.path.length;
    hops.push({ name: d.answeredBy, layer: words.layer(d.layer), failed: WRITER_FAILED.has(d.blame), writer: false });
  }
  // The page's writer blames what is behind it: the next hop on the path, else one the path does not show.
  if (d.blame === 'origin' || d.blame === 'upstream-app') {
    const behindWriter = writerIndex >= 0 ? hops[writerIndex + 2] : undefined;
    if (behindWriter) behindWriter.failed = true;
    else if (d.blame === 'origin') hops.push({ name: words.originServer, layer: words.origin, failed: true, writer: false });
    else hops.push({ name: words.application, layer: words.layer('app'), failed: true, writer: false });
  }
  return hops;
}

/**
 * A stop on purpose marks its writer "blocked"; otherwise the failed hop is "error". Every hop in
 * front of that one passed the request on ("working"), every hop behind it is "unknown". With no
 * fault located, the hops that relayed the answer worked and the rest are unknown.
 */
function withStatus(d: Diagnosis, hops: Drawn[]): Hop[] {
  const failedAt = hops.findIndex((h) => h.failed);
  const blockedAt = d.blame === 'none' ? hops.findIndex((h) => h.writer) : -1;
  const faultAt = failedAt >= 0 ? failedAt : blockedAt;
  const writerAt = hops.findIndex((h) => h.writer);
  const lastWorking = faultAt >= 0 ? faultAt - 1 : writerAt >= 0 ? writerAt : hops.length - 1;
  return hops.map((hop, i): Hop => ({
    ...hop,
    status: i === faultAt ? (i === failedAt ? 'error' : 'blocked') : i <= lastWorking ? 'working' : 'unknown',
  }));
}
