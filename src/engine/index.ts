// The engine's public surface. Pure TypeScript: no browser API, no DOM, no Node built-ins.
export { builtInEngine, createEngine, diagnose, type DiagnoseOptions, type Engine, type Knowledge } from './diagnose';
export { LOCALES, pickLocale, type Locale } from './i18n/locale';
export { Diagnosis, type EvidenceItem, type PathHop, type RankedCause, type NextStepOut } from './diagnosis';
export { Evidence, type EvidenceInput, type Header, type Timings, type Trace } from './evidence';
export { parseTrace, TRACE_FIELDS } from './trace';
export { diagnoseHar, type EntryDiagnosis, type HarDiagnoses } from './har/diagnose-har';
export { readHar, HarError, type HarReadResult } from './har/read-har';
export { FINGERPRINTS } from './fingerprints';
export { CAUSES } from './causes';
export * from './vocabulary';
export { sanitizeHar, type SanitizeReport } from './export/sanitize-har';
export { buildHar, toHarEntry, harFileName, HAR_CREATOR } from './export/build-har';
export { supportSummary, type SummaryInput, type SummaryFailure } from './export/summary';
export { buildBundle, traceText, type BundleInput } from './export/bundle';
export { describeUserAgent } from './export/user-agent';
export { distinctIds } from './distinct-ids';
