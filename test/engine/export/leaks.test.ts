// The proof that exports are safe to share (issue 12): every secret of secrets-wide.har, and every
// secret of the older secrets.har, leaks from no export: not from `sanitize`, `summary`, any file of
// `bundle` (in English and in Chinese), nor from the extension's HAR, summary and bundle. Each
// output is searched raw, decoded and re-encoded (test/support/leak-search.ts); one row per secret
// per output, so a failure names what leaked, where, and in which encoding. The client IP appears
// in no output, and the sanitized HAR is still HAR 1.2 with its entries, methods and hosts in order.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, exportHar, exportSummary, type ExportOptions } from '../../../src/background/exports';
import { parseTrace } from '../../../src/engine';
import { bundleOutputs, cliExports, type ExportOutput } from '../../support/cli-exports';
import { harErrors } from '../../support/har-validator';
import { harToPage } from '../../support/har-to-page';
import { leakSearch, leaksBySecret, type Leak } from '../../support/leak-search';

interface WideSecret { id: string; value: string; class: string; kind: string; where: string }
interface WideFixture {
  clientIp: string;
  structure: { version: string; entries: number; pages: string[]; methods: string[]; hosts: string[]; failedEntries: { entry: number; status: number }[]; mainEntry: number };
  secrets: WideSecret[];
}

const HAR_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'har');
const WIDE_PATH = join(HAR_DIR, 'secrets-wide.har');
const OLD_PATH = join(HAR_DIR, 'secrets.har');
const WIDE_HAR_TEXT = readFileSync(WIDE_PATH, 'utf8');
const WIDE_HAR = JSON.parse(WIDE_HAR_TEXT);
const WIDE: WideFixture = JSON.parse(readFileSync(join(HAR_DIR, 'secrets-wide.json'), 'utf8'));
const OLD_HAR_TEXT = readFileSync(OLD_PATH, 'utf8');
/** The SECRETS of sanitize-har.test.ts (a test file cannot be imported without running it). */
const OLD_SECRETS = [
  'COOKIESID777', 'QUERYTOKEN123456', 'FRAGMENTTOKEN98765', 'APIKEYVALUE42424242', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'SETCOOKIEBM999', 'BODYBEARERTOKEN1234567', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwiZW1haWwiOiJhbGljZUBleGFtcGxlLmNvbSJ9',
  'URLPASSWORD55', 'cHJveHk6UFJPWFlQQVNT', 'FORMPASSWORD99', 'OAUTHCODE31337', 'STATEVALUE4242', 'CLIENTSECRET8080',
  'NESTEDREFRESH5150', 'B64ACCESSTOKEN777', 'AKIAABCDEFGHIJKLMNOP', 'URLSIGNATURE2468', 'sk_live_SCRIPTSECRET0000000000', 'SESSIONPAGE123',
];

const BUNDLE_FILES = ['har', 'summary.md', 'diagnosis.json', 'trace.txt', 'names'];
const ZH = '[zh-CN]';
const CLI_OUTPUTS = [
  'sanitize', 'summary', ...BUNDLE_FILES.map((f) => `bundle:${f}`),
  `summary${ZH}`, ...BUNDLE_FILES.map((f) => `bundle:${f}${ZH}`),
];
const EXTENSION_OUTPUTS = ['ext:har', 'ext:har-name', 'ext:summary', ...BUNDLE_FILES.map((f) => `ext:bundle:${f}`), 'ext:bundle-name'];
const SANITIZED_HARS = ['sanitize', 'bundle:har', `bundle:har${ZH}`];

/** The extension's options for a default export: nothing sensitive, no client IP. */
const EXTENSION_OPTIONS: ExportOptions = {
  includeSensitive: false, showClientIp: false, now: new Date('2026-11-21T10:00:00Z'), randomKey: 'leaks-test-key', locale: 'en',
};

/** The page as the worker would hold it: every entry of the fixture, the failed Cloudflare 502 as its main document, its trace. */
function widePage() {
  const traceEntry = WIDE_HAR.log.entries.find((e: { request: { url: string } }) => e.request.url.endsWith('/cdn-cgi/trace'));
  return harToPage(WIDE_HAR, { mainIndex: WIDE.structure.mainEntry, trace: parseTrace(traceEntry.response.content.text) });
}

/** exportSummary gives the text, or (since the composer) `{ text, report }`: either is read. */
const textOf = (summary: unknown): string => (typeof summary === 'string' ? summary : (summary as { text: string }).text);

function extensionOutputs(): ExportOutput[] {
  const page = widePage();
  const har = exportHar(page, EXTENSION_OPTIONS);
  const bundle = exportBundle(page, EXTENSION_OPTIONS);
  return [
    { name: 'ext:har', text: har.text },
    { name: 'ext:har-name', text: har.fileName },
    { name: 'ext:summary', text: textOf(exportSummary(page, EXTENSION_OPTIONS)) },
    ...bundleOutputs(Buffer.from(bundle.base64, 'base64'), 'ext:bundle'),
    { name: 'ext:bundle-name', text: bundle.fileName },
  ];
}

const wideSearch = leakSearch(WIDE.secrets.map((s) => s.value));
const oldSearch = leakSearch(OLD_SECRETS);
const ipSearch = leakSearch([WIDE.clientIp]);

/** output name → secret index → how it leaked; filled once, read by every row. */
const wideLeaks = new Map<string, Map<number, Omit<Leak, 'secret'>[]>>();
const oldLeaks = new Map<string, Map<number, Omit<Leak, 'secret'>[]>>();
const outputs = new Map<string, string>();
const oldOutputs = new Map<string, string>();

function leaksOf(table: Map<string, Map<number, Omit<Leak, 'secret'>[]>>, output: string, secret: number) {
  const perSecret = table.get(output);
  if (perSecret === undefined) throw new Error(`no output "${output}": the export failed or was not produced`);
  return perSecret.get(secret) ?? [];
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-leaks-'));
  const wide = [
    ...(await cliExports(WIDE_PATH, dir)).outputs,
    ...(await cliExports(WIDE_PATH, dir, { extra: ['--lang', 'zh-CN'], suffix: ZH, sanitize: false })).outputs,
    ...extensionOutputs(),
  ];
  for (const { name, text } of wide) {
    outputs.set(name, text);
    wideLeaks.set(name, leaksBySecret(wideSearch.find(text)));
  }
  const old = [
    ...(await cliExports(OLD_PATH, dir, { suffix: '-old' })).outputs,
    ...(await cliExports(OLD_PATH, dir, { extra: ['--lang', 'zh-CN'], suffix: `${ZH}-old`, sanitize: false })).outputs,
  ];
  for (const { name, text } of old) {
    oldOutputs.set(name.replace(/-old$/, ''), text);
    oldLeaks.set(name.replace(/-old$/, ''), leaksBySecret(oldSearch.find(text)));
  }
});

describe('the leak search', () => {
  const search = leakSearch(['hunter2x-nw00', 'a+b@example.org']);
  const found = (text: string) => search.find(text).map(({ secret, variant, view }) => `${secret}:${variant}@${view}`);

  it('finds a secret however it was written', () => {
    expect(found('pw=hunter2x-nw00')).toEqual(['0:raw@raw']);
    expect(found('a%2Bb%40example.org')).toEqual(['1:url@raw', '1:raw@json+html+url']);
    expect(found('a&#43;b&#x40;example.org')).toEqual(['1:raw@json+html']);
    expect(found('"a\\u002bb@example.org"')).toEqual(['1:raw@json']);
    // Inside a base64 body, five bytes in: two bytes past a three-byte group.
    expect(found(Buffer.from('<p>x hunter2x-nw00 y</p>').toString('base64'))).toEqual(['0:base64-core2@raw', '0:raw@base64']);
  });

  it('finds nothing in redacted text', () => {
    expect(found('pw=%5Bredacted%3A1a2b3c4d%5D [redacted:5e6f7a8b]')).toEqual([]);
  });
});

describe('the fixture', () => {
  it.each(WIDE.secrets.map((s, i) => [s.id, i] as const))('hides %s where the search finds it', (_id, i) => {
    // A secret the search cannot find in the original proves nothing when it is missing from an export.
    expect(wideSearch.find(WIDE_HAR_TEXT).filter((l) => l.secret === i).length).toBeGreaterThan(0);
  });

  it.each(OLD_SECRETS.map((s, i) => [s, i] as const))('secrets.har hides %s', (_s, i) => {
    expect(oldSearch.find(OLD_HAR_TEXT).filter((l) => l.secret === i).length).toBeGreaterThan(0);
  });

  it('hides the client IP, holds ~60 unique secrets, none only in a Cookie or Authorization header', () => {
    expect(ipSearch.find(WIDE_HAR_TEXT).length).toBeGreaterThan(0);
    expect(WIDE.secrets.length).toBeGreaterThanOrEqual(60);
    expect(new Set(WIDE.secrets.map((s) => s.value)).size).toBe(WIDE.secrets.length);
    // Without the plain Cookie / Authorization headers and the cookie lists parsed from them, every
    // secret is still somewhere (IE 11's one-object `cookies` is a quirk to handle, so it stays).
    type Request = { headers: { name: string }[]; cookies: unknown };
    const withoutCookieAndAuth = JSON.stringify({
      ...WIDE_HAR,
      log: {
        ...WIDE_HAR.log,
        entries: WIDE_HAR.log.entries.map((e: { request: Request }) => ({
          ...e,
          request: { ...e.request, headers: e.request.headers.filter((h) => !/^(cookie|authorization)$/i.test(h.name)), cookies: Array.isArray(e.request.cookies) ? [] : e.request.cookies },
        })),
      },
    });
    const stillFound = new Set(wideSearch.find(withoutCookieAndAuth).map((l) => l.secret));
    expect(WIDE.secrets.filter((_s, i) => !stillFound.has(i)).map((s) => s.id)).toEqual([]);
  });

  it('is HAR 1.2 but for the IE 11 cookies object it carries on purpose', () => {
    expect(harErrors(WIDE_HAR)).toEqual(['/log/entries/26/request/cookies must be array']);
  });
});

describe('the exports produce every output', () => {
  it('the CLI and the extension', () => {
    expect([...outputs.keys()].sort()).toEqual([...CLI_OUTPUTS, ...EXTENSION_OUTPUTS].sort());
    expect([...oldOutputs.keys()].sort()).toEqual([...CLI_OUTPUTS].sort());
  });
});

describe.each([...CLI_OUTPUTS, ...EXTENSION_OUTPUTS])('%s', (output) => {
  it.each(WIDE.secrets.map((s, i) => [`${s.class} ${s.id}`, i] as const))('leaks no %s', (_name, i) => {
    expect(leaksOf(wideLeaks, output, i)).toEqual([]);
  });

  it('leaks no client IP', () => {
    expect(ipSearch.find(outputs.get(output) ?? '')).toEqual([]);
  });
});

describe.each(CLI_OUTPUTS)('%s of secrets.har', (output) => {
  it.each(OLD_SECRETS.map((s, i) => [s, i] as const))('leaks no %s', (_s, i) => {
    expect(leaksOf(oldLeaks, output, i)).toEqual([]);
  });
});

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return `(not a URL: ${url.slice(0, 40)})`;
  }
};

describe.each(SANITIZED_HARS)('the HAR of %s', (output) => {
  const har = () => JSON.parse(outputs.get(output) ?? 'null');

  it('is valid HAR 1.2', () => {
    expect(harErrors(har())).toEqual([]);
    expect(har().log.version).toBe(WIDE.structure.version);
  });

  it('keeps the entries, their methods and hosts in order, and the pages', () => {
    const entries: { request: { method: string; url: string } }[] = har().log.entries;
    expect(entries).toHaveLength(WIDE.structure.entries);
    expect(entries.map((e) => e.request.method)).toEqual(WIDE.structure.methods);
    expect(entries.map((e) => hostOf(e.request.url))).toEqual(WIDE.structure.hosts);
    expect(har().log.pages.map((p: { id: string }) => p.id)).toEqual(WIDE.structure.pages);
  });
});

describe('the HAR of the extension', () => {
  it('is valid HAR 1.2 with every entry of the page, methods and hosts in order', () => {
    const page = widePage();
    for (const name of ['ext:har', 'ext:bundle:har']) {
      const har = JSON.parse(outputs.get(name) ?? 'null');
      expect(harErrors(har)).toEqual([]);
      expect(har.log.entries.map((e: { request: { method: string } }) => e.request.method)).toEqual(page.entries.map((e) => e.method));
      expect(har.log.entries.map((e: { request: { url: string } }) => hostOf(e.request.url))).toEqual(WIDE.structure.hosts);
    }
  });
});
