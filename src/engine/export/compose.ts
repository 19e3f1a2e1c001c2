// Every export is composed here, once, for the worker and the CLI alike: the HAR (with its
// `_faultline` diagnoses), the support summary, diagnosis.json and trace.txt all pass through ONE
// redactor, so a secret found in any of them is replaced in all of them, equal values share one
// hash across the files, and the report counts everything that was removed.
import type { Diagnosis } from '../diagnosis';
import type { Trace } from '../evidence';
import type { Locale } from '../i18n/locale';
import { traceText } from './bundle';
import { harFileName } from './build-har';
import { emptyCounts, REDACTION_KINDS, type RedactionKind, type RedactionReport } from './redaction-report';
import { createRedactor, type Redactor } from './redactor';
import { redactHar, withoutCopies } from './sanitize-har';
import { supportSummary, type SummaryFailure } from './summary';

export interface ExportSource {
  /** The HAR document as captured or read, unredacted. */
  har: unknown;
  /** The failures the summary and diagnosis.json are about, lead first, each with its raw evidence. */
  failures: readonly SummaryFailure[];
  /** The page's /cdn-cgi/trace: undefined when not fetched, null when the site is not behind Cloudflare. */
  trace?: Trace | null;
  /** The page's URL, for the file names. */
  url: string;
  /** "Chrome 131 on Linux"; read from the request's User-Agent when left out. */
  browser?: string;
}

export interface ComposeOptions {
  /** Random per export: it makes the hashes, and is never written out. */
  key: string;
  now: Date;
  locale?: Locale;
  /** The visitor's IP stays in (the "show my IP" choice). */
  showClientIp?: boolean;
  /** Kinds the user chose to keep as they are. */
  keep?: readonly RedactionKind[];
  /** The warned choice to export everything as captured: nothing is redacted. */
  includeSensitive?: boolean;
}

export interface ComposedExport {
  harFileName: string;
  bundleFileName: string;
  har: unknown;
  summary: string;
  diagnosis: { diagnoses: Diagnosis[] };
  traceText: string;
  report: RedactionReport;
}

/**
 * The diagnosis is Faultline's own schema: its keys are no user data ("code" is a vendor's error
 * code, not an OAuth code), so only its strings are read, as text, and its URLs as URLs.
 */
function redactOwnFields(node: unknown, r: Redactor, key = ''): unknown {
  if (typeof node === 'string') return key === 'url' ? r.url(node) : r.text(node);
  if (Array.isArray(node)) return node.map((item) => redactOwnFields(item, r));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, redactOwnFields(v, r, k)]));
}

/** What was kept when the user chose to include everything. */
const keptEverything = (): RedactionReport => ({ counts: emptyCounts(), kept: [...REDACTION_KINDS], distinct: 0, copies: 0, total: 0 });

export function composeExport(source: ExportSource, options: ComposeOptions): ComposedExport {
  const { now, locale = 'en', showClientIp = false } = options;
  const names = { harFileName: harFileName(source.url, now), bundleFileName: harFileName(source.url, now, 'zip') };
  const summaryText = () => supportSummary({ failures: source.failures, browser: source.browser, showClientIp, now, locale });
  const diagnosis = { diagnoses: source.failures.map((f) => f.diagnosis) };
  const trace = traceText(source.trace, showClientIp, locale);
  if (options.includeSensitive) {
    return { ...names, har: source.har, summary: summaryText(), diagnosis, traceText: trace, report: keptEverything() };
  }

  const keep = new Set(options.keep ?? []);
  if (showClientIp) keep.add('client-ip');
  const r = createRedactor(options.key, keep);
  // The trace names the visitor's address outright: every copy of it (an error page's footer, a
  // JSON body that echoes it) goes too.
  if (source.trace?.ip && !keep.has('client-ip')) r.clientIp(source.trace.ip);
  const { har } = redactHar(source.har, r);
  const firstPass = {
    har,
    summary: r.text(summaryText()),
    diagnosis: redactOwnFields(diagnosis, r) as { diagnoses: Diagnosis[] },
    traceText: r.text(trace),
  };
  // The second pass runs once every first pass is done: a secret first seen in the summary is
  // replaced in the HAR too.
  const clean = withoutCopies(firstPass, r);
  return { ...names, ...clean, report: r.report() };
}
