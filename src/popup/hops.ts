// The request's path as the popup draws it, browser first: which hop wrote the error page and which
// one failed. A pure function of the diagnosis; the words are passed in (the popup's catalog), so it
// is tested without a browser.
import type { Diagnosis } from '../engine/diagnosis';
import type { Layer } from '../engine/vocabulary';

export interface Hop {
  name: string;
  layer: string;
  failed: boolean;
  writer: boolean;
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

export function hopsOf(d: Diagnosis, words: HopWords): Hop[] {
  const hops: Hop[] = [{ name: words.browser, layer: words.you, failed: d.blame === 'client', writer: false }];
  let writerIndex = d.path.findIndex((hop) => hop.generator === d.generator);
  d.path.forEach((hop, i) => {
    const isWriter = i === writerIndex;
    hops.push({ name: hop.name, layer: words.layer(hop.layer), failed: isWriter && WRITER_FAILED.has(d.blame), writer: isWriter });
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
