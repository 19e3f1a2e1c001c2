// The failure a support summary leads with: the first failed page (an HTML 5xx: what the user saw),
// else the first failure. The CLI's summary and bundle and the analyzer's exports order them so.
import type { EvidenceInput } from '../evidence';

const isFailedPage = (evidence: EvidenceInput) =>
  evidence.status >= 500 && /html/i.test(evidence.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '');

/** The same failures, the lead one first, the others in their order. */
export function leadFailureFirst<F extends { evidence: EvidenceInput }>(failures: readonly F[]): F[] {
  const lead = failures.find((f) => isFailedPage(f.evidence)) ?? failures[0];
  return lead ? [lead, ...failures.filter((f) => f !== lead)] : [];
}
