// npm run bench: every figure as a ratio against a peer or budget measured in the same run;
// a table on stdout and bench/results.json. Budgets live in shared DESIGN.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnalyzer } from './analyzer';
import { benchCliBigHar } from './cli-big-har';
import { benchEngine } from './engine-vs-peer';
import { benchExtension } from './extension';
import { harExportAlone } from './har-export';
import { benchHistoryWrite } from './history-write';
import { benchIpLookup } from './ip-lookup';
import { packageSize } from './package-size';
import { benchPageLoad, benchWorker } from './overhead';
import { benchProbeOverhead } from './probe-overhead';
import { benchSanitizeLinear } from './sanitize-linear';

const ROOT = join(import.meta.dirname, '..');
const repeats = Number(process.env.BENCH_REPEATS ?? 200);

const harExport = harExportAlone(5_000, 15, 50);
const harExportWorst = harExportAlone(5_000, 5, 1);
const sanitizeLinear = benchSanitizeLinear(Number(process.env.BENCH_SANITIZE_RUNS ?? 3));
const engine = await benchEngine(repeats);
const ipLookup = benchIpLookup();
const historyWrite = await benchHistoryWrite();
const probe = await benchProbeOverhead();
const extension = await benchExtension();
const pageLoad = await benchPageLoad(Number(process.env.BENCH_PAGELOAD_RUNS ?? 15));
const worker = await benchWorker(Number(process.env.BENCH_WORKER_REQUESTS ?? 5_000), Number(process.env.BENCH_WORKER_RUNS ?? 3));
const cli = await benchCliBigHar(Number(process.env.BENCH_CLI_RUNS ?? 3));
const analyzer = await benchAnalyzer(Number(process.env.BENCH_ANALYZER_RUNS ?? 3));
const npmPackage = packageSize();
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
const pct = (share: number) => `${(share * 100).toFixed(0)}%`;
const ownAboveFloor = Math.max(0, worker.workerCpuMsPerRequest - worker.floorCpuMsPerRequest);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  ['engine diagnose, median per error page', `${engine.engineMedianMs.toFixed(4)} ms`, '≤ 0.5 ms', engine.engineMedianMs <= 0.5],
  ['simple-wappalyzer, same pages, same run', `${engine.peerMedianMs.toFixed(2)} ms`, '', undefined],
  ['engine speed-up over simple-wappalyzer', `${engine.speedup.toFixed(0)}×`, '≥ 50×', engine.speedup >= 50],
  ['fixtures attributed to their generator', `${engine.engineCorrect}/${engine.pages}`, 'all', engine.engineCorrect === engine.pages],
  ['vendor pages where the peer names the writer', `${engine.peerNamedWriter}/${engine.vendorPages}`, '', undefined],
  [`server address → provider, median per lookup (${ipLookup.addresses} addresses, v4 and v6)`, `${ipLookup.perAddressUs.toFixed(2)} µs`, '', undefined],
  ['  vs a Map.get of the same address strings, same run (the floor)', `${ipLookup.floorUs.toFixed(2)} µs = ${ratio(ipLookup.perAddressUs, ipLookup.floorUs)}`, '', undefined],
  [`site history, one load recorded and written (500 sites × 100 events held)`, `${historyWrite.perEventUs.toFixed(1)} µs`, '', undefined],
  ['  the same, its site not in memory (read and checked first)', `${historyWrite.coldPerEventUs.toFixed(1)} µs`, '', undefined],
  ['  the same, a burst of loads sharing one write', `${historyWrite.batchedPerEventUs.toFixed(1)} µs`, '', undefined],
  ['  vs a Map.set of the event as JSON, same run (the floor)', `${historyWrite.floorUs.toFixed(2)} µs = ${ratio(historyWrite.perEventUs, historyWrite.floorUs)}`, '', undefined],
  [`Check again on the worker, per try (${probe.tries} tries, local 502)`, `${probe.perTryMs.toFixed(2)} ms`, '', undefined],
  ['  vs a plain fetch of the same URL, body read, same run (the floor)', `${probe.floorMs.toFixed(2)} ms = ${ratio(probe.perTryMs, probe.floorMs)}`, '', undefined],
  [`HAR export of ${harExport.entries} captured entries (build + sanitize + JSON)`, `${harExport.totalMs.toFixed(0)} ms`, '≤ 300 ms', harExport.totalMs <= 300],
  ['  of which build / sanitize', `${harExport.buildMs.toFixed(0)} / ${harExport.sanitizeMs.toFixed(0)} ms`, '', undefined],
  ['  vs JSON.stringify of the same entries alone', `${(harExport.totalMs / harExport.stringifyFloorMs).toFixed(1)}×`, '', undefined],
  ['  worst case: every entry an error page with its body', `${harExportWorst.totalMs.toFixed(0)} ms`, '', undefined],
  [`sanitize a ${mb(sanitizeLinear.bytes)} body of real error pages (every fixture, repeated)`, `${sanitizeLinear.pagesMs.toFixed(0)} ms`, '', undefined],
  ['  the same size of plain prose', `${sanitizeLinear.plainMs.toFixed(0)} ms`, '', undefined],
  [`  the slowest of 10 hostile bodies (${sanitizeLinear.worst.name}), vs real pages`, `${sanitizeLinear.worst.ms.toFixed(0)} ms = ${ratio(sanitizeLinear.worst.ms, sanitizeLinear.pagesMs)}`, '≤ ~1×', sanitizeLinear.worst.ms <= 1.5 * sanitizeLinear.pagesMs],
  [`popup open → verdict rendered (median of ${extension.runs})`, `${extension.popupToVerdictMs.toFixed(0)} ms`, '≤ 100 ms', extension.popupToVerdictMs <= 100],
  ['  of which the popup\'s code loaded / the worker\'s answer received', `${extension.popupSplitMs.codeLoaded.toFixed(0)} / ${extension.popupSplitMs.answered.toFixed(0)} ms`, '', undefined],
  ['  an empty extension page, same browser: DOMContentLoaded', `${extension.blankPageMs.toFixed(0)} ms`, '', undefined],
  ['  a page with one tiny script, same browser: the script ran', `${extension.oneScriptPageMs.toFixed(0)} ms`, '', undefined],
  ['  popup verdict vs empty page', ratio(extension.popupToVerdictMs, extension.blankPageMs), '', undefined],
  ['  popup verdict vs one-script page', ratio(extension.popupToVerdictMs, extension.oneScriptPageMs), '≤ 1.25×', extension.popupToVerdictMs <= 1.25 * extension.oneScriptPageMs],
  ['badge set after the failed page loaded (median)', `${extension.badgeLatencyMs.toFixed(0)} ms`, '', undefined],
  [`healthy pages, main-thread script time with the extension (median of ${pageLoad.runs}×${pageLoad.pages.length})`, `${pageLoad.withExtension.scriptMs.toFixed(2)} ms`, '', undefined],
  ['  the same pages without the extension, same run', `${pageLoad.without.scriptMs.toFixed(2)} ms`, '', undefined],
  ['  script time with vs without', ratio(pageLoad.withExtension.scriptMs, pageLoad.without.scriptMs), '≈ 1×', undefined],
  ['  main-thread task time with vs without', `${pageLoad.withExtension.taskMs.toFixed(1)} / ${pageLoad.without.taskMs.toFixed(1)} ms = ${ratio(pageLoad.withExtension.taskMs, pageLoad.without.taskMs)}`, '≈ 1×', undefined],
  ['  load event with vs without', `${pageLoad.withExtension.loadMs.toFixed(0)} / ${pageLoad.without.loadMs.toFixed(0)} ms = ${ratio(pageLoad.withExtension.loadMs, pageLoad.without.loadMs)}`, '≈ 1×', undefined],
  [`worker: thread CPU time per captured request (OS counters; a tab making ${worker.requests} requests, median of ${worker.runs} runs)`, us(worker.workerCpuMsPerRequest), '', undefined],
  ['  an extension with the same listeners doing nothing, same run (the floor)', us(worker.floorCpuMsPerRequest), '', undefined],
  ['  each run: Faultline / floor', `${worker.workerCpuMsPerRequestRuns.map(us).join(', ')} / ${worker.floorCpuMsPerRequestRuns.map(us).join(', ')}`, '', undefined],
  ['  Faultline vs the floor', ratio(worker.workerCpuMsPerRequest, worker.floorCpuMsPerRequest), '', undefined],
  ['  Faultline\'s own cost above the floor (capture, store, storage writes)', us(ownAboveFloor), '≤ 20 µs', ownAboveFloor * 1000 <= 20],
  ['  Faultline\'s own code alone: its share of the profile × the thread\'s CPU time', us(worker.workerCpuMsPerRequest * worker.workerShares.own), '', undefined],
  [`  profile: own code / webRequest delivery / GC / native (share of samples)`, [worker.workerShares.own, worker.workerShares.delivery, worker.workerShares.gc, worker.workerShares.native].map(pct).join(' / '), '', undefined],
  ['  all browser processes, CPU per request: Faultline / floor / no extension', `${[worker.browserCpuMsPerRequest.withExtension, worker.browserCpuMsPerRequest.floor, worker.browserCpuMsPerRequest.without].map(us).join(' / ')}`, '', undefined],
  ['  all browser processes, Faultline vs floor', ratio(worker.browserCpuMsPerRequest.withExtension, worker.browserCpuMsPerRequest.floor), '≈ 1×', undefined],
  ['  the page\'s own script time per request, without the extension', us(worker.pageScriptMsPerRequest.without), '', undefined],
  ['  page\'s script time per request, with vs without', ratio(worker.pageScriptMsPerRequest.withExtension, worker.pageScriptMsPerRequest.without), '≈ 1×', undefined],
  ['  page wall time for all requests: Faultline / floor / no extension', [worker.pageWallMs.withExtension, worker.pageWallMs.floor, worker.pageWallMs.without].map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' / '), '', undefined],
  ['  page wall time, Faultline vs floor / floor vs no extension', `${ratio(worker.pageWallMs.withExtension, worker.pageWallMs.floor)} / ${ratio(worker.pageWallMs.floor, worker.pageWallMs.without)}`, '', undefined],
  ['  worker heap after the run (after GC), growth', `${mb(worker.workerHeapAfterBytes)}, +${(worker.workerHeapGrowthBytes / 1024).toFixed(0)} KB`, 'bounded', undefined],
  [`CLI diagnose --json on a ${mb(cli.fileBytes)} HAR (${cli.entries} entries), wall`, `${(cli.cli.wallMs / 1000).toFixed(2)} s`, '', undefined],
  ['  vs node JSON.parse(readFileSync) of the same file (floor)', `${(cli.floor.wallMs / 1000).toFixed(2)} s = ${ratio(cli.cli.wallMs, cli.floor.wallMs)}`, '', undefined],
  ['  CLI start-up alone (faultline causes)', `${(cli.startup.wallMs / 1000).toFixed(2)} s`, '', undefined],
  ['  CLI peak RSS', mb(cli.cli.maxRssBytes), '≤ ~4× file', (cli.cli.maxRssBytes - cli.startup.maxRssBytes) <= 4 * cli.fileBytes],
  ['  vs the floor\'s peak RSS', `${mb(cli.floor.maxRssBytes)} = ${ratio(cli.cli.maxRssBytes, cli.floor.maxRssBytes)}`, '', undefined],
  ['  CLI peak RSS above its start-up, per byte of file', ratio(cli.cli.maxRssBytes - cli.startup.maxRssBytes, cli.fileBytes), '≤ 4×', (cli.cli.maxRssBytes - cli.startup.maxRssBytes) <= 4 * cli.fileBytes],
  ['size: collector (min + gzip)', kb(extension.sizes.collector), '≤ 4 KB', extension.sizes.collector <= 4096],
  ['size: popup (min + gzip)', kb(extension.sizes.popup), '≤ 30 KB', extension.sizes.popup <= 30 * 1024],
  ['  of which the popup\'s entry, loaded before its first question to the worker', kb(extension.sizes.popupFirst), '', undefined],
  ['size: worker (min + gzip)', kb(extension.sizes.worker), '', undefined],
  ...analyzer.cases.flatMap((c) => [
    [`HAR analyzer (web build, Chromium), file chosen → first verdict, ${c.entries} entries, ${mb(c.fileBytes)}`, `${c.analyzerMs.toFixed(0)} ms`, '', undefined],
    ['  vs faultline diagnose --json on the same file, same run', `${c.cliMs.toFixed(0)} ms = ${ratio(c.analyzerMs, c.cliMs)}`, '', undefined],
  ] as const),
  ['size: HAR analyzer web build (dist/web, gzip)', `${kb(analyzer.webGzipBytes)} (${kb(analyzer.webBytes)} raw)`, '', undefined],
  ['size: whole package (store zip)', kb(extension.sizes.packageZip), '≤ 250 KB', extension.sizes.packageZip <= 250 * 1024],
  ['size: npm package (npm pack tarball: CLI + library + types)', `${kb(npmPackage.tarballBytes)}, ${npmPackage.files} files`, '', undefined],
  ['  packed vs unpacked', ratio(npmPackage.tarballBytes, npmPackage.unpackedBytes), '', undefined],
] as const;

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'figure'.padEnd(width)}  ${'measured'.padStart(14)}  ${'budget'.padEnd(9)}  ok`);
for (const [name, value, budget, ok] of rows) {
  console.log(`${name.padEnd(width)}  ${value.padStart(14)}  ${budget.padEnd(9)}  ${ok === undefined ? '' : ok ? 'yes' : 'NO'}`);
}

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify({ when: new Date().toISOString(), node: process.version, repeats, sanitizeLinear, engine, ipLookup, historyWrite, probe, harExport, harExportWorst, extension, pageLoad, worker, cli, analyzer, npmPackage }, null, 2)}\n`);
console.log('\nwritten: bench/results.json');
