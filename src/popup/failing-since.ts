// Since when a site fails, as its history says: the start of the latest run of failed loads.
import type { Sample } from '../engine/recurrence';

/** When the latest run of failures began: the first failure after the last good load, if the latest load failed. */
export function failingSince(samples: readonly Sample[]): number | undefined {
  if (!samples.at(-1)?.failed) return undefined;
  let start = samples.length - 1;
  while (start > 0 && samples[start - 1]!.failed) start -= 1;
  return samples[start]!.at;
}
