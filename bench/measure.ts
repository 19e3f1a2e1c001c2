// Timing helpers for the benchmark: per-item medians over repeats, after a warm-up.
import { performance } from 'node:perf_hooks';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median time of `work` on each item (ms), each over `repeats` runs after one warm-up pass. */
export async function timeEach<T>(items: readonly T[], repeats: number, work: (item: T) => unknown): Promise<number[]> {
  for (const item of items) await work(item);
  const perItem: number[] = [];
  for (const item of items) {
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const start = performance.now();
      await work(item);
      times.push(performance.now() - start);
    }
    perItem.push(median(times));
  }
  return perItem;
}
