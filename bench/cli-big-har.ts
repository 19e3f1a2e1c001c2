// The CLI on a ~50 MB HAR: wall time and peak RSS of `faultline diagnose --json`, against the floor
// any reader of the file pays, `node -e "JSON.parse(fs.readFileSync(f))"`, on the same file in the
// same run; and the CLI's own start-up (`faultline causes`, no file) for scale.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBigHar } from '../test/support/big-har';
import { median } from './measure';

const ROOT = join(import.meta.dirname, '..');
const PRELOAD = join(import.meta.dirname, 'maxrss.mjs');

export interface CliBench {
  fileBytes: number;
  entries: number;
  runs: number;
  cli: { wallMs: number; maxRssBytes: number };
  floor: { wallMs: number; maxRssBytes: number };
  startup: { wallMs: number; maxRssBytes: number };
}

function measure(args: string[]): Promise<{ wallMs: number; maxRssBytes: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['--import', PRELOAD, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      const rss = /faultline-bench-maxrss-kb=(\d+)/.exec(stderr);
      if (code !== 0 || !rss) reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(0, 300)}`));
      else resolve({ wallMs, maxRssBytes: Number(rss[1]) * 1024 });
    });
  });
}

export async function benchCliBigHar(runs = 3, targetBytes = 50 * 1024 * 1024): Promise<CliBench> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-har-'));
  const file = join(dir, 'big.har');
  try {
    const { entries, bytes } = writeBigHar(file, targetBytes);
    const cli: { wallMs: number; maxRssBytes: number }[] = [];
    const floor: typeof cli = [];
    const startup: typeof cli = [];
    const faultline = join(ROOT, 'bin', 'faultline.mjs');
    await measure([faultline, 'causes']); // warm tsx's cache
    for (let i = 0; i < runs; i++) {
      floor.push(await measure(['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}))`]));
      cli.push(await measure([faultline, 'diagnose', file, '--json']));
      startup.push(await measure([faultline, 'causes', '--json']));
    }
    const med = (list: typeof cli) => ({ wallMs: median(list.map((r) => r.wallMs)), maxRssBytes: median(list.map((r) => r.maxRssBytes)) });
    return { fileBytes: bytes, entries, runs, cli: med(cli), floor: med(floor), startup: med(startup) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
