// Reads a JSON file given on the command line, with a size limit and one-line errors.
import { readFile, stat } from 'node:fs/promises';
import { CliError } from './cli-error';

/** Larger inputs are refused rather than risking the machine's memory. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export async function readJsonFile(path: string): Promise<unknown> {
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
  const text = await readFile(path, 'utf8');
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
