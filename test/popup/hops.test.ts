// The path the popup draws: browser first, then the diagnosis' hops, with the page's writer and the
// failed hop marked. Words come from a stand-in catalog.
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/engine/diagnosis';
import { hopsOf, type HopWords } from '../../src/popup/hops';

const words: HopWords = { browser: 'Browser', you: 'you', originServer: 'Origin server', origin: 'origin', application: 'Application', layer: (layer) => `[${layer}]` };

const diagnosis = (over: Partial<Diagnosis>): Diagnosis => ({
  url: 'https://a.example/', status: 502, generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app', confidence: 0.9, headline: '',
  evidence: [], path: [{ generator: 'nginx', layer: 'reverse-proxy', name: 'nginx' }], requestIds: {}, causes: [], ruledOut: [], nextSteps: [], ...over,
});
const drawn = (d: Diagnosis) => hopsOf(d, words).map((h) => `${h.name} ${h.layer}${h.writer ? ' wrote' : ''}${h.failed ? ' failed' : ''}`);

describe('hopsOf', () => {
  it('adds the application behind a proxy that blames it, when the path does not show it', () => {
    expect(drawn(diagnosis({}))).toEqual(['Browser you', 'nginx [reverse-proxy] wrote', 'Application [app] failed']);
  });

  it('adds an origin server behind a CDN that blames the origin', () => {
    const d = diagnosis({ generator: 'cloudflare', layer: 'cdn', blame: 'origin', path: [{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare' }] });
    expect(drawn(d)).toEqual(['Browser you', 'Cloudflare [cdn] wrote', 'Origin server origin failed']);
  });

  it('marks the hop behind the writer when the path shows one', () => {
    const d = diagnosis({
      generator: 'cloudflare', layer: 'cdn', blame: 'origin',
      path: [{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare' }, { generator: 'nginx', layer: 'reverse-proxy', name: 'nginx' }],
    });
    expect(drawn(d)).toEqual(['Browser you', 'Cloudflare [cdn] wrote', 'nginx [reverse-proxy] failed']);
  });

  it('marks the writer itself when the failure is its own (edge, CDN config, the proxy)', () => {
    for (const blame of ['edge', 'cdn-config', 'reverse-proxy'] as const) {
      expect(drawn(diagnosis({ blame }))).toEqual(['Browser you', 'nginx [reverse-proxy] wrote failed']);
    }
  });

  it('marks the browser for a client-side failure, and nothing for a block', () => {
    expect(drawn(diagnosis({ blame: 'client' }))).toEqual(['Browser you failed', 'nginx [reverse-proxy] wrote']);
    const block = diagnosis({ generator: 'huawei-waf', layer: 'waf', blame: 'none', path: [{ generator: 'huawei-waf', layer: 'waf', name: 'Huawei WAF' }] });
    expect(drawn(block)).toEqual(['Browser you', 'Huawei WAF [waf] wrote']);
  });

  it('marks no writer when the page\'s writer is not on the path', () => {
    const d = diagnosis({ generator: 'unknown', layer: 'unknown', blame: 'upstream-app' });
    expect(drawn(d)).toEqual(['Browser you', 'nginx [reverse-proxy]', 'Application [app] failed']);
  });

  it('draws the hop a header names as the one that answered, when no fingerprint wrote the page', () => {
    const d = diagnosis({ generator: 'unknown', layer: 'reverse-proxy', blame: 'upstream-app', answeredBy: 'H2O', path: [] });
    expect(drawn(d)).toEqual(['Browser you', 'H2O [reverse-proxy]', 'Application [app] failed']);
    const behindEdge = diagnosis({ generator: 'unknown', layer: 'reverse-proxy', blame: 'upstream-app', answeredBy: 'H2O', path: [{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare' }] });
    expect(drawn(behindEdge)).toEqual(['Browser you', 'Cloudflare [cdn]', 'H2O [reverse-proxy]', 'Application [app] failed']);
  });

  it('gives every hop a status: working up to the fault, error or blocked at it, unknown past it', () => {
    const statuses = (d: Diagnosis) => hopsOf(d, words).map((h) => `${h.name}:${h.status}`);
    const cdnThenProxy: Diagnosis['path'] = [{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare' }, { generator: 'nginx', layer: 'reverse-proxy', name: 'nginx' }];
    expect(statuses(diagnosis({}))).toEqual(['Browser:working', 'nginx:working', 'Application:error']);
    expect(statuses(diagnosis({ blame: 'reverse-proxy', generator: 'cloudflare', path: cdnThenProxy }))).toEqual(['Browser:working', 'Cloudflare:error', 'nginx:unknown']);
    expect(statuses(diagnosis({ blame: 'client' }))).toEqual(['Browser:error', 'nginx:unknown']);
    expect(statuses(diagnosis({ blame: 'none', generator: 'cloudflare', path: cdnThenProxy }))).toEqual(['Browser:working', 'Cloudflare:blocked', 'nginx:unknown']);
    expect(statuses(diagnosis({ blame: 'unknown', generator: 'cloudflare', path: cdnThenProxy }))).toEqual(['Browser:working', 'Cloudflare:working', 'nginx:unknown']);
  });

  it('carries the place a hop answered from, when the path has one', () => {
    const path = [{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare', place: 'FRA' }] as Diagnosis['path'];
    const hops = hopsOf(diagnosis({ generator: 'cloudflare', layer: 'cdn', blame: 'origin', path }), words);
    expect(hops.map((h) => h.place)).toEqual([undefined, 'FRA', undefined]);
  });
});
