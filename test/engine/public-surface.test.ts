// The engine's public surface (src/engine/index.ts) is a contract: the extension, the CLI and the
// npm package for support engineers build on it. Every name is listed here, so adding or dropping
// one is a deliberate change to this test as well.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine';

const INDEX = join(import.meta.dirname, '..', '..', 'src', 'engine', 'index.ts');

/** Names that exist at run time (functions, constants, classes, zod schemas). */
const VALUES = [
  'BLAMES', 'CAUSES', 'Diagnosis', 'FAILURES', 'FINGERPRINTS', 'GENERATORS', 'LAYERS', 'HarError', 'LOCALES', 'MAX_BODY_CHARS',
  'MAX_HEADERS', 'MAX_HEADER_VALUE', 'OUTCOME_GENERATORS', 'REDACTION_KINDS', 'buildBundle', 'buildHar',
  'builtInEngine', 'composeExport', 'createEngine', 'diagnose', 'diagnoseHar', 'diagnoseHarRead', 'distinctIds', 'leadFailureFirst',
  'formatRedactionReport', 'harFileName', 'isNetFailure', 'isRedactionKind', 'pageWorthReading',
  'parseTrace', 'pickLocale', 'readHar', 'sanitizeHar', 'supportSummary',
  'messagesFor', 'causeTranslationLines', 'answeringNode', 'isFailedAnswer', 'probeAnswer', 'sampleOf', 'recurrenceLine', 'readRecurrence', 'fingerprintTranslationLines', 'refinementKey', 'sourceHash',
];

/** Names that are only types: what the functions above take and return. */
const TYPES = [
  'Blame', 'BundleInput', 'ComposeOptions', 'ComposedExport', 'DiagnoseOptions', 'Engine',
  'EntryDiagnosis', 'EvidenceInput', 'ExportSource', 'Failure', 'Generator', 'HarBuildInput',
  'HarDiagnoses', 'HarReadResult', 'Header', 'Knowledge', 'Layer', 'Locale', 'RedactionKind',
  'RedactionReport', 'ResponseHeader', 'SanitizeOptions', 'SanitizeReport', 'SummaryFailure',
  'SummaryInput', 'Trace', 'Messages', 'Fingerprint', 'Cause', 'Translations', 'CauseTranslation',
  'FingerprintTranslation', 'TranslatedLine', 'ProbeAnswer', 'ProbeVerdict', 'Recurrence', 'RecurrenceFacts',
];

/** Every name index.ts exports, read from its source: types leave no trace at run time. */
function declaredExports(): { names: string[]; wildcards: number } {
  const source = ts.createSourceFile(INDEX, readFileSync(INDEX, 'utf8'), ts.ScriptTarget.Latest);
  const names: string[] = [];
  let wildcards = 0;
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const clause = statement.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) wildcards++;
    else for (const element of clause.elements) names.push(element.name.text);
  }
  return { names, wildcards };
}

const sorted = (names: readonly string[]) => [...names].sort();

describe('the engine public surface', () => {
  it('exports exactly these values at run time', () => {
    expect(sorted(Object.keys(engine))).toEqual(sorted(VALUES));
  });

  it('declares exactly these values and types, each by name', () => {
    const { names, wildcards } = declaredExports();
    expect(wildcards, 'export * would let the surface grow unnoticed').toBe(0);
    expect(sorted(names)).toEqual(sorted([...VALUES, ...TYPES]));
  });
});
