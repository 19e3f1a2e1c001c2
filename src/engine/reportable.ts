// Which diagnoses are worth showing as a failure, for the popup and the CLI alike: any 5xx or
// request with no answer, and a 4xx only when someone recognisably wrote its page (a WAF's block
// page, a CDN's error); a plain 404 is the site's own business.
import type { Diagnosis } from './diagnosis';

export function isReportable(diagnosis: Pick<Diagnosis, 'status' | 'generator' | 'evidence'>): boolean {
  if (diagnosis.status >= 500 || diagnosis.status === 0) return true;
  // An answer that broke off mid-transfer is a failure whatever its status said.
  if (diagnosis.evidence.some((e) => e.source === 'network')) return true;
  return diagnosis.generator !== 'none' && diagnosis.generator !== 'unknown';
}
