// What a "Check again" found, in one sentence's worth of facts: how many tries failed, whether one
// node gave every failure while another answered well, and how the failures ended (no answer
// within the limit, or an answer after some time). Pure, so the sentence's choice is tested.
import { PROBE_TIMED_OUT, type ProbeTry } from '../shared/probe-record';

export type CheckOutcome =
  | { kind: 'none-failed'; tries: number }
  | { kind: 'all-failed'; tries: number; timedOut: boolean; medianMs: number }
  | { kind: 'some-failed'; tries: number; failed: number; oneNode?: string; failingNodes: string[] };

const median = (values: number[]): number => {
  if (values.length === 0) return -1;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export function checkOutcome(results: readonly ProbeTry[]): CheckOutcome {
  const tries = results.length;
  const failures = results.filter((r) => r.sample.failed).map((r) => r.sample);
  if (failures.length === 0) return { kind: 'none-failed', tries };
  if (failures.length === tries) {
    return {
      kind: 'all-failed', tries,
      timedOut: failures.every((s) => s.netError === PROBE_TIMED_OUT),
      medianMs: median(failures.filter((s) => s.ms >= 0).map((s) => s.ms)),
    };
  }
  const failingNodes = [...new Set(failures.flatMap((s) => (s.node ? [s.node] : [])))];
  const healthy = new Set(results.filter((r) => !r.sample.failed).flatMap((r) => (r.sample.node ? [r.sample.node] : [])));
  const allNamed = failures.every((s) => s.node !== undefined);
  // One node gave every failure and a different node answered well: that node is the suspect.
  const oneNode = allNamed && failingNodes.length === 1 && [...healthy].some((n) => n !== failingNodes[0]) ? failingNodes[0] : undefined;
  return { kind: 'some-failed', tries, failed: failures.length, failingNodes, ...(oneNode !== undefined && { oneNode }) };
}
