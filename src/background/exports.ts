// Exports for a tab's page: HAR, the support bundle, the support summary and the redaction report
// the popup shows before any of them. Each is composed by the engine (composeExport), so the
// worker and the CLI share one composer and one redactor; built here, in the worker, so the popup
// stays small.
import { strFromU8 } from 'fflate';
import { diagnose } from '../engine/diagnose';
import { buildBundle } from '../engine/export/bundle';
import { buildHar } from '../engine/export/build-har';
import { composeExport, type ComposedExport } from '../engine/export/compose';
import type { RedactionKind, RedactionReport } from '../engine/export/redaction-report';
import type { SummaryFailure } from '../engine/export/summary';
import type { Locale } from '../engine/i18n/locale';
import { isReportable } from '../engine/reportable';
import { worthReading } from './build-state';
import { isFailure, toEvidence } from './entries';
import { mainEntry, pageEvidence } from './page-evidence';
import type { PageView } from './store';

export interface ExportOptions {
  includeSensitive: boolean;
  showClientIp: boolean;
  /** Kinds of values the user chose to keep (the report's switches). */
  keep?: readonly RedactionKind[];
  now: Date;
  randomKey: string;
  browser?: { name: string; version: string };
  /** The language of the summary, the bundle's text and the diagnoses in them. */
  locale: Locale;
}

function failuresOf(page: PageView, locale: Locale): SummaryFailure[] {
  const main = mainEntry(page);
  const list: SummaryFailure[] = [];
  for (const e of page.entries) {
    const isMain = e === main;
    if (!isMain && !isFailure(e)) continue;
    const success = isMain && e.status < 400 && e.error === undefined;
    if (success && !worthReading(e)) continue;
    const evidence = isMain ? pageEvidence(page, e) : toEvidence(e);
    const diagnosis = diagnose(evidence, { locale });
    // A success read for a block page it turned out not to be is not a failure of the page.
    if (success && !isReportable(diagnosis)) continue;
    list.push({ evidence, diagnosis });
  }
  return list;
}

/** The page's HAR (carrying the diagnoses of its failures, made once), summary, diagnosis and trace, redacted together. */
function compose(page: PageView, options: ExportOptions): ComposedExport {
  const failures = failuresOf(page, options.locale);
  const main = mainEntry(page);
  const entries = page.entries.map((e) => (e === main ? pageEvidence(page, e) : toEvidence(e)));
  const har = buildHar({ entries, diagnoses: failures.map(({ diagnosis }) => diagnosis), browser: options.browser, now: options.now });
  return composeExport({ har, failures, trace: page.trace, url: page.url }, {
    key: options.randomKey, now: options.now, locale: options.locale, showClientIp: options.showClientIp,
    keep: options.keep, includeSensitive: options.includeSensitive,
  });
}

export function exportHar(page: PageView, options: ExportOptions): { fileName: string; text: string; report: RedactionReport } {
  const composed = compose(page, options);
  return { fileName: composed.harFileName, text: JSON.stringify(composed.har, null, 2), report: composed.report };
}

export function exportSummary(page: PageView, options: ExportOptions): { text: string; report: RedactionReport } {
  const composed = compose(page, options);
  return { text: composed.summary, report: composed.report };
}

export function exportBundle(page: PageView, options: ExportOptions): { fileName: string; base64: string; report: RedactionReport } {
  const composed = compose(page, options);
  const zip = buildBundle(composed, options.now);
  return { fileName: composed.bundleFileName, base64: btoa(strFromU8(zip, true)), report: composed.report };
}

/** What an export with these options would remove: the report the popup shows before exporting. */
export function exportReport(page: PageView, options: ExportOptions): RedactionReport {
  return compose(page, options).report;
}
