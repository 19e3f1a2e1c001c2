/** An error whose message is the one line the CLI prints before exiting with code 2. */
export class CliError extends Error {
  override name = 'CliError';
}
