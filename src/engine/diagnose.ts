// The one entry point: Evidence in, Diagnosis out. Used by the worker, the popup, the CLI and tests.
import { attribute } from './attribute';
import { CAUSES } from './causes';
import type { Diagnosis, EvidenceItem } from './diagnosis';
import { boundEvidence, Evidence, type EvidenceInput } from './evidence';
import { commandValuesFor } from './fill-command';
import { FINGERPRINTS } from './fingerprints';
import { headline } from './headline';
import type { Cause } from './knowledge/cause';
import type { Fingerprint } from './knowledge/fingerprint';
import { compileFingerprints, type CompiledFingerprints } from './match/compile';
import { prepareResponse } from './match/prepare';
import { findPath } from './path';
import { rankCauses } from './rank-causes';
import { findRequestIds, idHeaderNames } from './request-ids';
import { formatSeconds, matchTimers } from './timing';
import { describeTrace } from './trace';

export interface Engine {
  diagnose(input: EvidenceInput): Diagnosis;
}

const requestHeaderBytes = (evidence: Evidence) =>
  evidence.requestHeaders.reduce((sum, h) => sum + h.name.length + h.value.length + 4, 0);

export function createEngine(knowledge: { fingerprints: readonly Fingerprint[]; causes: readonly Cause[] }): Engine {
  const compiled: CompiledFingerprints = compileFingerprints(knowledge.fingerprints);
  const idHeaders = idHeaderNames(knowledge.fingerprints);

  return {
    diagnose(input: EvidenceInput): Diagnosis {
      const evidence = Evidence.parse(boundEvidence(input));
      const response = prepareResponse(evidence, compiled);
      const found = attribute(evidence, response, compiled);
      const path = evidence.status === 0 ? [] : findPath(response, compiled, found.fingerprint);
      const inPath = path.map((hop) => hop.generator);
      const items: EvidenceItem[] = [...found.evidence];
      let failure = found.failure;

      const failed = evidence.status >= 500 || evidence.status === 0;
      for (const timer of matchTimers(evidence.elapsedMs, inPath)) {
        items.push({ source: 'timing', says: `The error came after ${formatSeconds(evidence.elapsedMs)}: ${timer.says}.` });
        if (failed && (failure === undefined || failure === 'unknown')) failure = 'timeout';
      }
      if (path.length > 0) {
        items.push({ source: 'headers', says: `In the path: ${path.map((hop) => `${hop.name} (${hop.layer})`).join(' → ')}.` });
      }
      const trace = describeTrace(evidence.trace);
      if (trace) items.push(trace);

      const { causes, nextSteps } = rankCauses(
        knowledge.causes,
        {
          generator: found.generator, layer: found.layer, blame: found.blame, failure, status: evidence.status,
          code: found.code, inPath, elapsedMs: evidence.elapsedMs, requestHeaderBytes: requestHeaderBytes(evidence),
        },
        commandValuesFor(evidence.url, evidence.serverIp),
      );

      return {
        url: evidence.url,
        status: evidence.status,
        generator: found.generator,
        layer: found.layer,
        blame: found.blame,
        failure,
        code: found.code,
        confidence: Math.round(found.confidence * 100) / 100,
        headline: headline({ writer: found.fingerprint?.name, status: evidence.status, code: found.code, blame: found.blame, failure }),
        evidence: items,
        path,
        requestIds: findRequestIds(evidence, response, idHeaders, found.fingerprint),
        causes,
        nextSteps,
      };
    },
  };
}

let defaultEngine: Engine | undefined;

/** Diagnoses with the built-in knowledge, compiled on first use. */
export function diagnose(input: EvidenceInput): Diagnosis {
  defaultEngine ??= createEngine({ fingerprints: FINGERPRINTS, causes: CAUSES });
  return defaultEngine.diagnose(input);
}
