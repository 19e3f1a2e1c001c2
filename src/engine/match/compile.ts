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
  /**
   * Marker hits for a body with no markup at all: the page as pasted or rendered as text ("Error
   * 503 Backend fetch failed … Guru Meditation"). Each marker is looked for by its visible text
   * (`<h3>guru meditation:</h3>` → "guru meditation:"); a marker whose text is a lone word or only
   * status words (`<hr><center>alb`, `<pre>internal server error</pre>`) cannot hold in such a body.
   */
  scanText(text: string): Uint8Array;
  /** The marker is markup only (a doctype, closing tags): a body without markup cannot show it either way. */
  lostInText(marker: string): boolean;
  markerId(marker: string): number;
  /** Rules that may apply to a response with this status (below 400: only rules declaring it). */
  rulesFor(status: number): readonly CompiledRule[];
  /** Header name → fingerprints that name it in inPath. */
  pathByHeader: ReadonlyMap<string, readonly Fingerprint[]>;
}

/**
 * Characters a marker's visible text needs to be looked for in a body without markup; it must also
 * be two words or more: a lone name (`<hr><center>cloudflare` → "cloudflare") was told by the
 * markup around it, and any text may mention the name.
 */
const MIN_TEXT_MARKER = 5;

/**
 * Words every error page says. A marker whose visible text is only these (`<pre>internal server
 * error</pre>`) told its writer by its markup, which a text body does not have.
 */
const GENERIC_WORDS = new Set([
  'a', 'an', 'the', 'of', 'to', 'is', 'was', 'this', 'for', 'http', 'https', 'error', 'status', 'code', 'server',
  'internal', 'bad', 'gateway', 'service', 'unavailable', 'temporarily', 'time', 'out', 'timeout', 'time-out',
  'not', 'found', 'forbidden', 'access', 'denied', 'request', 'requests', 'too', 'many', 'unauthorized', 'method',
  'allowed', 'page', 'unknown', 'implemented', 'version', 'supported', 'header', 'fields', 'large', 'conflict',
  'gone', 'length', 'required', 'precondition', 'failed', 'payload', 'entity', 'uri', 'long', 'unsupported', 'media',
  'type', 'range', 'satisfiable', 'expectation', 'upgrade', 'loop', 'detected', 'insufficient', 'storage',
]);

/** The text says nothing but status words and numbers. */
function isGenericText(text: string): boolean {
  return text.split(/[^a-z0-9-]+/).filter(Boolean).every((word) => GENERIC_WORDS.has(word) || /^\d+$/.test(word));
}

/** A marker as a page rendered to text shows it: tags become spaces, spaces fold, ends trim. */
export function visibleText(marker: string): string {
  return marker.replace(/<[^<>]{0,2000}>/g, ' ').replace(/<[^<>]{0,2000}$/, ' ').replace(/^[^<>]{0,2000}>/, ' ').replace(/ {2,}/g, ' ').trim();
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
  // A marker without markup is looked for as it is; one with markup by its visible text, when that text says more than the status.
  const asText = markerList.map((marker, index) => {
    const markup = /[<>]/.test(marker);
    return { index, marker, markup, text: markup ? visibleText(marker) : marker };
  });
  const projected = asText.filter((p) => !p.markup || (p.text.length >= MIN_TEXT_MARKER && p.text.includes(' ') && !isGenericText(p.text)));
  const textAutomaton = buildAutomaton(projected.map((p) => p.text));
  const lost = new Set(asText.filter((p) => p.markup && p.text === '').map((p) => p.marker));
  const scanText = (text: string): Uint8Array => {
    const found = textAutomaton.scan(text);
    const hits = new Uint8Array(markerList.length);
    for (let i = 0; i < projected.length; i++) if (found[i] === 1) hits[projected[i]!.index] = 1;
    return hits;
  };
  const merged = new Map<number, CompiledRule[]>();
  const rulesFor = (status: number): readonly CompiledRule[] => {
    // Below 400 only the rules that name the status: a block page some vendors serve as a success.
    if (status < 400) return byStatus.get(status) ?? [];
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
    scanText,
    lostInText: (marker) => lost.has(marker),
    markerId: (marker) => ids.get(marker) ?? -1,
    rulesFor,
    pathByHeader,
  };
}
