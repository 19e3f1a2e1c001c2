// The CLI's export switches: --report says what was redacted (text on stderr, JSON with --json, or
// a file), --keep keeps a kind, and a wrong switch is one clear error.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDACTION_KINDS } from '../../src/engine';
import { runCli } from '../support/cli-exports';

const HAR = join(import.meta.dirname, '..', 'fixtures', 'har', 'secrets.har');

describe('faultline sanitize --report', () => {
  it('prints the report by kind on stderr, and the HAR alone on stdout', async () => {
    const run = await runCli(['sanitize', HAR, '--report']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).log.entries).toHaveLength(JSON.parse(readFileSync(HAR, 'utf8')).log.entries.length);
    expect(run.stderr).toMatch(/^Redacted \d+ values \(\d+ distinct\):/);
    expect(run.stderr).toMatch(/cookie values +\d+/);
    expect(run.stderr).toContain('Always kept:');
  });

  it('writes the report as JSON to a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-report-')), 'report.json');
    const run = await runCli(['sanitize', HAR, '--json', `--report=${file}`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(report.counts)).toEqual([...REDACTION_KINDS]);
    expect(report.counts.cookies).toBeGreaterThan(0);
    expect(report.total).toBeGreaterThanOrEqual(report.distinct);
  });

  it('keeps the kinds named with --keep', async () => {
    const kept = await runCli(['sanitize', HAR, '--keep', 'cookies,scripts', '--report']);
    expect(kept.stdout).toContain('COOKIESID777');
    expect(kept.stdout).not.toContain('QUERYTOKEN123456');
    expect(kept.stderr).toContain('Kept as they are, as you chose: cookie values, script bodies.');
  });

  it('refuses an unknown kind or option with one line and exit code 2', async () => {
    const kind = await runCli(['sanitize', HAR, '--keep', 'passwords']);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toBe(`faultline: --keep takes kinds among ${REDACTION_KINDS.join(', ')} (not "passwords")`);
    const option = await runCli(['sanitize', HAR, '--reprot']);
    const refusal = 'faultline: unknown option "--reprot" (try: faultline help)';
    expect(option).toEqual({ code: 2, stdout: '', stderr: refusal, stderrLines: [refusal] });
  });
});

describe('faultline summary', () => {
  it('is redacted like every other export', async () => {
    const run = await runCli(['summary', HAR, '--report']);
    expect(run.code).toBe(0);
    for (const secret of ['QUERYTOKEN123456', 'FRAGMENTTOKEN98765', 'COOKIESID777']) expect(run.stdout).not.toContain(secret);
    expect(run.stdout).toContain('Faultline support summary — app.example.com');
    expect(run.stderr).toMatch(/^Redacted \d+ values/);
  });
});
