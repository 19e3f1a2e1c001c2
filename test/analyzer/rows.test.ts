// The analyzer's list: groups by layer and writer in order of first failure; filters by status
// class, host, writer and text; and who acts for each kind of blame.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/analysis';
import { choicesOf, filterEntries, filterFailures, groupFailures, NO_FILTERS, statusClassOf } from '../../src/analyzer/rows';
import { whoActs } from '../../src/analyzer/who-acts';
import { vendorHar } from '../support/vendor-har';

const { loaded } = analyze(vendorHar([
  'nginx/502-php-fpm-down', 'cloudflare/521-web-server-down-legacy-design', 'nginx/via-cloudflare-502', 'huawei-waf/418-block-page',
]).har, 'x.har', 'en');

describe('the failure list', () => {
  it('groups by layer and writer, in the order each group first appears', () => {
    expect(groupFailures(loaded.failures).map((g) => [g.layer, g.generator, g.rows.length])).toEqual([
      ['reverse-proxy', 'nginx', 2], ['cdn', 'cloudflare', 1], ['waf', 'huawei-waf', 1],
    ]);
  });

  it('filters by status class, writer, host and text', () => {
    expect(filterFailures(loaded.failures, { ...NO_FILTERS, status: '4xx' }).map((f) => f.diagnosis.status)).toEqual([418]);
    expect(filterFailures(loaded.failures, { ...NO_FILTERS, generator: 'cloudflare' }).map((f) => f.diagnosis.generator)).toEqual(['cloudflare']);
    const host = new URL(loaded.failures[0]!.diagnosis.url).host;
    expect(filterFailures(loaded.failures, { ...NO_FILTERS, host }).every((f) => new URL(f.diagnosis.url).host === host)).toBe(true);
    expect(filterFailures(loaded.failures, { ...NO_FILTERS, text: '  HUAWEI ' }).map((f) => f.diagnosis.generator)).toEqual(['huawei-waf']);
    expect(filterEntries(loaded.entries, { ...NO_FILTERS, status: 'other' }).every((e) => e.status === 200)).toBe(true);
    expect(filterEntries(loaded.entries, NO_FILTERS)).toHaveLength(loaded.entries.length);
  });

  it('names each status class, and lists a filter\'s choices once, sorted, without blanks', () => {
    expect([503, 404, 0, -1, 200].map(statusClassOf)).toEqual(['5xx', '4xx', 'network', 'network', 'other']);
    expect(choicesOf(['b', '', 'a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('who acts', () => {
  const base = loaded.failures[0]!.diagnosis;
  it('sends an edge failure to that vendor\'s support with its request ids, never to a vendor only an address suggests', () => {
    const cloudflare = loaded.failures.find((f) => f.diagnosis.generator === 'cloudflare')!.diagnosis;
    const edge = { ...cloudflare, blame: 'edge' as const };
    expect(whoActs(edge)).toMatchObject({ party: 'cdn-support', vendor: 'Cloudflare' });
    expect(whoActs(edge).ids.length).toBeGreaterThan(0);
    const byAddressOnly = { ...base, blame: 'edge' as const, generator: 'unknown' as const, path: [{ generator: 'cloudflare' as const, layer: 'cdn' as const, name: 'Cloudflare', source: 'ip' as const }] };
    expect(whoActs(byAddressOnly).vendor).toBeUndefined();
  });

  it('sends origin, proxy, application and CDN-settings failures to the site owner, a client failure to the visitor\'s side', () => {
    for (const blame of ['origin', 'reverse-proxy', 'upstream-app', 'cdn-config', 'none', 'unknown'] as const) expect(whoActs({ ...base, blame }).party).toBe('site-owner');
    expect(whoActs({ ...base, blame: 'client' }).party).toBe('visitor-network');
  });
});
