// Whether a cause's recurrence condition holds: the repeated looks of one source (the probe's
// tries, the site's history), read by recurrence.ts, plus what only the path can add to them (the
// timers its hops own, the layers of the generators that appeared before the failures).
import type { RecurrenceCondition } from './knowledge/cause';
import type { Timer } from './knowledge/timers';
import { INSTANT_MS, readRecurrence, type Recurrence, type RecurrenceFacts } from './recurrence';
import { matchTimers } from './timing';
import type { Generator, Layer } from './vocabulary';

/** A hop named the way the reasons print it. */
export interface NamedHop {
  generator: string;
  name: string;
  layer: Layer;
}

export interface RecurrenceView extends RecurrenceFacts {
  /** The timers of the path's hops that fire at the failed looks' median time. */
  timers: readonly Timer[];
  /** The generators that appeared before the failures, with their names and layers. */
  added: readonly NamedHop[];
}

/**
 * Reads each source's looks and joins them to the path. `describe` names a generator (its
 * fingerprint's name and layer); one it does not know is left out of `added`.
 */
export function viewRecurrences(
  recurrences: readonly Recurrence[] | undefined,
  inPath: readonly Generator[],
  describe: (generator: string) => Omit<NamedHop, 'generator'> | undefined,
): RecurrenceView[] {
  return (recurrences ?? []).map((recurrence) => {
    const facts = readRecurrence(recurrence);
    // A timer explains failures only when they all took about its time: not instant ones.
    const timers = facts.failed > 0 && facts.failedMedianMs >= INSTANT_MS ? matchTimers(facts.failedMedianMs, inPath) : [];
    const added = facts.addedBeforeFailures.flatMap((generator) => {
      const hop = describe(generator);
      return hop ? [{ generator, ...hop }] : [];
    });
    return { ...facts, timers, added };
  });
}

const within = (value: number, range: { min?: number; max?: number } | undefined): boolean =>
  range === undefined || (value >= 0 && (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max));

function holds(condition: RecurrenceCondition, view: RecurrenceView): boolean {
  return (
    (condition.source === undefined || condition.source.includes(view.source)) &&
    (condition.pattern === undefined || condition.pattern.includes(view.pattern)) &&
    (condition.oneFailingNode === undefined || view.oneFailingNode !== undefined) &&
    (condition.failuresInstant === undefined || view.failuresInstant) &&
    (condition.failedMs === undefined || (view.failed > 0 && within(view.failedMedianMs, condition.failedMs))) &&
    (condition.atTimer === undefined || view.timers.some((timer) => condition.atTimer!.includes(timer.phase))) &&
    (condition.addedLayer === undefined || view.added.some((hop) => condition.addedLayer!.includes(hop.layer)))
  );
}

/** The first source whose looks satisfy the condition (the probe before the history, as given). */
export function matchRecurrence(condition: RecurrenceCondition, views: readonly RecurrenceView[] | undefined): RecurrenceView | undefined {
  return views?.find((view) => holds(condition, view));
}
