// A diagnosis as `--json` prints it: `diagnose --json` and `check --json` share one shape.
import type { Diagnosis } from '../engine';

/** Fields in the order the README's --json contract lists them (a stable contract: append, never reorder). */
export function toJson(d: Diagnosis & { entry?: number }) {
  return {
    entry: d.entry, url: d.url, status: d.status, generator: d.generator, layer: d.layer, blame: d.blame,
    failure: d.failure, confidence: d.confidence, path: d.path, requestIds: d.requestIds, causes: d.causes,
    nextSteps: d.nextSteps, evidence: d.evidence, code: d.code, headline: d.headline, ruledOut: d.ruledOut,
  };
}
