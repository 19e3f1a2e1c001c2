// A HAR built from page fixtures (test/fixtures/pages): each named fixture becomes one entry (its
// status, headers, body and time to error), between healthy entries, a second apart: a file with
// several vendors' failures, as a support engineer receives one.
import { harDocument, harEntry } from './har-documents';
import { loadPageFixtures } from './page-fixtures';

const healthy = (url: string, at: number) => harEntry({ startedDateTime: new Date(at).toISOString(), time: 12, request: { method: 'GET', url, httpVersion: 'HTTP/2', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0 } }, {
  status: 200, statusText: 'OK', headers: [{ name: 'Content-Type', value: 'text/css' }], content: { size: 10, mimeType: 'text/css', text: 'body{}' },
});

/** The HAR document, and the generator each failed entry's fixture expects, in entry order. */
export function vendorHar(names: readonly string[]): { har: ReturnType<typeof harDocument>; expected: { entry: number; generator: string; layer: string; blame: string }[] } {
  const fixtures = new Map(loadPageFixtures().map((f) => [f.name, f]));
  const entries: unknown[] = [];
  const expected: { entry: number; generator: string; layer: string; blame: string }[] = [];
  let at = Date.parse('2026-11-21T09:00:00.000Z');
  for (const name of names) {
    const loaded = fixtures.get(name);
    if (!loaded) throw new Error(`no page fixture ${name}`);
    const { fixture, evidence } = loaded;
    entries.push(healthy(`https://static.example.net/${entries.length}.css`, at));
    at += 1_000;
    const { generator, layer, blame } = fixture.expect;
    expected.push({ entry: entries.length, generator, layer, blame });
    const contentType = evidence.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? 'text/html';
    entries.push(harEntry({
      startedDateTime: new Date(at).toISOString(), time: fixture.elapsedMs ?? 40,
      request: { method: evidence.method ?? 'GET', url: evidence.url, httpVersion: 'HTTP/1.1', headers: [], cookies: [], queryString: [], headersSize: -1, bodySize: 0 },
      timings: { send: 0, wait: fixture.elapsedMs ?? 40, receive: 0 },
    }, {
      status: evidence.status, statusText: evidence.statusText ?? '', headers: evidence.responseHeaders ?? [],
      content: { size: evidence.body?.length ?? 0, mimeType: contentType, text: evidence.body ?? '' },
    }));
    at += 1_000;
  }
  return { har: harDocument(entries), expected };
}
