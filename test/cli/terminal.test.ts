// A HAR's text must not drive the terminal the CLI prints to: OSC 52 clipboard writes, screen
// clears, C1 controls, carriage-return overwrites and bidi overrides from the URL, status text,
// headers and body come out as visible `\uXXXX` escapes, in the table, the details, the summary and
// JSON alike, and the text around them stays readable.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { terminalLine, terminalOutput, terminalSafeJson, terminalText } from '../../src/cli/terminal-text';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'faultline-terminal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** C0 but tab and newline, DEL, C1, and the bidi controls: none may reach the terminal raw. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const OSC52 = '\u001b]52;c;cm0gLXJmIH4K\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const C1_CSI = '\u009b31m';
const BIDI = '\u202egnp.exe\u202c';
const OVERWRITE = '\rHTTP 200 OK';

const body = `<html><head><title>502 Bad Gateway${OSC52}</title></head><body><center><h1>502 Bad Gateway${CLEAR}</h1></center><hr><center>nginx${C1_CSI}</center></body></html>`;
const URL_WITH_CONTROLS = `https://shop.evil.example/${OSC52}?q=${C1_CSI}${BIDI}`;
const har = {
  log: {
    version: '1.2', creator: { name: 'test', version: '1' },
    entries: [{
      startedDateTime: '2024-01-01T00:00:00.000Z', time: 10, serverIPAddress: '198.51.100.7',
      request: { method: 'GET', url: URL_WITH_CONTROLS, headers: [{ name: 'User-Agent', value: `agent${CLEAR}` }] },
      response: {
        status: 502, statusText: `Bad Gateway${OVERWRITE}${CLEAR}`,
        headers: [{ name: 'Server', value: `nginx/1.24.0${OSC52}` }, { name: 'x-request-id', value: `req-123${C1_CSI}${BIDI}` }, { name: 'Content-Type', value: 'text/html' }],
        content: { mimeType: 'text/html', text: body },
      },
    }],
  },
};
const file = join(tmp, 'controls.har');
writeFileSync(file, JSON.stringify(har));

/** main() in-process, printing through the same wrapper as the CLI's stdout and stderr (or raw). */
async function run(argv: string[], wrap = true) {
  const lines: string[] = [];
  const sink = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
  const code = await main(argv, wrap ? terminalOutput(sink) : sink);
  return { code, text: lines.join('\n') };
}

describe('terminal-text', () => {
  it('escapes every control but newline and tab, visibly', () => {
    expect(terminalText(`a${OSC52}b\tc\nd\r\u007f\u0085\u200f\u2066`)).toBe('a\\u001b]52;c;cm0gLXJmIH4K\\u0007b\tc\nd\\u000d\\u007f\\u0085\\u200f\\u2066');
    expect(terminalLine('a\nb\tc\u2028d')).toBe('a\\u000ab\\u0009c\\u2028d');
    expect(terminalText('plain — text → ü 😀')).toBe('plain — text → ü 😀');
  });

  it('keeps JSON valid and equal in value', () => {
    const value = { s: `x${OSC52}${C1_CSI}${BIDI}\u007f`, n: 1 };
    const json = JSON.stringify(value, null, 2);
    expect(json).toMatch(RAW_CONTROL);
    expect(terminalSafeJson(json)).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(terminalSafeJson(json))).toEqual(value);
  });
});

describe('faultline output from a HAR full of terminal controls', () => {
  it('diagnose: the table and details carry no raw control, and say what they said', async () => {
    for (const wrap of [true, false]) {
      // format-diagnosis escapes on its own, whichever io prints it.
      const { code, text } = await run(['diagnose', file], wrap);
      expect(code).toBe(0);
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).toContain('https://shop.evil.example/\\u001b]52;c;cm0gLXJmIH4K\\u0007?q=\\u009b31m\\u202egnp.exe\\u202c');
      expect(text).toContain('x-request-id=req-123\\u009b31m\\u202egnp.exe\\u202c');
      expect(text).toMatch(/^0 +502 +nginx \(reverse-proxy\)/m);
    }
  });

  it('summary: no raw control, and the host, status text and request ID still read', async () => {
    const { code, text } = await run(['summary', file]);
    expect(code).toBe(0);
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('shop.evil.example');
    expect(text).toContain('Bad Gateway\\u000dHTTP 200 OK\\u001b[2J\\u001b[H');
    expect(text).toContain('req-123\\u009b31m\\u202egnp.exe\\u202c');
  });

  it('--json: no raw control, and it parses to the very values the diagnosis holds', async () => {
    const raw = await run(['diagnose', file, '--json'], false);
    const safe = await run(['diagnose', file, '--json']);
    expect(raw.text).toMatch(RAW_CONTROL);
    expect(safe.text).not.toMatch(RAW_CONTROL);
    expect(safe.text).toContain('"url": "https://shop.evil.example/\\u001b]52;c;cm0gLXJmIH4K\\u0007?q=\\u009b31m\\u202egnp.exe\\u202c"');
    const parsed = JSON.parse(safe.text);
    expect(parsed).toEqual(JSON.parse(raw.text));
    expect(parsed.diagnoses[0].url).toBe(URL_WITH_CONTROLS);
    expect(parsed.diagnoses[0].requestIds['x-request-id']).toBe(`req-123${C1_CSI}${BIDI}`);
  });

  it('the real CLI prints through the same wrapper (stdout of the process)', async () => {
    const exec = promisify(execFile);
    for (const argv of [['diagnose', file], ['summary', file], ['diagnose', file, '--json']]) {
      const { stdout } = await exec('node', ['bin/faultline.mjs', ...argv], { cwd: ROOT, encoding: 'utf8' });
      expect(stdout, argv.join(' ')).not.toMatch(RAW_CONTROL);
      expect(stdout, argv.join(' ')).toContain('shop.evil.example/\\u001b]52;c;');
    }
  });
});
