// Property-based tests (fast-check) over the engine's entry points, each a bounded number of runs so
// `npm test` stays fast: diagnose never throws and always answers the Diagnosis schema; the HAR
// reader throws nothing but HarError; the sanitizer never lets a secret of a known shape through
// and keeps the HAR's structure; a filled command never has page text outside single quotes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAUSES, Diagnosis, diagnose, diagnoseHar, FINGERPRINTS, HarError, readHar, sanitizeHar } from '../../src/engine';
import { commandValuesFor, fillCommand } from '../../src/engine/fill-command';
import { isNetFailure } from '../../src/engine/net-error';

const RUNS = Number(process.env.FAULTLINE_FC_RUNS ?? 100);

// What the knowledge looks for, so random inputs often come close to a real match.
const HEADER_NAMES = [...new Set(FINGERPRINTS.flatMap((f) => [...f.inPath, ...(f.ownHeaders ?? [])].flatMap((s) => ('header' in s ? [s.header] : []))))];
const HEADER_VALUES = [...new Set(FINGERPRINTS.flatMap((f) => f.inPath.flatMap((s) => ('header' in s ? [s.is ?? s.starts ?? s.has ?? ''] : []))))];
const MARKERS = [...new Set(FINGERPRINTS.flatMap((f) => f.pages.flatMap((r) => [...r.all, ...(r.any ?? []), ...(r.not ?? [])].flatMap((s) => ('body' in s ? [s.body] : 'title' in s ? [`<title>${s.title}</title>`] : [])))))];

const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 50 }));
const header = fc.record({
  name: fc.oneof(fc.constantFrom(...HEADER_NAMES, 'Server', 'Content-Type', 'x-request-id', 'Via'), anyText),
  value: fc.oneof(fc.constantFrom(...HEADER_VALUES), anyText),
});
const markup = fc.array(fc.oneof(fc.constantFrom(...MARKERS), anyText, fc.constantFrom('<', '>', '&#', '&amp;', '"', '<hr/>', '<head></head>', ' \r\n', '{', '}', '[', ']', ':')), { maxLength: 30 }).map((parts) => parts.join(''));
const body = fc.oneof(markup, anyText, fc.json({ maxDepth: 4 }), markup.map((m) => JSON.stringify({ message: m, error: m })));
const url = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), anyText);

const evidence = fc.record({
  url,
  method: fc.oneof(fc.constantFrom('GET', 'POST'), fc.string({ maxLength: 40 })),
  status: fc.oneof(fc.constantFrom(0, 200, 403, 404, 500, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 530), fc.integer({ min: 0, max: 999 })),
  statusText: fc.string({ maxLength: 300 }),
  responseHeaders: fc.array(header, { maxLength: 12 }),
  requestHeaders: fc.array(header, { maxLength: 4 }),
  body,
  title: fc.option(anyText, { nil: undefined }),
  serverIp: fc.option(fc.oneof(fc.ipV4(), fc.ipV6(), anyText), { nil: undefined }),
  elapsedMs: fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 200_000 }), fc.double({ min: -1, max: 1e9, noNaN: true })),
  netError: fc.option(fc.oneof(fc.constantFrom('net::ERR_CONNECTION_RESET', 'net::ERR_CONNECTION_REFUSED', 'net::ERR_NAME_NOT_RESOLVED', 'net::ERR_TIMED_OUT'), fc.string({ maxLength: 300 })), { nil: undefined }),
  trace: fc.option(fc.oneof(fc.constant(null), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 6 })), { nil: undefined }),
}, { requiredKeys: ['url', 'status'] });

describe('diagnose, on arbitrary evidence', () => {
  it('never throws, and always answers the Diagnosis schema', () => {
    fc.assert(fc.property(evidence, (input) => {
      const diagnosis = diagnose(input);
      const parsed = Diagnosis.safeParse(diagnosis);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      expect(diagnosis.status).toBe(input.status);
      // A page that is not a failure is never blamed (one that broke off mid-transfer is a failure).
      if (input.status > 0 && input.status < 400 && !isNetFailure(input.netError)) expect(diagnosis.blame).toBe('none');
    }), { numRuns: RUNS * 2 });
  });
});

const harEntry = fc.record({
  startedDateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.anything()),
  time: fc.oneof(fc.double(), fc.anything()),
  request: fc.oneof(fc.record({ method: fc.string({ maxLength: 40 }), url, headers: fc.array(header, { maxLength: 3 }) }, { requiredKeys: [] }), fc.anything()),
  response: fc.oneof(
    fc.record({
      status: fc.oneof(fc.integer({ min: -10, max: 1100 }), fc.anything()),
      statusText: fc.string({ maxLength: 20 }),
      headers: fc.oneof(fc.array(header, { maxLength: 6 }), fc.anything()),
      content: fc.record({
        mimeType: fc.constantFrom('text/html', 'application/json', 'image/png', '', 'text/plain; charset=utf-8'),
        text: fc.oneof(body, body.map((b) => Buffer.from(b).toString('base64')), fc.base64String({ maxLength: 200 })),
        encoding: fc.constantFrom('base64', undefined, 'gzip'),
      }, { requiredKeys: [] }),
      _error: fc.option(fc.string({ maxLength: 40 })),
    }, { requiredKeys: [] }),
    fc.anything(),
  ),
  timings: fc.oneof(fc.dictionary(fc.constantFrom('blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'), fc.double()), fc.anything()),
  serverIPAddress: fc.oneof(fc.ipV4(), fc.string({ maxLength: 80 })),
  _error: fc.option(fc.string({ maxLength: 40 })),
}, { requiredKeys: [] });

const harDocument = fc.oneof(
  fc.anything(),
  fc.jsonValue(),
  fc.record({ log: fc.record({ version: fc.oneof(fc.constantFrom('1.1', '1.2', '', '2.0'), fc.anything()), entries: fc.array(fc.oneof(harEntry, fc.anything()), { maxLength: 6 }) }, { requiredKeys: [] }) }),
  fc.array(harEntry, { maxLength: 6 }).map((entries) => ({ log: { version: '1.2', entries } })),
);

describe('readHar and diagnoseHar, on arbitrary JSON', () => {
  it('throw nothing but HarError, and account for every entry', () => {
    fc.assert(fc.property(harDocument, (document) => {
      for (const read of [readHar, diagnoseHar]) {
        try {
          read(document);
        } catch (error) {
          if (!(error instanceof HarError)) throw error;
          expect(error.message).not.toContain('\n');
        }
      }
      let result: ReturnType<typeof diagnoseHar> | undefined;
      try {
        result = diagnoseHar(document);
      } catch {
        return;
      }
      const entries = (document as { log: { entries: unknown[] } }).log.entries;
      expect(result.entryCount).toBe(entries.length);
      for (const d of result.diagnoses) expect(Diagnosis.safeParse(d).success).toBe(true);
      for (const s of result.skipped) expect(s.reason).not.toContain('\n');
    }), { numRuns: RUNS * 2 });
  });
});

// Secrets of every shape the sanitizer knows, built at random. Each is a whole token (surrounded by
// separators in the text it is put into), as a secret appears in real traffic.
const chars = (alphabet: string, min: number, max: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max });
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${ALNUM}_-`;
const secret = fc.oneof(
  fc.tuple(chars(B64URL, 8, 40), chars(B64URL, 8, 60), chars(B64URL, 10, 43)).map(([h, p, s]) => `eyJ${h}.eyJ${p}.${s}`),
  fc.tuple(fc.constantFrom('Bearer', 'Basic', 'Token'), chars(`${ALNUM}._~+/=-`, 16, 60)).map(([scheme, token]) => `${scheme} ${token}`),
  chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16, 16).map((k) => `AKIA${k}`),
  chars(ALNUM, 36, 40).map((k) => `ghp_${k}`),
  chars(`${ALNUM}_`, 22, 40).map((k) => `github_pat_${k}`),
  chars(`${ALNUM}-`, 12, 40).map((k) => `xoxb-${k}`),
  fc.tuple(fc.constantFrom('sk', 'rk', 'pk'), fc.constantFrom('live', 'test'), chars(ALNUM, 16, 40)).map(([a, b, k]) => `${a}_${b}_${k}`),
  chars(`${ALNUM}_-`, 35, 35).map((k) => `AIza${k}`),
);
/** Text around a secret: anything, ending and starting with a separator. */
const around = fc.string({ maxLength: 30 }).map((s) => s.replace(/[^ a-z<>{}]/gi, ' '));
const nonSecretName = fc.constantFrom('q', 'page', 'lang', 'x-debug', 'x-trace-note', 'note', 'message', 'comment');

const sanitizeCase = fc.record({
  secrets: fc.array(secret, { minLength: 1, maxLength: 6 }),
  prefix: around,
  suffix: around,
  names: fc.array(nonSecretName, { minLength: 1, maxLength: 3 }),
  mimeType: fc.constantFrom('text/html', 'application/json', 'text/plain', 'application/x-www-form-urlencoded'),
  base64: fc.boolean(),
  entries: fc.integer({ min: 1, max: 3 }),
});

type SanitizeCase = typeof sanitizeCase extends fc.Arbitrary<infer T> ? T : never;

function buildSecretHar(c: SanitizeCase) {
  const pick = (i: number) => c.secrets[i % c.secrets.length]!;
  const inText = (i: number) => `${c.prefix} ${pick(i)} ${c.suffix}`;
  const bodyText = (i: number) =>
    c.mimeType === 'application/json' ? JSON.stringify({ message: inText(i), nested: { list: [pick(i + 1)] } })
      : c.mimeType === 'application/x-www-form-urlencoded' ? `${c.names[0]}=${encodeURIComponent(pick(i)).replace(/%20/g, '+')}&other=1`
        : inText(i);
  return {
    log: {
      version: '1.2', creator: { name: 'fc', version: '1', comment: inText(0) }, pages: [{ id: 'p', title: inText(1), startedDateTime: '2026-11-21T09:00:00.000Z', pageTimings: {} }],
      entries: Array.from({ length: c.entries }, (_, i) => ({
        startedDateTime: '2026-11-21T09:00:00.000Z', time: 1, comment: inText(i + 2),
        request: {
          method: 'POST', url: `https://a.example/${encodeURIComponent(pick(i))}?${c.names.map((n, j) => `${n}=${encodeURIComponent(pick(i + j))}`).join('&')}`,
          httpVersion: 'HTTP/1.1', headersSize: -1, bodySize: 0,
          headers: [...c.names.map((name, j) => ({ name, value: inText(i + j) })), { name: 'Authorization', value: pick(i + 3) }, { name: 'Cookie', value: `sid=${pick(i)}` }],
          cookies: [{ name: 'sid', value: pick(i) }],
          queryString: c.names.map((name, j) => ({ name, value: pick(i + j) })),
          postData: { mimeType: c.mimeType, text: bodyText(i) },
        },
        response: {
          status: 502, statusText: 'Bad Gateway', httpVersion: 'HTTP/1.1', headersSize: -1, bodySize: -1,
          redirectURL: `https://b.example/next?${c.names[0]}=${encodeURIComponent(pick(i + 4))}`,
          headers: [{ name: 'Server', value: 'nginx' }, { name: 'Set-Cookie', value: `sid=${pick(i)}; Path=/` }, { name: c.names[0]!, value: inText(i + 5) }],
          cookies: [{ name: 'sid', value: pick(i) }],
          content: c.base64 && c.mimeType !== 'application/x-www-form-urlencoded'
            ? { size: 1, mimeType: c.mimeType, encoding: 'base64', text: Buffer.from(bodyText(i + 6)).toString('base64') }
            : { size: 1, mimeType: c.mimeType, text: bodyText(i + 6) },
        },
        cache: {}, timings: { send: 0, wait: 1, receive: 0 },
      })),
    },
  };
}

type Json = { [k: string]: Json } | Json[] | string | number | boolean | null;
/** Object keys and array lengths, recursively: the shape that must survive sanitizing. */
function shape(node: Json): unknown {
  if (Array.isArray(node)) return node.map(shape);
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]));
  return typeof node;
}

describe('sanitizeHar, on HARs carrying secrets of every known shape', () => {
  it('never lets one through, anywhere, and keeps every entry, name and key', () => {
    fc.assert(fc.property(sanitizeCase, fc.string({ minLength: 1, maxLength: 16 }), (c, key) => {
      const input = buildSecretHar(c);
      const before = JSON.stringify(input);
      const { har } = sanitizeHar(input, key);
      expect(JSON.stringify(input)).toBe(before); // the input is never modified
      const out = JSON.stringify(har);
      const decoded = har.log.entries.map((e) => (e.response.content as { encoding?: string; text: string }).encoding === 'base64' ? Buffer.from(e.response.content.text, 'base64').toString('utf8') : '').join('\n');
      for (const s of c.secrets) {
        const token = s.replace(/^(?:Bearer|Basic|Token) /, '');
        for (const text of [out, decoded, decodeURIComponent(out.replace(/%(?![0-9a-f]{2})/gi, '%25'))]) {
          expect(text).not.toContain(token);
        }
      }
      // Structure: same keys and list lengths everywhere, names and order unchanged.
      expect(shape(har as unknown as Json)).toEqual(shape(input as unknown as Json));
      har.log.entries.forEach((e, i) => {
        const original = input.log.entries[i]!;
        expect(e.request.headers.map((h) => h.name)).toEqual(original.request.headers.map((h) => h.name));
        expect(e.response.headers.map((h) => h.name)).toEqual(original.response.headers.map((h) => h.name));
        expect(e.request.queryString.map((q) => q.name)).toEqual(original.request.queryString.map((q) => q.name));
        expect(e.response.status).toBe(502);
        expect(new URL(e.request.url).host).toBe('a.example');
      });
    }), { numRuns: RUNS });
  });
});

const SHELL_META = /[;&|$`()<>\\"'*?[\]{}~!#\s]/;
/** Removes single-quoted spans: what is left is what a POSIX shell would interpret. */
const outsideSingleQuotes = (command: string) => command.replace(/'[^']*'/g, '');

const hostileValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...";&|$`()<>\\\"'*?[]{}~!# \n\tab0.:-/%@"), maxLength: 40 }),
  fc.ipV4(), fc.ipV6(), fc.domain(),
);
const hostileUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('http://', 'https://', 'ftp://', 'javascript:', ''), fc.oneof(fc.domain(), hostileValue), hostileValue, hostileValue)
    .map(([scheme, host, path, query]) => `${scheme}${host}/${path}?q=${query}`),
);

describe('fillCommand, on hostile page values', () => {
  it('no shell metacharacter from the input appears outside single quotes', () => {
    fc.assert(fc.property(hostileUrl, fc.option(hostileValue, { nil: undefined }), fc.record({ host: hostileValue, ip: hostileValue, port: hostileValue, scheme: hostileValue, url: hostileValue }, { requiredKeys: [] }), (pageUrl, ip, raw) => {
        for (const values of [commandValuesFor(pageUrl, ip), raw]) {
          const filled = fillCommand('{host} {ip} {port} {scheme} {url} {origin}', values);
          const outside = outsideSingleQuotes(filled);
          expect(outside.replace(/ /g, '')).not.toMatch(SHELL_META);
          // Each quoted span is one whole word: no quote inside it was left open.
          expect((filled.match(/'/g) ?? []).length % 2).toBe(0);
        }
      }), { numRuns: RUNS * 2 });
  });

  it('every cause\'s command keeps its own text, with page values only where its placeholders were', () => {
    const templates = CAUSES.flatMap((c) => c.steps.flatMap((s) => (s.command ? [s.command] : [])));
    expect(templates.length).toBeGreaterThan(10);
    const placeholder = /\{(host|ip|port|scheme|url|origin)\}/g;
    fc.assert(fc.property(hostileUrl, fc.option(hostileValue, { nil: undefined }), (pageUrl, ip) => {
      const values = commandValuesFor(pageUrl, ip);
      for (const template of templates) {
        const filled = fillCommand(template, values);
        // Context-free: the same as filling each placeholder on its own.
        expect(filled).toBe(template.replace(placeholder, (p) => fillCommand(p, values)));
        for (const name of template.matchAll(placeholder)) {
          const value = fillCommand(name[0], values);
          expect(value, `${name[0]} in ${template}`).toMatch(/^(?:[A-Za-z0-9._:/-]+|'[^']*')$/);
        }
      }
    }), { numRuns: RUNS });
  });

  it('no cause puts a placeholder that can be quoted inside quotes of its own', () => {
    for (const cause of CAUSES) {
      for (const step of cause.steps) {
        if (!step.command) continue;
        for (const match of step.command.matchAll(/\{url\}/g)) {
          const before = step.command.slice(0, match.index);
          expect((before.match(/'/g) ?? []).length % 2, step.command).toBe(0);
          expect((before.match(/"/g) ?? []).length % 2, step.command).toBe(0);
        }
      }
    }
  });
});
