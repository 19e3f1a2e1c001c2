// The shape of a cause: plain data, one file per cause under ../causes/ (the file name is the id).
// A cause is ranked by the conditions that hold for a diagnosis; each condition carries the reason
// shown to the user ("nginx answered 504 after 60 s: its proxy_read_timeout fired").
import type { Blame, Failure, Generator, Layer, StackTag, StepKind, VisitorIntent } from '../vocabulary';
import type { CacheState } from '../cache-status';
import type { RecurrencePattern, RecurrenceSource } from '../recurrence';
import type { TimerPhase } from './timers';

/**
 * What repeated looks at the address say (recurrence.ts: the "Check again" tries, the site's
 * history). Every field that is present must hold for one source's looks; values inside a field are
 * ORed. The reason shown says what the looks found ("3 of 5 failed, all from node X") before `because`.
 */
export interface RecurrenceCondition {
  source?: RecurrenceSource[];
  pattern?: RecurrencePattern[];
  /** Every failure came from one node while another answered well. */
  oneFailingNode?: true;
  /** Every failure was answered at once (a refusal, a reset): nothing was waited for. */
  failuresInstant?: true;
  /** The median time of the failed looks, in ms. */
  failedMs?: { min?: number; max?: number };
  /** The failed looks' median time is when a timer (of these phases) of a hop in the path fires. */
  atTimer?: TimerPhase[];
  /** A hop of one of these layers appeared in the path just before the failures began. */
  addedLayer?: Layer[];
}

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
  /** Any of these stack facts is shown by the page, its headers or its URL (vocabulary STACK_TAGS). */
  stack?: StackTag[];
  /** What the response's cache headers say (cache-status.ts): a stored copy, a miss, a bypass… */
  cache?: CacheState[];
  /** Seconds the answer had been stored in a cache (the Age header). */
  cacheAge?: { min?: number; max?: number };
  /** What repeated looks at the address say. */
  recurrence?: RecurrenceCondition;
  /**
   * Added to the cause's score when the condition holds. A negative weight is a disproof: when it
   * holds the cause is shown as ruled out, with this condition's `because` as the reason.
   */
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
   * Where the step applies (Lighthouse's "stack packs"): a step about one vendor, one server or one
   * stack is shown only where the page shows it. A step without a scope applies everywhere, so it
   * must name no vendor and assume no stack.
   */
  appliesTo?: Scope;
  /** Owner steps: does it test the cause (check) or change something (fix)? */
  kind?: StepKind;
  /** Visitor steps: what it asks, so that two causes' "retry later" are shown once. */
  intent?: VisitorIntent;
}

/**
 * Where a step (or a cause) applies. Every field that is present must hold; values inside one
 * field are ORed. "Present" means the page's writer or a hop of its path.
 */
export interface Scope {
  /** One of these generators is present. */
  present?: Generator[];
  /** None of these generators is present (host commands on a platform that gives no shell). */
  absent?: Generator[];
  /** A hop of one of these layers is present (a layer-4 listener fault needs a load balancer). */
  layers?: Layer[];
  /** The page shows one of these stack facts. */
  stack?: StackTag[];
  /** The page shows none of these stack facts. */
  notStack?: StackTag[];
}

export interface Cause {
  id: string;
  title: string;
  /** One plain sentence (at most 160 characters) that says what goes wrong: the popup shows it. */
  summary: string;
  /** Why this fault produces the error the user sees: the full explanation. */
  why: string;
  /** The cause is considered only where this holds (php-fpm needs PHP evidence). */
  needs?: Scope;
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
