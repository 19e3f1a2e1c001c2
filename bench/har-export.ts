// HAR export of 5,000 captured entries: build, sanitize and serialise, against JSON.stringify of the
// same entries (the floor any export pays) measured in the same run. It runs in a process of its own
// (`harExportAlone`), as the export runs in the worker: measured after the engine bench in the same
// heap, the peer's DOM garbage was collected on the export's clock.
import { execFileSync } from 'node:child_process';
import { buildHar, sanitizeHar, type EvidenceInput } from '../src/engine';
import { loadPageFixtures } from '../test/support/page-fixtures';
import { median } from './measure';

export interface HarExportBench {
  entries: number;
  /** Share of entries that carry a response body (the collector reads it only for failed pages). */
  withBody: number;
  buildMs: number;
  sanitizeMs: number;
  totalMs: number;
  stringifyFloorMs: number;
}

/**
 * `bodyEvery`: one entry in so many keeps its body. The worker's capture has headers and timings for
 * every request but a body only for failed pages the collector read (1 in 50 is generous); 1 is the
 * worst case, every entry an error page with its full body.
 */
export function benchHarExport(count = 5_000, repeats = 9, bodyEvery = 50): HarExportBench {
  const pages = loadPageFixtures().map((f) => f.evidence);
  const entries: EvidenceInput[] = Array.from({ length: count }, (_, i) => ({
    ...pages[i % pages.length]!,
    body: i % bodyEvery === 0 ? pages[i % pages.length]!.body : '',
    url: `${pages[i % pages.length]!.url}${i % 3 === 0 ? `?token=t${i}&page=${i}` : ''}`,
    requestHeaders: [{ name: 'Cookie', value: `session=s${i % 50}; theme=dark` }, { name: 'Accept', value: 'text/html' }],
    startedAt: new Date(Date.UTC(2026, 10, 21, 9, 0, 0, i)).toISOString(),
  }));
  const build: number[] = [];
  const sanitize: number[] = [];
  const total: number[] = [];
  const floor: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const har = buildHar({ entries, now: new Date() });
    const t1 = performance.now();
    const { har: clean } = sanitizeHar(har, 'bench');
    const t2 = performance.now();
    JSON.stringify(clean, null, 2); // As exportHar writes it.
    const t3 = performance.now();
    JSON.stringify(entries);
    const t4 = performance.now();
    build.push(t1 - t0);
    sanitize.push(t2 - t1);
    total.push(t3 - t0);
    floor.push(t4 - t3);
  }
  return { entries: count, withBody: 1 / bodyEvery, buildMs: median(build), sanitizeMs: median(sanitize), totalMs: median(total), stringifyFloorMs: median(floor) };
}

/** `benchHarExport` in a fresh Node process (this file is its entry point there). */
export function harExportAlone(count: number, repeats: number, bodyEvery: number): HarExportBench {
  const output = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, String(count), String(repeats), String(bodyEvery)], { encoding: 'utf8' });
  return JSON.parse(output) as HarExportBench;
}

if (process.argv[1] === import.meta.filename) {
  const [count, repeats, bodyEvery] = process.argv.slice(2).map(Number);
  process.stdout.write(JSON.stringify(benchHarExport(count, repeats, bodyEvery)));
}
