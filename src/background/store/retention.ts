// What the store gives up when it holds too much: pure functions over sizes and lists, which the
// tab store applies. Nothing here knows what an item is; store-budget.ts says what items cost and
// in which order they are given up (their rank).
import { fairLevel } from '../fair-level';

/** What is held: items and their estimated bytes. */
export interface Held {
  count: number;
  bytes: number;
}

/** The most that may be held. */
export interface Budget {
  maxEntries: number;
  maxBytes: number;
}

/** Trimming frees this share below the limit at once, so it runs once per many requests. */
export const TRIM_TO = 0.9;
/** A write refused over quota halves the largest tab's bytes. */
export const QUOTA_SHRINK = 0.5;

export const isOver = (held: Held, budget: Budget): boolean => held.count > budget.maxEntries || held.bytes > budget.maxBytes;

/** What a trim of something over `limit` cuts it down to. */
export const trimTarget = (limit: Budget): Budget => ({ maxEntries: Math.floor(limit.maxEntries * TRIM_TO), maxBytes: Math.floor(limit.maxBytes * TRIM_TO) });

/** What the largest holder keeps after a write was refused over quota: every item count, half its bytes. */
export const quotaTarget = (held: Held): Budget => ({ maxEntries: held.count, maxBytes: Math.floor(held.bytes * QUOTA_SHRINK) });

/** The index of the largest size (the first of equals), -1 when there are none. */
export function largest(sizes: readonly number[]): number {
  let at = -1;
  for (let i = 0; i < sizes.length; i++) if (at < 0 || sizes[i]! > sizes[at]!) at = i;
  return at;
}

/** How many of the oldest pages go so that at most `max` stay. */
export const pagesOver = (pages: number, max: number): number => Math.max(0, pages - max);

/**
 * The most each holder may keep when all of them together hold more than `limit`: every holder
 * over the fair level (fair-level.ts) is cut to it, holders under it give up nothing. Infinity in a
 * dimension that is within its limit.
 */
export function storeLevels(holders: readonly Held[], total: Held, limit: Budget): Budget {
  const target = trimTarget(limit);
  return {
    maxEntries: total.count > limit.maxEntries ? fairLevel(holders.map((h) => h.count), target.maxEntries) : Infinity,
    maxBytes: total.bytes > limit.maxBytes ? fairLevel(holders.map((h) => h.bytes), target.maxBytes) : Infinity,
  };
}

/** Which items a trim gives up, by group (chunk) index, and what is held after it. */
export interface TrimPlan<T> {
  drop: Map<number, Set<T>>;
  held: Held;
}

/**
 * Gives items up until at most `budget` is held: pass by pass (pass p gives up items of rank ≤ p),
 * and within a pass oldest first, groups in order. It stops as soon as the budget holds, so it
 * reads only the oldest groups it needs. Items of a rank above every pass are never given up.
 */
export function trimPlan<T>(
  groups: readonly (readonly T[])[], held: Held, budget: Budget, passes: readonly number[],
  rankOf: (item: T, group: number) => number, sizeOf: (item: T) => number,
): TrimPlan<T> {
  let { count, bytes } = held;
  const drop = new Map<number, Set<T>>();
  const over = () => count > budget.maxEntries || bytes > budget.maxBytes;
  for (const pass of passes) {
    for (let g = 0; g < groups.length && over(); g++) {
      let dropped = drop.get(g);
      for (const item of groups[g]!) {
        if (!over()) break;
        if (dropped?.has(item) || rankOf(item, g) > pass) continue;
        if (!dropped) drop.set(g, (dropped = new Set()));
        dropped.add(item);
        bytes -= sizeOf(item);
        count--;
      }
    }
  }
  return { drop, held: { count, bytes } };
}
