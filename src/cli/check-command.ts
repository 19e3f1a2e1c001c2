// faultline check <url> [--tries N] [--json]: "check again" from the command line. A few plain GETs
// a second apart (probe-tries.ts), then one diagnosis of the last failed answer (or the last answer)
// that also knows every try: intermittent failures from one node, the same timer each time, or a
// failure that went away read differently from one error page (src/engine/recurrence.ts).
import { diagnose, readRecurrence, recurrenceLine, type Diagnosis, type Recurrence } from '../engine';
import { CliError } from './cli-error';
import { toJson } from './diagnosis-json';
import type { Io } from './export-commands';
import { formatDetails } from './format-diagnosis';
import type { CliOptions, ProbeOption } from './options';
import { runProbe, type ProbeTry } from './probe-tries';
import { terminalLine as t } from './terminal-text';

export const DEFAULT_TRIES = 5;
export const MAX_TRIES = 10;
const DEFAULT_INTERVAL_MS = 1_000;
/** Per try: a 60 s gateway timer then shows as tries that timed out, and five tries end within minutes. */
const DEFAULT_TIMEOUT_MS = 30_000;

/** A whole number within bounds, or one clear error naming the option and its range. */
function wholeNumber(options: CliOptions, name: ProbeOption, fallback: number, min: number, max: number): number {
  const raw = options.probe[name];
  if (raw === undefined) return fallback;
  const value = /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!(value >= min && value <= max)) throw new CliError(`${name} takes a whole number from ${min} to ${max} (not "${raw.slice(0, 40)}")`);
  return value;
}

function targetOf(args: string[]): string {
  const target = args[0];
  if (target === undefined || args.length > 1) throw new CliError('check takes one http(s) URL');
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new CliError(`check takes an http(s) URL (not "${target.slice(0, 80)}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`check takes an http(s) URL (not a ${url.protocol.slice(0, 20)} one)`);
  return url.href;
}

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

function tryTable(tries: ProbeTry[]): string {
  const header = `${pad('try', 4)} ${pad('status', 6)} ${pad('ms', 7)} ${pad('node', 28)} generator (blame)`;
  const rows = tries.map(({ diagnosis: d, ms, sample }, i) => {
    const netError = sample.netError ? `  ${t(sample.netError)}` : '';
    return `${pad(String(i + 1), 4)} ${pad(d.status ? String(d.status) : 'none', 6)} ${pad(String(ms), 7)} ${pad(t(sample.node ?? '-'), 28)} ${t(d.generator)} (${t(d.blame)})${sample.failed ? '  failed' : ''}${netError}`;
  });
  return [header, '-'.repeat(header.length), ...rows].join('\n');
}

export async function checkCommand(args: string[], options: CliOptions, io: Io): Promise<number> {
  const url = targetOf(args);
  const tries = wholeNumber(options, '--tries', DEFAULT_TRIES, 1, MAX_TRIES);
  const intervalMs = wholeNumber(options, '--interval-ms', DEFAULT_INTERVAL_MS, 0, 60_000);
  const timeoutMs = wholeNumber(options, '--timeout-ms', DEFAULT_TIMEOUT_MS, 1, 120_000);
  const results = await runProbe(url, { tries, intervalMs, timeoutMs, locale: options.locale });
  const recurrence: Recurrence = { source: 'probe', samples: results.map((r) => r.sample) };
  const facts = readRecurrence(recurrence);
  // The answer the user cares about is a failed one; when every try succeeded, the last answer says so.
  const chosen = [...results].reverse().find((r) => r.sample.failed) ?? results[results.length - 1]!;
  const diagnosis: Diagnosis = diagnose({ ...chosen.evidence, recurrence: [recurrence] }, { locale: options.locale });
  if (options.json) {
    const attempts = results.map(({ diagnosis: d, ms, sample }) => ({ status: d.status, ms, node: sample.node ?? null, generator: d.generator, blame: d.blame }));
    io.out(JSON.stringify({ url, tries: facts.tries, failed: facts.failed, attempts, diagnosis: toJson(diagnosis) }, null, 2));
  } else {
    io.out(`${tryTable(results)}\n\n${t(recurrenceLine(facts, options.locale))}\n\n${formatDetails(diagnosis)}`);
  }
  return 0;
}
