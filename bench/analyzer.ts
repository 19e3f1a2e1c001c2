// The HAR analyzer (the web build, dist/web/index.html from file://, in Chromium): time from the file
// chosen to its first verdict in the document (the page's own marks), for a 5,000-entry HAR and a
// ~50 MB one, against the CLI's `faultline diagnose --json` on the same file in the same run (wall
// time of the process: start, read, diagnose, print). Sizes of the web build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchWithoutExtension } from '../harness/launch-browser';
import { writeBigHar } from '../test/support/big-har';
import { median } from './measure';

const ROOT = join(import.meta.dirname, '..');
const WEB = join(ROOT, 'dist', 'web');

export interface AnalyzerCase { entries: number; fileBytes: number; analyzerMs: number; cliMs: number }
export interface AnalyzerBench { cases: AnalyzerCase[]; webBytes: number; webGzipBytes: number }

function cliMs(file: string): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.mjs'), 'diagnose', file, '--json'], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  if (run.status !== 0) throw new Error(`faultline diagnose exited ${run.status}: ${run.stderr.toString().slice(0, 300)}`);
  return performance.now() - start;
}

export async function benchAnalyzer(runs = 3): Promise<AnalyzerBench> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-analyzer-'));
  const browser = await launchWithoutExtension();
  try {
    const files = [writeBigHar(join(dir, 'five-thousand.har'), Infinity, 5_000), writeBigHar(join(dir, 'fifty-mb.har'), 50 * 1024 * 1024)]
      .map((written, i) => ({ ...written, path: join(dir, i === 0 ? 'five-thousand.har' : 'fifty-mb.har') }));
    const cases: AnalyzerCase[] = [];
    for (const file of files) {
      const pageTimes: number[] = [];
      const cliTimes: number[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(join(WEB, 'index.html')).href);
        const input = await page.waitForSelector('[data-testid="har-input"]');
        await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file.path);
        await page.waitForSelector('[data-testid="analysis"]', { timeout: 120_000 });
        pageTimes.push(await page.evaluate(() => {
          const [chosen] = performance.getEntriesByName('faultline:file-chosen');
          const [verdict] = performance.getEntriesByName('faultline:first-verdict');
          return verdict!.startTime - chosen!.startTime;
        }));
        await page.close();
        cliTimes.push(cliMs(file.path));
      }
      cases.push({ entries: file.entries, fileBytes: file.bytes, analyzerMs: median(pageTimes), cliMs: median(cliTimes) });
    }
    const webFiles = readdirSync(WEB).map((name) => readFileSync(join(WEB, name)));
    return {
      cases,
      webBytes: readdirSync(WEB).reduce((sum, name) => sum + statSync(join(WEB, name)).size, 0),
      webGzipBytes: webFiles.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0),
    };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
