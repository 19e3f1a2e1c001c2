import { describe, expect, it } from 'vitest';
import { answeringNode, isFailedAnswer, probeAnswer, sampleOf } from '../../src/engine/probe-sample';
import { diagnose } from '../../src/engine';

const h = (name: string, value: string) => ({ name, value });

describe('answeringNode', () => {
  it('prefers the backend a proxy names over the CDN edge and the Server product', () => {
    expect(answeringNode([h('Server', 'nginx'), h('X-Served-By', 'cache-fra19127-FRA'), h('X-Upstream', 'backend-b')])).toBe('backend-b');
  });

  it('reads Fastly X-Served-By as its last (edge) entry', () => {
    expect(answeringNode([h('X-Served-By', 'cache-iad-kiad7000025-IAD, cache-fra19127-FRA')])).toBe('cache-fra19127-FRA');
  });

  it('reads the colo from CF-Ray, the PoP from CloudFront, the host from EagleId', () => {
    expect(answeringNode([h('cf-ray', '8a1b2c3d4e5f6789-FRA'), h('server', 'cloudflare')])).toBe('cf-ray colo FRA');
    expect(answeringNode([h('X-Amz-Cf-Pop', 'FRA56-P1')])).toBe('cloudfront pop FRA56-P1');
    expect(answeringNode([h('EagleId', '2a51a20b16095489044431484e')])).toBe('eagleid 42.81.162.11');
  });

  it('reads a proxy host from X-Cache and Via, skipping CloudFront\'s generic X-Cache', () => {
    expect(answeringNode([h('X-Cache', 'MISS from proxy-2.example.net')])).toBe('proxy-2.example.net');
    expect(answeringNode([h('X-Cache', 'Error from cloudfront'), h('Via', '1.1 varnish, 1.1 abc123.cloudfront.net (CloudFront)')])).toBe('via abc123.cloudfront.net');
  });

  it('ignores X-Azure-Ref (a per-request reference) and falls back to Server', () => {
    expect(answeringNode([h('X-Azure-Ref', '20240101T000000Z-16b9c6f8b4d4lk6n')])).toBeUndefined();
    expect(answeringNode([h('X-Azure-Ref', '20240101T000000Z-1'), h('Server', 'Microsoft-IIS/10.0')])).toBe('Microsoft-IIS/10.0');
  });

  it('bounds the id and strips control characters', () => {
    const node = answeringNode([h('X-Backend-Server', `evil\u0000\n${'x'.repeat(500)}`)]);
    expect(node).toMatch(/^evil x+$/);
    expect(node!.length).toBe(128);
    expect(answeringNode([h('X-Backend-Server', '   ')])).toBeUndefined();
  });
});

describe('sampleOf and probeAnswer', () => {
  const badGateway = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

  it('reads a proxy 502 as a failed sample from the named node, with the engine\'s verdict', () => {
    const { sample, diagnosis } = probeAnswer({ url: 'http://127.0.0.1/x', at: 1_000, status: 502, ms: 12, headers: [h('Server', 'nginx'), h('X-Upstream', 'backend-b')], body: badGateway });
    expect(sample).toMatchObject({ at: 1_000, status: 502, ms: 12, failed: true, node: 'backend-b' });
    expect(sample.path).toContain('nginx');
    expect(diagnosis).toEqual({ generator: 'nginx', blame: expect.any(String), failed: true });
    expect(diagnosis.blame).not.toBe('none');
  });

  it('reads a 200 from a recognised server as no failure', () => {
    const { sample, diagnosis } = probeAnswer({ url: 'http://127.0.0.1/x', at: 2_000, status: 200, ms: 5, headers: [h('Server', 'nginx'), h('X-Upstream', 'backend-a')], body: 'ok' });
    expect(sample).toMatchObject({ status: 200, failed: false, node: 'backend-a' });
    expect(diagnosis.failed).toBe(false);
  });

  it('reads no answer as a failure carrying the network error', () => {
    const { sample } = probeAnswer({ url: 'http://127.0.0.1/x', at: 3_000, status: 0, ms: 30_000, headers: [], netError: 'timeout' });
    expect(sample).toMatchObject({ status: 0, failed: true, netError: 'timeout', ms: 30_000 });
    expect(sample.node).toBeUndefined();
  });

  it('keeps the caller\'s diagnosis when given one, and bounds ms', () => {
    const evidence = { url: 'http://127.0.0.1/x', status: 503, responseHeaders: [h('X-Served-By', 'cache-fra19127-FRA')] };
    const sample = sampleOf({ at: 5, ms: Number.NaN, evidence, diagnosis: diagnose(evidence) });
    expect(sample).toMatchObject({ status: 503, ms: -1, failed: true, node: 'cache-fra19127-FRA' });
    expect(isFailedAnswer({ status: 404, generator: 'none', evidence: [] })).toBe(false);
  });
});
