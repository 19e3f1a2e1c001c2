// An esbuild plugin for the packaged CLI: every import that lands in src/engine/ becomes the external
// `./lib/index.mjs`, the engine library shipped beside dist/cli.mjs, so the tarball holds the engine
// (and its knowledge) once. The CLI sees the same module instance a library user does, so classes
// such as HarError stay one class. An engine module the public surface (src/engine/index.ts) does not
// re-export would fail to link when the CLI starts: scripts/build-package.mjs runs the CLI once to
// catch that at build time.
import { sep } from 'node:path';

const SKIP = Symbol('engine-from-library: resolving for real');

/** engineDir: the absolute src/engine; library: the specifier the CLI bundle imports the engine by. */
export function engineFromLibrary(engineDir, library = './lib/index.mjs') {
  return {
    name: 'engine-from-library',
    setup(build) {
      build.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
        if (args.pluginData === SKIP) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: SKIP });
        if (resolved.errors.length > 0 || !resolved.path.startsWith(engineDir + sep)) return resolved;
        return { path: library, external: true };
      });
    },
  };
}
