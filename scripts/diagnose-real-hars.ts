// Runs the HAR diagnosis (the CLI's `diagnose <file.har>`) over real HARs from other tools and checks
// that every failed entry is reported, no healthy one is, nothing crashes and no entry that has a
// status is skipped. A failed entry is one with status ≥ 500 or ≤ 0, or a network error the tool
// wrote down (_error, _failureText), except the browser's own cancellations (ERR_ABORTED,
// ERR_BLOCKED_BY_CLIENT), which are not failures of the path.
//
//   npx tsx scripts/diagnose-real-hars.ts [dir]      (default ../shared/real-hars/files)
//
// Exit code 1 when a failure was missed, a healthy entry reported, a file crashed the reader or an
// entry with a status was skipped. Only this script and scan-real-hars.ts read ../shared.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diagnoseHar } from '../src/engine';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = resolve(process.argv[2] ?? join(ROOT, '..', 'shared', 'real-hars', 'files'));
const CANCELLED = /ERR_ABORTED|ERR_BLOCKED_BY_CLIENT|NS_BINDING_ABORTED/;

interface RawEntry { request?: { url?: string }; response?: { status?: unknown; _error?: unknown; _failureText?: unknown }; _error?: unknown }

const errorOf = (e: RawEntry): string | undefined => {
  const error = e.response?._error ?? e.response?._failureText ?? e._error;
  return typeof error === 'string' && error !== '' ? error : undefined;
};

function failed(e: RawEntry): boolean {
  const error = errorOf(e);
  if (error !== undefined) return !CANCELLED.test(error);
  const status = e.response?.status;
  return typeof status === 'number' && (status >= 500 || status <= 0);
}

const totals = { files: 0, entries: 0, failures: 0, reported: 0, missed: 0, healthyReported: 0, skippedWithStatus: 0, cancelled: 0, unreadable: 0 };
const problems: string[] = [];

for (const file of readdirSync(DIR).filter((f) => f.endsWith('.har')).sort()) {
  let document: { log?: { entries?: RawEntry[] } };
  try {
    document = JSON.parse(readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/, '')) as typeof document;
  } catch {
    totals.unreadable++; // not JSON at all: the reader's own tests cover the one clear error
    continue;
  }
  totals.files++;
  const entries = document.log?.entries ?? [];
  let result: ReturnType<typeof diagnoseHar>;
  try {
    result = diagnoseHar(document);
  } catch (error) {
    if ((error as Error).name !== 'HarError') problems.push(`CRASH ${file}: ${String(error).slice(0, 160)}`);
    continue;
  }
  totals.entries += entries.length;
  const reported = new Set(result.diagnoses.map((d) => d.entry));
  for (const { entry } of result.skipped) {
    if (typeof entries[entry]?.response?.status === 'number') {
      totals.skippedWithStatus++;
      problems.push(`SKIPPED ${file}#${entry}`);
    }
  }
  entries.forEach((e, i) => {
    const error = errorOf(e);
    if (error !== undefined && CANCELLED.test(error)) totals.cancelled++;
    if (failed(e)) {
      totals.failures++;
      if (reported.has(i)) totals.reported++;
      else {
        totals.missed++;
        problems.push(`MISSED ${file}#${i} ${String(e.response?.status)} ${error ?? ''} ${(e.request?.url ?? '').slice(0, 80)}`);
      }
    } else if (reported.has(i) && typeof e.response?.status === 'number' && e.response.status > 0 && e.response.status < 400 && error === undefined) {
      // A success reported is a block page the vendor served as a 200; anything else is an alarm.
      const d = result.diagnoses.find((x) => x.entry === i)!;
      if (d.blame !== 'none') {
        totals.healthyReported++;
        problems.push(`HEALTHY-REPORTED ${file}#${i} ${e.response.status} → ${d.generator}/${d.blame}`);
      }
    }
  });
}

for (const line of problems) console.log(line);
console.log(totals);
process.exit(totals.missed + totals.healthyReported + totals.skippedWithStatus + problems.filter((p) => p.startsWith('CRASH')).length > 0 ? 1 : 0);
