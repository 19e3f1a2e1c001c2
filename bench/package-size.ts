// The npm package as `npm pack` would write it from the current dist/ (npm run bench builds first):
// the tarball's bytes and its file count. The CLI imports the engine from the library beside it,
// so growth here is knowledge or code, not the engine shipped twice.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface PackageSize {
  /** Bytes of the .tgz. */
  tarballBytes: number;
  /** Bytes of its files, unpacked. */
  unpackedBytes: number;
  files: number;
}

/** --dry-run writes nothing; --ignore-scripts keeps a lifecycle script from changing what is measured. */
export function packageSize(root = join(import.meta.dirname, '..')): PackageSize {
  const stdout = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(stdout) as { size: number; unpackedSize: number; entryCount: number }[];
  if (pack === undefined) throw new Error('npm pack --dry-run --json listed no package');
  return { tarballBytes: pack.size, unpackedBytes: pack.unpackedSize, files: pack.entryCount };
}
