// Exports for a tab's page: HAR (sanitized unless the user explicitly includes sensitive data),
// the support bundle, the support summary. Built here, in the worker, so the popup stays small.
import { strFromU8 } from 'fflate';
import { diagnose } from '../engine/diagnose';
import { buildBundle } from '../engine/export/bundle';
import { buildHar, harFileName } from '../engine/export/build-har';
import { createRedactor } from '../engine/export/redactor';
import { sanitizeHar } from '../engine/export/sanitize-har';
import { supportSummary, type SummaryFailure } from '../engine/export/summary';
import type { Locale } from '../engine/i18n/locale';
import type { PageRecord } from '../shared/capture-types';
import { isFailure, toEvidence } from './entries';
import { mainEntry, pageEvidence } from './page-evidence';

export interface ExportOptions {
  includeSensitive: boolean;
  showClientIp: boolean;
  now: Date;
  randomKey: string;
  browser?: { name: string; version: string };
  /** The language of the summary, the bundle's text and the diagnoses in them. */
  locale: Locale;
}

function failuresOf(page: PageRecord, locale: Locale): SummaryFailure[] {
  const main = mainEntry(page);
  const list: SummaryFailure[] = [];
  for (const e of page.entries) {
    const isMain = e === main;
    if (!isMain && !isFailure(e)) continue;
    if (isMain && e.status < 400 && e.error === undefined) continue;
    const evidence = isMain ? pageEvidence(page, e) : toEvidence(e);
    list.push({ evidence, diagnosis: diagnose(evidence, { locale }) });
  }
  return list;
}

/** The HAR of a page, carrying the diagnoses of its failures (made once by the caller). */
function harOf(page: PageRecord, failures: readonly SummaryFailure[], options: ExportOptions) {
  const main = mainEntry(page);
  const entries = page.entries.map((e) => (e === main ? pageEvidence(page, e) : toEvidence(e)));
  const har = buildHar({ entries, diagnoses: failures.map(({ diagnosis }) => diagnosis), browser: options.browser, now: options.now });
  return options.includeSensitive ? har : sanitizeHar(har, options.randomKey).har;
}

export function exportHar(page: PageRecord, options: ExportOptions): { fileName: string; text: string } {
  const har = harOf(page, failuresOf(page, options.locale), options);
  return { fileName: harFileName(page.url, options.now), text: JSON.stringify(har, null, 2) };
}

/** The summary; URLs in it can carry tokens too, so they are redacted unless the user chose not to. */
function summaryOf(failures: readonly SummaryFailure[], options: ExportOptions): string {
  let shown = failures;
  if (!options.includeSensitive) {
    const redact = createRedactor(options.randomKey);
    shown = failures.map(({ evidence, diagnosis }) => ({
      evidence: { ...evidence, url: redact.url(evidence.url) },
      diagnosis: { ...diagnosis, url: redact.url(diagnosis.url) },
    }));
  }
  return supportSummary({ failures: shown, showClientIp: options.showClientIp, now: options.now, locale: options.locale });
}

export function exportSummary(page: PageRecord, options: ExportOptions): string {
  return summaryOf(failuresOf(page, options.locale), options);
}

export function exportBundle(page: PageRecord, options: ExportOptions): { fileName: string; base64: string } {
  // One diagnosis per failure serves the HAR, the summary and diagnosis.json.
  const failures = failuresOf(page, options.locale);
  const zip = buildBundle({
    harFileName: harFileName(page.url, options.now),
    har: harOf(page, failures, options),
    summary: summaryOf(failures, options),
    diagnosis: { diagnoses: failures.map((f) => f.diagnosis) },
    trace: page.trace,
    showClientIp: options.showClientIp,
    now: options.now,
    locale: options.locale,
  });
  return { fileName: harFileName(page.url, options.now, 'zip'), base64: btoa(strFromU8(zip, true)) };
}
