#!/usr/bin/env node
// The npm package's two builds, after the extension's (`npm run build`): dist/lib/, the engine as an
// ESM library with the .d.ts files of its public surface, and dist/cli.mjs, the CLI that `bin` runs
// with no install step and no build at run time. The CLI imports the engine from ./lib/index.mjs
// rather than carrying its own copy, so the tarball holds the engine and its knowledge once.
// Everything either needs (zod, fflate) is bundled in, so the package declares no runtime
// dependency and installs offline from its tarball.
//   node scripts/build-package.mjs [--out DIR]   DIR/dist/… (default: the repository's own dist/)
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { engineFromLibrary } from './engine-from-library.mjs';
import { pruneTypes } from './prune-types.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv.indexOf('--out');
/** test/build/package.test.ts builds into a directory of its own, away from a build running meanwhile. */
const DIST = join(out > 0 && process.argv[out + 1] ? process.argv[out + 1] : ROOT, 'dist');
const TYPES = join(DIST, 'lib', 'types');

/** A bundle with a CommonJS dependency inside an ES module needs `require`: give it Node's. */
const REQUIRE_SHIM = "import { createRequire as __faultlineRequire } from 'node:module'; const require = __faultlineRequire(import.meta.url);";

/**
 * The CLI: written aside and renamed into place, so a CLI started meanwhile never loads half a file.
 * Its engine is the library beside it (engine-from-library.mjs), so dist/lib/ must sit next to it.
 */
async function buildCli(outfile = join(DIST, 'cli.mjs')) {
  mkdirSync(dirname(outfile), { recursive: true });
  const aside = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, 'src', 'cli', 'run.ts')], outfile: aside, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    logLevel: 'error', legalComments: 'none', minify: true, banner: { js: `#!/usr/bin/env node\n${REQUIRE_SHIM}` },
    plugins: [engineFromLibrary(join(ROOT, 'src', 'engine'))],
  });
  chmodSync(aside, 0o755);
  renameSync(aside, outfile);
}

/**
 * The engine: neutral platform (it uses no browser or Node API), so it runs wherever ESM does.
 * Written aside and renamed into place like the CLI, which now loads it too.
 */
async function buildLibrary(outfile = join(DIST, 'lib', 'index.mjs')) {
  mkdirSync(dirname(outfile), { recursive: true });
  const aside = `${outfile}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, 'src', 'engine', 'index.ts')], outfile: aside, bundle: true, platform: 'neutral',
    format: 'esm', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'error', legalComments: 'none', minify: true,
  });
  renameSync(aside, outfile);
}

/**
 * The engine's declarations, one .d.ts per source file. The sources import without extensions
 * (bundler resolution); a consumer on Node16/NodeNext resolution needs `./x.js` or `./x/index.js`,
 * so each relative specifier is rewritten to the file it names.
 */
function buildTypes() {
  rmSync(TYPES, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'src', 'engine'),
    '--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--outDir', TYPES], { stdio: 'inherit' });
  if (tsc.status !== 0) throw new Error(`tsc --emitDeclarationOnly failed (exit ${tsc.status})`);
  for (const file of walk(TYPES)) {
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g, (whole, lead, quote, spec) => {
      const target = join(dirname(file), spec);
      if (existsSync(`${target}.d.ts`)) return `${lead}${quote}${spec}.js${quote}`;
      if (existsSync(join(target, 'index.d.ts'))) return `${lead}${quote}${spec}/index.js${quote}`;
      return whole;
    });
    if (fixed !== text) writeFileSync(file, fixed);
  }
}

/**
 * The CLI started once from where it was built: a name it takes from the library that the library
 * does not export fails here, at link time, instead of on a user's machine.
 */
function checkCliLinks() {
  const cli = spawnSync(process.execPath, [join(DIST, 'cli.mjs'), '--version'], { encoding: 'utf8' });
  if (cli.status !== 0 || !cli.stdout.startsWith('faultline ')) throw new Error(`dist/cli.mjs does not start: ${cli.stderr.trim() || `exit ${cli.status}`}`);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.d.ts') ? [path] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await Promise.all([buildCli(), buildLibrary()]);
  checkCliLinks();
  buildTypes();
  pruneTypes(TYPES);
}
