// Which pages the collector is sent to: failures, the statuses some vendor's block or challenge
// page comes with, and the 4xx pages a producer the headers name writes and only its text
// identifies (Vercel's DEPLOYMENT_NOT_FOUND 404), all derived from the fingerprints. A plain 404 or
// 400 is diagnosed from its headers: no collector, no stored DOM, no "reading the page…".
import type { Runtime } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';
import { buildState, needsCollection } from '../../src/background/build-state';
import { dispatch, type DispatchEnv } from '../../src/background/dispatch';
import { handlers, type HandlerContext } from '../../src/background/handlers';
import { createTabStore } from '../../src/background/store';
import { memorySession } from '../support/memory-session';
import { diagnose, type Diagnosis } from '../../src/engine';
import { FINGERPRINTS } from '../../src/engine/fingerprints';
import type { Fingerprint, PageRule } from '../../src/engine/knowledge/fingerprint';
import { blockStatuses, gatekeepingStatuses, pageProducers, pageWorthReading, producersAt } from '../../src/engine/needs-page';
import type { CapturedEntry } from '../../src/shared/capture-types';
import { mainFrameEntry as main, pageOf } from '../support/captured';
import { collectedPage } from '../support/collected';
import { loadPageFixtures } from '../support/page-fixtures';

const GATEKEEPING = new Set(['blocked', 'challenge', 'rate-limited']);

/** Statuses every site answers daily: read only when the headers name a producer with a page there. */
const EVERYDAY = new Set([400, 404, 410]);

/**
 * The 4xx statuses at which some fingerprint rule, read with its status verdict merged over its
 * own, says blocked / challenge / rate-limited: the set written out from the knowledge files. A rule
 * listing more than 24 statuses means "whatever the status" and names none; everyday statuses are
 * left to the headers.
 */
function statusesFromKnowledge(fingerprints: readonly Fingerprint[]): number[] {
  const found = new Set<number>();
  for (const rule of fingerprints.flatMap((f) => f.pages)) {
    if ((rule.status?.length ?? 0) > 24) continue;
    const statuses = new Set([...(rule.status ?? []), ...Object.keys(rule.byStatus ?? {}).map(Number)].filter((s) => s >= 400 && !EVERYDAY.has(s)));
    for (const status of statuses) {
      const failure = rule.byStatus?.[status]?.failure ?? rule.failure;
      const declared = rule.status === undefined || rule.status.includes(status);
      if (status < 500 && declared && failure !== undefined && GATEKEEPING.has(failure)) found.add(status);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

/**
 * The generators that may write a page at `status` which only its text identifies, written out
 * from the knowledge files: a fingerprint some header signal names (inPath or ownHeaders), with a
 * rule at that status (declared, or no status: any ≥ 400) that looks at the body or title.
 */
function producersFromKnowledge(fingerprints: readonly Fingerprint[], status: number): string[] {
  const looksAtPage = (rule: PageRule) =>
    rule.code !== undefined ||
    [rule.all, rule.any ?? [], rule.not ?? [], ...(rule.refine ?? []).map((r) => r.when)].flat().some((signal) => !('header' in signal));
  const appliesAt = (rule: PageRule) => (rule.status === undefined ? status >= 400 : rule.status.includes(status));
  return fingerprints
    .filter((f) => [...f.inPath, ...(f.ownHeaders ?? [])].some((signal) => 'header' in signal))
    .filter((f) => f.pages.some((rule) => appliesAt(rule) && looksAtPage(rule)))
    .map((f) => f.generator)
    .sort();
}

const generators = (list: readonly Fingerprint[]) => list.map((f) => f.generator).sort();
const h = (name: string, value: string) => ({ name, value });

describe('pageWorthReading', () => {
  it('reads failures: 5xx statuses and network errors', () => {
    expect([500, 502, 503, 520, 530].map((s) => pageWorthReading(s))).toEqual([true, true, true, true, true]);
    expect(pageWorthReading(0, 'net::ERR_CONNECTION_RESET')).toBe(true);
    expect(pageWorthReading(0, 'NS_ERROR_NET_TIMEOUT')).toBe(true);
  });

  it('reads the 4xx statuses vendors write block and challenge pages with', () => {
    expect([401, 403, 429].map((s) => pageWorthReading(s))).toEqual([true, true, true]);
  });

  it('reads the WAF block statuses whose pages carry no telling header: Alibaba\'s 405, Huawei\'s 418', () => {
    expect(pageWorthReading(405)).toBe(true);
    expect(pageWorthReading(418)).toBe(true);
    const blocks = loadPageFixtures().filter((f) => (f.folder === 'alibaba-waf' || f.folder === 'huawei-waf') && [405, 418].includes(f.evidence.status));
    expect(new Set(blocks.map((f) => f.evidence.status))).toEqual(new Set([405, 418]));
    for (const { name, evidence } of blocks) {
      expect(pageWorthReading(evidence.status, evidence.netError, evidence.responseHeaders), name).toBe(true);
      expect(diagnose(evidence).failure, name).toBe('blocked');
    }
  });

  it('reads a 404 whose headers name a producer with a page at 404 (Vercel), not one from Apache or nobody', () => {
    expect(pageWorthReading(404, undefined, [h('Server', 'Vercel')])).toBe(true);
    expect(pageWorthReading(404, undefined, [h('x-vercel-id', 'fra1::abcde-1712345678901-0a1b2c3d4e5f')])).toBe(true);
    expect(pageWorthReading(404, undefined, [h('Server', 'Apache/2.4.62 (Debian)'), h('Content-Type', 'text/html')])).toBe(false);
    expect(pageWorthReading(404, undefined, [h('Server', 'Apache')])).toBe(false);
    expect(pageWorthReading(404, undefined, [h('Content-Type', 'text/html'), h('Date', 'Fri, 05 Apr 2024 10:00:00 GMT')])).toBe(false);
    expect(pageWorthReading(404, undefined, [])).toBe(false);
    expect(pageWorthReading(404)).toBe(false);
  });

  it('reads nginx\'s 400 (request header or cookie too large) and a Heroku router\'s own 404', () => {
    expect(pageWorthReading(400, undefined, [h('Server', 'nginx/1.24.0')])).toBe(true);
    // The legacy router stamps its own pages with Server: Cowboy (Heroku's ownHeaders), no Via.
    expect(pageWorthReading(404, undefined, [h('Server', 'Cowboy')])).toBe(true);
  });

  it('does not read a page whose producer only answers from headers at that status (EdgeOne\'s 423 loop)', () => {
    expect(pageWorthReading(423, undefined, [h('EO-LOG-UUID', '1234567890123456789')])).toBe(false);
    expect(pageWorthReading(403, undefined, [h('EO-LOG-UUID', '1234567890123456789')])).toBe(true);
  });

  it('leaves plain client errors, healthy pages and loads the user stopped alone', () => {
    expect([400, 404, 410, 200, 304].map((s) => pageWorthReading(s))).toEqual([false, false, false, false, false]);
    expect(pageWorthReading(200, undefined, [h('Server', 'Vercel')])).toBe(false);
    expect(pageWorthReading(0, 'net::ERR_ABORTED')).toBe(false);
    expect(pageWorthReading(0, 'net::ERR_BLOCKED_BY_CLIENT')).toBe(false);
    expect(pageWorthReading(0)).toBe(false);
  });
});

describe('the statuses worth reading come from the fingerprints', () => {
  it('equals the 4xx statuses the knowledge files give a block, challenge or rate-limit verdict', () => {
    expect(sorted(blockStatuses())).toEqual(statusesFromKnowledge(FINGERPRINTS));
    // Kong's 401, the WAFs' 403 / 405 / 406 / 418, Huawei's 419 captcha, SafeLine's 465 / 468, 429.
    expect(sorted(blockStatuses())).toEqual([401, 403, 405, 406, 418, 419, 429, 465, 468]);
  });

  it('the producers by status equal those written out from the knowledge files', () => {
    for (let status = 400; status < 500; status++) expect(generators(producersAt(status)), String(status)).toEqual(producersFromKnowledge(FINGERPRINTS, status));
    expect(generators(producersAt(404))).toEqual(expect.arrayContaining(['heroku', 'kong', 'netlify', 'nginx', 'vercel']));
    expect(generators(producersAt(404))).not.toContain('apache');
    expect(generators(producersAt(400))).toEqual(expect.arrayContaining(['apache', 'azure-front-door', 'cloudflare', 'nginx']));
    expect(producersAt(200)).toEqual([]);
  });

  it('the producers follow the knowledge: a page rule needing the text at a status adds its vendor there', () => {
    const page = { all: [{ body: 'x' }], confidence: 0.9, says: 'a test page of a test vendor' };
    const vendor = (generator: Fingerprint['generator'], inPath: Fingerprint['inPath'], pages: Fingerprint['pages']): Fingerprint =>
      ({ generator, name: generator, layer: 'cdn', inPath, pages, sources: ['a test'] });
    const producers = pageProducers([
      vendor('vercel', [{ header: 'x-test' }], [
        { ...page, id: 'not-found', status: [404], failure: 'config' },
        { ...page, id: 'header-only', status: [423], all: [{ header: 'x-test' }], failure: 'config' },
        { ...page, id: 'coded', status: [409], all: [{ header: 'x-test' }], code: { from: 'body', pattern: /code (\d{3})/ } },
      ]),
      vendor('nginx', [{ header: 'server', is: 'nginx' }], [{ ...page, id: 'any-status' }]),
      // No header ever names it: its pages are attributed from the body alone, never asked for.
      vendor('haproxy', [], [{ ...page, id: 'nameless', status: [404] }]),
    ]);
    expect(generators(producers.at(404))).toEqual(['nginx', 'vercel']);
    expect(generators(producers.at(409))).toEqual(['nginx', 'vercel']);
    expect(generators(producers.at(423))).toEqual(['nginx']);
    expect(generators(producers.at(302))).toEqual([]);
  });
});

/** What the popup shows for a page: its verdict, or none when it is not a failure it reports. */
const shown = (d: Diagnosis) =>
  d.status >= 500 || (d.generator !== 'none' && d.generator !== 'unknown') ? `${d.generator}/${d.layer}/${d.blame}` : 'none/none/none';

describe('every 4xx fixture gets its verdict', () => {
  it('is read when its verdict needs its page, and its verdict stands when it is not read', () => {
    const wrong: string[] = [];
    for (const { name, fixture, evidence } of loadPageFixtures()) {
      if (evidence.status < 400 || evidence.status >= 500) continue;
      const read = pageWorthReading(evidence.status, evidence.netError, evidence.responseHeaders);
      // An everyday status whose headers name nobody with a page there is left unread on purpose
      // (a vendor's page disguised as a 404 is still named wherever the page is at hand: CLI, HAR).
      if (!read && EVERYDAY.has(evidence.status)) continue;
      const got = shown(diagnose(read ? evidence : { ...evidence, body: '' }));
      const want = `${fixture.expect.generator}/${fixture.expect.layer}/${fixture.expect.blame}`;
      const quiet = fixture.expect.generator === 'none' || fixture.expect.generator === 'unknown';
      if (got !== want && !(quiet && got === 'none/none/none')) wrong.push(`${name}: got ${got}, want ${want}`);
    }
    expect(wrong).toEqual([]);
  });

  it('follows the knowledge: a vendor with a block page at a new status adds that status', () => {
    const page = { all: [{ body: 'x' }], confidence: 0.9, says: 'a test page of a test vendor' };
    const vendor = (pages: Fingerprint['pages']): Fingerprint => ({ generator: 'nginx', name: 'Test', layer: 'waf', inPath: [], pages, sources: ['a test'] });
    const statuses = gatekeepingStatuses([
      vendor([
        { ...page, id: 'legal-block', status: [451], failure: 'blocked' },
        { ...page, id: 'not-found', status: [404], failure: 'config' },
        { ...page, id: 'any-status-block', failure: 'blocked' },
        { ...page, id: 'by-status', byStatus: { 418: { failure: 'blocked' }, 400: { failure: 'invalid-response' }, 503: { failure: 'challenge' } } },
        { ...page, id: 'by-code', status: [409], failure: 'config', byCode: { 1020: { failure: 'blocked' } } },
      ]),
    ]);
    expect(sorted(statuses)).toEqual([409, 418, 451]);
  });
});

describe('needsCollection', () => {
  it('does not ask to read a 404 or a 400 page', () => {
    expect(needsCollection(pageOf(main({ status: 404 })))).toBe(false);
    expect(needsCollection(pageOf(main({ status: 400 })))).toBe(false);
    expect(needsCollection(pageOf(main({ status: 404, responseHeaders: [h('Server', 'Apache')] })))).toBe(false);
  });

  it('asks to read a 404 from Vercel, by the main entry\'s response headers', () => {
    expect(needsCollection(pageOf(main({ status: 404, responseHeaders: [h('Server', 'Vercel')] })))).toBe(true);
    expect(needsCollection(pageOf(main({ status: 404, responseHeaders: [h('X-Vercel-Id', 'bom1::k8x2p-1712345678901-0a1b2c3d4e5f')] })))).toBe(true);
  });

  it('asks to read an Alibaba WAF 405 and a Huawei WAF 418', () => {
    expect(needsCollection(pageOf(main({ status: 405, responseHeaders: [h('Content-Type', 'text/html; charset=utf-8')] })))).toBe(true);
    expect(needsCollection(pageOf(main({ status: 418 })))).toBe(true);
  });

  it('asks to read a 403, a 429, a 502 and a network error, once they ended', () => {
    const cases = [main({ status: 403 }), main({ status: 429 }), main({ status: 502 }), main({ status: 0, error: 'net::ERR_CONNECTION_RESET' })];
    expect(cases.map((e) => needsCollection(pageOf(e)))).toEqual([true, true, true, true]);
    expect(needsCollection(pageOf(main({ status: 502, tEnd: undefined })))).toBe(false);
  });

  it('does not ask again for a page already read', () => {
    const collected = collectedPage('https://a.example/', { title: '', html: '', text: '' });
    expect(needsCollection(pageOf(main({ status: 403 }), { collected }))).toBe(false);
  });
});

describe('the popup for a page the collector is not sent to', () => {
  const now = 1_200; // within the grace the collector gets to report
  const tab = (entry: CapturedEntry) => ({ tabId: 1, pages: [pageOf(entry)] });

  it('does not wait for a plain 404 to be read', () => {
    expect(buildState(1, 'https://a.example/', tab(main({ status: 404 })), now).kind).toBe('healthy');
  });

  it('still waits for a 403 to be read: a block page may be what its headers do not tell', () => {
    expect(buildState(1, 'https://a.example/', tab(main({ status: 403 })), now).kind).toBe('loading');
  });

  it('does not wait for a 404 from Apache either: Apache writes no page at 404 the engine knows', () => {
    expect(buildState(1, 'https://a.example/', tab(main({ status: 404, responseHeaders: [h('Server', 'Apache')] })), now).kind).toBe('healthy');
  });

  it('waits for a Vercel 404 to be read: DEPLOYMENT_NOT_FOUND is told from its text', () => {
    expect(buildState(1, 'https://a.example/', tab(main({ status: 404, responseHeaders: [h('Server', 'Vercel')] })), now).kind).toBe('loading');
  });

  it('gives the verdict of a 423 its headers attribute at once, from the headers alone', () => {
    // EdgeOne's request-loop 423 is recognised from EO-LOG-UUID alone (tencent-edgeone request-loop).
    const state = buildState(1, 'https://a.example/', tab(main({ status: 423, responseHeaders: [h('EO-LOG-UUID', '1234567890123456789')] })), now);
    expect(state.kind === 'failure' ? [state.diagnosis.generator, state.pageEvidence] : state.kind).toEqual(['tencent-edgeone', 'headers-only']);
  });
});

describe('the collector\'s payload', () => {
  const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
  const URL_OF = (tabId: number) => `https://site${tabId}.example.com/missing`;


  /** One tab per main-frame response, each ended and not read yet. */
  async function setup(responses: Partial<CapturedEntry>[]) {
    const store = createTabStore(memorySession(), () => undefined);
    for (const [index, over] of responses.entries()) {
      const tabId = index + 1;
      const url = URL_OF(tabId);
      await store.update(tabId, (tab) => {
        tab.pages.push({ key: `r${tabId}`, url, startedAt: 1_000, prerender: false, entries: [main({ id: `r${tabId}`, url, ...over })] });
      });
    }
    const context: HandlerContext = {
      store,
      tabUrl: async (tabId) => URL_OF(tabId),
      stateOf: async (tabId) => buildState(tabId, URL_OF(tabId), await store.get(tabId)),
      tabChanged: async () => undefined,
      collectIfMissing: async () => undefined,
      exportOptions: ({ includeSensitive, showClientIp, keep }) => ({ includeSensitive, showClientIp, keep, now: new Date(0), randomKey: 'k', locale: 'en' }),
    };
    const env: DispatchEnv = { runtimeId: RUNTIME_ID, extensionOrigin: `chrome-extension://${RUNTIME_ID}/`, handlers, context };
    const send = (tabId: number) => {
      const url = URL_OF(tabId);
      const payload = collectedPage(url, { title: '404 Not Found', html: '<h1>Not Found</h1>', text: 'Not Found' });
      const sender = { id: RUNTIME_ID, url, frameId: 0, tab: { id: tabId, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false } } as Runtime.MessageSender;
      return dispatch({ type: 'collector/collected', payload }, sender, env);
    };
    return { store, send };
  }

  it('is refused for a page the collector is not sent to, and nothing of it is stored', async () => {
    const { store, send } = await setup([
      { status: 404 },
      { status: 404, responseHeaders: [h('Server', 'Apache/2.4.62')] },
      { status: 400, responseHeaders: [h('Content-Type', 'text/html')] },
      { status: 423, responseHeaders: [h('EO-LOG-UUID', '1234567890123456789')] },
    ]);
    for (const tabId of [1, 2, 3, 4]) {
      expect(await send(tabId), String(tabId)).toEqual({ accepted: false });
      expect((await store.get(tabId))!.pages[0]!.collected, String(tabId)).toBeUndefined();
    }
  });

  it('is taken for a page worth reading: a Vercel or Heroku 404, a WAF 405 / 418, a 403, a 502', async () => {
    const { store, send } = await setup([
      { status: 404, responseHeaders: [h('Server', 'Vercel')] },
      { status: 404, responseHeaders: [h('Server', 'Cowboy')] },
      { status: 405 },
      { status: 418 },
      { status: 403 },
      { status: 502 },
    ]);
    for (const tabId of [1, 2, 3, 4, 5, 6]) {
      expect(await send(tabId), String(tabId)).toEqual({ accepted: true });
      expect((await store.get(tabId))!.pages[0]!.collected?.title, String(tabId)).toBe('404 Not Found');
    }
  });
});
