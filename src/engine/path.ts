// Every layer the headers show, outermost first, plus the page's writer when only its body shows it
// (an origin nginx page behind Cloudflare carries "Server: cloudflare", not "nginx").
import type { PathHop } from './diagnosis';
import type { Fingerprint } from './knowledge/fingerprint';
import type { CompiledFingerprints } from './match/compile';
import { headerHolds, isHeaderSignal, type PreparedResponse } from './match/signals';
import { LAYER_DEPTH } from './vocabulary';

export function findPath(response: PreparedResponse, compiled: CompiledFingerprints, writer?: Fingerprint): PathHop[] {
  const seen: Fingerprint[] = [];
  for (const name of response.headers.keys()) {
    for (const fingerprint of compiled.pathByHeader.get(name) ?? []) {
      if (seen.includes(fingerprint)) continue;
      const holds = fingerprint.inPath.some((s) => isHeaderSignal(s) && s.header === name && headerHolds(s, response.headers));
      if (holds) seen.push(fingerprint);
    }
  }
  if (writer && !seen.includes(writer)) seen.push(writer);
  const order = (f: Fingerprint) => LAYER_DEPTH[f.layer] * 1000 + compiled.fingerprints.indexOf(f);
  return seen
    .sort((a, b) => order(a) - order(b))
    .map((f) => ({ generator: f.generator, layer: f.layer, name: f.name }));
}
