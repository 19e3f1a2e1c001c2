// Causes that reason with repeated looks at the address (recurrence.ts): each rule holds on its
// evidence and not without it, and its reason says what the looks found.
import { describe, expect, it } from 'vitest';
import { CAUSES, diagnose, type EvidenceInput } from '../../src/engine';
import type { Sample } from '../../src/engine/recurrence';
import { CauseSchema } from '../../src/engine/knowledge/schemas';
import { NGINX_502, NGINX_504, pageEvidence as page } from '../support/pages';

const T0 = Date.UTC(2026, 11, 4, 12, 0);
const look = (minute: number, failed: boolean, ms: number, extra: Partial<Sample> = {}): Sample =>
  ({ at: T0 + minute * 60_000, status: failed ? 502 : 200, ms, failed, ...extra });
const probe = (...samples: Sample[]) => [{ source: 'probe' as const, samples }];
const history = (...samples: Sample[]) => [{ source: 'history' as const, samples }];

const nginx502 = (extra: Partial<EvidenceInput> = {}) => page(502, [['Server', 'nginx']], NGINX_502, extra);
const refused = (extra: Partial<EvidenceInput> = {}): EvidenceInput => ({ url: 'https://www.example.com/', status: 0, netError: 'net::ERR_CONNECTION_REFUSED', ...extra });
const cloudflare521 = (extra: Partial<EvidenceInput> = {}) => page(521, [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA']], 'error code: 521', extra);

const cause = (e: EvidenceInput, id: string, locale?: 'zh-CN') => diagnose(e, locale && { locale }).causes.find((c) => c.id === id);
const ids = (e: EvidenceInput) => diagnose(e).causes.map((c) => c.id);

const oneBadNode = probe(look(0, false, 80, { node: 'a' }), look(1, true, 90, { node: 'b' }), look(2, false, 80, { node: 'a' }), look(3, true, 90, { node: 'b' }), look(4, true, 95, { node: 'b' }));

describe('one-backend-unhealthy', () => {
  it('is the first cause when every failure came from one node and another answered well', () => {
    const d = diagnose(nginx502({ recurrence: oneBadNode }));
    expect(d.causes[0]?.id).toBe('one-backend-unhealthy');
    expect(d.causes[0]?.reasons[0]).toMatch(/^Checked again: 3 of 5 failed, all from node b\. /);
  });

  it('is raised, less strongly, by failures that come and go without a named node', () => {
    const mixed = probe(look(0, false, 80), look(1, true, 90), look(2, false, 80), look(3, true, 90));
    const found = cause(nginx502({ recurrence: mixed }), 'one-backend-unhealthy');
    expect(found?.reasons).toHaveLength(1);
    expect(found?.score).toBeLessThan(cause(nginx502({ recurrence: oneBadNode }), 'one-backend-unhealthy')!.score);
  });

  it('is not raised without repeated looks, by failures everywhere, or on a success', () => {
    expect(ids(nginx502())).not.toContain('one-backend-unhealthy');
    expect(ids(nginx502({ recurrence: probe(look(0, true, 90), look(1, true, 90), look(2, true, 90)) }))).not.toContain('one-backend-unhealthy');
    expect(ids(page(200, [['Server', 'nginx']], '<p>ok</p>', { recurrence: oneBadNode }))).not.toContain('one-backend-unhealthy');
  });

  it('takes health-check-failing (every backend down) out when one node answered well', () => {
    const tengine = (extra: Partial<EvidenceInput> = {}) => page(502, [['Server', 'Tengine']], '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>Tengine</center></body></html>', extra);
    expect(ids(tengine())).toContain('health-check-failing');
    const d = diagnose(tengine({ recurrence: oneBadNode }));
    expect(d.causes.map((c) => c.id)).not.toContain('health-check-failing');
    expect(d.causes[0]?.id).toBe('one-backend-unhealthy');
  });

  it('cites the seeds and public vendor docs', () => {
    const sources = CAUSES.find((c) => c.id === 'one-backend-unhealthy')!.sources.join('\n');
    expect(sources).toContain('alibabacloud.com/help/doc-detail/55207');
    expect(sources).toContain('waf_01_0066');
    expect(sources).toContain('target-group-health-checks');
  });
});

describe('instant refusals on every look', () => {
  const instant = probe(look(0, true, 20), look(1, true, 30), look(2, true, 25));
  it('raise the not-listening and firewall causes, saying every failure answered at once', () => {
    const plain = diagnose(refused());
    const checked = diagnose(refused({ recurrence: instant }));
    for (const id of ['web-server-down', 'proxy-ips-blocked-at-origin', 'origin-address-misconfigured']) {
      const before = plain.causes.find((c) => c.id === id)?.score ?? 0;
      const after = checked.causes.find((c) => c.id === id);
      expect(after?.score).toBeGreaterThan(before);
      expect(after?.reasons.some((r) => r.startsWith('Checked again: all 3 failed, every failure answered at once.'))).toBe(true);
    }
  });

  it('do not when the failures were waited for, or only some failed', () => {
    const slow = probe(look(0, true, 5_000), look(1, true, 5_200), look(2, true, 4_900));
    expect(cause(refused({ recurrence: slow }), 'web-server-down')?.reasons.some((r) => r.startsWith('Checked'))).toBe(false);
    const some = probe(look(0, true, 20), look(1, false, 30), look(2, true, 25));
    expect(cause(refused({ recurrence: some }), 'web-server-down')?.reasons.some((r) => r.startsWith('Checked'))).toBe(false);
  });
});

describe('failures at a timer on every look', () => {
  it('raise the timeout cause of the hop whose timer fires, naming the timer', () => {
    const atMinute = probe(look(0, true, 60_010), look(1, true, 60_030), look(2, true, 59_990));
    const found = cause(page(504, [['Server', 'nginx']], NGINX_504, { recurrence: atMinute }), 'app-slower-than-proxy-timeout');
    expect(found?.reasons).toContainEqual(expect.stringMatching(/^Checked again: all 3 failed after ~60 s \(nginx's proxy_read_timeout/));
  });

  it("use Cloudflare's 120 s timer behind Cloudflare", () => {
    const cf524 = page(524, [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA']], 'error code: 524', { recurrence: probe(look(0, true, 120_100), look(1, true, 120_050)) });
    expect(cause(cf524, 'app-slower-than-proxy-timeout')?.reasons).toContainEqual(expect.stringMatching(/after ~120 s \(Cloudflare waits 120 s/));
  });

  it('do not at a time no timer of the path owns, or when only some looks failed', () => {
    const twenty = probe(look(0, true, 20_000), look(1, true, 20_100));
    const none = cause(page(504, [['Server', 'nginx']], NGINX_504, { recurrence: twenty }), 'app-slower-than-proxy-timeout');
    expect(none?.reasons.some((r) => r.startsWith('Checked'))).toBe(false);
    const some = probe(look(0, true, 60_010), look(1, false, 80), look(2, true, 60_020));
    expect(cause(page(504, [['Server', 'nginx']], NGINX_504, { recurrence: some }), 'app-slower-than-proxy-timeout')?.reasons.some((r) => r.startsWith('Checked'))).toBe(false);
  });
});

describe('an address that answered well again', () => {
  const allGood = probe(look(0, false, 80), look(1, false, 90), look(2, false, 70));

  it('rules out the server being down, says why, and the headline calls the failure transient', () => {
    expect(ids(cloudflare521())).toContain('web-server-down');
    const d = diagnose(cloudflare521({ recurrence: allGood }));
    expect(d.causes.map((c) => c.id)).not.toContain('web-server-down');
    expect(d.ruledOut.find((r) => r.id === 'web-server-down')?.because).toMatch(/^Checked again: all 3 succeeded: the failure was transient\. .*web server is up/);
    expect(d.headline).toMatch(/the failure looks transient\.$/);
  });

  it('leaves causes and headline alone when the looks failed as well', () => {
    const d = diagnose(cloudflare521({ recurrence: probe(look(0, true, 80), look(1, true, 90)) }));
    expect(d.causes.map((c) => c.id)).toContain('web-server-down');
    expect(d.headline).not.toMatch(/transient/);
    expect(diagnose(cloudflare521()).headline).toBe(d.headline);
  });

  it('does not rule out from an old history: only a fresh look says the server is up now', () => {
    const old = history(look(0, true, 80), look(1, true, 80), look(2, false, 80), look(3, false, 80));
    expect(ids(cloudflare521({ recurrence: old }))).toContain('web-server-down');
  });
});

describe('a layer that appeared just before the failures', () => {
  const gateway502 = (extra: Partial<EvidenceInput> = {}) => page(502, [], '', extra);
  const wafAdded = history(
    look(0, false, 80, { path: ['nginx'] }), look(1, false, 80, { path: ['nginx'] }),
    look(5, true, 90, { path: ['huawei-waf', 'nginx'] }), look(17, true, 90, { path: ['huawei-waf', 'nginx'] }),
  );

  it("raises the causes about the origin blocking or throttling the new layer's addresses, saying when and which", () => {
    const d = diagnose(gateway502({ recurrence: wafAdded }));
    expect(d.causes[0]?.id).toBe('proxy-ips-blocked-at-origin');
    const reason = 'Seen 2 times since 12:05 UTC; 2 of the last 4 loads failed; failures started 12 min before the latest look, after Huawei Cloud WAF (WAF) appeared in the path.';
    expect(d.causes[0]?.reasons.some((r) => r.startsWith(reason))).toBe(true);
    expect(d.causes.find((c) => c.id === 'proxy-ips-rate-limited-at-origin')?.reasons.some((r) => r.startsWith(reason))).toBe(true);
  });

  it('does not when the path did not change, or when what appeared is not a CDN or WAF', () => {
    const same = history(look(0, false, 80, { path: ['nginx'] }), look(5, true, 90, { path: ['nginx'] }), look(6, true, 90, { path: ['nginx'] }));
    const reasonsOf = (e: EvidenceInput) => cause(e, 'proxy-ips-blocked-at-origin')?.reasons ?? [];
    expect(reasonsOf(gateway502({ recurrence: same })).some((r) => r.includes('appeared in the path'))).toBe(false);
    const proxyAdded = history(look(0, false, 80, { path: ['nginx'] }), look(5, true, 90, { path: ['envoy', 'nginx'] }), look(6, true, 90, { path: ['envoy', 'nginx'] }));
    expect(reasonsOf(gateway502({ recurrence: proxyAdded })).some((r) => r.includes('appeared in the path'))).toBe(false);
  });
});

describe('recurrence conditions in the knowledge', () => {
  it('pass the schema, and an empty one is refused', () => {
    for (const c of CAUSES) expect(CauseSchema.safeParse(c).success, c.id).toBe(true);
    const web = CAUSES.find((c) => c.id === 'web-server-down')!;
    const broken = { ...web, when: [{ id: 'empty', recurrence: {}, weight: 2, because: 'An empty recurrence condition.' }] };
    expect(CauseSchema.safeParse(broken).success).toBe(false);
  });

  it('print their reasons in Chinese for zh-CN', () => {
    const found = cause(nginx502({ recurrence: oneBadNode }), 'one-backend-unhealthy', 'zh-CN');
    expect(found?.title).toBe('某一台后端服务器出现故障');
    expect(found?.reasons[0]).toMatch(/^再次检查：5 次中有 3 次失败，全部来自节点 b。与此同时另一个节点回答正常/);
  });
});
