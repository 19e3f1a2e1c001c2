// The CLI's options, read once: flags anywhere on the line, "--name value" and "--name=value".
// Unknown options are an error, not silently a file name.
import { isRedactionKind, pickLocale, REDACTION_KINDS, type Locale, type RedactionKind } from '../engine';
import { CliError } from './cli-error';

export interface CliOptions {
  json: boolean;
  showClientIp: boolean;
  locale: Locale;
  /** --keep cookies,pii: kinds of values the user keeps in exports. */
  keep: RedactionKind[];
  /** --report (to stderr) or --report=FILE. */
  report: { to: 'stderr' } | { to: 'file'; path: string } | undefined;
  /** What is left: the command and its operands. */
  positional: string[];
}

const FLAGS = new Set(['--json', '--show-client-ip', '--report']);
const WITH_VALUE = new Set(['--lang', '--keep']);

function parseKeep(value: string): RedactionKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!isRedactionKind(kind)) throw new CliError(`--keep takes kinds among ${REDACTION_KINDS.join(', ')} (not "${kind.slice(0, 40)}")`);
  }
  return kinds as RedactionKind[];
}

export function parseOptions(argv: readonly string[]): CliOptions {
  const options: CliOptions = { json: false, showClientIp: false, locale: 'en', keep: [], report: undefined, positional: [] };
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
      if (name === '--show-client-ip') options.showClientIp = true;
      if (name === '--report') options.report = { to: 'stderr' };
    } else if (WITH_VALUE.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new CliError(`${name} needs a value`);
      if (name === '--lang') options.locale = pickLocale(value);
      else options.keep.push(...parseKeep(value));
    } else if (arg.startsWith('--') && arg !== '--help') {
      throw new CliError(`unknown option "${arg.slice(0, 40)}" (try: faultline help)`);
    } else {
      options.positional.push(arg);
    }
  }
  return options;
}
