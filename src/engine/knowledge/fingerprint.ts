// The shape of a vendor fingerprint: plain data, one file per generator under ../fingerprints/.
// Everything here is matched against *normalised* text (see ../match/normalise.ts): lower-case,
// HTML entities decoded, runs of white space folded to one space, white space between tags removed,
// JSON bodies re-serialised compactly. Markers are substrings, never patterns, so matching is one
// linear scan; the few regular expressions (code and request-id extraction) run on bounded input.
import type { Blame, Failure, Layer, ProductGenerator } from '../vocabulary';

/** One observable fact about a response. Every string is lower-case and normalised. */
export type Signal =
  /** The normalised body (HTML, text or compact JSON) contains this substring. */
  | { body: string }
  /** The normalised <title> contains this substring. */
  | { title: string }
  /** A header is present; with `is` its value equals, `has` contains, `starts` begins with. */
  | { header: string; is?: string; has?: string; starts?: string }
  /** The response has no body (or only white space). */
  | { bodyEmpty: true }
  /**
   * The HTTP/1.x reason phrase contains this substring ("service unavailable: back-end server is at
   * capacity"): a few balancers say why only there. HTTP/2 and HTTP/3 carry none.
   */
  | { statusText: string };

export interface Verdict {
  blame?: Blame;
  failure?: Failure;
  layer?: Layer;
}

export interface Refinement extends Verdict {
  /** All of these must hold for the refinement to apply. */
  when: Signal[];
  /** What this refinement tells the user, shown as evidence. */
  says: string;
}

/** A page (or header-only answer) this generator writes itself. */
export interface PageRule extends Verdict {
  /** Unique within its fingerprint, kebab-case. */
  id: string;
  /** Statuses this page comes with; omitted means any status ≥ 400. */
  status?: number[];
  /** Every signal must hold. At least one. */
  all: Signal[];
  /** Each signal that holds raises the confidence. */
  any?: Signal[];
  /** Any signal that holds rules this page out. */
  not?: Signal[];
  /** How sure `all` alone makes us that this generator wrote the page (0–1). */
  confidence: number;
  /** Plain words for the evidence list: what was recognised. */
  says: string;
  /** Extracts the vendor's error code (e.g. Cloudflare 1016) from the page. Group 1 is the code. */
  code?: { from: 'body' | 'title'; pattern: RegExp };
  /**
   * A header whose value is the vendor's code when the page gives none (a HEAD answer, a body cut
   * off): Vercel's `x-vercel-error`, ngrok's `ngrok-error-code`. Lower-case name.
   */
  codeHeader?: string;
  /** Verdict by HTTP status; merged over the rule's own verdict. */
  byStatus?: Record<number, Verdict>;
  /** Verdict by extracted error code; merged over byStatus. */
  byCode?: Record<string, Verdict>;
  /** Markup- or header-specific verdicts; the first whose `when` holds is merged last. */
  refine?: Refinement[];
}

export type RequestIdSource =
  | { header: string; label: string }
  | { from: 'body' | 'title'; pattern: RegExp; label: string };

export interface Fingerprint {
  generator: ProductGenerator;
  /** Display name, e.g. "Cloudflare". */
  name: string;
  /** The usual layer of this generator (src/engine/vocabulary.ts). */
  layer: Layer;
  /** Header signals: any one that holds puts this generator in the request path. */
  inPath: Signal[];
  /**
   * Headers this vendor sets on every page it writes itself. When a response has headers but none
   * of these, a page that looks like this vendor's is a look-alike (copied or spoofed).
   */
  ownHeaders?: Signal[];
  requestIds?: RequestIdSource[];
  pages: PageRule[];
  /** Where the facts come from: vendor docs, server source files, public issues. */
  sources: string[];
}

/** Identity helper that gives data files type checking without a runtime cost. */
export const defineFingerprint = (fingerprint: Fingerprint): Fingerprint => fingerprint;
