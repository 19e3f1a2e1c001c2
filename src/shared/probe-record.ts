// "Check again" as the worker keeps it with the tab's page and the popup shows it: what was asked,
// how far it got, and each try read by the engine. Plain JSON (stored in storage.session with the
// page), free of browser APIs: the worker, the popup and the tests all load it.
import type { Sample } from '../engine/recurrence';
import type { Blame, Generator } from '../engine/vocabulary';

/** Tries when the user does not choose, and the most a check may make. */
export const PROBE_DEFAULT_TRIES = 5;
export const PROBE_MAX_TRIES = 10;
/** The pause between one answer and the next try. */
export const PROBE_INTERVAL_MS = 1_000;
/**
 * Each try's limit. 30 s, not more: a gateway that gives up after 60 s (nginx's proxy_read_timeout,
 * an AWS load balancer's idle timeout) is then seen as "no answer within 30 s", not as its 504.
 */
export const PROBE_TIMEOUT_MS = 30_000;
/** The net error a try that reached PROBE_TIMEOUT_MS is named with, as the browser names its own time-outs. */
export const PROBE_TIMED_OUT = 'net::ERR_TIMED_OUT';
/** Characters of each answer's page read for its verdict (error pages are small). */
export const PROBE_BODY_CHARS = 64 * 1024;

export interface ProbeTry {
  sample: Sample;
  generator: Generator;
  blame: Blame;
}

export interface ProbeRecord {
  startedAt: number;
  /** Tries asked for (1…PROBE_MAX_TRIES). */
  tries: number;
  /** Cookies were sent ("check as you"). */
  asYou: boolean;
  status: 'running' | 'done' | 'cancelled';
  /** Oldest first; fewer than `tries` while running or once cancelled. */
  results: ProbeTry[];
}
