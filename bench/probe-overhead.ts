// "Check again" on the worker (src/background/probe.ts): what a check costs beyond its GETs. A local
// server on 127.0.0.1 answers every GET with nginx's 502 page; the worker's probe makes its tries
// (no pause between them), reads each answer with the engine and stores it with the page, and the
// floor is the same number of plain fetches of the same URL with the body read, in the same run.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createProbes } from '../src/background/probe';
import { createTabStore } from '../src/background/store';
import { PROBE_MAX_TRIES } from '../src/shared/probe-record';
import { median } from './measure';
import { memoryArea } from './memory-area';

const NGINX_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx/1.24.0</center></body></html>';

export interface ProbeOverheadBench {
  tries: number;
  /** Median milliseconds per try of the worker's check. */
  perTryMs: number;
  /** Median milliseconds per plain fetch + body read of the same URL, same run. */
  floorMs: number;
}

export async function benchProbeOverhead(runs = 30): Promise<ProbeOverheadBench> {
  const server = createServer((_, res) => res.writeHead(502, { server: 'nginx/1.24.0', 'content-type': 'text/html' }).end(NGINX_502));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkout`;
  try {
    const store = createTabStore(memoryArea(), () => undefined);
    await store.update(1, (tab) => {
      tab.pages.push({
        key: 'r1', url, startedAt: 1_000, prerender: false,
        entries: [{ id: 'r1', type: 'main_frame', frameId: 0, method: 'GET', url, t0: 1_000, tEnd: 1_060, status: 502, responseHeaders: [{ name: 'Server', value: 'nginx/1.24.0' }] }],
      });
    });
    const probes = createProbes({ store, tabUrl: async () => url, tabChanged: async () => undefined, intervalMs: 0 });
    const tries = PROBE_MAX_TRIES;
    const checks: number[] = [];
    const floors: number[] = [];
    for (let run = 0; run < runs; run++) {
      let t0 = performance.now();
      await probes.start(1, { tries, asYou: false, confirmedGet: false });
      await probes.settled(1);
      checks.push((performance.now() - t0) / tries);
      t0 = performance.now();
      for (let i = 0; i < tries; i++) await (await fetch(url, { cache: 'no-store' })).text();
      floors.push((performance.now() - t0) / tries);
    }
    const probe = (await store.get(1))?.pages[0]?.probe;
    if (probe?.results.length !== tries || probe.results.some((r) => r.generator !== 'nginx')) throw new Error('the probe bench did not read its tries as nginx 502s');
    return { tries, perTryMs: median(checks), floorMs: median(floors) };
  } finally {
    server.close();
  }
}
