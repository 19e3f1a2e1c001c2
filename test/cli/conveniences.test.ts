// The small things a command line is judged by: `-` for standard input, --fail-on exit codes for CI,
// --format ndjson, --help for each command with examples, --version, and no colour codes in what
// it prints (it prints none: output goes to files, pipes and CI logs as often as to a terminal).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'har', 'sample-gateway-errors.har');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const OK_HAR = JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url: 'https://a.example/', headers: [] }, response: { status: 200, statusText: 'OK', headers: [], content: { mimeType: 'text/html', text: 'hi' } } }] } });

/** The real CLI as a process, with `input` on its standard input and the environment given. */
function faultline(argv: string[], input: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'faultline.mjs'), ...argv], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString('utf8'); });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const entries = (stdout: string) => (JSON.parse(stdout) as { diagnoses: { entry: number }[] }).diagnoses.map((d) => d.entry);

describe('faultline diagnose - (standard input)', () => {
  it('diagnoses a HAR piped in exactly as the same file named on the line', async () => {
    const piped = await faultline(['diagnose', '-', '--json'], readFileSync(SAMPLE, 'utf8'));
    const named = await runCli(['diagnose', SAMPLE, '--json']);
    expect({ code: piped.code, stderr: piped.stderr, entries: entries(piped.stdout) }).toEqual({ code: 0, stderr: '', entries: entries(named.stdout) });
    expect(entries(piped.stdout)).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it('refuses empty standard input with exit code 2 and one line', async () => {
    const empty = await faultline(['diagnose', '-'], '');
    expect({ code: empty.code, stdout: empty.stdout, stderr: empty.stderr }).toEqual({ code: 2, stdout: '', stderr: 'faultline: standard input: empty\n' });
  });
});

describe('faultline diagnose --fail-on', () => {
  it.each([
    [['--fail-on', 'any'], 1],
    [['--fail-on', 'upstream-app'], 1],
    [['--fail-on=origin,upstream-app'], 1],
    [['--fail-on', 'client,cdn-config'], 0],
    [[], 0],
  ])('%j on a HAR with failures exits %i', async (flags, expected) => {
    const { code, stdout } = await runCli(['diagnose', SAMPLE, '--json', ...flags]);
    expect({ code, entries: entries(stdout) }).toEqual({ code: expected, entries: [0, 1, 2, 3, 4, 6] });
  });

  it('exits 0 with --fail-on any when no entry failed, and 2 for a blame it does not know', async () => {
    const clean = await faultline(['diagnose', '-', '--fail-on', 'any', '--json'], OK_HAR);
    expect({ code: clean.code, stdout: JSON.parse(clean.stdout) }).toEqual({ code: 0, stdout: { diagnoses: [] } });
    const unknown = await runCli(['diagnose', SAMPLE, '--fail-on', 'gremlins']);
    expect({ code: unknown.code, stdout: unknown.stdout }).toEqual({ code: 2, stdout: '' });
    expect(unknown.stderr).toMatch(/^faultline: --fail-on takes any or blames among .*\(not "gremlins"\)$/);
  });
});

describe('faultline diagnose --format ndjson', () => {
  it('prints one diagnosis per line, the same ones --json prints in one document', async () => {
    const ndjson = await runCli(['diagnose', SAMPLE, '--format', 'ndjson']);
    const json = await runCli(['diagnose', SAMPLE, '--json']);
    const lines = ndjson.stdout.split('\n').map((line) => JSON.parse(line) as unknown);
    expect({ code: ndjson.code, lines }).toEqual({ code: 0, lines: (JSON.parse(json.stdout) as { diagnoses: unknown[] }).diagnoses });
  });

  it('refuses a format it does not know', async () => {
    const { code, stderr } = await runCli(['diagnose', SAMPLE, '--format', 'yaml']);
    expect({ code, stderr }).toEqual({ code: 2, stderr: 'faultline: --format takes text, json, ndjson (not "yaml")' });
  });
});

describe('faultline --help and --version', () => {
  it.each(['diagnose', 'check', 'summary', 'sanitize', 'bundle', 'causes'])('%s --help: its usage and examples, exit 0, the same as help <command>', async (command) => {
    const flag = await runCli([command, '--help']);
    const word = await runCli(['help', command]);
    expect(flag.code).toBe(0);
    expect(flag.stdout.startsWith(`usage: faultline ${command} `)).toBe(true);
    expect(flag.stdout).toMatch(new RegExp(`\\n  examples:\\n    faultline ${command} `));
    expect(word).toEqual(flag);
  });

  it('--version and -V print the package version', async () => {
    for (const flag of ['--version', '-V']) expect(await runCli([flag])).toMatchObject({ code: 0, stdout: `faultline ${version}` });
  });
});

describe('colour', () => {
  it('prints no colour codes, whether NO_COLOR is set or not (and stdout is not a terminal here)', async () => {
    const plain = { ...process.env };
    delete plain.NO_COLOR;
    for (const env of [plain, { ...process.env, NO_COLOR: '1' }, { ...plain, FORCE_COLOR: '1' }]) {
      const { code, stdout } = await faultline(['diagnose', SAMPLE], '', env);
      expect({ code, escapes: stdout.match(/\x1b\[[0-9;]*m/g) ?? [] }).toEqual({ code: 0, escapes: [] });
      expect(stdout).toMatch(/^#\s+status\s+generator/);
    }
  });
});
