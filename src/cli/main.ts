// faultline diagnose <file.har | url> [--json] · causes [--json] · sanitize <in.har> · summary <in.har>
// Bad input: exit code 2 and one clear line on stderr; never a stack trace.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import {
  buildBundle, builtInEngine, diagnose, pickLocale, type Locale, diagnoseHar, HarError, harFileName, sanitizeHar, supportSummary, type Diagnosis, type HarDiagnoses,
} from '../engine';
import { CliError } from './cli-error';
import { fetchEvidence } from './fetch-url';
import { formatDetails, formatTable } from './format-diagnosis';
import { readJsonFile } from './read-json-file';

const USAGE = `usage: faultline <command> [options]

  diagnose <file.har | url> [--json]   which layer failed, for every failed entry (or the URL)
  summary <file.har> [--show-client-ip] a support summary to paste into a ticket
  sanitize <file.har>                  the HAR with cookies, tokens and other secrets redacted
  bundle <file.har> <out.zip>          sanitized HAR + summary.md + diagnosis.json + trace.txt
  causes [--json]                      the catalogue of causes and their next steps
  help                                 this text

  --lang zh-CN                         sentences in Simplified Chinese (ids and --json keys stay the same)`;

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

/** The failure a summary leads with: the first failed page (HTML), else the first failure. */
function orderForSummary(failures: HarDiagnoses['failures']) {
  const isPage = (f: HarDiagnoses['failures'][number]) =>
    /html/i.test(f.evidence.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '') && f.evidence.status >= 500;
  const lead = failures.find(isPage) ?? failures[0];
  return lead ? [lead, ...failures.filter((f) => f !== lead)] : [];
}

async function readHarFailures(args: string[], usage: string, locale: Locale) {
  const target = args[0];
  if (target === undefined) throw new CliError(usage);
  const document = await readJsonFile(target);
  return { document, result: diagnoseHar(document, { locale }) };
}

async function summaryCommand(args: string[], showClientIp: boolean, locale: Locale, io: Io): Promise<number> {
  const { result } = await readHarFailures(args, 'summary takes one HAR file', locale);
  io.out(supportSummary({ failures: orderForSummary(result.failures), showClientIp, now: new Date(), locale }).trimEnd());
  return 0;
}

async function sanitizeCommand(args: string[], io: Io): Promise<number> {
  const { document } = await readHarFailures(args, 'sanitize takes one HAR file', 'en');
  const { har, report } = sanitizeHar(document, randomBytes(16).toString('hex'));
  io.out(JSON.stringify(har, null, 2));
  io.err(`faultline: redacted ${report.redactions} values, dropped ${report.scriptBodiesDropped} script bodies`);
  return 0;
}

async function bundleCommand(args: string[], showClientIp: boolean, locale: Locale, io: Io): Promise<number> {
  const out = args[1];
  if (out === undefined || !out.endsWith('.zip')) throw new CliError('bundle takes a HAR file and an output .zip path');
  const { document, result } = await readHarFailures(args, 'bundle takes a HAR file and an output .zip path', locale);
  const now = new Date();
  const ordered = orderForSummary(result.failures);
  const lead = ordered[0];
  const { har } = sanitizeHar(document, randomBytes(16).toString('hex'));
  const summary = supportSummary({ failures: ordered, showClientIp, now, locale });
  const zip = buildBundle({
    harFileName: harFileName(lead?.evidence.url ?? '', now), har, summary,
    diagnosis: { diagnoses: result.diagnoses }, trace: lead?.evidence.trace, showClientIp, now, locale,
  });
  await writeFile(out, zip);
  io.err(`faultline: wrote ${out} (${zip.length} bytes)`);
  return 0;
}

function causesCommand(json: boolean, locale: Locale, io: Io): number {
  const causes = builtInEngine().causes(locale);
  if (json) {
    io.out(JSON.stringify({ causes: causes.map(({ id, title, layer, fixedBy, why, steps }) => ({ id, title, layer, fixedBy, why, nextSteps: steps })) }, null, 2));
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
  const json = argv.includes('--json');
  const showClientIp = argv.includes('--show-client-ip');
  // --lang zh-CN or --lang=zh-CN; any "zh" tag picks Simplified Chinese, anything else English.
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const langArg = langAt < 0 ? undefined : argv[langAt]!.includes('=') ? argv[langAt]!.split('=')[1] : argv[langAt + 1];
  const locale = pickLocale(langArg);
  const skip = new Set(langAt < 0 ? [] : argv[langAt]!.includes('=') ? [langAt] : [langAt, langAt + 1]);
  const [command, ...rest] = argv.filter((a, i) => a !== '--json' && a !== '--show-client-ip' && !skip.has(i));
  try {
    switch (command) {
      case 'diagnose': return await diagnoseCommand(rest, json, locale, io);
      case 'causes': return causesCommand(json, locale, io);
      case 'summary': return await summaryCommand(rest, showClientIp, locale, io);
      case 'sanitize': return await sanitizeCommand(rest, io);
      case 'bundle': return await bundleCommand(rest, showClientIp, locale, io);
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
