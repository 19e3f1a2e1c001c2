// Reads a JSON file given on the command line, with a size limit and one-line errors. The name `-`
// is standard input (`curl … | faultline diagnose -`), held to the same limit as it arrives.
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cli-error';

/** Larger inputs are refused rather than risking the machine's memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/** Standard input, read chunk by chunk and refused as soon as it passes the limit. */
async function readStdin(input: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new CliError(`standard input: too large (the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
    chunks.push(buffer);
  }
  if (size === 0) throw new CliError('standard input: empty');
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJsonFile(path: string, stdin: AsyncIterable<Buffer | string> = process.stdin): Promise<unknown> {
  if (path === '-') return parseJson('standard input', await readStdin(stdin));
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size > MAX_INPUT_BYTES) throw new CliError(`${path}: too large (${Math.round(size / 1048576)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB)`);
  if (size === 0) throw new CliError(`${path}: empty file`);
  return parseJson(path, await readFile(path, 'utf8'));
}

function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0]?.slice(0, 120);
    // A file cut short ends inside a string, or the parser runs out of input at its very end.
    const position = Number(/position (\d+)/.exec(reason ?? '')?.[1] ?? -1);
    const atEnd = /end of (json )?(data|input)|unterminated string/i.test(reason ?? '') || position >= text.trimEnd().length;
    const truncated = atEnd ? ' (truncated?)' : '';
    throw new CliError(`${path}: not valid JSON${truncated}: ${reason}`);
  }
}
