// Hostile pages against the engine: huge, binary, malformed, deeply nested, crafted to make regular
// expressions backtrack, or carrying markup and shell syntax where text is expected. Each must give
// a valid Diagnosis without hanging. The time guard is generous on purpose: it catches hangs and
// catastrophic backtracking, not slowness (speed is `npm run bench`'s business).
import { describe, expect, it } from 'vitest';
import { parseStatusLine } from '../../src/background/entries';
import { CAUSES, Diagnosis, diagnose, FINGERPRINTS, parseTrace, type EvidenceInput } from '../../src/engine';
import { redactBody } from '../../src/engine/export/redact-body';
import { createRedactor } from '../../src/engine/export/redactor';
import { SECRET_VALUE_PATTERNS } from '../../src/engine/export/secrets';
import { describeUserAgent } from '../../src/engine/export/user-agent';
import { commandValuesFor, fillCommand } from '../../src/engine/fill-command';
import { normaliseBody, normaliseMarkup } from '../../src/engine/match/normalise';
import { NGINX_502, NGINX_HEADERS as nginxHeaders } from '../support/pages';
import { adversarialInputs } from './adversarial';

/**
 * Far above any real run (a few ms, or a few hundred on a loaded two-core machine running a browser
 * suite beside the unit tests): only a hang or catastrophic backtracking reaches it.
 */
const HANG_GUARD_MS = 10_000;
const MB = 1024 * 1024;

function timed<T>(work: () => T): T {
  const start = performance.now();
  const result = work();
  expect(performance.now() - start).toBeLessThan(HANG_GUARD_MS);
  return result;
}


/** Diagnoses under the hang guard and checks the answer against the Diagnosis schema. */
function check(input: Partial<EvidenceInput> & { body?: string }): Diagnosis {
  const diagnosis = timed(() => diagnose({ url: 'https://a.example/', status: 502, responseHeaders: nginxHeaders, ...input }));
  expect(Diagnosis.safeParse(diagnosis).success).toBe(true);
  // Serialisable (the popup gets it through structured clone, the CLI through JSON).
  expect(() => JSON.stringify(diagnosis)).not.toThrow();
  return diagnosis;
}

/** Deterministic pseudo-random code units (xorshift), so a failure reproduces. */
function garbage(length: number, seed: number, maxCode = 0x10000): string {
  let x = seed || 1;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    codes[i] = (x >>> 0) % maxCode;
  }
  let out = '';
  for (let i = 0; i < length; i += 0x8000) out += String.fromCharCode(...codes.subarray(i, i + 0x8000));
  return out;
}

describe('huge, binary and malformed bodies', () => {
  it('a 10 MB body: the engine reads a bounded prefix and still names the writer at its start', () => {
    expect(check({ body: NGINX_502 + 'x'.repeat(10 * MB) }).generator).toBe('nginx');
    check({ body: '<p>filler</p>'.repeat(10 * MB / 13) + NGINX_502 });
    check({ body: `{"message":"${'a'.repeat(10 * MB)}"}`, responseHeaders: [{ name: 'Content-Type', value: 'application/json' }] });
    check({ body: ' '.repeat(10 * MB) });
  });

  it('binary garbage in the body, title and headers', () => {
    for (const seed of [1, 2, 3]) {
      const bytes = garbage(MB, seed, 256);
      check({ body: bytes, title: bytes.slice(0, 2_000) });
      check({ body: garbage(MB, seed) });
      check({ body: NGINX_502 + garbage(MB, seed, 32) });
      check({ responseHeaders: [{ name: garbage(300, seed), value: garbage(10_000, seed) }, ...nginxHeaders], body: NGINX_502 });
    }
  });

  it('invalid UTF-8, decoded as a browser does (U+FFFD), and lone surrogates', () => {
    const invalid = new Uint8Array(3 * MB);
    for (let i = 0; i < invalid.length; i++) invalid[i] = [0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe][i % 13]!;
    const decoded = new TextDecoder('utf-8').decode(invalid);
    expect(decoded).toContain('\ufffd');
    check({ body: decoded, title: decoded.slice(0, 500) });
    check({ body: `${NGINX_502}${decoded}` });
    const lone = '\ud800\udfff\udbff'.repeat(200_000);
    check({ body: lone, title: lone.slice(0, 1_000), statusText: lone.slice(0, 200) });
    check({ body: `<title>\ud800</title>${NGINX_502}\udc00`, url: 'https://a.example/\ud800?q=\udfff' });
    check({ responseHeaders: [{ name: 'Server', value: 'nginx\ud800' }, { name: 'x-request-id', value: '\udfff\ud800' }, { name: '\ud800', value: '\ufffd' }], body: lone });
    check({ url: '\ud800://\udfff', status: 0, netError: 'net::ERR_CONNECTION_RESET\ud800', responseHeaders: [] });
  });

  it('deeply nested markup and JSON (100,000 levels)', () => {
    const depth = 100_000;
    // 500 KB of opening tags push the page past the prefix the engine reads: nobody is named.
    expect(check({ body: `${'<div>'.repeat(depth)}${NGINX_502}${'</div>'.repeat(depth)}` }).generator).toBe('unknown');
    expect(check({ body: `${'<div>'.repeat(depth / 10)}${NGINX_502}${'</div>'.repeat(depth / 10)}` }).generator).toBe('nginx');
    check({ body: `${NGINX_502}${'<div><span>'.repeat(depth)}` });
    check({ body: '<a '.repeat(depth) });
    check({ body: `${'['.repeat(depth)}${']'.repeat(depth)}` });
    check({ body: `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` });
    check({ body: '{"a":'.repeat(depth) });
    check({ body: '<!--'.repeat(depth) });
  });

  it('a million-character line, in the body, the title, the URL and a header', () => {
    const line = 'a'.repeat(1_000_000);
    check({ body: line });
    check({ body: `<title>${line}</title>` });
    check({ title: line, body: '' });
    check({ url: `https://a.example/${line}`, body: NGINX_502 });
    check({ responseHeaders: [...nginxHeaders, { name: 'x-request-id', value: line }, { name: line, value: line }], body: NGINX_502 });
    check({ requestHeaders: Array.from({ length: 500 }, () => ({ name: 'Cookie', value: line })), body: NGINX_502 });
    check({ responseHeaders: Array.from({ length: 10_000 }, (_, i) => ({ name: `x-h${i}`, value: 'v' })), body: NGINX_502 });
  });

  it('a network failure with odd fields never throws', () => {
    check({ status: 0, netError: 'x'.repeat(100), responseHeaders: [], body: '' });
    check({ status: 0, netError: `net::ERR_${'A'.repeat(200)}`, serverIp: '1'.repeat(64), elapsedMs: 1e15, responseHeaders: [] });
    check({ url: 'not a url', status: 0, netError: 'net::ERR_NAME_NOT_RESOLVED', responseHeaders: [] });
    check({ url: '', status: 999 });
    check({ url: 'javascript:alert(1)', status: 500, trace: { colo: '<b>', h: 'x' } });
  });
});

/** Every regular expression the engine runs on page-derived text. */
function engineRegexes(): { name: string; pattern: RegExp }[] {
  const list: { name: string; pattern: RegExp }[] = [];
  for (const f of FINGERPRINTS) {
    for (const rule of f.pages) if (rule.code) list.push({ name: `${f.generator}/${rule.id} code`, pattern: rule.code.pattern });
    // Request-id patterns run case-insensitively (request-ids.ts).
    for (const source of f.requestIds ?? []) if ('pattern' in source) list.push({ name: `${f.generator} ${source.label}`, pattern: new RegExp(source.pattern.source, `${source.pattern.flags.replace('i', '')}i`) });
  }
  for (const secret of SECRET_VALUE_PATTERNS) list.push({ name: `secret ${secret.name}`, pattern: secret.pattern });
  return list;
}

describe('markup crafted to make regular expressions backtrack', () => {
  const regexes = engineRegexes();

  it('finds every fingerprint code and request-id pattern and every secret shape', () => {
    expect(regexes.length).toBeGreaterThanOrEqual(FINGERPRINTS.filter((f) => f.requestIds?.some((s) => 'pattern' in s)).length + SECRET_VALUE_PATTERNS.length);
  });

  it.each(regexes.map((r) => [r.name, r.pattern] as const))('%s, on 256 KB of hostile text', (_name, pattern) => {
    for (const { text } of adversarialInputs(pattern, 256 * 1024)) {
      timed(() => (pattern.global ? text.replace(pattern, '') : pattern.exec(text)));
    }
  });

  it('each fingerprint\'s rules, run through the engine with its own headers and a hostile body', () => {
    for (const f of FINGERPRINTS) {
      const headers = f.inPath.flatMap((s) => ('header' in s ? [{ name: s.header, value: s.is ?? s.starts ?? s.has ?? 'x' }] : []));
      const markers = f.pages.flatMap((rule) => [...rule.all, ...(rule.any ?? [])]).flatMap((s) => ('body' in s ? [s.body] : 'title' in s ? [`<title>${s.title}`] : []));
      const patterns = [...f.pages.flatMap((r) => (r.code ? [r.code.pattern] : [])), ...(f.requestIds ?? []).flatMap((s) => ('pattern' in s ? [s.pattern] : []))];
      const statuses = [...new Set(f.pages.flatMap((r) => r.status ?? [502]))].slice(0, 2);
      for (const pattern of patterns) {
        for (const { text } of adversarialInputs(pattern, 64 * 1024).slice(0, 5)) {
          for (const status of statuses) check({ status, responseHeaders: headers, body: `${markers.join(' ')} ${text}` });
        }
      }
    }
  });

  it('normalise.ts: entities, tags, attributes and white space', () => {
    const units = ['&#x', '&#', '&#x1', '&abcdefgh', '&amp', '<a ', '<a b="', "<a b='", '<a b=', '<a b= ', '<a /', '<a/', '< a', '> <', '<head></head', ' \t\r\n', '<', '>', '="', 'a=b ', '<a b="c" '];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil((256 * 1024) / unit.length));
      timed(() => normaliseMarkup(text, 256 * 1024));
      timed(() => normaliseBody(`{"m":"${text}`, 256 * 1024));
      check({ body: text });
      // One long tag whose attributes never close, repeated to the scan limit.
      const tag = `<a ${unit.repeat(Math.ceil(1_990 / unit.length))}>`;
      timed(() => normaliseMarkup(tag.repeat(Math.ceil((256 * 1024) / tag.length)), 256 * 1024));
    }
  });

  it('secrets.ts: every secret shape through the redactor, as text, URL, parameters and JSON', () => {
    const r = createRedactor('k');
    for (const { pattern } of SECRET_VALUE_PATTERNS) {
      for (const { text } of adversarialInputs(pattern, 128 * 1024)) {
        timed(() => r.text(text));
        const part = text.slice(0, 32 * 1024);
        timed(() => r.url(`https://a.example/${part}?q=${part}#${part}`));
        timed(() => r.params(part));
        timed(() => redactBody(JSON.stringify({ message: part }), 'application/json', r));
      }
    }
  });

  it('fill-command.ts: host, IP and port validation on hostile values', () => {
    const hostile = ['a-'.repeat(200), `${'a'.repeat(63)}.`.repeat(4), `${'a.'.repeat(126)}!`, `${'a'.repeat(252)}!`, '1.'.repeat(10_000), '0'.repeat(100_000), ':'.repeat(100_000), `${'1:'.repeat(22)}g`, `${'25'.repeat(5000)}`];
    for (const value of hostile) {
      const values = timed(() => commandValuesFor(`https://${value.slice(0, 8_000)}/`, value));
      const filled = timed(() => fillCommand('curl --resolve {host}:{port}:{ip} {url} {origin} {scheme}', { ...values, host: value, ip: value, port: value }));
      expect(filled).not.toContain(value);
    }
  });

  it('the other parsers of page-derived text: trace, User-Agent, status line', () => {
    for (const unit of ['a=', 'colo=', `a=${'x'.repeat(600)}`, '\n', '=', 'a'.repeat(40)]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      timed(() => parseTrace(text));
      timed(() => parseTrace(text.slice(0, 4_000)));
    }
    for (const unit of ['Version/1', 'Version/1.1.1.1', 'Mobile/', 'Edg/', 'Chrome/', ' ', '0.', 'Safari/']) {
      timed(() => describeUserAgent(unit.repeat(Math.ceil(100_000 / unit.length))));
    }
    for (const unit of ['HTTP/1.1 ', ' ', 'a', '502 ']) timed(() => parseStatusLine(unit.repeat(Math.ceil(100_000 / unit.length))));
  });
});

const SCRIPT = '<script>alert(document.cookie)</script>';
const IMG = '"><img src=x onerror=alert(1)>';
const SHELL = "'; rm -rf ~; echo '$(id)`id`|&&";

/** Every string in a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('markup and script where text is expected', () => {
  const hostileInputs: Partial<EvidenceInput>[] = [
    { title: SCRIPT, body: `<html><head><title>${SCRIPT}</title></head><body>${IMG}</body></html>` },
    { responseHeaders: [{ name: 'Server', value: `nginx ${SCRIPT}` }, { name: 'Via', value: IMG }, { name: 'x-request-id', value: SCRIPT }, { name: 'cf-ray', value: `${SHELL}-FRA` }], body: NGINX_502 },
    { responseHeaders: [{ name: 'Content-Type', value: 'application/json' }, { name: 'Server', value: 'kong/3.4.0' }], body: JSON.stringify({ message: SCRIPT, error: IMG, request_id: SHELL }) },
    { url: `https://a.example/${encodeURIComponent(SCRIPT)}?q=${SHELL}`, serverIp: SHELL, body: NGINX_502 },
    { url: `https://${SHELL}.example/`, serverIp: `1.2.3.4 ${SCRIPT}`, body: NGINX_502 },
    { status: 0, netError: `net::ERR_CONNECTION_RESET ${SCRIPT}`, responseHeaders: [], body: '' },
    { trace: { colo: SCRIPT, h: IMG, ip: SHELL, http: SCRIPT }, body: NGINX_502 },
  ];

  it.each(hostileInputs.map((input, i) => [i, input] as const))('case %i: only plain strings, no markup in the sentences or ids, nothing unquoted in commands', (_i, input) => {
    for (const status of [502, 504, 520, 403]) {
      const diagnosis = check({ status, ...input });
      // Enumerations stay enumerations, numbers stay numbers (the schema says so); every other
      // value is a string the popup renders as text.
      for (const [path, text] of strings(diagnosis)) expect(typeof text, path).toBe('string');
      // Sentences the engine writes come from knowledge, not from the page.
      expect(diagnosis.headline).not.toMatch(/<script|onerror|rm -rf/);
      for (const cause of diagnosis.causes) expect(`${cause.title} ${cause.why}`).not.toMatch(/<script|onerror|rm -rf/);
      for (const step of diagnosis.nextSteps) {
        expect(`${step.title} ${step.detail}`).not.toMatch(/<script|onerror|rm -rf/);
        if (step.command) expectSafeCommand(step.command, step.id);
      }
    }
  });

  it('every cause\'s command, filled from hostile page values', () => {
    const urls = [`https://a.example/${SHELL}`, `https://a.example/?q=${SCRIPT}`, `http://a.example:8080/'$(id)'`, `https://${SHELL}/`, 'https://a.example/\n; id', "https://a.example/'"];
    for (const cause of CAUSES) {
      for (const step of cause.steps) {
        if (!step.command) continue;
        for (const url of urls) {
          for (const ip of [SHELL, SCRIPT, '1.2.3.4;id', '::1 $(id)', undefined]) {
            expectSafeCommand(fillCommand(step.command, commandValuesFor(url, ip)), step.id);
          }
        }
      }
    }
  });
});

/** What a command may contain outside single quotes: the template's own text and validated values. */
function expectSafeCommand(command: string, id: string): void {
  const outside = command.replace(/'[^']*'/g, "''");
  expect(outside, id).not.toMatch(/<script|onerror|\$\(id\)|`id`|rm -rf ~|alert\(/);
  expect(command, id).not.toContain('\n; id');
}
