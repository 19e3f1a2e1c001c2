// Runs the CLI's exports in-process (sanitize, summary, bundle) on one HAR and returns every text a
// user would hand to a support desk: stdout of sanitize and summary, and each file of the bundle.
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliRun } from './run-cli';

export { runCli, type CliRun };

export interface ExportOutput {
  /** sanitize, summary, bundle:har, bundle:summary.md, bundle:diagnosis.json, bundle:trace.txt, bundle:names. */
  name: string;
  text: string;
}

/**
 * Each file of a bundle as an output; the HAR (named after host and time) is "bundle:har". The file
 * names are an output too: they are what the support desk sees first.
 */
export function bundleOutputs(zip: Uint8Array, prefix = 'bundle', suffix = ''): ExportOutput[] {
  const files = unzipSync(zip);
  const names = Object.keys(files).sort();
  return [
    ...names.map((name) => ({ name: `${prefix}:${name.endsWith('.har') ? 'har' : name}${suffix}`, text: strFromU8(files[name]!) })),
    { name: `${prefix}:names${suffix}`, text: names.join('\n') },
  ];
}

export interface CliExports {
  runs: { sanitize?: CliRun; summary: CliRun; bundle: CliRun };
  outputs: ExportOutput[];
}

export interface CliExportOptions {
  /** Arguments for summary and bundle, e.g. ["--lang", "zh-CN"]. */
  extra?: string[];
  /** Appended to each output's name, e.g. "[zh-CN]". */
  suffix?: string;
  /** sanitize takes no language: a second language run can leave it out. */
  sanitize?: boolean;
}

/** sanitize, summary and bundle of `harPath`, the zip written under `dir`. */
export async function cliExports(harPath: string, dir: string, { extra = [], suffix = '', sanitize: withSanitize = true }: CliExportOptions = {}): Promise<CliExports> {
  const zipPath = join(dir, `out${suffix.replace(/[^a-z0-9-]/gi, '')}.zip`);
  const sanitize = withSanitize ? await runCli(['sanitize', harPath]) : undefined;
  const summary = await runCli(['summary', harPath, ...extra]);
  const bundle = await runCli(['bundle', harPath, zipPath, ...extra]);
  const outputs: ExportOutput[] = [];
  if (sanitize?.code === 0) outputs.push({ name: `sanitize${suffix}`, text: sanitize.stdout });
  if (summary.code === 0) outputs.push({ name: `summary${suffix}`, text: summary.stdout });
  if (bundle.code === 0) outputs.push(...bundleOutputs(readFileSync(zipPath), 'bundle', suffix));
  return { runs: { ...(sanitize && { sanitize }), summary, bundle }, outputs };
}
