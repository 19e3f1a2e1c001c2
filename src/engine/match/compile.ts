// Compiles the knowledge once: every body marker of every fingerprint into one automaton, every page
// rule into an index by status (and by the header it requires), so a diagnosis only evaluates rules
// that can apply to its status and headers.
import type { Fingerprint, PageRule, Signal } from '../knowledge/fingerprint';
import { buildAutomaton, type MarkerAutomaton } from './aho-corasick';
import { isHeaderSignal } from './signals';

export interface CompiledRule {
  fingerprint: Fingerprint;
  rule: PageRule;
  /** A header name every match needs, when the rule has one: rules are skipped cheaply without it. */
  requiredHeader?: string;
}

export interface CompiledFingerprints {
  fingerprints: readonly Fingerprint[];
  automaton: MarkerAutomaton;
  markerId(marker: string): number;
  /** Rules that may apply to a response with this status. */
  rulesFor(status: number): readonly CompiledRule[];
  /** Header name → fingerprints that name it in inPath. */
  pathByHeader: ReadonlyMap<string, readonly Fingerprint[]>;
}

function bodyMarkers(signals: readonly Signal[] | undefined, into: Set<string>): void {
  for (const signal of signals ?? []) if ('body' in signal) into.add(signal.body);
}

export function compileFingerprints(fingerprints: readonly Fingerprint[]): CompiledFingerprints {
  const markers = new Set<string>();
  const byStatus = new Map<number, CompiledRule[]>();
  const anyStatus: CompiledRule[] = [];
  const pathByHeader = new Map<string, Fingerprint[]>();

  for (const fingerprint of fingerprints) {
    for (const signal of fingerprint.inPath) {
      if (!isHeaderSignal(signal)) continue;
      const list = pathByHeader.get(signal.header) ?? [];
      if (!list.includes(fingerprint)) list.push(fingerprint);
      pathByHeader.set(signal.header, list);
    }
    for (const rule of fingerprint.pages) {
      bodyMarkers(rule.all, markers);
      bodyMarkers(rule.any, markers);
      bodyMarkers(rule.not, markers);
      for (const refinement of rule.refine ?? []) bodyMarkers(refinement.when, markers);
      const required = rule.all.find(isHeaderSignal);
      const compiled: CompiledRule = { fingerprint, rule, requiredHeader: required?.header };
      if (rule.status === undefined) anyStatus.push(compiled);
      else for (const status of rule.status) byStatus.set(status, [...(byStatus.get(status) ?? []), compiled]);
    }
  }

  const markerList = [...markers];
  const ids = new Map(markerList.map((marker, index) => [marker, index]));
  const merged = new Map<number, CompiledRule[]>();
  const rulesFor = (status: number): readonly CompiledRule[] => {
    if (status < 400) return [];
    let rules = merged.get(status);
    if (rules === undefined) {
      rules = [...(byStatus.get(status) ?? []), ...anyStatus];
      merged.set(status, rules);
    }
    return rules;
  };

  return {
    fingerprints,
    automaton: buildAutomaton(markerList),
    markerId: (marker) => ids.get(marker) ?? -1,
    rulesFor,
    pathByHeader,
  };
}
