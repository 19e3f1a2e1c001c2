// Diagnoses the entries of a HAR that failed (status ≥ 500, a network error) or that show a
// recognisable block or error page (a WAF's 403, a CDN's 4xx, a WAF's block served as a 200).
import { diagnose, type DiagnoseOptions } from '../diagnose';
import type { Diagnosis } from '../diagnosis';
import type { EvidenceInput } from '../evidence';
import { pageWorthReading } from '../needs-page';
import { isReportable } from '../reportable';
import { readHar, type HarReadResult } from './read-har';

export interface EntryDiagnosis extends Diagnosis {
  entry: number;
}

export interface HarDiagnoses {
  diagnoses: EntryDiagnosis[];
  /** The same failures with the evidence each was made from (for summaries and bundles). */
  failures: { entry: number; evidence: EvidenceInput; diagnosis: EntryDiagnosis }[];
  skipped: { entry: number; reason: string }[];
  entryCount: number;
}

/** Cancelled or blocked-by-the-user requests are the browser's own doing, not failures of the path. */
const IGNORED_NET_ERRORS = /ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|ERR_CACHE_MISS|NS_BINDING_ABORTED/i;

/**
 * An HTTP(S) request that got no response at all is a failure, named by its error when the tool
 * recorded one. Firefox, Charles and Playwright often record none (status 0 or -1, no headers, no
 * reason): still a request the path did not answer, diagnosed with a low confidence.
 */
export function isCandidate(evidence: EvidenceInput): boolean {
  if (evidence.status >= 400) return true;
  // An answer that broke off mid-transfer (a 200 whose body failed with ERR_QUIC_PROTOCOL_ERROR).
  if (evidence.status > 0 && evidence.netError) return !IGNORED_NET_ERRORS.test(evidence.netError);
  // A success only when its headers name a vendor that serves block pages at that status.
  if (evidence.status > 0) return pageWorthReading(evidence.status, undefined, evidence.responseHeaders);
  if (evidence.netError) return !IGNORED_NET_ERRORS.test(evidence.netError);
  return (evidence.responseHeaders?.length ?? 0) === 0 && /^https?:/i.test(evidence.url);
}

/** One short line: a schema error names the field, anything else gives its first line. */
function reasonOf(error: unknown): string {
  const issue = (error as { issues?: { path?: PropertyKey[]; message?: string }[] } | undefined)?.issues?.[0];
  const text = issue ? `${issue.path?.map(String).join('.') || 'entry'}: ${issue.message ?? 'invalid'}` : String((error as Error | undefined)?.message ?? error);
  return text.split('\n')[0]!.slice(0, 160);
}

export function diagnoseHar(document: unknown, options: DiagnoseOptions = {}): HarDiagnoses {
  return diagnoseHarRead(readHar(document), options);
}

/** diagnoseHar of a HAR already read (the analyzer lists every entry, and reads the file once). */
export function diagnoseHarRead(har: HarReadResult, options: DiagnoseOptions = {}): HarDiagnoses {
  const failures: HarDiagnoses['failures'] = [];
  const skipped = [...har.skipped];
  for (const { entry, evidence } of har.entries) {
    if (!isCandidate(evidence)) continue;
    try {
      const diagnosis = diagnose(evidence, options);
      if (isReportable(diagnosis)) failures.push({ entry, evidence, diagnosis: { entry, ...diagnosis } });
    } catch (error) {
      skipped.push({ entry, reason: `could not be diagnosed: ${reasonOf(error)}` });
    }
  }
  return { diagnoses: failures.map((f) => f.diagnosis), failures, skipped: skipped.sort((a, b) => a.entry - b.entry), entryCount: har.entries.length + har.skipped.length };
}
