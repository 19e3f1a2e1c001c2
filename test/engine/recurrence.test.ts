import { describe, expect, it } from 'vitest';
import { readRecurrence, type Sample } from '../../src/engine/recurrence';

const at = (i: number) => 1_700_000_000_000 + i * 1_000;
const ok = (i: number, node?: string, path?: string[]): Sample => ({ at: at(i), status: 200, ms: 80, failed: false, ...(node && { node }), ...(path && { path }) });
const bad = (i: number, node?: string, ms = 120, path?: string[]): Sample => ({ at: at(i), status: 502, ms, failed: true, ...(node && { node }), ...(path && { path }) });

describe('readRecurrence', () => {
  it('names the one node all failures came from when another node answered well', () => {
    const facts = readRecurrence({ source: 'probe', samples: [ok(0, 'a'), bad(1, 'b'), bad(2, 'b'), ok(3, 'a'), bad(4, 'b')] });
    expect(facts).toMatchObject({ tries: 5, failed: 3, pattern: 'intermittent', oneFailingNode: 'b', failingNodes: ['b'], healthyNodes: ['a'] });
  });

  it('names no node when failures come from two, or when a failure names none', () => {
    expect(readRecurrence({ source: 'probe', samples: [ok(0, 'a'), bad(1, 'b'), bad(2, 'c')] }).oneFailingNode).toBeUndefined();
    expect(readRecurrence({ source: 'probe', samples: [ok(0, 'a'), bad(1, 'b'), bad(2)] }).oneFailingNode).toBeUndefined();
    // The node that fails also answered well once: it is not singled out against a healthy peer.
    expect(readRecurrence({ source: 'probe', samples: [ok(0, 'b'), bad(1, 'b')] }).oneFailingNode).toBeUndefined();
  });

  it('tells persistent, recovered and single apart', () => {
    expect(readRecurrence({ source: 'probe', samples: [bad(0), bad(1), bad(2)] }).pattern).toBe('persistent');
    expect(readRecurrence({ source: 'probe', samples: [ok(0), ok(1)] }).pattern).toBe('recovered');
    expect(readRecurrence({ source: 'history', samples: [bad(0), bad(1), ok(2), ok(3)] }).pattern).toBe('recovered');
    expect(readRecurrence({ source: 'history', samples: [bad(0), ok(1), bad(2), ok(3), ok(4)] }).pattern).toBe('intermittent');
    expect(readRecurrence({ source: 'probe', samples: [bad(0)] }).pattern).toBe('single');
  });

  it('reads the failures\' median time and whether they came at once', () => {
    const slow = readRecurrence({ source: 'probe', samples: [bad(0, undefined, 60_010), bad(1, undefined, 60_020), bad(2, undefined, 59_990)] });
    expect(slow).toMatchObject({ failedMedianMs: 60_010, failuresInstant: false });
    const instant = readRecurrence({ source: 'probe', samples: [bad(0, undefined, 3), bad(1, undefined, 5)] });
    expect(instant).toMatchObject({ failedMedianMs: 4, failuresInstant: true });
    expect(readRecurrence({ source: 'probe', samples: [bad(0, undefined, -1)] }).failuresInstant).toBe(false);
  });

  it('finds the layer that appeared in the path just before the failures began, in time order', () => {
    const facts = readRecurrence({ source: 'history', samples: [bad(5, undefined, 120, ['tencent-waf', 'nginx']), ok(1, undefined, ['nginx']), ok(2, undefined, ['nginx'])] });
    expect(facts.addedBeforeFailures).toEqual(['tencent-waf']);
    expect(facts.firstFailureAt).toBe(at(5));
    expect(readRecurrence({ source: 'history', samples: [bad(0, undefined, 120, ['nginx'])] }).addedBeforeFailures).toEqual([]);
  });
});
