// The floor for the worker's cost: an extension that registers Faultline's exact webRequest
// listeners (registerCapture itself, bundled here) over a store that keeps nothing. What it costs
// is what the browser charges any extension for observing requests this way; what Faultline costs
// above it is its own work.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer';
import { chromiumArgs, chromiumPath } from '../harness/launch-browser';

const ROOT = resolve(import.meta.dirname, '..');

const WORKER = `
import { registerCapture } from './src/background/capture';
const nothing = () => undefined;
const store = { addPage: nothing, changeEntry: nothing, upsertEntry: nothing };
const extra = chrome.webRequest.OnSendHeadersOptions?.EXTRA_HEADERS === 'extraHeaders';
registerCapture(chrome.webRequest, store, { pageFailed: nothing, requestFailed: nothing, pageStarted: nothing }, extra);
`;

export async function buildFloorExtension(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-floor-'));
  const bundle = await build({ stdin: { contents: WORKER, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'esm', minify: true, logLevel: 'silent' });
  writeFileSync(join(dir, 'worker.js'), bundle.outputFiles[0]!.text);
  const ours = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { permissions: string[]; host_permissions: string[] };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'webRequest floor', version: '1.0.0',
    permissions: ours.permissions.filter((p) => p === 'webRequest'), host_permissions: ours.host_permissions,
    background: { service_worker: 'worker.js', type: 'module' },
  }));
  return dir;
}

export async function launchWithFloorExtension() {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(), headless: true, pipe: true, enableExtensions: [await buildFloorExtension()],
    userDataDir: mkdtempSync(join(tmpdir(), 'faultline-profile-')),
    args: chromiumArgs(),
  });
  await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 15_000 });
  return browser;
}
