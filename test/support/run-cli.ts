// Runs the CLI in-process, as `faultline <argv>` would, and keeps what it printed.
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Each message the CLI wrote to stderr, as written: a test can check that one message is one line. */
  stderrLines: string[];
}

export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), stderrLines: err };
}
