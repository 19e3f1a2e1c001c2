// Where a step or a cause applies (knowledge/cause.ts `Scope`): the page's writer and its path,
// the layers they sit at, and what the page shows of the site's stack.
import type { Scope } from './knowledge/cause';
import type { Generator, Layer, StackTag } from './vocabulary';

export interface PathFacts {
  /** The page's writer and every hop of its path. */
  present: ReadonlySet<Generator>;
  /** The layers of the writer and of the path's hops. */
  layers: ReadonlySet<Layer>;
  stack: ReadonlySet<StackTag>;
}

const anyIn = <T>(list: readonly T[] | undefined, set: ReadonlySet<T>): boolean => list === undefined || list.some((item) => set.has(item));
const noneIn = <T>(list: readonly T[] | undefined, set: ReadonlySet<T>): boolean => list === undefined || !list.some((item) => set.has(item));

export function scopeHolds(scope: Scope | undefined, facts: PathFacts): boolean {
  if (scope === undefined) return true;
  return (
    anyIn(scope.present, facts.present) &&
    noneIn(scope.absent, facts.present) &&
    anyIn(scope.layers, facts.layers) &&
    anyIn(scope.stack, facts.stack) &&
    noneIn(scope.notStack, facts.stack)
  );
}
