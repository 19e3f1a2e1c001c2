// A HAR document → what the analyzer shows: one row per entry (for "show every entry" and the
// waterfall) and one per failed or blocked entry with its diagnosis, from the engine's own HAR
// reading (readHar + diagnoseHarRead: the CLI's `diagnose`, entry for entry).
import { diagnoseHarRead, type HarDiagnoses } from '../engine/har/diagnose-har';
import { readHar } from '../engine/har/read-har';
import type { Locale } from '../engine/i18n/locale';
import type { EntryRow, FailureRow, Loaded } from './protocol';

/** Hosts of untrusted URLs, for grouping and filters: '' when the URL does not parse. */
const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
};

/** Each raw entry's start (ms since the epoch), NaN where the producer wrote none or nonsense. */
function startsOf(document: unknown): number[] {
  const entries = (document as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) return [];
  return entries.map((e) => {
    const at = (e as { startedDateTime?: unknown } | null)?.startedDateTime;
    return typeof at === 'string' ? Date.parse(at) : NaN;
  });
}

export interface Analysis {
  loaded: Loaded;
  /** The failures with the evidence each was made from: what the exports compose from. */
  failures: HarDiagnoses['failures'];
}

export function analyze(document: unknown, name: string, locale: Locale): Analysis {
  const har = readHar(document);
  const { failures, skipped, entryCount } = diagnoseHarRead(har, { locale });
  const failedEntries = new Set(failures.map((f) => f.entry));
  const starts = startsOf(document);
  // A loop, not Math.min(...list): a HAR of 100,000 entries would pass the engine's argument limit.
  let first = Infinity;
  for (const { entry } of har.entries) if ((starts[entry] ?? Infinity) < first) first = starts[entry]!;
  const entries: EntryRow[] = har.entries.map(({ entry, evidence }) => {
    const start = starts[entry] ?? NaN;
    return {
      entry, method: evidence.method ?? 'GET', url: evidence.url, host: hostOf(evidence.url), status: evidence.status,
      startMs: Number.isFinite(start) && Number.isFinite(first) ? start - first : -1,
      durationMs: evidence.elapsedMs ?? -1,
      failed: failedEntries.has(entry),
    };
  });
  const rows: FailureRow[] = failures.map(({ entry, evidence, diagnosis }) => ({
    entry, host: hostOf(diagnosis.url), diagnosis, durationMs: evidence.elapsedMs ?? -1, ...(evidence.timings && { timings: evidence.timings }),
  }));
  return { loaded: { type: 'loaded', name, ...(har.creator && { creator: har.creator }), entryCount, entries, failures: rows, skipped }, failures };
}
