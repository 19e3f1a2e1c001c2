// Acceptance: a HAR whose failed entry names no vendor in its headers or page, from a server
// address in Cloudflare's published ranges: `diagnose --json` puts Cloudflare in the path, by address.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

const HAR = join(import.meta.dirname, '..', 'fixtures', 'ip-hint', '502-plain-page-cloudflare-address.har');

describe('faultline diagnose <har> --json, server address only', () => {
  it('shows the provider the address belongs to in the path, with source "ip", and an evidence line', async () => {
    const { code, stdout, stderr } = await runCli(['diagnose', HAR, '--json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const { diagnoses } = JSON.parse(stdout);
    expect(diagnoses).toHaveLength(1);
    const [d] = diagnoses;
    expect(d).toMatchObject({ entry: 0, status: 502 });
    expect(d.path).toEqual([{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare', source: 'ip' }]);
    // A hint, not a verdict: no page or header says who wrote the 502.
    expect(d.generator).not.toBe('cloudflare');
    expect(d.evidence.map((e: { says: string }) => e.says)).toContainEqual(expect.stringMatching(/^The server's address \(104\.16\.132\.229\) is in Cloudflare's published ranges \(list of \d{4}-\d{2}-\d{2}\)\.$/));
  });
});
