// Repeated looks at one address, read as one fact. Two producers give them: the user's "Check
// again" (a few GETs a second apart: the probe) and the site's own history of page loads. The seed
// FAQs reason this way ("a 5xx error at intervals is probably one backend's configuration", "a few
// minutes later, 502 frequently"); one error page alone cannot say it.
import { z } from 'zod';

/** At most this many samples per source reach the engine (the probe makes ≤ 10; history keeps ≤ 100). */
export const MAX_SAMPLES = 100;
/** A failure "answered at once" when it came this fast: nothing behind the answering hop was waited for. */
export const INSTANT_MS = 1_000;
/** How many of the latest looks the "X of the last N loads failed" count covers. */
export const RECENT_LOOKS = 10;

export const Sample = z.object({
  /** When the answer came (ms since the epoch). */
  at: z.number().finite().min(0),
  /** 0 when no answer came (see netError). */
  status: z.number().int().min(0).max(999),
  /** Time to the answer's headers, or to the error; -1 when unknown. */
  ms: z.number().finite().min(-1).max(86_400_000),
  /** Whether this answer was a failure (the producer's verdict: a reportable diagnosis, a net error). */
  failed: z.boolean(),
  /** The node that answered, as its headers name it ("cache-fra19127-FRA", "cf-ray colo FRA", an EagleId's host part). */
  node: z.string().max(128).optional(),
  netError: z.string().max(256).optional(),
  /** The generators of the answer's path, outermost first (its "path signature"). */
  path: z.array(z.string().max(64)).max(16).optional(),
});
export type Sample = z.infer<typeof Sample>;

export const Recurrence = z.object({
  source: z.enum(['probe', 'history']),
  samples: z.array(Sample).max(MAX_SAMPLES),
});
export type Recurrence = z.infer<typeof Recurrence>;
export type RecurrenceSource = Recurrence['source'];

/**
 * persistent: every sample failed (two or more); intermittent: some failed and some did not;
 * recovered: the last samples succeeded after earlier failures, or none failed; single: one sample.
 */
export type RecurrencePattern = 'persistent' | 'intermittent' | 'recovered' | 'single';

export interface RecurrenceFacts {
  source: RecurrenceSource;
  tries: number;
  failed: number;
  pattern: RecurrencePattern;
  /** Nodes that failed at least once, and nodes that answered well at least once. */
  failingNodes: string[];
  healthyNodes: string[];
  /** Every failure came from one node, and another node answered well: that node is the suspect. */
  oneFailingNode?: string;
  /** Median time of the failed samples (-1 when none or unknown). */
  failedMedianMs: number;
  /** Every failure was answered at once (a refusal, a firewall reset): nothing was waited for. */
  failuresInstant: boolean;
  /** Generators that appeared in the path of the first failure and in no earlier good answer. */
  addedBeforeFailures: string[];
  firstFailureAt?: number;
  /** When the latest look was made (the reference for "failures started N minutes before"). */
  lastAt: number;
  /** The latest RECENT_LOOKS looks: how many there were and how many of them failed. */
  recent: { tries: number; failed: number };
}

const median = (values: number[]): number => {
  if (values.length === 0) return -1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function patternOf(samples: readonly Sample[], failed: number): RecurrencePattern {
  if (samples.length === 1) return 'single';
  if (failed === samples.length) return 'persistent';
  if (failed === 0) return 'recovered';
  // Failures that stopped: the last two looks (or the last one of two) answered well.
  const tail = samples.slice(-Math.min(2, samples.length - 1));
  return tail.every((s) => !s.failed) && samples.slice(0, -tail.length).every((s) => s.failed) ? 'recovered' : 'intermittent';
}

/** What a set of samples says, oldest first. Linear in the samples. */
export function readRecurrence(recurrence: Recurrence): RecurrenceFacts {
  const samples = [...recurrence.samples].sort((a, b) => a.at - b.at);
  const failures = samples.filter((s) => s.failed);
  const nodes = (list: Sample[]) => [...new Set(list.flatMap((s) => (s.node ? [s.node] : [])))];
  const failingNodes = nodes(failures);
  const healthyNodes = nodes(samples.filter((s) => !s.failed));
  const allFailuresNamed = failures.length > 0 && failures.every((s) => s.node !== undefined);
  const oneFailingNode = allFailuresNamed && failingNodes.length === 1 && healthyNodes.some((n) => n !== failingNodes[0]) ? failingNodes[0] : undefined;
  const timed = failures.filter((s) => s.ms >= 0).map((s) => s.ms);
  const firstFailure = failures[0];
  const goodBefore = firstFailure ? samples.filter((s) => !s.failed && s.at < firstFailure.at) : [];
  const seenBefore = new Set(goodBefore.flatMap((s) => s.path ?? []));
  const addedBeforeFailures = firstFailure?.path && goodBefore.some((s) => s.path) ? firstFailure.path.filter((g) => !seenBefore.has(g)) : [];
  return {
    source: recurrence.source,
    tries: samples.length,
    failed: failures.length,
    pattern: patternOf(samples, failures.length),
    failingNodes,
    healthyNodes,
    ...(oneFailingNode !== undefined && { oneFailingNode }),
    failedMedianMs: median(timed),
    failuresInstant: failures.length > 0 && timed.length === failures.length && timed.every((ms) => ms < INSTANT_MS),
    addedBeforeFailures,
    ...(firstFailure && { firstFailureAt: firstFailure.at }),
    lastAt: samples[samples.length - 1]?.at ?? 0,
    recent: { tries: Math.min(samples.length, RECENT_LOOKS), failed: samples.slice(-RECENT_LOOKS).filter((s) => s.failed).length },
  };
}
