// summary, sanitize and bundle: each composes its export with the engine's one composer
// (composeExport), so the CLI redacts exactly as the extension does, and every file of a bundle
// passes the same redactor.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { buildBundle, composeExport, diagnoseHar, formatRedactionReport, leadFailureFirst, type ComposedExport } from '../engine';
import { CliError } from './cli-error';
import type { CliOptions } from './options';
import { readJsonFile } from './read-json-file';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

async function composeFromHar(path: string | undefined, usage: string, options: CliOptions): Promise<ComposedExport> {
  if (path === undefined) throw new CliError(usage);
  const document = await readJsonFile(path);
  const failures = leadFailureFirst(diagnoseHar(document, { locale: options.locale }).failures);
  const lead = failures[0];
  return composeExport({ har: document, failures, trace: lead?.evidence.trace, url: lead?.evidence.url ?? '' }, {
    key: randomBytes(16).toString('hex'), now: new Date(), locale: options.locale, showClientIp: options.showClientIp, keep: options.keep,
  });
}

/** The redaction report where --report asked for it: text, or JSON with --json. */
async function writeReport(composed: ComposedExport, options: CliOptions, io: Io): Promise<void> {
  if (options.report === undefined) return;
  const text = options.json ? `${JSON.stringify(composed.report, null, 2)}\n` : formatRedactionReport(composed.report, options.locale);
  if (options.report.to === 'file') await writeFile(options.report.path, text);
  else io.err(text.trimEnd());
}

export async function summaryCommand(args: string[], options: CliOptions, io: Io): Promise<number> {
  if (args.length > 1) throw new CliError('summary takes one HAR file');
  const composed = await composeFromHar(args[0], 'summary takes one HAR file', options);
  io.out(composed.summary.trimEnd());
  await writeReport(composed, options, io);
  return 0;
}

export async function sanitizeCommand(args: string[], options: CliOptions, io: Io): Promise<number> {
  if (args.length > 1) throw new CliError('sanitize takes one HAR file (the sanitized HAR goes to standard output)');
  const composed = await composeFromHar(args[0], 'sanitize takes one HAR file', options);
  io.out(JSON.stringify(composed.har, null, 2));
  if (options.report) await writeReport(composed, options, io);
  else io.err(`faultline: redacted ${composed.report.total} values (${composed.report.distinct} distinct); --report says which kinds`);
  return 0;
}

export async function bundleCommand(args: string[], options: CliOptions, io: Io): Promise<number> {
  const usage = 'bundle takes a HAR file and an output .zip path';
  const out = args[1];
  if (out === undefined || args.length > 2 || !out.endsWith('.zip')) throw new CliError(usage);
  const composed = await composeFromHar(args[0], usage, options);
  const now = new Date();
  const zip = buildBundle(composed, now);
  await writeFile(out, zip);
  io.err(`faultline: wrote ${out} (${zip.length} bytes; redacted ${composed.report.total} values)`);
  await writeReport(composed, options, io);
  return 0;
}
