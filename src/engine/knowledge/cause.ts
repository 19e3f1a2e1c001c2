// The shape of a cause: plain data, one file per cause under ../causes/ (the file name is the id).
// A cause is ranked by the conditions that hold for a diagnosis; each condition carries the reason
// shown to the user ("nginx answered 504 after 60 s: its proxy_read_timeout fired").
import type { Blame, Failure, Generator, Layer } from '../vocabulary';

/** Every field that is present must hold (fields are ANDed; values inside one field are ORed). */
export interface CauseCondition {
  /** Unique within its cause, kebab-case: translations find this condition's reason by it. */
  id: string;
  generator?: Generator[];
  layer?: Layer[];
  blame?: Blame[];
  failure?: Failure[];
  status?: number[];
  /** Vendor error code extracted from the page (e.g. Cloudflare "1016"). */
  code?: string[];
  /** Any of these generators is in the path (proxied the response). */
  inPath?: Generator[];
  /** Time from request start to the error, in ms. */
  elapsedMs?: { min?: number; max?: number };
  /** Total size of request headers in bytes (name + value + 4 per header). */
  requestHeaderBytes?: { min?: number; max?: number };
  /** The page's URL scheme: a fault of the origin's TLS shows only over https. */
  scheme?: ('http' | 'https')[];
  /** Added to the cause's score when the condition holds; negative makes the cause less likely. */
  weight: number;
  /** Why this makes the cause more (or less) likely, in plain words. */
  because: string;
}

export type Audience = 'visitor' | 'owner';

export interface NextStep {
  /** Unique within its cause, kebab-case. */
  id: string;
  title: string;
  detail: string;
  audience: Audience;
  /**
   * A copy-ready command or config snippet. Placeholders {host}, {url}, {origin}, {ip}, {port},
   * {scheme} are filled with validated values of the page (never raw page text), else left as
   * ORIGIN_IP / example.com style words the user replaces.
   */
  command?: string;
  /**
   * The step is about these vendors only (allowing Cloudflare's ranges): it is shown when one of
   * them wrote the page or is in the path, and left out elsewhere.
   */
  onlyWith?: Generator[];
}

export interface Cause {
  id: string;
  title: string;
  /** Why this fault produces the error the user sees. */
  why: string;
  /** Who can fix it. */
  fixedBy: 'visitor' | 'site-owner' | 'provider';
  /** Where the fault sits. */
  layer: Layer;
  /** The cause is considered only when at least one condition with positive weight holds. */
  when: CauseCondition[];
  steps: NextStep[];
  /** Where the facts come from (public vendor doc URLs, server source, public issues). */
  sources: string[];
}

export const defineCause = (cause: Cause): Cause => cause;
