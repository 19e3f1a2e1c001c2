// The cached-error cause: a 5xx a cache stored and keeps serving ranks first, with the purge step of
// the vendor on the path; a fresh error (a miss) rules it out.
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine';
import { NGINX_502, pageEvidence } from '../support/pages';

const CF: [string, string][] = [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA'], ['Content-Type', 'text/html']];
const ranked = (status: number, headers: [string, string][], body = NGINX_502) => diagnose(pageEvidence(status, headers, body));

describe('cached-error', () => {
  it('ranks first for a Cloudflare HIT on a 502, with Cloudflare\'s purge and no other CDN\'s', () => {
    const d = ranked(502, [...CF, ['CF-Cache-Status', 'HIT'], ['Age', '40']]);
    expect(d.causes[0]).toMatchObject({ id: 'cached-error', score: 12 });
    expect(d.causes[0]!.reasons).toHaveLength(2);
    const steps = d.nextSteps.filter((s) => s.cause === 'cached-error').map((s) => s.id);
    expect(steps).toContain('cloudflare-purge-url');
    expect(steps).not.toContain('cloudfront-invalidate');
    expect(steps).not.toContain('fastly-purge-url');
    expect(d.nextSteps.find((s) => s.id === 'cloudflare-purge-url')?.command).toContain('"files":["https://www.example.com/URL_PATH"]');
    expect(d.nextSteps[0]).toMatchObject({ audience: 'visitor', intent: 'retry', cause: 'cached-error' });
  });

  it('holds for a stale copy, and for a bare Age on a 5xx behind CloudFront, with the invalidation command', () => {
    // A stale copy also says the origin could not be reached to refresh it: both causes are likely.
    const stale = ranked(503, [...CF, ['CF-Cache-Status', 'STALE']]).causes.find((c) => c.id === 'cached-error');
    expect(stale).toMatchObject({ likelihood: 'likely', score: 7 });
    const front = ranked(504, [['Server', 'CloudFront'], ['Via', '1.1 abc.cloudfront.net (CloudFront)'], ['X-Amz-Cf-Pop', 'FRA56-P1'], ['X-Cache', 'Error from cloudfront'], ['Age', '6']]);
    expect(front.causes.map((c) => c.id)).toContain('cached-error');
    expect(front.nextSteps.find((s) => s.id === 'cloudfront-invalidate')?.command).toBe("aws cloudfront create-invalidation --distribution-id DISTRIBUTION_ID --paths '/URL_PATH'");
  });

  it('is not considered for a 5xx no cache stored, nor for a cached success or 404', () => {
    expect(ranked(502, [...CF, ['CF-Cache-Status', 'DYNAMIC']]).causes.map((c) => c.id)).not.toContain('cached-error');
    expect(ranked(502, CF).causes.map((c) => c.id)).not.toContain('cached-error');
    expect(ranked(404, [...CF, ['CF-Cache-Status', 'HIT'], ['Age', '90']], '<h1>Not found</h1>').causes.map((c) => c.id)).not.toContain('cached-error');
  });

  it('is ruled out when the cache says it fetched the error for this request', () => {
    const d = ranked(502, [...CF, ['CF-Cache-Status', 'MISS'], ['Age', '3']]);
    expect(d.causes.map((c) => c.id)).not.toContain('cached-error');
    expect(d.ruledOut.find((c) => c.id === 'cached-error')?.because).toContain('fetched this answer for this request');
  });

  it('is ruled out for Fastly\'s own HIT with Age 0 (its edge reports synthetic answers as HIT)', () => {
    const d = ranked(503, [['Via', '1.1 varnish'], ['X-Served-By', 'cache-fra-etou8220141-FRA'], ['X-Cache', 'HIT'], ['Age', '0'], ['X-Timer', 'S1.1,VS0,VE0']], '<h1>Service Unavailable</h1>');
    expect(d.causes.map((c) => c.id)).not.toContain('cached-error');
    expect(d.ruledOut.map((c) => c.id)).toContain('cached-error');
  });

  it('speaks Chinese in a zh-CN diagnosis', () => {
    const d = diagnose(pageEvidence(502, [...CF, ['CF-Cache-Status', 'HIT']], NGINX_502), { locale: 'zh-CN' });
    expect(d.causes[0]).toMatchObject({ id: 'cached-error', title: '错误页来自 CDN 的缓存' });
  });
});
