// Water-filling: the largest sizes are cut to one level, the small ones are left whole.
import { describe, expect, it } from 'vitest';
import { fairLevel } from '../../src/background/fair-level';

describe('fairLevel', () => {
  it('cuts the largest down to a common level and leaves the small ones whole', () => {
    expect(fairLevel([100, 10, 10], 60)).toBe(40);
    expect(fairLevel([50, 50, 50, 50], 100)).toBe(25);
    expect(fairLevel([5, 5], 100)).toBe(Infinity);
    expect(fairLevel([30, 30], 0)).toBe(0);
  });
});
