// Time-to-error is evidence: an error that arrives when a known timer fires names the timer.
import { TIMER_TOLERANCE, TIMERS, type Timer } from './knowledge/timers';
import type { Generator } from './vocabulary';

export function matchTimers(elapsedMs: number, inPath: readonly Generator[]): Timer[] {
  if (!(elapsedMs > 0)) return [];
  return TIMERS.filter(
    (timer) =>
      elapsedMs >= timer.ms * (1 - TIMER_TOLERANCE.below) &&
      elapsedMs <= timer.ms * (1 + TIMER_TOLERANCE.above) &&
      (timer.generators.length === 0 || timer.generators.some((g) => inPath.includes(g))),
  );
}

export const formatSeconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
