// The engine's public surface: everything the extension, the CLI, the harness, the benches and the
// scripts use, and the types those functions take and return; nothing else. Pure TypeScript: no
// browser API, no DOM, no Node built-ins. test/engine/public-surface.test.ts lists every name, so a
// change to this surface is deliberate.

/** Diagnose one response: evidence in, a diagnosis out, with the built-in knowledge or your own. */
export { builtInEngine, createEngine, diagnose, type DiagnoseOptions, type Engine, type Knowledge } from './diagnose';
/** A diagnosis: its type, and its zod schema to check one read back from JSON. */
export { Diagnosis } from './diagnosis';
/** The ids a diagnosis speaks (defined in vocabulary.ts). */
export { BLAMES, FAILURES, GENERATORS, LAYERS, OUTCOME_GENERATORS, type Blame, type Failure, type Generator, type Layer } from './vocabulary';
/** What a collector hands the engine, and the caps on what it keeps of a response. */
export { MAX_BODY_CHARS, MAX_HEADER_VALUE, MAX_HEADERS, type EvidenceInput, type Header, type Trace } from './evidence';
/** A site's /cdn-cgi/trace, parsed. */
export { parseTrace } from './trace';
/** The collector's gate: whether a response failed, and whether its page is worth reading. */
export { isNetFailure, pageWorthReading, type ResponseHeader } from './needs-page';
/** The languages the engine writes its sentences in, and its words in each (layers, blame, evidence). */
export { LOCALES, pickLocale, type Locale } from './i18n/locale';
export { messagesFor, type Messages } from './i18n/messages';
/** The built-in knowledge: one fingerprint per generator, one entry per cause, and their shapes. */
export { FINGERPRINTS } from './fingerprints';
export { CAUSES } from './causes';
export type { Fingerprint } from './knowledge/fingerprint';
export type { Cause } from './knowledge/cause';
export type { Translations } from './i18n/localize';
/** Keeping the translations in step with the English knowledge (scripts/translation-skeletons.ts). */
export type { CauseTranslation, FingerprintTranslation, TranslatedLine } from './i18n/translation';
export { causeTranslationLines, fingerprintTranslationLines } from './i18n/translation-lines';
export { refinementKey } from './i18n/refinement-key';
export { sourceHash } from './i18n/source-hash';
/** HAR files: read one, and diagnose every entry that failed. */
export { diagnoseHar, diagnoseHarRead, type EntryDiagnosis, type HarDiagnoses } from './har/diagnose-har';
export { HarError, readHar, type HarReadResult } from './har/read-har';
/** Exports safe to share: one composition, one redactor, and the report of what it removed. */
export { composeExport, type ComposedExport, type ComposeOptions, type ExportSource } from './export/compose';
export { leadFailureFirst } from './export/lead-failure';
export { sanitizeHar, type SanitizeOptions, type SanitizeReport } from './export/sanitize-har';
export { isRedactionKind, REDACTION_KINDS, type RedactionKind, type RedactionReport } from './export/redaction-report';
export { formatRedactionReport } from './export/format-report';
/** The files of an export: the HAR, the support summary and the bundle. */
export { buildHar, harFileName, type HarBuildInput } from './export/build-har';
export { supportSummary, type SummaryFailure, type SummaryInput } from './export/summary';
export { buildBundle, type BundleInput } from './export/bundle';
/** Request ids without repeats (several headers often carry the same id). */
export { distinctIds } from './distinct-ids';
/** What repeated looks found, in one line of the locale (the summary's, the popup's). */
export { recurrenceLine } from './recurrence-line';
export { readRecurrence, type Recurrence, type RecurrenceFacts } from './recurrence';
/** Repeated looks ("Check again", `faultline check`): one try read as a recurrence sample. */
export { answeringNode, isFailedAnswer, probeAnswer, sampleOf, type ProbeAnswer, type ProbeVerdict } from './probe-sample';
