// faultline diagnose <file.har | url> [--json] · check <url> (check-command.ts) · causes [--json] · sanitize · summary · bundle (export-commands.ts)
// Bad input: exit code 2 and one clear line on stderr; never a stack trace.
import { builtInEngine, diagnose, diagnoseHar, HarError, REDACTION_KINDS, type Locale } from '../engine';
import { version } from '../../package.json';
import { CliError } from './cli-error';
import { commandHelp } from './command-help';
import { failOnExitCode } from './fail-on';
import { checkCommand } from './check-command';
import { toJson } from './diagnosis-json';
import { bundleCommand, sanitizeCommand, summaryCommand, type Io } from './export-commands';
import { fetchEvidence } from './fetch-url';
import { formatDetails, formatTable } from './format-diagnosis';
import { parseOptions, type CliOptions } from './options';
import { readJsonFile } from './read-json-file';
import { terminalOutput } from './terminal-text';

const USAGE = `usage: faultline <command> [options]

  diagnose <file.har | - | url> [--json]  which layer failed, for every failed entry (or the URL); - reads standard input
  check <url> [--tries N] [--json]     N plain GETs (default 5, at most 10) a second apart: which tries failed, from which node
  summary <file.har>                   a support summary to paste into a ticket (redacted)
  sanitize <file.har> > safe.har       the HAR with cookies, tokens, personal data and other secrets redacted
  bundle <file.har> <out.zip>          sanitized HAR + summary.md + diagnosis.json + trace.txt
  causes [--json]                      the catalogue of causes and their next steps
  help                                 this text (faultline <command> --help: the command's options and examples)

  --interval-ms MS, --timeout-ms MS   with check: the gap between tries (default 1000) and each try's timeout (default 30000)
  --report[=FILE]                      with summary, sanitize, bundle: what was redacted, by kind (stderr or FILE; JSON with --json)
  --keep KIND[,KIND]                   keep a kind of value as it is: ${REDACTION_KINDS.join(', ')}
  --show-client-ip                     keep your own IP address (same as --keep client-ip)
  --lang zh-CN                         sentences in Simplified Chinese (ids and --json keys stay the same)
  --format text|json|ndjson            with diagnose: a table, one JSON document, or one diagnosis per line
  --fail-on any|BLAME[,BLAME]          with diagnose: exit 1 when a failed entry (whose blame is listed) is found
  --version                            the version

  exit codes: 0 done (nothing matched --fail-on), 1 a failure matched --fail-on, 2 bad input`;

/** Everything printed goes through terminalOutput: a HAR's text must not drive the terminal. */
const stdio: Io = terminalOutput({
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});

/** --format json is one document (the README's contract); ndjson is one diagnosis per line. */
function printJson(diagnoses: Parameters<typeof toJson>[0][], format: CliOptions['format'], io: Io): void {
  if (format === 'ndjson') for (const d of diagnoses) io.out(JSON.stringify(toJson(d)));
  else io.out(JSON.stringify({ diagnoses: diagnoses.map(toJson) }, null, 2));
}

async function diagnoseCommand(args: string[], options: CliOptions, io: Io): Promise<number> {
  const { locale, format, failOn } = options;
  const target = args[0];
  if (target === undefined || args.length > 1) throw new CliError('diagnose takes one HAR file (- for standard input) or one http(s) URL');
  if (/^https?:\/\//i.test(target)) {
    const diagnosis = { entry: 0, ...diagnose(await fetchEvidence(target), { locale }) };
    if (format === 'text') io.out(`${formatTable([diagnosis])}\n\n${formatDetails(diagnosis)}`);
    else printJson([diagnosis], format, io);
    // One URL answered: it counts as a failure for --fail-on when the engine saw one.
    return failOnExitCode(failOn, diagnosis.failure === undefined || diagnosis.blame === 'none' ? [] : [diagnosis]);
  }
  const result = diagnoseHar(await readJsonFile(target), { locale });
  if (format !== 'text') {
    printJson(result.diagnoses, format, io);
  } else if (result.diagnoses.length === 0) {
    io.out(`No failed entries among ${result.entryCount}.`);
  } else {
    io.out(`${formatTable(result.diagnoses)}\n\n${result.diagnoses.map(formatDetails).join('\n\n')}`);
  }
  for (const { entry, reason } of result.skipped.slice(0, 20)) io.err(`faultline: skipped entry ${entry}: ${reason}`);
  if (result.skipped.length > 20) io.err(`faultline: skipped ${result.skipped.length - 20} more entries`);
  return failOnExitCode(failOn, result.diagnoses);
}

function causesCommand(json: boolean, locale: Locale, io: Io): number {
  const causes = builtInEngine().causes(locale);
  if (json) {
    io.out(JSON.stringify({ causes: causes.map(({ id, title, layer, fixedBy, summary, why, steps }) => ({ id, title, layer, fixedBy, summary, why, nextSteps: steps })) }, null, 2));
    return 0;
  }
  for (const cause of causes) {
    io.out(`${cause.id}  [${cause.layer}, fixed by ${cause.fixedBy}]\n  ${cause.title}`);
    for (const step of cause.steps) io.out(`    - (${step.audience}) ${step.title}${step.command ? `: ${step.command.split('\n')[0]}` : ''}`);
  }
  return 0;
}

/** Bad input is reported on one line, whatever the file name or message holds. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  try {
    const options = parseOptions(argv);
    const { json, locale } = options;
    const [command, ...rest] = options.positional;
    if (options.version) {
      io.out(`faultline ${version}`);
      return 0;
    }
    // `faultline diagnose --help` and `faultline help diagnose` both give diagnose's help.
    const helpFor = command === 'help' ? rest[0] : options.help ? command : undefined;
    const help = helpFor === undefined ? undefined : commandHelp(helpFor);
    if (help !== undefined) {
      io.out(help);
      return 0;
    }
    switch (command) {
      case 'diagnose': return await diagnoseCommand(rest, options, io);
      case 'check': return await checkCommand(rest, options, io);
      case 'causes': return causesCommand(json, locale, io);
      case 'summary': return await summaryCommand(rest, options, io);
      case 'sanitize': return await sanitizeCommand(rest, options, io);
      case 'bundle': return await bundleCommand(rest, options, io);
      case undefined: case 'help':
        io.out(USAGE);
        return command === undefined && !options.help ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command.slice(0, 40)}" (try: faultline help)`);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof HarError) {
      io.err(`faultline: ${oneLine(error.message)}`);
      return 2;
    }
    io.err(`faultline: unexpected error: ${oneLine((error as Error)?.message?.split('\n')[0]?.slice(0, 200) ?? String(error))}`);
    return 2;
  }
}
