// Water-filling: how to cut many sizes down to one total by taking from the largest first.
// The tab store shares its byte budget between tabs with it, the capture a header list's
// characters between its values.

/**
 * The most each may keep so that all of them together keep at most `target`: those under the
 * level keep everything, the ones above are cut to the same level. The largest gives up the most,
 * and a small one is never cut to make room for a large one. Infinity when all fit already.
 */
export function fairLevel(sizes: readonly number[], target: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let room = Math.max(0, target);
  for (let i = 0; i < sorted.length; i++) {
    const left = sorted.length - i;
    if (sorted[i]! * left > room) return Math.floor(room / left);
    room -= sorted[i]!;
  }
  return Infinity;
}
