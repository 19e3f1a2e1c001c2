// The generic layer model on made-up pages: an engine with no fingerprints at all still reads the
// status' meaning at the kind of hop the headers name, and says nothing where they name nobody.
import { describe, expect, it } from 'vitest';
import { createEngine, type EvidenceInput } from '../../src/engine';
import { defineFingerprint } from '../../src/engine/knowledge/fingerprint';
import { bodyShape } from '../../src/engine/layer-model/body-shape';
import { productToken } from '../../src/engine/layer-model/named-products';
import { POWERED_BY_PRODUCTS, SERVER_PRODUCTS } from '../../src/engine/layer-model/products';
import { GENERATORS } from '../../src/engine/vocabulary';
import { pageEvidence } from '../support/pages';

const bare = createEngine({ fingerprints: [], causes: [] });
const verdict = (evidence: EvidenceInput, engine = bare) => {
  const d = engine.diagnose(evidence);
  return { generator: d.generator, layer: d.layer, blame: d.blame, failure: d.failure };
};

const TEXT_502 = '502 Bad Gateway';
const BARE_PAGE = (status: number, reason: string) => `<html><head><title>${status} ${reason}</title></head><body><h1>${reason}</h1></body></html>`;
const DESIGNED_PAGE = `<!doctype html><html><head><title>Oops</title><style>${'body{margin:0}'.repeat(200)}</style></head><body><div class="hero"><h1>Something went wrong on our side</h1><p>Our engineers have been told. Please come back in a few minutes; in the meantime you can read our status page or write to support.</p></div></body></html>`;

describe('a proxy or web server that names itself', () => {
  it('answering 502 in plain text wrote it for a backend that failed', () => {
    expect(verdict(pageEvidence(502, [['Server', 'lighttpd/1.4.69']], TEXT_502))).toEqual({ generator: 'lighttpd', layer: 'reverse-proxy', blame: 'upstream-app', failure: 'invalid-response' });
  });

  it('answering 504 with an empty body timed out waiting for it', () => {
    expect(verdict(pageEvidence(504, [['Server', 'ATS/9.2.3'], ['Content-Length', '0']], ''))).toEqual({ generator: 'apache-traffic-server', layer: 'reverse-proxy', blame: 'upstream-app', failure: 'timeout' });
  });

  it('answering 503 from a gateway had no healthy backend; from a web server, no capacity', () => {
    expect(verdict(pageEvidence(503, [['Server', 'APISIX/3.9.0']], BARE_PAGE(503, 'Service Unavailable')))).toMatchObject({ generator: 'apisix', blame: 'upstream-app', failure: 'no-healthy-upstream' });
    expect(verdict(pageEvidence(503, [['Server', 'Microsoft-IIS/10.0']], BARE_PAGE(503, 'Service Unavailable')))).toMatchObject({ generator: 'iis', blame: 'upstream-app', failure: 'overloaded' });
  });

  it('serving a designed page is not named as its writer, yet the layer and blame stand', () => {
    expect(verdict(pageEvidence(502, [['Server', 'nginx']], DESIGNED_PAGE))).toEqual({ generator: 'unknown', layer: 'reverse-proxy', blame: 'upstream-app', failure: 'invalid-response' });
  });

  it('a product outside the vocabulary is named in the evidence and the headline, not as generator', () => {
    const d = bare.diagnose(pageEvidence(502, [['Server', 'H2O/2.2.6']], TEXT_502));
    expect([d.generator, d.layer, d.blame]).toEqual(['unknown', 'reverse-proxy', 'upstream-app']);
    expect(d.evidence.map((e) => e.says).join(' ')).toContain('H2O');
    expect(d.headline).toMatch(/^H2O answered \(HTTP 502\) because the application behind it failed/);
  });

  it('passing a 500 on blames the application that ran the request, naming it when X-Powered-By does', () => {
    expect(verdict(pageEvidence(500, [['Server', 'nginx/1.25.3']], 'Internal Server Error'))).toEqual({ generator: 'unknown', layer: 'unknown', blame: 'upstream-app', failure: undefined });
    expect(verdict(pageEvidence(500, [['Server', 'nginx/1.25.3'], ['X-Powered-By', 'PHP/8.3.1']], 'Internal Server Error'))).toEqual({ generator: 'app', layer: 'app', blame: 'upstream-app', failure: undefined });
  });

  it('with no Server, the nearest hop a Via entry names answered', () => {
    expect(verdict(pageEvidence(503, [['Via', '1.1 varnish (Varnish/7.4), 1.1 vegur']], DESIGNED_PAGE))).toEqual({ generator: 'unknown', layer: 'load-balancer', blame: 'upstream-app', failure: 'no-healthy-upstream' });
    expect(verdict(pageEvidence(502, [['Via', '1.1 vegur, 1.1 varnish (Varnish/7.4)']], ''))).toMatchObject({ generator: 'varnish', layer: 'reverse-proxy' });
    expect(verdict(pageEvidence(502, [['Via', '1.1 abc.cloudfront.net (CloudFront)']], '')).generator).toBe('unknown');
  });

  it('a proxy on the visitor\'s side blames the site it could not reach, whatever 5xx it uses', () => {
    expect(verdict(pageEvidence(500, [['Server', 'tinyproxy/1.11.1']], ''))).toEqual({ generator: 'tinyproxy', layer: 'reverse-proxy', blame: 'origin', failure: 'unreachable' });
    expect(verdict(pageEvidence(504, [['Server', 'mitmproxy 10.1.5']], ''))).toMatchObject({ blame: 'origin', failure: 'timeout' });
  });

  it('a load balancer and a platform router get their own layer', () => {
    expect(verdict(pageEvidence(502, [['Server', 'awselb/2.0']], ''))).toMatchObject({ generator: 'aws-alb', layer: 'load-balancer', blame: 'upstream-app' });
    expect(verdict(pageEvidence(503, [['Server', 'Fly/6f0b1f9e (2024-05-01)']], ''))).toMatchObject({ generator: 'fly-io', layer: 'load-balancer', failure: 'no-healthy-upstream' });
  });
});

describe('an application server or framework that names itself', () => {
  it('wrote its own bare 500: the application failed', () => {
    expect(verdict(pageEvidence(500, [['Server', 'gunicorn']], BARE_PAGE(500, 'Internal Server Error')))).toEqual({ generator: 'gunicorn', layer: 'app', blame: 'upstream-app', failure: undefined });
  });

  it('served the application\'s own page or JSON: the application is the writer', () => {
    expect(verdict(pageEvidence(500, [['Server', 'Kestrel']], '{"title":"Oops","status":500}'))).toEqual({ generator: 'app', layer: 'app', blame: 'upstream-app', failure: undefined });
    expect(verdict(pageEvidence(503, [['X-Powered-By', 'Express']], DESIGNED_PAGE))).toEqual({ generator: 'app', layer: 'app', blame: 'upstream-app', failure: 'overloaded' });
  });
});

describe('a proxy\'s sentence about the server behind it', () => {
  it('names the failed hop even when nothing names the proxy', () => {
    expect(verdict(pageEvidence(503, [['Content-Type', 'text/plain']], 'no healthy upstream'))).toEqual({ generator: 'unknown', layer: 'unknown', blame: 'upstream-app', failure: 'no-healthy-upstream' });
    expect(verdict(pageEvidence(502, [], '<h2>Incomplete response received from application</h2>'))).toMatchObject({ blame: 'upstream-app', failure: 'invalid-response' });
  });

  it('is not read in a long page, which may only quote it, nor at a status that is no proxy\'s', () => {
    expect(verdict(pageEvidence(502, [], `<p>${'An article. '.repeat(400)} It said "no healthy upstream".</p>`)).blame).toBe('unknown');
    expect(verdict(pageEvidence(501, [], 'no healthy upstream')).blame).toBe('unknown');
  });
});

describe('what names nobody', () => {
  it.each([
    ['a bare 502 with no headers', pageEvidence(502, [], '')],
    ['a plain-text 502', pageEvidence(502, [['Content-Type', 'text/plain']], TEXT_502)],
    ['a 502 through an edge that sets Server on everything', pageEvidence(502, [['Server', 'cloudflare']], DESIGNED_PAGE)],
    ['a Server value no table knows', pageEvidence(504, [['Server', 'acme-edge-7']], '')],
  ])('%s stays unknown', (_name, evidence) => {
    expect(verdict(evidence)).toMatchObject({ generator: 'unknown', layer: 'unknown', blame: 'unknown' });
  });

  it('a 500 an edge passed on is the application\'s; who wrote its 502 cannot be told', () => {
    expect(verdict(pageEvidence(500, [['Server', 'cloudflare']], DESIGNED_PAGE))).toEqual({ generator: 'unknown', layer: 'unknown', blame: 'upstream-app', failure: undefined });
  });

  it('a 500 nothing names is most likely the application\'s, said at the lowest confidence', () => {
    const d = bare.diagnose(pageEvidence(500, [], 'Internal Server Error'));
    expect([d.generator, d.layer, d.blame]).toEqual(['unknown', 'unknown', 'upstream-app']);
    expect(d.confidence).toBeLessThan(0.25);
  });

  it('a 4xx that names a proxy is not a failure the model reads', () => {
    expect(verdict(pageEvidence(404, [['Server', 'nginx']], BARE_PAGE(404, 'Not Found')))).toMatchObject({ generator: 'unknown', layer: 'unknown', blame: 'none' });
  });
});

describe('a 503 that is on purpose', () => {
  const maintenance = '<html><head><title>Down for maintenance</title></head><body><h1>We\'ll be back soon</h1><p>We are upgrading the shop.</p></body></html>';

  it('maintenance wording says nothing is broken, with or without Retry-After, behind any edge', () => {
    expect(verdict(pageEvidence(503, [['Retry-After', '3600']], maintenance))).toEqual({ generator: 'app', layer: 'app', blame: 'none', failure: 'maintenance' });
    expect(verdict(pageEvidence(503, [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA']], maintenance))).toMatchObject({ blame: 'none', failure: 'maintenance' });
    const d = bare.diagnose(pageEvidence(503, [['Retry-After', '3600']], maintenance));
    expect(d.confidence).toBeGreaterThan(bare.diagnose(pageEvidence(503, [], maintenance)).confidence);
    expect(d.headline).toMatch(/^Nothing is broken/);
  });

  it('reads what the page says, not its scripts or class names', () => {
    const page = '<html><head><style>.maintenance-banner{display:none}</style><script>var maintenance = false;</script></head><body><h1>Service Unavailable</h1><p>Please try again later.</p></body></html>';
    expect(verdict(pageEvidence(503, [], page)).blame).toBe('unknown');
  });

  it('maintenance in another language is read too', () => {
    expect(verdict(pageEvidence(503, [], '<html><body><h1>系统维护中</h1><p>请稍后访问。</p></body></html>'))).toMatchObject({ blame: 'none', failure: 'maintenance' });
  });

  it('throttling wording is a rate limit, not an outage', () => {
    expect(verdict(pageEvidence(503, [['Server', 'nginx']], 'Too many requests, please slow down.'))).toEqual({ generator: 'unknown', layer: 'unknown', blame: 'none', failure: 'rate-limited' });
  });

  it('a failure that mentions maintenance in passing stays a failure', () => {
    const page = '<html><body><h1>502 Bad Gateway</h1><p>Contact the maintenance team.</p></body></html>';
    expect(verdict(pageEvidence(503, [['Server', 'nginx']], page)).blame).toBe('upstream-app');
    expect(verdict(pageEvidence(503, [], '<h1>Service Unavailable</h1><p>Please try again later.</p>')).blame).toBe('unknown');
  });
});

describe('a block page served with a success status', () => {
  const waf = defineFingerprint({
    generator: 'f5',
    name: 'Some WAF',
    layer: 'waf',
    inPath: [{ header: 'set-cookie', starts: 'wafcookie=' }],
    pages: [{ id: 'block', status: [200, 403], all: [{ body: 'the requested url was rejected' }], confidence: 0.8, says: 'The WAF\'s block page.', blame: 'none', failure: 'blocked' }],
    sources: ['synthetic'],
  });
  const engine = createEngine({ fingerprints: [waf], causes: [] });
  const page = '<html><body>The requested URL was rejected. Your support ID is: 123</body></html>';

  it('is the vendor\'s block when its headers came with it', () => {
    expect(verdict(pageEvidence(200, [['Set-Cookie', 'wafcookie=abc; path=/']], page), engine)).toEqual({ generator: 'f5', layer: 'waf', blame: 'none', failure: 'blocked' });
  });

  it('is a page that quotes one when they did not', () => {
    expect(verdict(pageEvidence(200, [['Server', 'nginx']], page), engine)).toEqual({ generator: 'none', layer: 'none', blame: 'none', failure: undefined });
  });

  it('is never read at a success status the rule does not declare', () => {
    expect(verdict(pageEvidence(204, [['Set-Cookie', 'wafcookie=abc']], page), engine).generator).toBe('none');
  });
});

describe('the pieces', () => {
  it('read the product token of a header value', () => {
    expect(['Apache/2.4.57 (Debian)', 'jetty(9.4.51.v20230217)', 'ats/9.2.3', 'microsoft-iis/10.0', 'kestrel', ' gunicorn '].map(productToken))
      .toEqual(['Apache', 'jetty', 'ats', 'microsoft-iis', 'kestrel', 'gunicorn']);
  });

  it('tell a bare answer from a designed page and JSON', () => {
    const shape = (body: string) => bodyShape({ body: body.toLowerCase(), bodyEmpty: body.length === 0, bodyUnseen: false });
    expect([shape(''), shape(TEXT_502), shape(BARE_PAGE(502, 'Bad Gateway')), shape('{"error":"x"}'), shape(DESIGNED_PAGE)])
      .toEqual(['empty', 'text', 'bare-html', 'json', 'designed-html']);
  });

  it('keep the product table to lower-case tokens and vocabulary ids', () => {
    for (const p of [...SERVER_PRODUCTS, ...POWERED_BY_PRODUCTS]) {
      expect(p.token, p.name).toBe(p.token.toLowerCase().trim());
      expect(p.token).not.toMatch(/[/( ;,]/);
      if (p.generator) expect(GENERATORS).toContain(p.generator);
    }
    expect(new Set(SERVER_PRODUCTS.map((p) => p.token)).size).toBe(SERVER_PRODUCTS.length);
  });
});
