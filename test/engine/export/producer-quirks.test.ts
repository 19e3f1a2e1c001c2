// Producer habits that carry secrets outside the fields HAR 1.2 names, each in a tiny fixture
// written from the shape real HARs show (test/fixtures/har/quirks/): WebPageTest's raw _headers
// lines, IE 11's one-object cookies, _webSocketMessages, chrome-har's _initiator strings, Chrome's
// initiator stacks, base64 text bodies, comments and page titles holding URLs, a status -1 entry,
// odd nulls, a cookie copied into a tracking beacon's base64 JSON. `faultline sanitize` must remove
// each secret (searched raw, decoded and re-encoded) and keep the quirk's structure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli-exports';
import { leakSearch } from '../../support/leak-search';

type Har = { log: { entries: Entry[]; pages?: { title: string }[] } };
type Entry = Record<string, unknown> & { request: { method: string; url: string; cookies: unknown }; response: { content: unknown; status: number } };

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'har', 'quirks');
const read = (file: string): Har => JSON.parse(readFileSync(join(DIR, file), 'utf8'));

interface Quirk {
  file: string;
  secrets: string[];
  /** The quirk's own structure, read from a HAR (the same before and after sanitizing). */
  shape: (har: Har) => unknown;
}

const first = (har: Har) => har.log.entries[0]!;
const QUIRKS: Quirk[] = [
  { file: 'webpagetest-raw-headers.har', secrets: ['QK01wptCookie7f3a9c', 'QK02wptPathTok55e1', 'QK03wptApiKey0b7d2e', 'QK04wptSetCk91c4'],
    // The raw lines stay lines, each with its header name.
    shape: (har) => Object.fromEntries(Object.entries(first(har)._headers as Record<string, string[]>).map(([k, lines]) => [k, lines.map((l) => l.slice(0, l.indexOf(':', 1)))])) },
  { file: 'ie11-cookies-object.har', secrets: ['qk05ie11sess4hz2mn0v'],
    // Object or list afterwards, the cookie keeps its name.
    shape: (har) => [first(har).request.cookies].flat().map((c) => (c as { name: string }).name) },
  { file: 'websocket-messages.har', secrets: ['QK06wsSendTok3d8f1a', 'QK07wsRecvSess9e2b'],
    shape: (har) => (first(har)._webSocketMessages as { type: string; opcode: number }[]).map(({ type, opcode }) => [type, opcode]) },
  { file: 'chrome-har-initiator-detail.har', secrets: ['QK08initStrTok6c1d', 'QK09initDetTok2f7e'],
    shape: (har) => [new URL(first(har)._initiator as string).pathname, JSON.parse(first(har)._initiator_detail as string).lineNumber] },
  { file: 'chrome-initiator-stack.har', secrets: ['QK10stackTok8b4c2e'],
    shape: (har) => (first(har)._initiator as { stack: { callFrames: { url: string; lineNumber: number }[] } }).stack.callFrames.map((f) => [new URL(f.url).pathname, f.lineNumber]) },
  { file: 'base64-text-bodies.har', secrets: ['QK11b64JsonTok7d2a9f', 'QK12b64HtmlCsrf0e5b3c'],
    // Still base64, still decoding to the same kind of document.
    shape: (har) => har.log.entries.map((e) => {
      const c = e.response.content as { encoding: string; text: string };
      const text = Buffer.from(c.text, 'base64').toString('utf8');
      return [c.encoding, text.startsWith('{') ? Object.keys(JSON.parse(text)) : text.slice(0, 48)];
    }) },
  { file: 'comment-and-title-urls.har', secrets: ['QK13commentCode4f8a', 'QK14titleTok1c9d7'],
    shape: (har) => [(first(har).comment as string).slice(0, 30), har.log.pages?.map((p) => p.title.slice(0, 40))] },
  { file: 'status-minus-one.har', secrets: ['QK15failTok5e2b8c'],
    shape: (har) => [first(har).response.status, (first(har).response as unknown as { _failureText: string })._failureText] },
  { file: 'odd-nulls.har', secrets: ['QK16nullsHdrTok3a7f'],
    // Normalising the nulls is allowed; the header (its name) is what stays.
    shape: (har) => (first(har).request as unknown as { headers: { name: string }[] }).headers.map((h) => h.name) },
  { file: 'beacon-base64-copy.har', secrets: ['QK17beaconVisitor8d3e1f', 'QK18beaconProjTok2b6a'],
    shape: (har) => har.log.entries.map((e) => new URL(e.request.url).pathname) },
];

/** The host as written: what an export must keep, whatever else it redacts. */
const hostOf = (url: string) => /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(url)?.[1] ?? url;

const sanitized = new Map<string, { code: number; text: string }>();
beforeAll(async () => {
  for (const { file } of QUIRKS) {
    const run = await runCli(['sanitize', join(DIR, file)]);
    sanitized.set(file, { code: run.code, text: run.stdout });
  }
});
const output = (file: string) => sanitized.get(file)!;

describe.each(QUIRKS)('$file', ({ file, secrets, shape }) => {
  const original = read(file);
  const search = leakSearch(secrets);

  it('is sanitized (exit 0) and holds the secrets before', () => {
    expect(output(file).code).toBe(0);
    expect(new Set(search.find(JSON.stringify(original)).map((l) => l.secret)).size).toBe(secrets.length);
  });

  it.each(secrets.map((s, i) => [s, i] as const))('loses %s', (_s, i) => {
    expect(search.find(output(file).text).filter((l) => l.secret === i)).toEqual([]);
  });

  it('keeps the entries, methods, hosts and the quirk itself', () => {
    const har: Har = JSON.parse(output(file).text);
    expect(har.log.entries.map((e) => [e.request.method, hostOf(e.request.url)])).toEqual(original.log.entries.map((e) => [e.request.method, hostOf(e.request.url)]));
    expect(shape(har)).toEqual(shape(original));
  });
});
