// The probe's tries: N plain GETs to one URL, one after another with a gap between them, each
// bounded in time (fetchPage) and diagnosed on its own. Only GET, never a body, never cookies
// (Node's fetch keeps no cookie jar), so probing cannot change anything on the site.
import { diagnose, sampleOf, type Diagnosis, type EvidenceInput, type Locale } from '../engine';
import type { Sample } from '../engine/recurrence';
import { fetchPage } from './fetch-url';

export interface ProbeSettings {
  tries: number;
  /** The gap after one answer before the next try. */
  intervalMs: number;
  /** Each try's limit, headers and body together. */
  timeoutMs: number;
  locale: Locale;
}

export interface ProbeTry {
  evidence: EvidenceInput;
  diagnosis: Diagnosis;
  /** Time to the answer's headers (or to the error). */
  ms: number;
  /** The node, answer's verdict and timing as the engine reads them (sample.node, sample.failed). */
  sample: Sample;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runProbe(url: string, settings: ProbeSettings): Promise<ProbeTry[]> {
  const tries: ProbeTry[] = [];
  for (let i = 0; i < settings.tries; i++) {
    if (i > 0 && settings.intervalMs > 0) await pause(settings.intervalMs);
    const at = Date.now();
    const { evidence, headersMs } = await fetchPage(url, settings.timeoutMs);
    const diagnosis = diagnose(evidence, { locale: settings.locale });
    tries.push({ evidence, diagnosis, ms: headersMs, sample: sampleOf({ at, ms: headersMs, evidence, diagnosis }) });
  }
  return tries;
}
