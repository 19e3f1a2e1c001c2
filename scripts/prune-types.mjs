// The library's declarations hold only what its public surface needs: tsc writes one .d.ts per engine
// source file (every fingerprint and cause among them), but a consumer only ever reads index.d.ts and
// the files it reaches through relative imports. The rest is removed, with the folders left empty.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Relative specifiers in `from '…'`, `import('…')` and `export … from '…'`, already ending in .js. */
const SPECIFIER = /(?:from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\1/g;

function reachable(entry) {
  const seen = new Set();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const [, , spec] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      pending.push(resolve(dirname(file), spec.replace(/\.js$/, '.d.ts')));
    }
  }
  return seen;
}

/** Removes what index.d.ts does not reach; returns whether the directory is left empty. */
function prune(dir, keep) {
  let empty = true;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory() ? prune(path, keep) : !keep.has(path)) rmSync(path, { recursive: true, force: true });
    else empty = false;
  }
  return empty;
}

/** typesDir holds index.d.ts and the declarations tsc wrote beside it. */
export function pruneTypes(typesDir) {
  const keep = reachable(resolve(typesDir, 'index.d.ts'));
  prune(resolve(typesDir), keep);
  return keep.size;
}
