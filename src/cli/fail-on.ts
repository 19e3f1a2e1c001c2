// `--fail-on` for CI: which failed entries make `faultline diagnose` exit 1.
//   exit 0  nothing matched (or no --fail-on given)
//   exit 1  --fail-on any: at least one failed entry; --fail-on BLAME[,BLAME]: one whose blame is listed
//   exit 2  bad input: unreadable or invalid HAR, unknown option or value (never a diagnosis)
import { BLAMES, type Blame } from '../engine';
import { CliError } from './cli-error';

export type FailOn = 'any' | readonly Blame[];

const isBlame = (value: string): value is Blame => (BLAMES as readonly string[]).includes(value);

export function parseFailOn(value: string): FailOn {
  if (value.trim() === 'any') return 'any';
  const blames = value.split(',').map((b) => b.trim()).filter(Boolean);
  if (blames.length === 0) throw new CliError(`--fail-on takes any or blames among ${BLAMES.join(', ')}`);
  for (const blame of blames) {
    if (!isBlame(blame)) throw new CliError(`--fail-on takes any or blames among ${BLAMES.join(', ')} (not "${blame.slice(0, 40)}")`);
  }
  return blames as Blame[];
}

/** The exit code of a diagnose run: 1 when a diagnosis matches --fail-on, else 0. */
export function failOnExitCode(failOn: FailOn | undefined, diagnoses: readonly { blame: Blame }[]): 0 | 1 {
  if (failOn === undefined) return 0;
  const matches = failOn === 'any' ? diagnoses.length > 0 : diagnoses.some((d) => failOn.includes(d.blame));
  return matches ? 1 : 0;
}
