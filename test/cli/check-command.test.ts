// faultline check <url>: real GETs over 127.0.0.1 to a small server whose answers the test decides:
// one route fails 3 of 5 from one of two backends, one is a 504 after a delay, one hangs past the
// try's timeout, one is always fine. Checks the --json contract field by field and the bad-input errors.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAKY_FAILING_NODE, FLAKY_HEALTHY_NODE } from '../../harness/flaky-backends';
import { startGallery } from '../../harness/gallery-server';
import { runCli } from '../support/run-cli';

const NGINX = (status: string) => `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n`;

interface Seen { path: string; method: string; cookie: string | undefined; at: number }

let server: Server;
let base: string;
const seen: Seen[] = [];
/** Requests per /flaky/<key>: two backends take turns, and backend-a is the broken one. */
const turns = new Map<string, number>();

function handle(req: IncomingMessage, res: import('node:http').ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://local');
  seen.push({ path: url.pathname, method: req.method ?? '', cookie: req.headers.cookie, at: Date.now() });
  if (url.pathname.startsWith('/flaky/')) {
    const turn = turns.get(url.pathname) ?? 0;
    turns.set(url.pathname, turn + 1);
    const backend = turn % 2 === 0 ? 'backend-a' : 'backend-b';
    // Every answer sets a cookie: a probe that kept cookies would send it back on the next try.
    const headers = { server: 'nginx/1.24.0', 'x-served-by': backend, 'content-type': 'text/html', 'set-cookie': 'probe=seen; Path=/' };
    if (backend === 'backend-a') res.writeHead(502, 'Bad Gateway', headers).end(NGINX('502 Bad Gateway'));
    else res.writeHead(200, headers).end('<!doctype html><title>fine</title><h1>fine</h1>');
    return;
  }
  if (url.pathname === '/slow504') {
    const delay = Math.min(Number(url.searchParams.get('ms') ?? 0) || 0, 2_000);
    const timer = setTimeout(() => res.writeHead(504, 'Gateway Time-out', { server: 'nginx/1.24.0', 'content-type': 'text/html' }).end(NGINX('504 Gateway Time-out')), delay);
    res.once('close', () => clearTimeout(timer));
    return;
  }
  if (url.pathname === '/hang') return; // never answers; the try's timeout ends it
  if (url.pathname === '/ok') {
    res.writeHead(200, { server: 'nginx/1.24.0', 'content-type': 'text/html' }).end('<!doctype html><title>ok</title><h1>ok</h1>');
    return;
  }
  res.writeHead(404).end();
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const check = (path: string, ...flags: string[]) => runCli(['check', `${base}${path}`, '--interval-ms', '0', ...flags]);
const ATTEMPT_KEYS = ['blame', 'generator', 'ms', 'node', 'status'];

describe('faultline check --json', () => {
  it('3 of 5 failed, all from one of two backends: counts, attempts, and the diagnosis of the last failure with the probe as evidence', async () => {
    const { code, stdout, stderr } = await check('/flaky/json', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['url', 'tries', 'failed', 'attempts', 'diagnosis']);
    expect(result).toMatchObject({ url: `${base}/flaky/json`, tries: 5, failed: 3 });
    expect(result.attempts).toHaveLength(5);
    for (const attempt of result.attempts) {
      expect(Object.keys(attempt).sort()).toEqual(ATTEMPT_KEYS);
      expect(attempt.ms).toBeGreaterThanOrEqual(0);
      expect(attempt.ms).toBeLessThan(5_000);
    }
    expect(result.attempts.map((a: { status: number }) => a.status)).toEqual([502, 200, 502, 200, 502]);
    expect(result.attempts.map((a: { node: string }) => a.node)).toEqual(['backend-a', 'backend-b', 'backend-a', 'backend-b', 'backend-a']);
    expect(result.attempts[0]).toMatchObject({ generator: 'nginx' });
    const d = result.diagnosis;
    expect(d).toMatchObject({ url: `${base}/flaky/json`, status: 502, generator: 'nginx', blame: result.attempts[4].blame });
    // Same shape as `diagnose --json`, entry aside (a probe has no HAR entry).
    expect(Object.keys(d)).toEqual(['url', 'status', 'generator', 'layer', 'blame', 'failure', 'confidence', 'path', 'requestIds', 'causes', 'nextSteps', 'evidence', 'code', 'headline', 'ruledOut'].filter((k) => k in d));
    // The tries reached the engine as evidence: one backend of two failing leads, and says so.
    expect(d.causes[0].id).toBe('one-backend-unhealthy');
    expect(d.causes[0].reasons).toContainEqual(expect.stringMatching(/^Checked again: 3 of 5 failed, all from node backend-a\b/));
    // Only GETs, and no cookie came back although every answer set one.
    const probed = seen.filter((s) => s.path === '/flaky/json');
    expect(probed).toHaveLength(5);
    expect(probed.every((s) => s.method === 'GET' && s.cookie === undefined)).toBe(true);
  });

  it('without the tries, the same 502 does not point at one backend (what the probe adds)', async () => {
    const { code, stdout } = await runCli(['diagnose', `${base}/flaky/once`, '--json']);
    expect(code).toBe(0);
    const [d] = JSON.parse(stdout).diagnoses;
    expect(d).toMatchObject({ status: 502, generator: 'nginx' });
    expect(d.causes.map((c: { id: string }) => c.id)).not.toContain('one-backend-unhealthy');
  });

  it('a 504 every time after the same delay: all failed, each try timed from the request to its headers', async () => {
    const { code, stdout } = await check('/slow504?ms=150', '--json', '--tries', '3');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ tries: 3, failed: 3 });
    for (const attempt of result.attempts) {
      expect(attempt).toMatchObject({ status: 504, node: 'nginx/1.24.0', generator: 'nginx' });
      expect(attempt.ms).toBeGreaterThanOrEqual(140);
      expect(attempt.ms).toBeLessThan(2_000);
    }
    expect(result.diagnosis).toMatchObject({ status: 504, generator: 'nginx' });
  });

  it('a try that gets no answer within --timeout-ms is a failure with status 0, cut at the timeout', async () => {
    const started = Date.now();
    const { code, stdout } = await check('/hang', '--json', '--tries', '2', '--timeout-ms', '200');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ tries: 2, failed: 2 });
    for (const attempt of result.attempts) {
      expect(attempt.status).toBe(0);
      expect(attempt.ms).toBeGreaterThanOrEqual(190);
      expect(attempt.ms).toBeLessThan(1_500);
    }
    expect(result.diagnosis.status).toBe(0);
  });

  it('all succeeded: none failed, and the diagnosis is of the last answer', async () => {
    const { code, stdout } = await check('/ok', '--json', '--tries=4');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ tries: 4, failed: 0, diagnosis: { status: 200 } });
    expect(result.attempts.map((a: { status: number }) => a.status)).toEqual([200, 200, 200, 200]);
  });

  it('waits --interval-ms between tries', async () => {
    const before = seen.length;
    const { code } = await runCli(['check', `${base}/ok`, '--tries', '3', '--interval-ms', '150', '--json']);
    expect(code).toBe(0);
    const times = seen.slice(before).map((s) => s.at);
    expect(times).toHaveLength(3);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(140);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(140);
  });
});

describe('faultline check against the error gallery', () => {
  it('/flaky/<key>: 3 of 5 failed, every failure from the one unhealthy backend, which the diagnosis names', async () => {
    const gallery = await startGallery({ pages: [] });
    try {
      // The gallery's host names resolve only in the browser; Node reaches it on the loopback address.
      const url = `http://127.0.0.1:${gallery.port}/flaky/cli-check`;
      const { code, stdout } = await runCli(['check', url, '--interval-ms', '0', '--json']);
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(result).toMatchObject({ url, tries: 5, failed: 3 });
      const failing = result.attempts.filter((a: { status: number }) => a.status === 502);
      expect(failing).toHaveLength(3);
      expect(failing.every((a: { node: string; generator: string }) => a.node === FLAKY_FAILING_NODE && a.generator === 'nginx')).toBe(true);
      expect(result.attempts.filter((a: { status: number }) => a.status === 200).map((a: { node: string }) => a.node)).toEqual([FLAKY_HEALTHY_NODE, FLAKY_HEALTHY_NODE]);
      expect(result.diagnosis).toMatchObject({ status: 502, generator: 'nginx' });
      expect(result.diagnosis.causes[0].id).toBe('one-backend-unhealthy');
      expect(result.diagnosis.causes[0].reasons).toContainEqual(expect.stringContaining(`3 of 5 failed, all from node ${FLAKY_FAILING_NODE}`));
    } finally {
      await gallery.close();
    }
  });
});

describe('faultline check, human output', () => {
  it('a row per try and the one-line result naming the failing node', async () => {
    const { code, stdout } = await check('/flaky/human');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^try\s+status\s+ms\s+node\s+generator \(blame\)$/);
    expect(lines.slice(2, 7).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(['1 502', '2 200', '3 502', '4 200', '5 502']);
    expect(lines[6]).toContain('backend-a');
    expect(stdout).toContain('\nChecked again: 3 of 5 failed, all from node backend-a\n');
  });

  it('says when every try failed, and after how long', async () => {
    const { stdout } = await check('/slow504?ms=1100', '--tries', '2');
    expect(stdout).toMatch(/\nChecked again: all 2 failed after ~1\.[12] s\n/);
  });

  it('says when every try succeeded', async () => {
    const { stdout } = await check('/ok', '--tries', '2');
    expect(stdout).toContain('\nChecked again: all 2 succeeded: the failure was transient\n');
  });

  it('writes the result in the language of --lang', async () => {
    const { stdout } = await check('/flaky/zh', '--lang', 'zh-CN');
    expect(stdout).toContain('\n再次检查：5 次中有 3 次失败，全部来自节点 backend-a\n');
  });
});

describe('faultline check, bad input', () => {
  it.each([['0'], ['11'], ['five'], ['2.5'], ['-1'], ['']])('--tries %j: one clear line, exit 2, nothing fetched', async (tries) => {
    const before = seen.length;
    const { code, stdout, stderrLines } = await runCli(['check', `${base}/ok`, '--tries', tries]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines).toEqual([`faultline: --tries takes a whole number from 1 to 10 (not "${tries}")`]);
    expect(seen.length).toBe(before);
  });

  it.each([['--interval-ms', 'soon', 0, 60000], ['--timeout-ms', '0', 1, 120000]])('%s %s: one clear line, exit 2', async (name, value, min, max) => {
    const { code, stderrLines } = await runCli(['check', `${base}/ok`, name, value]);
    expect(code).toBe(2);
    expect(stderrLines).toEqual([`faultline: ${name} takes a whole number from ${min} to ${max} (not "${value}")`]);
  });

  it('--tries without a value', async () => {
    const { code, stderrLines } = await runCli(['check', `${base}/ok`, '--tries']);
    expect(code).toBe(2);
    expect(stderrLines).toEqual(['faultline: --tries needs a value']);
  });

  it.each([['file:///etc/passwd'], ['ftp://example.com/'], ['not a url'], ['javascript:alert(1)']])('rejects %s', async (target) => {
    const { code, stdout, stderrLines } = await runCli(['check', target]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines).toHaveLength(1);
    expect(stderrLines[0]).toMatch(/^faultline: check takes an http\(s\) URL/);
  });

  it('takes exactly one URL', async () => {
    for (const argv of [['check'], ['check', `${base}/ok`, `${base}/ok`]]) {
      const { code, stderrLines } = await runCli(argv);
      expect(code).toBe(2);
      expect(stderrLines).toEqual(['faultline: check takes one http(s) URL']);
    }
  });
});
