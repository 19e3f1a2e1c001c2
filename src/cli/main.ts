// faultline diagnose <file.har | url> [--json] · causes [--json] · sanitize <in.har> · summary <in.har>
// Bad input: exit code 2 and one clear line on stderr; never a stack trace.
import { CAUSES, diagnose, diagnoseHar, HarError, type Diagnosis } from '../engine';
import { CliError } from './cli-error';
import { fetchEvidence } from './fetch-url';
import { formatDetails, formatTable } from './format-diagnosis';
import { readJsonFile } from './read-json-file';

const USAGE = `usage: faultline <command> [options]

  diagnose <file.har | url> [--json]   which layer failed, for every failed entry (or the URL)
  causes [--json]                      the catalogue of causes and their next steps
  help                                 this text`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Fields in the order DESIGN.md gives for --json, then the extras. */
function toJson(d: Diagnosis & { entry?: number }) {
  return {
    entry: d.entry, url: d.url, status: d.status, generator: d.generator, layer: d.layer, blame: d.blame,
    failure: d.failure, confidence: d.confidence, path: d.path, requestIds: d.requestIds, causes: d.causes,
    nextSteps: d.nextSteps, evidence: d.evidence, code: d.code, headline: d.headline,
  };
}

async function diagnoseCommand(args: string[], json: boolean, io: Io): Promise<number> {
  const target = args[0];
  if (target === undefined || args.length > 1) throw new CliError('diagnose takes one HAR file or one http(s) URL');
  if (/^https?:\/\//i.test(target)) {
    const diagnosis = { entry: 0, ...diagnose(await fetchEvidence(target)) };
    io.out(json ? JSON.stringify({ diagnoses: [toJson(diagnosis)] }, null, 2) : `${formatTable([diagnosis])}\n\n${formatDetails(diagnosis)}`);
    return 0;
  }
  const result = diagnoseHar(await readJsonFile(target));
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

function causesCommand(json: boolean, io: Io): number {
  if (json) {
    io.out(JSON.stringify({ causes: CAUSES.map(({ id, title, layer, fixedBy, why, steps }) => ({ id, title, layer, fixedBy, why, nextSteps: steps })) }, null, 2));
    return 0;
  }
  for (const cause of CAUSES) {
    io.out(`${cause.id}  [${cause.layer}, fixed by ${cause.fixedBy}]\n  ${cause.title}`);
    for (const step of cause.steps) io.out(`    - (${step.audience}) ${step.title}${step.command ? `: ${step.command.split('\n')[0]}` : ''}`);
  }
  return 0;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const json = argv.includes('--json');
  const [command, ...rest] = argv.filter((a) => a !== '--json');
  try {
    switch (command) {
      case 'diagnose': return await diagnoseCommand(rest, json, io);
      case 'causes': return causesCommand(json, io);
      case undefined: case 'help': case '--help': case '-h':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command.slice(0, 40)}" (try: faultline help)`);
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof HarError) {
      io.err(`faultline: ${error.message}`);
      return 2;
    }
    io.err(`faultline: unexpected error: ${(error as Error).message?.split('\n')[0]?.slice(0, 200) ?? String(error)}`);
    return 2;
  }
}
