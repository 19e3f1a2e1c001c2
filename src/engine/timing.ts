// Time-to-error is evidence: an error that arrives when a known timer fires names the timer.
import { TIMER_TOLERANCE, TIMERS, type Timer, type TimerPhase } from './knowledge/timers';
import type { Generator } from './vocabulary';

export interface TimerFilter {
  /** Only timers of these phases (a page that says "connection timed out" rules out read timers). */
  phases?: readonly TimerPhase[];
}

/** The window of elapsed times that reads as this timer having fired. */
export function timerWindow(timer: Pick<Timer, 'ms'>): { min: number; max: number } {
  return {
    min: timer.ms * (1 - TIMER_TOLERANCE.below),
    max: timer.ms + Math.max(timer.ms * TIMER_TOLERANCE.above, TIMER_TOLERANCE.aboveMs),
  };
}

/**
 * The timers of the hops in the path that fire at about `elapsedMs` (the browser's time to the
 * error, or a longer wait a hop reported in its headers), in the table's order.
 */
export function matchTimers(elapsedMs: number, inPath: readonly Generator[], filter: TimerFilter = {}): Timer[] {
  if (!(elapsedMs > 0)) return [];
  return TIMERS.filter((timer) => {
    const { min, max } = timerWindow(timer);
    return (
      elapsedMs >= min &&
      elapsedMs <= max &&
      (filter.phases === undefined || filter.phases.includes(timer.phase)) &&
      (timer.generators.length === 0 || timer.generators.some((g) => inPath.includes(g)))
    );
  });
}

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
