// Copy-ready commands filled from hostile page values are safe to paste into bash, zsh, fish and
// dash (PowerShell and cmd.exe: see the top of src/engine/fill-command.ts). First a property test
// that every value the page contributes is made of the safe set only; then the commands for real:
// every cause's command, filled from hostile URLs, run by each shell with stub programs first on
// PATH that record their arguments, and a canary file that appears only if page text ran.
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CAUSES } from '../../src/engine';
import { commandValuesFor, fillCommand, type CommandValues } from '../../src/engine/fill-command';

const RUNS = Number(process.env.FAULTLINE_FC_RUNS ?? 100);
const PLACEHOLDER = /\{(host|ip|port|scheme|url|origin)\}/g;
const TEMPLATES = [...new Set(CAUSES.flatMap((c) => c.steps.flatMap((s) => (s.command ? [s.command] : []))))];
const FILLED_TEMPLATES = TEMPLATES.filter((t) => t.search(PLACEHOLDER) >= 0);

/** What each placeholder may become: the shapes of src/engine/fill-command.ts, or its fallback word. */
const SAFE_PATH = '[A-Za-z0-9\\-._~:/?=&@+,]|%[0-9A-Fa-f]{2}';
const SHAPES: Record<string, RegExp> = {
  host: /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/,
  ip: /^(?:[0-9.]+|[0-9a-f:.]*:[0-9a-f:.]*|ORIGIN_IP)$/,
  port: /^\d{1,5}$/,
  scheme: /^https?$/,
  origin: /^https?:\/\/[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(?::\d{1,5})?$/,
  url: new RegExp(`^'https?://(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?/(?:${SAFE_PATH})*'$`),
};

// Hostile pieces: shell quoting and expansion for every shell here, fish's `\'`, PowerShell's
// curly quotes, escapes that decode to a newline, controls, bidi overrides and other non-ASCII.
const UNITS = ["'", '"', '\\', "\\'", '`', '$(', ')', '${', '}', '{touch,pwned}', ';', '|', '&', '<', '>', '[', ']', '*', '?', '!', '#', '^',
  '~', '=', '%', '%0a', '%27', '%5C', '\n', '\r', '\t', ' ', '\u0000', '\u001b', '\u007f', '\u0085', '\u009b', '\u2018', '\u2019',
  '\u201a', '\u201b', '\u202e', '\u2066', 'ü', '\u{1f600}', '@', ':', '/', '.', '-', 'a', '0'];
const hostileText = fc.array(fc.oneof(fc.constantFrom(...UNITS), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));
const hostileHost = fc.oneof(fc.domain(), hostileText, fc.ipV4(), fc.ipV6().map((ip) => `[${ip}]`), hostileText.map((t) => `a${t}.example`));
const hostileUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withUserInfo: true, withIPv6: true, withPort: true } }),
  fc.record({
    scheme: fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', 'javascript:', ''),
    user: fc.option(hostileText.map((t) => `${t}@`), { nil: '' }),
    host: hostileHost,
    port: fc.option(fc.oneof(fc.integer({ min: 0, max: 70_000 }).map(String), hostileText).map((p) => `:${p}`), { nil: '' }),
    path: hostileText,
    query: hostileText,
    fragment: hostileText,
  }).map((u) => `${u.scheme}${u.user}${u.host}${u.port}/${u.path}?${u.query}#${u.fragment}`),
);
const rawValues = fc.record({ host: hostileText, ip: hostileText, port: hostileText, scheme: hostileText, url: fc.oneof(hostileText, hostileUrl) }, { requiredKeys: [] });

/** The bytes a percent-encoded string stands for: what a server reads, whichever characters were escaped. */
function decodedBytes(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(text[i]));
    }
  }
  return bytes.join(',');
}

describe('filled values, on hostile page values', () => {
  it('every value the page fills in is made of the safe set only, in every cause\'s command', () => {
    expect(FILLED_TEMPLATES.length).toBeGreaterThan(10);
    fc.assert(fc.property(hostileUrl, fc.option(hostileText, { nil: undefined }), rawValues, (pageUrl, ip, raw) => {
      for (const values of [commandValuesFor(pageUrl, ip), raw as CommandValues]) {
        for (const name of Object.keys(SHAPES)) expect(fillCommand(`{${name}}`, values), name).toMatch(SHAPES[name]!);
        for (const template of TEMPLATES) {
          const filled = fillCommand(template, values);
          // Config snippets and multi-line commands too: the template's own text and lines are
          // kept, and the page's values are only where the placeholders were.
          expect(filled).toBe(template.replace(PLACEHOLDER, (p) => fillCommand(p, values)));
          expect(filled.split('\n')).toHaveLength(template.split('\n').length);
        }
      }
    }), { numRuns: RUNS * 2 });
  });

  it('the URL filled in asks the server for the same thing: same scheme, host and port, same bytes in path and query', () => {
    fc.assert(fc.property(hostileUrl, (pageUrl) => {
      const filled = fillCommand('{url}', commandValuesFor(pageUrl, undefined));
      let page: URL;
      try {
        page = new URL(pageUrl);
      } catch {
        expect(filled).toBe("'https://example.com/'");
        return;
      }
      if (filled === "'https://example.com/'" && page.hostname !== 'example.com') return;
      const again = new URL(filled.slice(1, -1));
      expect([again.protocol, again.hostname, again.port]).toEqual([page.protocol, page.hostname, page.port]);
      expect(decodedBytes(again.pathname + again.search)).toBe(decodedBytes(page.pathname + page.search));
    }), { numRuns: RUNS * 2 });
  });
});

// --- The commands for real -------------------------------------------------------------------

/** The shells, how to start each without reading any startup file, and the Debian package. */
const SHELLS = [
  { name: 'bash', args: ['--norc', '--noprofile', '-c'], pkg: 'bash' },
  { name: 'zsh', args: ['-f', '-c'], pkg: 'zsh' },
  { name: 'fish', args: ['--no-config', '-c'], pkg: 'fish' },
  { name: 'dash', args: ['-c'], pkg: 'dash' },
].map((shell) => ({ ...shell, path: onPath(shell.name) }));

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

// Programs the commands call, replaced by stubs; PATH holds only them and a real `touch`, so page
// text that ran as a command either fails (and the recorded calls differ) or creates a file.
const STUBS = ['curl', 'dig', 'mtr', 'openssl', 'nslookup', 'gzip', 'grep', 'wc', 'head', 'tail'];
const root = mkdtempSync(join(tmpdir(), 'faultline-shells-'));
const dirs = { bin: join(root, 'bin'), canaryBin: join(root, 'canary-bin'), calls: join(root, 'calls'), work: join(root, 'work'), home: join(root, 'home') };
for (const dir of Object.values(dirs)) mkdirSync(dir);
// Each call appends its argument count, its name and its arguments, each ended by NUL (no argument
// can hold one), to a file named after its PID: the programs of a pipeline run at once.
const STUB = '#!/bin/sh\nprintf \'%s\\0\' "$#" "${0##*/}" "$@" >>"$FAULTLINE_CALLS/$$"\n';
for (const name of STUBS) writeFileSync(join(dirs.bin, name), STUB);
// dash has no `time` keyword: it finds this one, which runs the rest of the line.
writeFileSync(join(dirs.bin, 'time'), '#!/bin/sh\nexec "$@"\n');
for (const name of [...STUBS, 'time']) chmodSync(join(dirs.bin, name), 0o755);
const touch = onPath('touch');
if (touch) symlinkSync(touch, join(dirs.canaryBin, 'touch'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Call = string[];

function calls(): Call[] {
  const out: Call[] = [];
  for (const file of readdirSync(dirs.calls)) {
    const fields = readFileSync(join(dirs.calls, file), 'utf8').split('\0');
    for (let i = 0; i + 1 < fields.length;) {
      const count = Number(fields[i]);
      out.push(fields.slice(i + 1, i + 2 + count));
      i += 2 + count;
    }
    rmSync(join(dirs.calls, file));
  }
  // The order of a pipeline's programs is up to the scheduler: compare as a sorted list.
  return out.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function paste(shell: (typeof SHELLS)[number], script: string) {
  const result = spawnSync(shell.path!, [...shell.args, script], {
    cwd: dirs.work, input: '', encoding: 'utf8',
    env: { PATH: `${dirs.bin}${delimiter}${dirs.canaryBin}`, HOME: dirs.home, XDG_CONFIG_HOME: dirs.home, XDG_DATA_HOME: dirs.home, FAULTLINE_CALLS: dirs.calls },
  });
  const created = readdirSync(dirs.work);
  for (const name of created) rmSync(join(dirs.work, name), { recursive: true, force: true });
  return { status: result.status, stderr: result.stderr, calls: calls(), created };
}

// The templates filled with marker words; each marker is then swapped for the value expected.
const MARKERS = { url: 'https://url-marker.invalid/', origin: 'https://origin-marker.invalid', host: 'host-marker.invalid', ip: '192.0.2.123', port: '54321', scheme: 'schememarker' };
const markedScript = FILLED_TEMPLATES.map((t) => t.replace(PLACEHOLDER, (_, name: keyof typeof MARKERS) => (name === 'url' ? `'${MARKERS.url}'` : MARKERS[name]))).join('\n');
const filledScript = (values: CommandValues) => FILLED_TEMPLATES.map((t) => fillCommand(t, values)).join('\n');
const unquote = (value: string) => value.replace(/^'|'$/g, '');

interface Case {
  what: string;
  values: CommandValues;
  url: string;
  host: string;
  ip: string;
}

const IP = '198.51.100.7';
const page = (what: string, url: string, expectedUrl: string, host = 'a.example'): Case => ({ what, values: commandValuesFor(url, IP), url: expectedUrl, host, ip: IP });
// Every case would create ./pwned if a shell ran page text; `{touch,pwned}` is brace expansion in
// bash, zsh and fish, so it needs no space (which the URL parser would encode anyway).
const CASES: Case[] = [
  page('a backslash at the end (fish reads \\\' as a quote)', 'https://a.example/?q=;{touch,pwned};\\', 'https://a.example/?q=%3B%7Btouch,pwned%7D%3B%5C'),
  page('a backslash then a quote', "https://a.example/?q=\\';{touch,pwned};'", 'https://a.example/?q=%5C%27%3B%7Btouch,pwned%7D%3B%27'),
  page('$(…) in path and query', 'https://a.example/$({touch,pwned})?q=$({touch,pwned})', 'https://a.example/%24%28%7Btouch,pwned%7D%29?q=%24%28%7Btouch,pwned%7D%29'),
  page('backticks', 'https://a.example/?q=`{touch,pwned}`', 'https://a.example/?q=%60%7Btouch,pwned%7D%60'),
  page("'; touch pwned; '", "https://a.example/?q='; touch pwned; '", 'https://a.example/?q=%27%3B%20touch%20pwned%3B%20%27'),
  page('a newline (the URL parser drops it)', 'https://a.example/?q=a\n;{touch,pwned}', 'https://a.example/?q=a%3B%7Btouch,pwned%7D'),
  page('%0a, kept as the three characters it is', 'https://a.example/?q=%0a{touch,pwned}%0A', 'https://a.example/?q=%0a%7Btouch,pwned%7D%0A'),
  page('curly quotes (PowerShell) and a bidi override', 'https://a.example/\u2019;{touch,pwned};\u2018?q=\u201b\u202e', 'https://a.example/%E2%80%99%3B%7Btouch,pwned%7D%3B%E2%80%98?q=%E2%80%9B%E2%80%AE'),
  page('globs, history expansion and a tilde', 'https://a.example/*?q=!!*[a]~', 'https://a.example/%2A?q=%21%21%2A%5Ba%5D~'),
  page('a user:password@ and a fragment', "https://u:$({touch,pwned})@a.example/x#';{touch,pwned}", 'https://a.example/x'),
  page('$(…) in the host name', 'https://$({touch,pwned}).example/', 'https://example.com/', 'example.com'),
  page('an IPv6 host', 'http://[2001:db8::1]:8080/?q=$({touch,pwned})', 'http://[2001:db8::1]:8080/?q=%24%28%7Btouch,pwned%7D%29', 'example.com'),
  { ...page('a hostile server IP', 'https://a.example/', 'https://a.example/'), values: commandValuesFor('https://a.example/', `${IP};{touch,pwned}`), ip: 'ORIGIN_IP' },
  {
    what: 'hostile values given directly', url: 'https://a.example/x%27/', host: 'example.com', ip: 'ORIGIN_IP',
    values: { url: "https://a.example/x'\\", host: 'a.example;{touch,pwned}', ip: '1.2.3.4$({touch,pwned})', port: '443;{touch,pwned}', scheme: 'https;{touch,pwned}' },
  },
];

/** The calls the marked commands made, with each marker swapped for the value this case expects. */
function expectedCalls(marked: Call[], c: Case): Call[] {
  // Port, scheme and origin are in no template today; their shapes are the property test's business.
  const want = { url: c.url, origin: fillCommand('{origin}', c.values), host: c.host, ip: c.ip, port: fillCommand('{port}', c.values), scheme: fillCommand('{scheme}', c.values) };
  const swap = (arg: string) => (Object.keys(MARKERS) as (keyof typeof MARKERS)[]).reduce((text, name) => text.split(MARKERS[name]).join(want[name]), arg);
  return marked.map((call) => call.map(swap)).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

describe('the filled commands, pasted into real shells', () => {
  it('the cases expect what fillCommand gives', () => {
    for (const c of CASES) {
      expect(unquote(fillCommand('{url}', c.values)), c.what).toBe(c.url);
      expect(fillCommand('{host}', c.values), c.what).toBe(c.host);
      expect(fillCommand('{ip}', c.values), c.what).toBe(c.ip);
    }
  });

  it('has a real touch for the canary', () => {
    expect(touch).toMatch(/\/touch$/);
  });

  for (const shell of SHELLS) {
    const title = shell.path
      ? `${shell.name}: every command gets exactly the expected arguments, and no page text runs`
      : `${shell.name}: skipped, ${shell.name} is not installed (apt-get install ${shell.pkg})`;
    it.skipIf(!shell.path)(title, { timeout: 120_000 }, () => {
      const marked = paste(shell, markedScript);
      expect(marked.status, marked.stderr).toBe(0);
      expect(marked.created).toEqual([]);
      // The shell itself split the marked commands as they read: a few anchors.
      expect(marked.calls).toContainEqual(['curl', '-sI', MARKERS.url]);
      expect(marked.calls).toContainEqual(['dig', '+short', MARKERS.host]);
      expect(marked.calls).toContainEqual(['curl', '-sv', '-o', '/dev/null', '-H', `Host: ${MARKERS.host}`, 'http://127.0.0.1:80/HEALTH_CHECK_PATH']);
      expect(marked.calls).toContainEqual(['openssl', 's_client', '-connect', 'ORIGIN_IP:443', '-servername', MARKERS.host, '-tls1_2']);
      expect(marked.calls.filter((call) => call.includes(MARKERS.url))).toHaveLength(FILLED_TEMPLATES.join('\n').split('{url}').length - 1);
      for (const c of CASES) {
        const run = paste(shell, filledScript(c.values));
        expect(run.created, `${shell.name}, ${c.what}: the canary`).toEqual([]);
        // fish exits 0 even when it refuses to parse a script: the calls are what tells.
        expect(run.status, `${shell.name}, ${c.what}: ${run.stderr}`).toBe(0);
        expect(run.calls, `${shell.name}, ${c.what}`).toEqual(expectedCalls(marked.calls, c));
      }
    });
  }

  const fish = SHELLS.find((s) => s.name === 'fish')!;
  it.skipIf(!fish.path)(`fish: the stubs and the canary catch a command that is not safe (the old quoting)${fish.path ? '' : ': skipped, fish is not installed (apt-get install fish)'}`, () => {
    // What the commands were before this fix: the URL only single-quoted, a trailing `\` kept.
    const old = "curl -s -D - -o /dev/null 'https://a.example/?q=;{touch,pwned};\\' | wc -c; curl -s -D - -o /dev/null 'https://a.example/?q=;{touch,pwned};\\' | grep -ci '^set-cookie'";
    expect(paste(fish, old).created).toEqual(['pwned']);
  });
});
