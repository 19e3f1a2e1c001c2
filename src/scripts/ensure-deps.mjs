#!/usr/bin/env node
// "Installs what is missing": runs `npm ci` when node_modules is absent or older than the lock file.
// Everything it prints goes to stderr, so commands whose stdout is a contract (--json) stay clean.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const marker = `${root}node_modules/.package-lock.json`;
const lock = `${root}package-lock.json`;

export function ensureDeps() {
  const fresh = existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
  if (fresh) return;
  process.stderr.write('faultline: installing dependencies (npm ci)…\n');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true' },
  });
  if (result.status !== 0) {
    process.stderr.write('faultline: npm ci failed\n');
    process.exit(result.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDeps();
