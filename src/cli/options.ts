// The CLI's options, read once: flags anywhere on the line, "--name value" and "--name=value".
// Unknown options are an error, not silently a file name.
import { isRedactionKind, pickLocale, REDACTION_KINDS, type Locale, type RedactionKind } from '../engine';
import { CliError } from './cli-error';
import { parseFailOn, type FailOn } from './fail-on';

export interface CliOptions {
  json: boolean;
  showClientIp: boolean;
  locale: Locale;
  /** --keep cookies,pii: kinds of values the user keeps in exports. */
  keep: RedactionKind[];
  /** --report (to stderr) or --report=FILE. */
  report: { to: 'stderr' } | { to: 'file'; path: string } | undefined;
  /** check's numbers as typed (--tries, --interval-ms, --timeout-ms): check-command.ts reads and bounds them. */
  probe: Partial<Record<ProbeOption, string>>;
  /** --format text|json|ndjson (--json is --format json): how diagnose prints its diagnoses. */
  format: OutputFormat;
  /** --fail-on any|BLAME[,BLAME]: diagnose exits 1 when a failed entry matches (fail-on.ts). */
  failOn: FailOn | undefined;
  /** --help or -h anywhere: the command's help instead of running it. */
  help: boolean;
  /** --version or -V. */
  version: boolean;
  /** What is left: the command and its operands. */
  positional: string[];
}

export const OUTPUT_FORMATS = ['text', 'json', 'ndjson'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
const isOutputFormat = (value: string): value is OutputFormat => (OUTPUT_FORMATS as readonly string[]).includes(value);

const FLAGS = new Set(['--json', '--show-client-ip', '--report', '--help', '-h', '--version', '-V']);
const PROBE_OPTIONS = ['--tries', '--interval-ms', '--timeout-ms'] as const;
export type ProbeOption = (typeof PROBE_OPTIONS)[number];
const isProbeOption = (name: string): name is ProbeOption => (PROBE_OPTIONS as readonly string[]).includes(name);
const WITH_VALUE = new Set<string>(['--lang', '--keep', '--format', '--fail-on', ...PROBE_OPTIONS]);

function parseKeep(value: string): RedactionKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!isRedactionKind(kind)) throw new CliError(`--keep takes kinds among ${REDACTION_KINDS.join(', ')} (not "${kind.slice(0, 40)}")`);
  }
  return kinds as RedactionKind[];
}

export function parseOptions(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, showClientIp: false, locale: 'en', keep: [], report: undefined, probe: {},
    format: 'text', failOn: undefined, help: false, version: false, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    if (name === '--report' && inline !== undefined) {
      if (inline === '') throw new CliError('--report= needs a file name');
      options.report = { to: 'file', path: inline };
    } else if (FLAGS.has(name) && inline === undefined) {
      if (name === '--json') options.json = true;
      if (name === '--help' || name === '-h') options.help = true;
      if (name === '--version' || name === '-V') options.version = true;
      if (name === '--show-client-ip') options.showClientIp = true;
      if (name === '--report') options.report = { to: 'stderr' };
    } else if (WITH_VALUE.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliError(`${name} needs a value`);
      if (name === '--lang') options.locale = pickLocale(value);
      else if (isProbeOption(name)) options.probe[name] = value;
      else if (name === '--format') {
        if (!isOutputFormat(value)) throw new CliError(`--format takes ${OUTPUT_FORMATS.join(', ')} (not "${value.slice(0, 40)}")`);
        options.format = value;
      } else if (name === '--fail-on') options.failOn = parseFailOn(value);
      else options.keep.push(...parseKeep(value));
    } else if (arg.startsWith('--')) {
      throw new CliError(`unknown option "${arg.slice(0, 40)}" (try: faultline help)`);
    } else {
      options.positional.push(arg);
    }
  }
  // --json is --format json; with --format ndjson, commands that print JSON print it too.
  if (options.json && options.format === 'text') options.format = 'json';
  if (options.format !== 'text') options.json = true;
  return options;
}
