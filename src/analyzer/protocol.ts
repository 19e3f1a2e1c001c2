// The messages between the analyzer page and its worker (har-worker.ts). The worker reads the file,
// so the page never holds a 50 MB text; it answers with small rows and diagnoses, and with the
// exports once asked. Only these shapes cross, in both directions.
import type { EntryDiagnosis } from '../engine/har/diagnose-har';
import type { Locale } from '../engine/i18n/locale';
import type { RedactionKind, RedactionReport } from '../engine/export/redaction-report';

export type ExportKind = 'har' | 'bundle' | 'summary';

export type ToWorker =
  | { type: 'open'; file: Blob; name: string; locale: Locale }
  | { type: 'export'; kind: ExportKind | 'report'; keep: RedactionKind[]; showClientIp: boolean; locale: Locale };

export type Phase = 'reading' | 'unpacking' | 'parsing' | 'diagnosing';

/** One entry of the HAR as the list and the waterfall show it. */
export interface EntryRow {
  entry: number;
  method: string;
  url: string;
  host: string;
  status: number;
  /** Milliseconds from the HAR's first request; -1 when the entry has no readable start. */
  startMs: number;
  /** The entry's total time, ms; -1 when not recorded. */
  durationMs: number;
  failed: boolean;
}

/** A failed or blocked entry, with its diagnosis and what the views read beside it. */
export interface FailureRow {
  entry: number;
  /** The diagnosed URL's host ('' when it does not parse), read once for the filters. */
  host: string;
  diagnosis: EntryDiagnosis;
  /** The HAR's phases, ms, as far as the producer recorded them. */
  timings?: Partial<Record<'dns' | 'connect' | 'ssl' | 'wait' | 'receive', number>>;
  durationMs: number;
}

export interface Loaded {
  type: 'loaded';
  name: string;
  creator?: string;
  entryCount: number;
  entries: EntryRow[];
  failures: FailureRow[];
  skipped: { entry: number; reason: string }[];
}

export type FromWorker =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | Loaded
  | { type: 'error'; message: string }
  | { type: 'exported'; kind: ExportKind; fileName: string; data: Uint8Array | string; report: RedactionReport }
  | { type: 'report'; report: RedactionReport };
