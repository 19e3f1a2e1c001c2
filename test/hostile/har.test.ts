// Hostile HAR files: not JSON, truncated, the wrong version, required fields missing, huge, base64
// bodies (valid, invalid, binary), entries without a response, repeated header names. Each gives a
// clear error (exit code 2, one line on stderr) or a partial result that says what was skipped;
// never a crash, never a hang.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnoseHar, HarError, readHar, sanitizeHar } from '../../src/engine';
import { writeBigHar } from '../support/big-har';
import { runCli } from '../support/run-cli';
import { harDocument as har, harEntry as entry } from '../support/har-documents';
import { NGINX_502 } from '../support/pages';

const tmp = mkdtempSync(join(tmpdir(), 'faultline-hostile-har-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HANG_GUARD_MS = 2_000;

let fileCount = 0;
function writeTmp(content: string | Buffer): string {
  const file = join(tmp, `case-${fileCount++}.har`);
  writeFileSync(file, content);
  return file;
}

/** The CLI's run, with each stderr message apart (one message must be one line). */
async function run(...argv: string[]) {
  const { code, stdout, stderrLines } = await runCli(argv);
  return { code, stdout, stderr: stderrLines };
}

/** Exit 2 and exactly one line on stderr, nothing on stdout. */
async function expectCleanError(file: string, pattern: RegExp) {
  for (const command of [['diagnose', file, '--json'], ['diagnose', file], ['summary', file], ['sanitize', file]]) {
    const { code, stdout, stderr } = await run(...command);
    expect(code, command.join(' ')).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).not.toMatch(/[\r\n]/);
    expect(stderr[0]).toMatch(/^faultline: /);
    expect(stderr[0]).not.toMatch(/unexpected error|at .*\.ts:\d+/);
    expect(stderr[0]).toMatch(pattern);
  }
}

const b64 = (text: string | Uint8Array) => Buffer.from(text).toString('base64');

describe('files that are not a HAR', () => {
  it('not JSON, empty, truncated, a BOM, binary', async () => {
    const valid = JSON.stringify(har([entry()]));
    await expectCleanError(writeTmp('this is not json'), /not valid JSON/);
    await expectCleanError(writeTmp(''), /empty file/);
    await expectCleanError(writeTmp(valid.slice(0, valid.length / 2)), /not valid JSON \(truncated\?\)/);
    await expectCleanError(writeTmp(valid.slice(0, 1)), /not valid JSON/);
    await expectCleanError(writeTmp(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) & 255))), /not valid JSON/);
    await expectCleanError(writeTmp(`\ufeff\ufeff${valid}`), /not valid JSON/);
    await expectCleanError(writeTmp(`${valid}\n{"second":"document"}`), /not valid JSON/);
    // One BOM is what some tools write: accepted.
    expect((await run('diagnose', writeTmp(`\ufeff${valid}`), '--json')).code).toBe(0);
  });

  it('JSON that is not a HAR: the wrong shape or the wrong version', async () => {
    for (const doc of [null, 0, 'har', [], {}, { log: null }, { log: {} }, { log: { entries: {} } }, { log: { entries: 'x' } }, { entries: [] }, har([entry()], 1.2)]) {
      await expectCleanError(writeTmp(JSON.stringify(doc)), /not a HAR file/);
      expect(() => readHar(doc)).toThrow(HarError);
    }
    for (const version of ['2.0', '0.9', 'x'.repeat(10_000), '1.2\n']) {
      await expectCleanError(writeTmp(JSON.stringify(har([entry()], version))), /unsupported HAR version/);
    }
  });

  it('a path that is not a readable file, or a name with a line break', async () => {
    await expectCleanError(join(tmp, 'missing.har'), /cannot read \(ENOENT\)/);
    await expectCleanError(tmp, /not a file/);
    await expectCleanError(join(tmp, 'missing\nsecond line.har'), /cannot read/);
  });
});

describe('HARs with odd entries: a partial result that says what was skipped', () => {
  it('entries with required fields missing or of the wrong type', () => {
    const entries = [
      entry(), {}, null, 'entry', 42, [], { request: {} }, { request: { url: 5 } }, { response: { status: 502 } },
      entry({}, { status: '502' }), entry({}, { status: 1e6 }), entry({}, { status: -2 }), entry({}, { status: 502.5 }), // -1 is a real habit (no response)
      entry({}, { headers: 'Server: nginx' }), entry({}, { headers: [{ name: 'Server' }] }), entry({}, { headers: [null] }),
      entry({ startedDateTime: 5 }), entry({ timings: 'fast' }),
    ];
    const result = diagnoseHar(har(entries));
    expect(result.diagnoses.map((d) => d.entry)).toEqual([0]);
    expect(result.skipped.map((s) => s.entry)).toEqual(Array.from({ length: entries.length - 1 }, (_, i) => i + 1));
    for (const { reason } of result.skipped) {
      expect(reason).toMatch(/^[\w.]+: \S/);
      expect(reason).not.toContain('\n');
    }
    expect(result.entryCount).toBe(entries.length);
  });

  it('values beyond what the engine keeps are cut or read as unknown, not lost', () => {
    const entries = [
      entry({ request: { method: 'X'.repeat(1000), url: `https://a.example/${'x'.repeat(100_000)}`, headers: [] } }),
      entry({ timings: { wait: 1e12, send: -5, receive: Number.MAX_VALUE }, time: 1e300 }),
      entry({ response: null, _error: `net::ERR_CONNECTION_RESET${'x'.repeat(10_000)}` }),
      entry({ serverIPAddress: `1.2.3.4${' '.repeat(1000)}`, startedDateTime: 'x'.repeat(1000) }, { httpVersion: 'H'.repeat(1000), statusText: 's'.repeat(10_000) }),
      entry({}, { headers: Array.from({ length: 5_000 }, (_, i) => ({ name: `x-h${i}`.repeat(100), value: 'v'.repeat(20_000) })) }),
    ];
    const result = diagnoseHar(har(entries));
    expect(result.skipped).toEqual([]);
    expect(result.diagnoses.map((d) => d.entry)).toEqual([0, 1, 2, 3, 4]);
  });

  it('entries with no response: a network error is diagnosed, nothing at all is reported as skipped', async () => {
    const entries = [
      entry({ response: undefined }),
      entry({ response: null }),
      entry({ response: null, _error: 'net::ERR_CONNECTION_REFUSED' }),
      entry({ _error: 'net::ERR_NAME_NOT_RESOLVED' }, { status: 0, headers: [], content: { size: 0, mimeType: 'x-unknown' }, _error: 'net::ERR_NAME_NOT_RESOLVED' }),
      entry({ response: undefined, _error: 'net::ERR_ABORTED' }),
    ];
    const result = diagnoseHar(har(entries));
    expect(result.diagnoses.map((d) => [d.entry, d.status])).toEqual([[2, 0], [3, 0]]);
    expect(result.skipped).toEqual([{ entry: 0, reason: 'response: missing, and no error recorded' }, { entry: 1, reason: 'response: missing, and no error recorded' }]);
    const { code, stdout, stderr } = await run('diagnose', writeTmp(JSON.stringify(har(entries))), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).diagnoses).toHaveLength(2);
    expect(stderr).toEqual(['faultline: skipped entry 0: response: missing, and no error recorded', 'faultline: skipped entry 1: response: missing, and no error recorded']);
  });

  it('repeated header names are all kept, in order', () => {
    const result = diagnoseHar(har([entry({}, {
      headers: [
        { name: 'Server', value: 'cloudflare' }, { name: 'server', value: 'nginx/1.24.0' }, { name: 'SERVER', value: 'Apache' },
        { name: 'CF-RAY', value: '8a1b2c3d4e5f6a7b-FRA' }, { name: 'cf-ray', value: '0000000000000000-LHR' },
        { name: 'Set-Cookie', value: 'a=1' }, { name: 'Set-Cookie', value: 'b=2' },
      ],
    })]));
    const [failure] = result.failures;
    expect(failure!.evidence.responseHeaders!.filter((h) => h.name.toLowerCase() === 'server').map((h) => h.value)).toEqual(['cloudflare', 'nginx/1.24.0', 'Apache']);
    expect(failure!.diagnosis.requestIds['cf-ray']).toBe('8a1b2c3d4e5f6a7b-FRA');
    expect(failure!.diagnosis.path.map((h) => h.generator)).toContain('cloudflare');
  });

  it('base64 bodies: valid, invalid, binary, of a binary type', () => {
    const binary = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7919) & 255);
    const cases = [
      { content: { mimeType: 'text/html', encoding: 'base64', text: b64(NGINX_502) }, generator: 'nginx' },
      { content: { mimeType: 'text/html; charset=utf-8', encoding: 'base64', text: b64(NGINX_502).replace(/(.{10})/g, '$1\n') }, generator: 'nginx' },
      { content: { mimeType: '', encoding: 'base64', text: b64(NGINX_502) }, generator: 'nginx' },
      { content: { mimeType: 'text/html', encoding: 'base64', text: '!!!not base64 at all!!!' } },
      { content: { mimeType: 'text/html', encoding: 'base64', text: 'QUJD=' } },
      { content: { mimeType: 'text/html', encoding: 'base64', text: '=' } },
      { content: { mimeType: 'text/html', encoding: 'base64', text: b64(binary) } },
      { content: { mimeType: 'image/png', encoding: 'base64', text: b64(binary) } },
      { content: { mimeType: 'text/html', encoding: 'base64', text: b64(new Uint8Array([0xc3, 0x28, 0xff, 0xfe, 0xa0])) } },
      { content: { mimeType: 'text/html', encoding: 'base64', text: 'A'.repeat(10 * 1024 * 1024) } },
      { content: { mimeType: 'text/html', encoding: 'gzip', text: b64(binary) } },
      { content: { mimeType: 'text/html', encoding: 'base64' } },
      { content: { mimeType: 'text/html', encoding: 'base64', text: '' } },
    ];
    const start = performance.now();
    const result = diagnoseHar(har(cases.map((c) => entry({}, { content: c.content }))));
    expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
    expect(result.skipped).toEqual([]);
    expect(result.diagnoses).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      if (c.generator) expect(result.diagnoses[i]!.generator, `case ${i}`).toBe(c.generator);
    });
    // Binary never reaches the engine as text.
    expect(result.failures[6]!.evidence.body).toBe('');
    expect(result.failures[7]!.evidence.body).toBe('');
  });

  it('sanitize and summary keep working on every odd entry above', async () => {
    const entries = [
      entry(), {}, null, entry({ response: undefined }), entry({}, { content: { mimeType: 'text/html', encoding: 'base64', text: '!!!' } }),
      entry({}, { content: { mimeType: 'application/json', encoding: 'base64', text: b64('{"token":"abc') } }),
      entry({}, { headers: [{ name: 'Set-Cookie', value: 'a=1' }, { name: 'Set-Cookie', value: 'a=1' }, { name: 5, value: null }] }),
      { request: { url: 'https://a.example/?token=secret123', headers: [{ name: 'Authorization', value: 'Bearer abcdefghijklmnop' }] }, response: 'none' },
    ];
    const file = writeTmp(JSON.stringify(har(entries)));
    for (const command of ['sanitize', 'summary']) {
      const { code, stdout } = await run(command, file);
      expect(code, command).toBe(0);
      expect(stdout).not.toContain('abcdefghijklmnop');
      expect(stdout).not.toContain('secret123');
    }
    const { har: clean } = sanitizeHar(har(entries), 'k');
    expect((clean as { log: { entries: unknown[] } }).log.entries).toHaveLength(entries.length);
  });

  it('nesting deeper than any HAR: an answer or a one-line error, never a crash', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const files = [
      writeTmp(`{"log":{"version":"1.2","entries":[${deep}]}}`),
      writeTmp(`{"log":{"version":"1.2","entries":[],"creator":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`),
      writeTmp(`{"log":{"version":"1.2","entries":[]},"extra":${deep}}`),
    ];
    for (const file of files) {
      for (const command of ['diagnose', 'sanitize', 'summary']) {
        const { code, stderr } = await run(command, file);
        expect([0, 2], command).toContain(code);
        for (const line of stderr) expect(line).not.toMatch(/[\r\n]/);
        if (code === 2) expect(stderr).toHaveLength(1);
      }
    }
  });
});

describe('a huge HAR', () => {
  it('about 50 MB: diagnosed in one pass, every failed entry reported', async () => {
    const file = join(tmp, 'big.har');
    const { entries, bytes } = writeBigHar(file, 50 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(50 * 1024 * 1024);
    const { code, stdout, stderr } = await run('diagnose', file, '--json');
    expect(code).toBe(0);
    expect(stderr).toEqual([]);
    const { diagnoses } = JSON.parse(stdout) as { diagnoses: { entry: number; generator: string }[] };
    expect(diagnoses.map((d) => d.entry)).toEqual(Array.from({ length: Math.ceil(entries / 97) }, (_, i) => i * 97));
    expect(new Set(diagnoses.map((d) => d.generator))).toEqual(new Set(['nginx']));
    rmSync(file);
  }, 60_000);
});
