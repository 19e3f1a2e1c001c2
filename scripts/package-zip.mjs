#!/usr/bin/env node
// After the build: dist/<browser>/ → dist/faultline-<browser>-<version>.zip, the file a store takes.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

for (const target of ['chrome', 'firefox']) {
  const dir = join(dist, target);
  if (!existsSync(join(dir, 'manifest.json'))) continue;
  const { version } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  // A fixed time keeps the zip identical for identical builds.
  const mtime = new Date('2026-01-01T00:00:00Z');
  const files = Object.fromEntries(filesUnder(dir).sort().map((path) => [relative(dir, path), [readFileSync(path), { mtime }]]));
  const zip = zipSync(files, { level: 9 });
  const out = join(dist, `faultline-${target}-${version}.zip`);
  writeFileSync(out, zip);
  console.log(`${relative(process.cwd(), out)}  ${(zip.length / 1024).toFixed(1)} KB, ${Object.keys(files).length} files`);
}
