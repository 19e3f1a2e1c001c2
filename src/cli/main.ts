// faultline diagnose <file.har | url> [--json] · causes [--json] · sanitize · summary · bundle (export-commands.ts)
// Bad input: exit code 2 and one clear line on stderr; never a stack trace.
import { builtInEngine, diagnose, diagnoseHar, HarError, REDACTION_KINDS, type Diagnosis, type Locale } from '../engine';
import { CliError } from './cli-error';
import { bundleCommand, sanitizeCommand, summaryCommand, type Io } from './export-commands';
import { fetchEvidence } from './fetch-url';
import { formatDetails, formatTable } from './format-diagnosis';
import { parseOptions } from './options';
import { readJsonFile } from './read-json-file';
import { terminalOutput } from './terminal-text';

const USAGE = `usage: faultline <command> [options]

  diagnose <file.har | url> [--json]   which layer failed, for every failed entry (or the URL)
  summary <file.har>                   a support summary to paste into a ticket (redacted)
  sanitize <file.har> > safe.har       the HAR with cookies, tokens, personal data and other secrets redacted
  bundle <file.har> <out.zip>          sanitized HAR + summary.md + diagnosis.json + trace.txt
  causes [--json]                      the catalogue of causes and their next steps
  help                                 this text

  --report[=FILE]                      with summary, sanitize, bundle: what was redacted, by kind (stderr or FILE; JSON with --json)
  --keep KIND[,KIND]                   keep a kind of value as it is: ${REDACTION_KINDS.join(', ')}
  --show-client-ip                     keep your own IP address (same as --keep client-ip)
  --lang zh-CN                         sentences in Simplified Chinese (ids and --json keys stay the same)`;

/** Everything printed goes through terminalOutput: a HAR's text must not drive the terminal. */
const stdio: Io = terminalOutput({
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});

/** Fields in the order the README's --json contract lists them (a stable contract: append, never reorder). */
function toJson(d: Diagnosis & { entry?: number }) {
  return {
    entry: d.entry, url: d.url, status: d.status, generator: d.generator, layer: d.layer, blame: d.blame,
    failure: d.failure, confidence: d.confidence, path: d.path, requestIds: d.requestIds, causes: d.causes,
    nextSteps: d.nextSteps, evidence: d.evidence, code: d.code, headline: d.headline, ruledOut: d.ruledOut,
  };
}

async function diagnoseCommand(args: string[], json: boolean, locale: Locale, io: Io): Promise<number> {
  const target = args[0];
  if (target === undefined || args.length > 1) throw new CliError('diagnose takes one HAR file or one http(s) URL');
  if (/^https?:\/\//i.test(target)) {
    const diagnosis = { entry: 0, ...diagnose(await fetchEvidence(target), { locale }) };
    io.out(json ? JSON.stringify({ diagnoses: [toJson(diagnosis)] }, null, 2) : `${formatTable([diagnosis])}\n\n${formatDetails(diagnosis)}`);
    return 0;
  }
  const result = diagnoseHar(await readJsonFile(target), { locale });
  if (json) {
    io.out(JSON.stringify({ diagnoses: result.diagnoses.map(toJson) }, null, 2));
  } else if (result.diagnoses.length === 0) {
    io.out(`No failed entries among ${result.entryCount}.`);
  } else {
    io.out(`${formatTable(result.diagnoses)}\n\n${result.diagnoses.map(formatDetails).join('\n\n')}`);
  }
  for (const { entry, reason } of result.skipped.slice(0, 20)) io.err(`faultline: skipped entry ${entry}: ${reason}`);
  if (result.skipped.length > 20) io.err(`faultline: skipped ${result.skipped.length - 20} more entries`);
  return 0;
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
    switch (command) {
      case 'diagnose': return await diagnoseCommand(rest, json, locale, io);
      case 'causes': return causesCommand(json, locale, io);
      case 'summary': return await summaryCommand(rest, options, io);
      case 'sanitize': return await sanitizeCommand(rest, options, io);
      case 'bundle': return await bundleCommand(rest, options, io);
      case undefined: case 'help': case '--help': case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
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
