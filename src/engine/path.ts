// Every layer the headers show, outermost first, plus the page's writer when only its body shows it
// (an origin nginx page behind Cloudflare carries "Server: cloudflare", not "nginx").
import type { PathHop } from './diagnosis';
import type { Fingerprint } from './knowledge/fingerprint';
import type { CompiledFingerprints } from './match/compile';
import { headerHolds, isHeaderSignal, type PreparedResponse } from './match/signals';
import type { Trace } from './evidence';
import { IATA_CODE, POP_HEADERS } from './knowledge/pop-headers';
import { cityOfPop } from './knowledge/pop-cities';
import type { Locale } from './i18n/locale';
import { LAYER_DEPTH, type Generator, type Layer } from './vocabulary';

/** The PoP a hop names in its own header, or Cloudflare's colo from the trace. */
function placeOf(generator: Generator, response: PreparedResponse, trace: Trace | null | undefined): string | undefined {
  for (const pop of POP_HEADERS) {
    if (pop.generator !== generator) continue;
    const values = response.rawHeaders.get(pop.header);
    const place = values === undefined ? undefined : pop.pattern.exec(values[values.length - 1]!)?.[1];
    if (place !== undefined) return place;
  }
  const colo = generator === 'cloudflare' ? trace?.colo : undefined;
  return colo !== undefined && IATA_CODE.test(colo) ? colo : undefined;
}

/**
 * Every hop is placed by its fingerprint's layer; the writer is shown with the layer its page rule
 * gives (F5's block page is its WAF at work, its pool failure its load balancer).
 */
export function findPath(response: PreparedResponse, compiled: CompiledFingerprints, writer?: { fingerprint: Fingerprint; layer: Layer }, trace?: Trace | null, locale: Locale = 'en'): PathHop[] {
  const seen: Fingerprint[] = [];
  for (const name of response.headers.keys()) {
    for (const fingerprint of compiled.pathByHeader.get(name) ?? []) {
      if (seen.includes(fingerprint)) continue;
      const holds = fingerprint.inPath.some((s) => isHeaderSignal(s) && s.header === name && headerHolds(s, response.headers));
      if (holds) seen.push(fingerprint);
    }
  }
  // A writer only its body shows sits behind the hops at its layer that the headers show (a
  // CloudLinux limit page served by LiteSpeed is written inside LiteSpeed's host).
  const bodyOnly = writer !== undefined && !seen.includes(writer.fingerprint);
  if (writer && bodyOnly) seen.push(writer.fingerprint);
  const layerOf = (f: Fingerprint): Layer =>
    f === writer?.fingerprint && writer.layer !== 'unknown' && writer.layer !== 'none' ? writer.layer : f.layer;
  // Placed by where the product sits (its fingerprint's layer); named by what it did here.
  const order = (f: Fingerprint) => LAYER_DEPTH[f.layer] * 1000 + (bodyOnly && f === writer.fingerprint ? 999 : compiled.fingerprints.indexOf(f));
  return seen
    .sort((a, b) => order(a) - order(b))
    .map((f) => {
      const place = placeOf(f.generator, response, trace);
      const city = place === undefined ? undefined : cityOfPop(place, locale);
      return { generator: f.generator, layer: layerOf(f), name: f.name, ...(place !== undefined && { place }), ...(city !== undefined && { city }) };
    });
}
