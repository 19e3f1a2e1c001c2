#!/usr/bin/env node
// The CLI's entry: check that dependencies are installed (a CLI never installs packages by itself:
// it says what to run and exits 2), then run the CLI bundled into one file by
// esbuild, rebuilt only when a source file is newer than the bundle. Starting from one bundle
// takes a tenth of the time tsx needs to compile the TypeScript sources on every run.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { depsFresh } from '../scripts/ensure-deps.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'faultline', 'cli.mjs');
const SOURCES = ['src/cli', 'src/engine', 'src/shared', 'package.json'].map((p) => join(ROOT, p));

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Written aside and renamed into place: a CLI started meanwhile never loads half a bundle. */
async function bundle() {
  const { build } = await import('esbuild');
  mkdirSync(dirname(BUNDLE), { recursive: true });
  const aside = `${BUNDLE}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], outfile: aside, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    logLevel: 'error', banner: { js: "import { createRequire as __faultlineRequire } from 'node:module'; const require = __faultlineRequire(import.meta.url);" },
  });
  renameSync(aside, BUNDLE);
}

// A reader that stops early (`faultline causes | head`) closes the pipe: stop quietly, as Unix
// tools do, rather than print a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

if (!depsFresh()) {
  process.stderr.write('faultline: dependencies are missing: run npm ci (or npm start / npm test) first\n');
  process.exit(2);
}
if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < Math.max(...SOURCES.map(newestChange))) await bundle();
const { main } = await import(pathToFileURL(BUNDLE).href);
process.exitCode = await main(process.argv.slice(2));
