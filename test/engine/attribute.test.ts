// Engine logic on tiny made-up knowledge; the real knowledge is tested by the fixture matrix.
import { describe, expect, it } from 'vitest';
import { createEngine, type EvidenceInput } from '../../src/engine';
import { defineCause } from '../../src/engine/knowledge/cause';
import { defineFingerprint } from '../../src/engine/knowledge/fingerprint';
import { pageEvidence } from '../support/pages';

const edge = defineFingerprint({
  generator: 'cloudflare',
  name: 'Edge',
  layer: 'cdn',
  inPath: [{ header: 'x-edge-id' }],
  ownHeaders: [{ header: 'x-edge-id' }],
  requestIds: [{ header: 'x-edge-id', label: 'edge id' }, { from: 'body', pattern: /ref: ([0-9a-z]{4,20})/, label: 'edge-ref' }],
  pages: [{
    id: 'branded',
    status: [502, 521, 530],
    all: [{ body: 'edge-error-page' }],
    any: [{ title: 'edge' }],
    confidence: 0.8,
    says: 'The edge\'s branded page.',
    blame: 'origin',
    failure: 'unknown',
    code: { from: 'body', pattern: /error code (\d{3,4})/ },
    byStatus: { 521: { failure: 'refused' } },
    byCode: { '1016': { failure: 'dns' } },
    refine: [{ when: [{ body: 'edge-side broke' }], blame: 'edge', says: 'The diagram marks the edge itself.' }],
  }],
  sources: ['synthetic'],
});

const proxy = defineFingerprint({
  generator: 'nginx',
  name: 'Proxy',
  layer: 'reverse-proxy',
  inPath: [{ header: 'server', starts: 'proxy' }],
  pages: [{ id: 'stock', all: [{ body: '<hr>proxy' }], confidence: 0.9, says: 'The proxy\'s stock page.', blame: 'upstream-app', byStatus: { 504: { failure: 'timeout' } } }],
  sources: ['synthetic'],
});

const slowCause = defineCause({
  id: 'slow-app', title: 'The app is slow', summary: 'The application answers slower than the proxy waits.', why: 'The proxy gave up waiting for the application.', fixedBy: 'site-owner', layer: 'app',
  when: [
    { id: 'proxy-504', generator: ['nginx'], status: [504], weight: 2, because: 'The proxy answered 504.' },
    { id: 'about-60-s', elapsedMs: { min: 55_000, max: 70_000 }, weight: 3, because: 'It took about 60 s.' },
  ],
  steps: [{ id: 'bypass', title: 'Request the origin directly', detail: 'Bypass the proxy.', audience: 'owner', kind: 'check', command: 'curl -sv --resolve {host}:{port}:{ip} {url}' }],
  sources: ['synthetic'],
});

const refusedCause = defineCause({
  id: 'refused', title: 'Refused', summary: 'The origin refuses the connection from the proxy.', why: 'The origin refused the connection.', fixedBy: 'site-owner', layer: 'reverse-proxy',
  when: [{ id: 'refused', failure: ['refused'], weight: 1, because: 'The connection was refused.' }, { id: 'not-the-proxy', generator: ['nginx'], weight: -5, because: 'never for the proxy' }],
  steps: [{ id: 'retry', title: 'Try again later', detail: 'It may come back.', audience: 'visitor', intent: 'retry' }],
  sources: ['synthetic'],
});

const engine = createEngine({ fingerprints: [edge, proxy], causes: [slowCause, refusedCause] });

const page = (status: number, body: string, headers: [string, string][] = [], extra: Partial<EvidenceInput> = {}): EvidenceInput =>
  pageEvidence(status, headers, body, { url: 'https://shop.example.com/cart?id=1', ...extra });

describe('attribution', () => {
  it('names the writer from the body and blames the hop behind it', () => {
    const d = engine.diagnose(page(504, '<h1>504</h1><hr>Proxy', [['Server', 'proxy/1.0']]));
    expect([d.generator, d.layer, d.blame, d.failure]).toEqual(['nginx', 'reverse-proxy', 'upstream-app', 'timeout']);
    expect(d.path.map((h) => h.generator)).toEqual(['nginx']);
  });

  it('merges rule, status, code and refinement verdicts in that order', () => {
    const headers: [string, string][] = [['X-Edge-Id', 'abc123']];
    expect(engine.diagnose(page(521, 'edge-error-page', headers)).failure).toBe('refused');
    const coded = engine.diagnose(page(530, 'edge-error-page error code 1016', headers));
    expect([coded.code, coded.failure]).toEqual(['1016', 'dns']);
    const refined = engine.diagnose(page(502, 'edge-error-page edge-side broke', headers));
    expect(refined.blame).toBe('edge');
  });

  it('sees an origin page passed through the edge as the origin\'s, with both in the path', () => {
    const d = engine.diagnose(page(502, '<hr>Proxy', [['X-Edge-Id', 'abc']]));
    expect(d.generator).toBe('nginx');
    expect(d.path.map((h) => h.generator)).toEqual(['cloudflare', 'nginx']);
  });

  it('does not believe a look-alike page without the vendor\'s own headers', () => {
    const spoof = engine.diagnose(page(502, 'edge-error-page', [['Server', 'apache']]));
    expect(spoof.generator).toBe('unknown');
    expect(spoof.confidence).toBeLessThan(0.5);
    expect(spoof.evidence.some((e) => e.says.includes('copy or a spoof'))).toBe(true);
  });

  it('believes a vendor page when the response carries no identifying headers at all', () => {
    expect(engine.diagnose(page(502, 'edge-error-page', [['Content-Type', 'text/html']])).generator).toBe('cloudflare');
  });

  it('never calls a success a failure, whatever the page quotes', () => {
    const d = engine.diagnose(page(200, 'edge-error-page <hr>Proxy', [['X-Edge-Id', 'abc']]));
    expect([d.generator, d.blame]).toEqual(['none', 'none']);
    expect(d.evidence.some((e) => e.says.includes('only quotes'))).toBe(true);
  });

  it('says unknown, with low confidence, for an unrecognised server error', () => {
    const d = engine.diagnose(page(503, ''));
    expect([d.generator, d.layer, d.blame, d.failure]).toEqual(['unknown', 'unknown', 'unknown', 'overloaded']);
    expect(d.confidence).toBeLessThan(0.3);
  });

  it('reads a network error when no response came', () => {
    const d = engine.diagnose(page(0, '', [], { netError: 'net::ERR_CONNECTION_REFUSED' }));
    expect([d.generator, d.blame, d.failure]).toEqual(['none', 'origin', 'refused']);
  });

  it('collects request ids from headers and from the writer\'s page, keeping their case', () => {
    const d = engine.diagnose(page(502, 'edge-error-page Ref: AbC123xyz', [['X-Edge-Id', 'ID-42']]));
    expect(d.requestIds).toEqual({ 'x-edge-id': 'ID-42', 'edge-ref': 'AbC123xyz' });
  });

  it('treats time-to-error as evidence', () => {
    const d = engine.diagnose(page(502, '', [], { elapsedMs: 60_050 }));
    expect(d.failure).toBe('overloaded' === d.failure ? 'overloaded' : d.failure);
    const timed = engine.diagnose(page(500, '<hr>Proxy', [], { elapsedMs: 60_050 }));
    expect(timed.failure).toBe('timeout');
    expect(timed.evidence.some((e) => e.source === 'timing')).toBe(true);
  });
});

describe('causes', () => {
  it('ranks by the evidence that holds and says why', () => {
    const d = engine.diagnose(page(504, '<hr>Proxy', [], { elapsedMs: 60_200, serverIp: '203.0.113.7' }));
    expect(d.causes.map((c) => c.id)).toEqual(['slow-app']);
    expect(d.causes[0]).toMatchObject({ why: 'The application answers slower than the proxy waits.', reasons: ['The proxy answered 504.', 'It took about 60 s.'] });
    expect(d.nextSteps.find((s) => s.audience === 'owner')?.command).toBe("curl -sv --resolve shop.example.com:443:203.0.113.7 'https://shop.example.com/cart?id=1'");
  });

  it('leaves out causes whose negative evidence outweighs the positive', () => {
    const d = engine.diagnose(page(0, '', [], { netError: 'net::ERR_CONNECTION_REFUSED' }));
    expect(d.causes.map((c) => c.id)).toEqual(['refused']);
    expect(d.nextSteps.map((s) => s.audience)).toEqual(['visitor']);
  });
});

describe('a page pasted or rendered as text', () => {
  const cache = defineFingerprint({
    generator: 'varnish',
    name: 'Cache',
    layer: 'reverse-proxy',
    inPath: [],
    pages: [{ id: 'guru', status: [503], all: [{ body: '<h3>guru meditation:</h3>' }, { body: '<p>cache server</p>' }], confidence: 0.8, says: 'The cache\'s page.', blame: 'upstream-app' }],
    sources: ['synthetic'],
  });
  const footer = defineFingerprint({
    generator: 'nginx',
    name: 'Footer',
    layer: 'reverse-proxy',
    inPath: [],
    pages: [
      { id: 'footer', status: [502], all: [{ body: '<hr><center>footer' }], confidence: 0.9, says: 'A footer page.', blame: 'upstream-app' },
      { id: 'stock', status: [500], all: [{ body: '<pre>internal server error</pre>' }], confidence: 0.9, says: 'A stock page.', blame: 'upstream-app' },
    ],
    sources: ['synthetic'],
  });
  const engine = createEngine({ fingerprints: [cache, footer], causes: [] });

  it('matches a marker by its visible text when the body has no markup at all', () => {
    const text = 'Error 503 Backend fetch failed\nBackend fetch failed\n\nGuru Meditation:\nXID: 1\n\ncache server';
    expect(engine.diagnose(pageEvidence(503, [], text)).generator).toBe('varnish');
    expect(engine.diagnose(pageEvidence(503, [], `<div>${text}</div>`)).generator).toBe('unknown');
  });

  it('does not match a lone name or status words, which only their markup made specific', () => {
    expect(engine.diagnose(pageEvidence(502, [], 'We moved the footer of the site.')).generator).toBe('unknown');
    expect(engine.diagnose(pageEvidence(500, [], 'Internal Server Error')).generator).toBe('unknown');
  });

  it('takes the first line of a text body as its title', () => {
    const titled = defineFingerprint({ ...cache, pages: [{ id: 'titled', status: [503], all: [{ title: 'error 503 backend fetch failed' }], confidence: 0.8, says: 'Titled.', blame: 'upstream-app' }] });
    const d = createEngine({ fingerprints: [titled], causes: [] }).diagnose(pageEvidence(503, [], '\n  Error 503 Backend fetch failed\nmore'));
    expect(d.generator).toBe('varnish');
  });
});
