// The CLI contract (DESIGN.md): --json prints only {"diagnoses":[…]}; bad input exits 2 with one
// line on stderr. Most cases run main() in-process; one runs the real entry point as a process.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';
import { NGINX_502 } from '../support/pages';

const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'har', 'sample-gateway-errors.har');
const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'faultline-cli-'));

const run = (...argv: string[]) => runCli(argv);

function writeTmp(name: string, content: string): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe('faultline diagnose <har>', () => {
  it('prints the JSON contract for every failed entry', async () => {
    const { code, stdout, stderr } = await run('diagnose', SAMPLE, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const { diagnoses } = JSON.parse(stdout);
    expect(diagnoses.map((d: { entry: number }) => d.entry)).toEqual([0, 1, 2, 3, 4, 6]);
    expect(diagnoses[0]).toMatchObject({ url: 'https://shop.example.com/checkout', status: 502, generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app' });
    expect(diagnoses[1]).toMatchObject({ generator: 'cloudflare', blame: 'origin', failure: 'refused' });
    for (const key of ['entry', 'url', 'status', 'generator', 'layer', 'blame', 'confidence', 'path', 'requestIds', 'causes', 'nextSteps', 'evidence']) {
      expect(diagnoses[0]).toHaveProperty(key);
    }
  });

  it('prints a readable table', async () => {
    const { code, stdout } = await run('diagnose', SAMPLE);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^#\s+status\s+generator/);
    expect(stdout).toContain('cloudflare (cdn)');
  });

  it('reports a HAR with no failures plainly', async () => {
    const har = writeTmp('ok.har', JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url: 'https://a.example/', headers: [] }, response: { status: 200, statusText: 'OK', headers: [], content: { mimeType: 'text/html', text: 'hi' } } }] } }));
    expect((await run('diagnose', har)).stdout).toBe('No failed entries among 1.');
    expect(JSON.parse((await run('diagnose', har, '--json')).stdout)).toEqual({ diagnoses: [] });
  });

  it('skips an odd entry, says so on stderr, and keeps the rest', async () => {
    const har = writeTmp('odd.har', JSON.stringify({ log: { version: '1.2', entries: [{ nonsense: true }, { request: { method: 'GET', url: 'https://a.example/', headers: [] }, response: { status: 502, statusText: '', headers: [{ name: 'Server', value: 'nginx' }], content: { mimeType: 'text/html', text: '<hr><center>nginx</center>' } } }] } }));
    const { code, stdout, stderr } = await run('diagnose', har, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnoses.map((d: { entry: number; status: number; generator: string }) => [d.entry, d.status, d.generator])).toEqual([[1, 502, 'nginx']]);
    expect(stderr).toMatch(/^faultline: skipped entry 0: request/);
  });

  it.each([
    ['not JSON', 'this is not json', /not valid JSON/],
    ['truncated', '{"log":{"version":"1.2","entries":[{"request":', /not valid JSON \(truncated\?\)/],
    ['not a HAR', '{"hello":"world"}', /not a HAR file/],
    ['a wrong version', '{"log":{"version":"9.9","entries":[]}}', /unsupported HAR version "9.9"/],
    ['empty', '', /empty file/],
  ])('exits 2 with one line for %s', async (_what, content, message) => {
    const { code, stdout, stderr } = await run('diagnose', writeTmp('bad.har', content), '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it('exits 2 for a missing file and for unknown commands', async () => {
    expect((await run('diagnose', join(tmp, 'missing.har'))).stderr).toMatch(/cannot read \(ENOENT\)/);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('diagnose')).code).toBe(2);
  });
});

describe('faultline diagnose <url>', () => {
  let server: Server;
  let base = '';
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      asked.push(req.url ?? '');
      if (req.url === '/cdn-cgi/trace') {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
        return;
      }
      res.writeHead(502, { server: 'nginx/1.24.0', 'content-type': 'text/html' })
        .end(NGINX_502);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches the page and the trace, and diagnoses the answer', async () => {
    const { code, stdout } = await run('diagnose', `${base}/shop`, '--json');
    expect(code).toBe(0);
    const [d] = JSON.parse(stdout).diagnoses;
    expect(d).toMatchObject({ status: 502, generator: 'nginx', blame: 'upstream-app' });
    expect(asked).toEqual(expect.arrayContaining(['/shop', '/cdn-cgi/trace']));
    // No trace and no Cloudflare header: "not behind Cloudflare" only repeats the headers, so it is left out.
    expect(d.evidence.filter((e: { source: string }) => e.source === 'trace')).toEqual([]);
  });

  it('turns a refused connection into a network-error diagnosis', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const address = closed.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [d] = JSON.parse((await run('diagnose', `http://127.0.0.1:${port}/`, '--json')).stdout).diagnoses;
    expect(d).toMatchObject({ status: 0, blame: 'origin', failure: 'refused' });
  });
});

describe('the faultline process', () => {
  it('keeps stdout to the JSON alone and exits 2 on bad input', async () => {
    const exec = promisify(execFile);
    const ok = await exec('node', ['bin/faultline.mjs', 'diagnose', SAMPLE, '--json'], { cwd: ROOT });
    expect(JSON.parse(ok.stdout).diagnoses.map((d: { entry: number; generator: string }) => `${d.entry}:${d.generator}`)).toEqual(['0:nginx', '1:cloudflare', '2:aws-alb', '3:huawei-waf', '4:cloudflare', '6:none']);
    const bad = await exec('node', ['bin/faultline.mjs', 'diagnose', writeTmp('x.har', '{'), '--json'], { cwd: ROOT }).catch((e) => e);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when its reader closes the pipe early (faultline causes | head -1)', async () => {
    // Through a shell, as people run it: head exits after one line while the CLI is still writing.
    const exec = promisify(execFile);
    const piped = await exec('bash', ['-c', 'node bin/faultline.mjs causes | head -1; exit ${PIPESTATUS[0]}'], { cwd: ROOT }).catch((e) => e);
    expect({ code: piped.code ?? 0, stderr: piped.stderr, lines: piped.stdout.trim().split('\n').length }).toEqual({ code: 0, stderr: '', lines: 1 });
  });
});
