// Who has to act on a failure, from the engine's blame and the path: the site's owner (their origin,
// proxy, application, or their CDN's settings), the CDN's support (its own edge failed: they need
// its request ids), or the visitor's side (their network or browser). A block that works as meant
// (blame "none") is the owner's to lift if it is wrong.
import type { Diagnosis } from '../engine/diagnosis';
import { distinctIds } from '../engine/distinct-ids';

export type Party = 'site-owner' | 'cdn-support' | 'visitor-network';

export interface WhoActs {
  party: Party;
  /** The vendor whose support is asked, for cdn-support: the edge in the path. */
  vendor?: string;
  /** The request ids that party needs, in their original case. */
  ids: string[];
}

export function whoActs(d: Diagnosis): WhoActs {
  const ids = distinctIds(d.requestIds).map(([name, value]) => `${name}: ${value}`);
  if (d.blame === 'client') return { party: 'visitor-network', ids };
  if (d.blame === 'edge') {
    // The edge that wrote the answer, else one its headers or page showed: never one only an address suggests.
    const edge = d.path.find((hop) => hop.generator === d.generator)
      ?? d.path.find((hop) => hop.source !== 'ip' && (hop.layer === 'cdn' || hop.layer === 'waf' || hop.layer === 'anti-ddos'));
    return { party: 'cdn-support', ids, ...(edge && { vendor: edge.name }) };
  }
  return { party: 'site-owner', ids };
}
