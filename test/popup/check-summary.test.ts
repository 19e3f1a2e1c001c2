import { describe, expect, it } from 'vitest';
import { checkOutcome } from '../../src/popup/check-summary';
import { PROBE_TIMED_OUT as TIMED_OUT, type ProbeTry } from '../../src/shared/probe-record';

const row = (failed: boolean, node?: string, ms = 20, netError?: string): ProbeTry => ({
  sample: { at: 1, status: netError ? 0 : failed ? 502 : 200, ms, failed, ...(node && { node }), ...(netError && { netError }) },
  generator: failed ? 'nginx' : 'none', blame: failed ? 'upstream-app' : 'none',
});

describe('checkOutcome', () => {
  it('names the one node all failures came from when another answered well', () => {
    const outcome = checkOutcome([row(false, 'a'), row(true, 'b'), row(true, 'b'), row(false, 'a'), row(true, 'b')]);
    expect(outcome).toEqual({ kind: 'some-failed', tries: 5, failed: 3, oneNode: 'b', failingNodes: ['b'] });
  });

  it('names no single node when failures come from two nodes or an unnamed one', () => {
    expect(checkOutcome([row(false, 'a'), row(true, 'b'), row(true, 'c')])).toMatchObject({ failed: 2, failingNodes: ['b', 'c'] });
    expect(checkOutcome([row(false, 'a'), row(true, 'b'), row(true)])).not.toHaveProperty('oneNode');
  });

  it('tells all-failed by time-out apart from all-failed with an answer, with the median time', () => {
    expect(checkOutcome([row(true, undefined, 30_000, TIMED_OUT), row(true, undefined, 30_001, TIMED_OUT)])).toEqual({ kind: 'all-failed', tries: 2, timedOut: true, medianMs: 30_000.5 });
    expect(checkOutcome([row(true, 'x', 60_000), row(true, 'x', 60_200), row(true, 'x', 59_900)])).toEqual({ kind: 'all-failed', tries: 3, timedOut: false, medianMs: 60_000 });
  });

  it('says nothing failed when every try answered well', () => {
    expect(checkOutcome([row(false, 'a'), row(false, 'a')])).toEqual({ kind: 'none-failed', tries: 2 });
  });
});
