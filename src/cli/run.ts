// The packaged CLI's entry (dist/cli.mjs, built by scripts/build-package.mjs): run main on the
// command line and exit with its code. In the repository bin/faultline.mjs does the same around its
// own bundle of main.ts.
import { main } from './main';

// A reader that stops early (`faultline causes | head`) closes the pipe: stop quietly, as Unix
// tools do, rather than print a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

process.exitCode = await main(process.argv.slice(2));
