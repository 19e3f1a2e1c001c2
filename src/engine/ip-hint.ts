// The server's address as a hint about the path: when it lies in a provider's published ranges
// (knowledge/ip-ranges.ts) and neither the headers nor the page showed that provider, the request
// still went through its network, so the provider joins the path, marked `source: "ip"`, at its
// fingerprint's layer. A hint only: it never names the writer, the blame or the confidence.
import type { EvidenceItem, PathHop } from './diagnosis';
import type { Messages } from './i18n/messages';
import { providerOfAddress } from './ip-ranges/lookup';
import type { CompiledFingerprints } from './match/compile';
import { LAYER_DEPTH } from './vocabulary';

export interface AddressHint {
  /** Where the hop goes in the path: in front of the first hop that sits deeper. */
  at: number;
  hop: PathHop;
  evidence: EvidenceItem;
}

export function addressHint(serverIp: string | undefined, path: readonly PathHop[], compiled: CompiledFingerprints, m: Messages): AddressHint | undefined {
  if (serverIp === undefined) return undefined;
  const owner = providerOfAddress(serverIp);
  if (owner === undefined || path.some((hop) => hop.generator === owner.generator)) return undefined;
  const fingerprint = compiled.fingerprints.find((f) => f.generator === owner.generator);
  if (fingerprint === undefined) return undefined;
  const deeper = path.findIndex((hop) => LAYER_DEPTH[hop.layer] > LAYER_DEPTH[fingerprint.layer]);
  return {
    at: deeper < 0 ? path.length : deeper,
    hop: { generator: fingerprint.generator, layer: fingerprint.layer, name: fingerprint.name, source: 'ip' },
    evidence: { source: 'server address', says: m.ipRanges.inPublishedRanges(serverIp, fingerprint.name, owner.date) },
  };
}
