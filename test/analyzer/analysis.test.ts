// The analyzer's reading of a file: the same failures as the CLI's `diagnose` (one engine), every
// entry listed with its start on one time axis, a Playwright zip's bodies restored, and bad input
// refused in one line.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/analysis';
import { FileRefused, harFromZip, isZip, parseHarText } from '../../src/analyzer/har-document';
import { diagnoseHar } from '../../src/engine';
import { harDocument, harEntry } from '../support/har-documents';
import { vendorHar } from '../support/vendor-har';

const { har, expected } = vendorHar(['cloudflare/521-web-server-down-legacy-design', 'nginx/502-php-fpm-down', 'huawei-waf/418-block-page']);

describe('analyze', () => {
  it('finds the failures the CLI finds, each with its fixture\'s writer, and lists every entry', () => {
    const { loaded } = analyze(har, 'customer.har', 'en');
    expect(loaded.failures.map((f) => ({ entry: f.entry, generator: f.diagnosis.generator, layer: f.diagnosis.layer, blame: f.diagnosis.blame }))).toEqual(expected);
    expect(loaded.failures.map((f) => f.diagnosis)).toEqual(diagnoseHar(har).diagnoses);
    expect(loaded.entries.map((e) => [e.entry, e.failed, e.startMs])).toEqual(har.log.entries.map((_, i) => [i, expected.some((x) => x.entry === i), i * 1_000]));
    expect(loaded).toMatchObject({ name: 'customer.har', creator: 'test', entryCount: 6, skipped: [] });
  });

  it('gives an entry with no readable start no place on the time axis', () => {
    const doc = harDocument([harEntry({ startedDateTime: 'yesterday' }), harEntry()]);
    expect(analyze(doc, 'x.har', 'en').loaded.entries.map((e) => e.startMs)).toEqual([-1, 0]);
  });
});

describe('the dropped file', () => {
  it('refuses empty text and text that is not JSON, in one line that names the file', () => {
    expect(() => parseHarText('  ', 'a.har')).toThrow(new FileRefused('a.har: empty file'));
    expect(() => parseHarText('{"log":', 'b.har')).toThrow(/^b\.har: not JSON \(/);
    expect(parseHarText('\ufeff{"log":{"entries":[]}}', 'fiddler.har')).toEqual({ log: { entries: [] } });
  });

  it('takes the HAR out of a Playwright zip and puts each textual body back from its file', () => {
    const { har: one } = vendorHar(['nginx/502-php-fpm-down']);
    const failed = one.log.entries[1] as { response: { content: Record<string, unknown> } };
    const body = failed.response.content.text as string;
    failed.response.content = { size: body.length, mimeType: 'text/html', _file: 'resources/p.html' };
    const zip = zipSync({ 'recording.har': strToU8(JSON.stringify(one)), 'resources/p.html': strToU8(body), 'resources/i.png': new Uint8Array([137, 80]) });
    expect(isZip(zip)).toBe(true);
    const restored = harFromZip(zip, 'trace.zip') as typeof one;
    expect((restored.log.entries[1] as { response: { content: { text?: string } } }).response.content.text).toBe(body);
    expect(analyze(restored, 'trace.zip', 'en').loaded.failures.map((f) => f.diagnosis.generator)).toEqual(['nginx']);
  });

  it('refuses a zip with no HAR in it, and bytes that are not a zip', () => {
    expect(() => harFromZip(zipSync({ 'readme.txt': strToU8('hi') }), 'x.zip')).toThrow('x.zip: the zip holds no .har file');
    expect(isZip(strToU8('{"log":{}}'))).toBe(false);
    expect(() => harFromZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'bad.zip')).toThrow(/^bad\.zip: not a readable zip/);
  });
});
