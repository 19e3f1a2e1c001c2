#!/usr/bin/env node
// "Installs what is missing", for `npm start`, `npm test` and `npm run bench` (the CLI only asks
// depsFresh and never installs): `npm ci` when node_modules is absent or older than the lock file, and
// with --browser, Debian's Chromium and Firefox ESR when they are not installed (the end-to-end
// tests drive both; puppeteer's own browser download is off: this machine cannot fetch browsers).
// Everything it prints goes to stderr, so commands whose stdout is a contract (--json) stay clean.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const marker = `${root}node_modules/.package-lock.json`;
const lock = `${root}package-lock.json`;
const CHROMIUM = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

function run(command, args, what) {
  process.stderr.write(`faultline: ${what}…\n`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: 'true', DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    process.stderr.write(`faultline: ${what} failed\n`);
    process.exit(result.status ?? 1);
  }
}

/** node_modules exists and is not older than the lock file. Installs nothing. */
export function depsFresh() {
  return existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
}

/** Installs what is missing: only for `npm start`, `npm test` and `npm run bench`, never the CLI. */
/** A Chinese font, for the zh-CN screenshots: without one the popup's Chinese text draws as boxes. */
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

export function ensureDeps({ browser = false, screenshots = false } = {}) {
  if (!depsFresh()) run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], 'installing dependencies (npm ci)');
  if (!browser) return;
  if (screenshots && !existsSync(CJK_FONT)) {
    // Only the pictures need it, so it never stops the tour: installed where apt-get can, else named.
    if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
      run('apt-get', ['update', '-qq'], 'updating the package lists');
      run('apt-get', ['install', '-y', '-qq', 'fonts-noto-cjk'], 'installing a Chinese font for the zh-CN screenshots (apt-get install fonts-noto-cjk)');
    } else process.stderr.write("faultline: no Chinese font: the zh-CN screenshots will show boxes (install Debian's fonts-noto-cjk)\n");
  }
  const missing = [
    !process.env.CHROMIUM_PATH && !CHROMIUM.some((path) => existsSync(path)) && { name: 'Chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' },
    !process.env.FIREFOX_PATH && !FIREFOX.some((path) => existsSync(path)) && { name: 'Firefox ESR', pkg: 'firefox-esr', env: 'FIREFOX_PATH' },
    // The copy-ready commands are pasted into these shells for real (test/engine/shell-safety.test.ts).
    ...['zsh', 'fish'].map((shell) => !existsSync(`/usr/bin/${shell}`) && { name: shell, pkg: shell, env: 'PATH' }),
  ].filter(Boolean);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    for (const m of missing) process.stderr.write(`faultline: ${m.name} is missing: install Debian's ${m.pkg} package (or set ${m.env})\n`);
    process.exit(1);
  }
  run('apt-get', ['update', '-qq'], 'updating the package lists');
  const pkgs = missing.map((m) => m.pkg);
  run('apt-get', ['install', '-y', '-qq', ...pkgs], `installing ${missing.map((m) => m.name).join(' and ')} (apt-get install ${pkgs.join(' ')})`);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDeps({ browser: process.argv.includes('--browser'), screenshots: process.argv.includes('--screenshots') });
