import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import { harErrors } from '../../support/har-validator';

describe('faultline bundle', () => {
  it('writes a zip with the sanitized HAR, summary.md, diagnosis.json and trace.txt', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'faultline-bundle-')), 'bundle.zip');
    const har = join(import.meta.dirname, '..', '..', 'fixtures', 'har', 'secrets.har');
    const err: string[] = [];
    expect(await main(['bundle', har, out], { out: () => undefined, err: (t) => err.push(t) })).toBe(0);
    const files = unzipSync(readFileSync(out));
    const names = Object.keys(files).sort();
    expect(names.filter((n) => !n.endsWith('.har'))).toEqual(['diagnosis.json', 'summary.md', 'trace.txt']);
    expect(names).toHaveLength(4);
    const harName = names.find((n) => n.endsWith('.har'))!;
    expect(harName).toMatch(/^app\.example\.com_\d{8}T\d{6}Z\.har$/);
    const harText = strFromU8(files[harName]!);
    expect(harErrors(JSON.parse(harText))).toEqual([]);
    for (const secret of ['COOKIESID777', 'FORMPASSWORD99', 'CLIENTSECRET8080']) expect(harText).not.toContain(secret);
    expect(JSON.parse(strFromU8(files['diagnosis.json']!)).diagnoses[0]).toMatchObject({ generator: 'cloudflare', blame: 'edge' });
    expect(strFromU8(files['summary.md']!)).toContain('Faultline support summary — app.example.com');
    expect(strFromU8(files['trace.txt']!)).toBe('/cdn-cgi/trace was not fetched.\n');
  });
});
