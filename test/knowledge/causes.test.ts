// Causes: every one is reachable from some evidence, and the seed FAQs' scenarios rank as the FAQs
// teach (facts from shared/seeds/).
import { describe, expect, it } from 'vitest';
import { CAUSES, diagnose, type EvidenceInput } from '../../src/engine';
import { loadPageFixtures } from '../support/page-fixtures';
import { NGINX_502, NGINX_504, pageEvidence as page } from '../support/pages';

const REQUIRED_IDS = [
  'proxy-ips-blocked-at-origin', 'proxy-ips-rate-limited-at-origin', 'origin-address-misconfigured', 'origin-tls-outdated',
  'origin-overloaded', 'domain-not-configured-on-proxy', 'client-ip-blocked-by-provider', 'rp-filter-drops-proxy-traffic',
  'health-check-failing', 'app-slower-than-proxy-timeout', 'php-fpm-workers-exhausted', 'php-script-terminated',
  'dynamic-backend-down-static-health-ok', 'header-too-large', 'lb-hairpin-loop', 'origin-under-attack',
  'origin-datacenter-failure', 'web-server-down', 'origin-network-path-fault', 'public-network-fault',
  'origin-not-serving-domain', 'origin-bad-compression', 'edge-internal-error', 'intermediate-proxy-error',
];

const ranked = (evidence: EvidenceInput) => diagnose(evidence).causes.map((c) => c.id);

const CF: [string, string][] = [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA'], ['Content-Type', 'text/plain; charset=UTF-8']];

describe('the causes catalogue', () => {
  it('has every id the seed FAQs need', () => {
    expect(CAUSES.map((c) => c.id)).toEqual(expect.arrayContaining(REQUIRED_IDS));
  });

  it('reaches every cause from some evidence', () => {
    const reached = new Set<string>();
    const elapsed = [-1, 5_000, 30_500, 60_200, 100_500, 120_300, 900_500];
    const bigHeaders = [{ name: 'Cookie', value: 'session='.padEnd(16_000, 'x') }];
    const evidence: EvidenceInput[] = loadPageFixtures().map((f) => f.evidence);
    for (const netError of ['net::ERR_CONNECTION_REFUSED', 'net::ERR_CONNECTION_RESET', 'net::ERR_NAME_NOT_RESOLVED', 'net::ERR_TIMED_OUT', 'net::ERR_SSL_PROTOCOL_ERROR']) {
      evidence.push({ url: 'https://www.example.com/', status: 0, netError });
    }
    evidence.push(page(499, [['Server', 'nginx']], ''), page(460, [['Server', 'awselb/2.0']], ''));
    for (const e of evidence) for (const elapsedMs of elapsed) for (const requestHeaders of [[], bigHeaders]) {
      for (const id of ranked({ ...e, elapsedMs, requestHeaders })) reached.add(id);
    }
    // Some causes are told only by looking again: a 5xx that comes and goes.
    const intermittent = {
      source: 'probe' as const,
      samples: [0, 1, 2, 3].map((i) => ({ at: i * 1000, status: i % 2 ? 502 : 200, ms: 90, failed: i % 2 === 1, node: i % 2 ? 'b' : 'a' })),
    };
    for (const id of ranked(page(502, [['Server', 'nginx']], NGINX_502, { recurrence: [intermittent] }))) reached.add(id);
    expect(CAUSES.map((c) => c.id).filter((id) => !reached.has(id))).toEqual([]);
  });
});

describe('ranking on the seed scenarios', () => {
  it('nginx 504 after 60 s: the application is slower than the proxy timeout (Alibaba SLB FAQ, cause 7)', () => {
    expect(ranked(page(504, [['Server', 'nginx/1.24.0']], NGINX_504, { elapsedMs: 60_030 }))[0]).toBe('app-slower-than-proxy-timeout');
  });

  it('nginx 502 at once in front of PHP: the backend is down or php-fpm is saturated (cause 7.1–7.3)', () => {
    const top = ranked(page(502, [['Server', 'nginx/1.24.0'], ['X-Powered-By', 'PHP/8.2.7']], NGINX_502, { elapsedMs: 40 })).slice(0, 3);
    expect(top).toEqual(expect.arrayContaining(['dynamic-backend-down-static-health-ok', 'php-fpm-workers-exhausted']));
  });

  it('nginx 502 after 30 s: php-fpm terminated the script', () => {
    expect(ranked(page(502, [['Server', 'nginx']], NGINX_502, { elapsedMs: 30_100 })).slice(0, 3)).toContain('php-script-terminated');
  });

  it('Cloudflare 521: the web server is down or refuses Cloudflare\'s addresses', () => {
    expect(ranked(page(521, CF, 'error code: 521')).slice(0, 2)).toEqual(expect.arrayContaining(['web-server-down', 'proxy-ips-blocked-at-origin']));
  });

  it('Cloudflare 522: Cloudflare\'s connections are dropped or the origin is overloaded', () => {
    expect(ranked(page(522, CF, 'error code: 522')).slice(0, 3)).toEqual(expect.arrayContaining(['proxy-ips-blocked-at-origin', 'origin-overloaded']));
  });

  it('Cloudflare 524: the application is too slow', () => {
    expect(ranked(page(524, CF, 'error code: 524', { elapsedMs: 100_400 }))[0]).toBe('app-slower-than-proxy-timeout');
  });

  it('Cloudflare 525: the origin\'s TLS is outdated', () => {
    expect(ranked(page(525, CF, 'error code: 525'))[0]).toBe('origin-tls-outdated');
  });

  it('a plain "cloudflare" 502: Cloudflare itself (Cloudflare FAQ: traceroute and /cdn-cgi/trace)', () => {
    const body = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>';
    expect(ranked(page(502, CF, body))[0]).toBe('edge-internal-error');
  });

  it('a WAF 502 minutes after onboarding: the origin blocks or rate-limits the WAF\'s addresses (Huawei symptom 1, Tencent cause 1)', () => {
    const viaHuaweiWaf = page(502, [['Server', 'CW'], ['Set-Cookie', 'HWWAFSESID=2b6d1; path=/'], ['Set-Cookie', 'HWWAFSESTIME=1732179200; path=/']], '<html><body><h1>502 Bad Gateway</h1></body></html>');
    const top = ranked(viaHuaweiWaf).slice(0, 2);
    expect(top).toEqual(expect.arrayContaining(['proxy-ips-blocked-at-origin', 'proxy-ips-rate-limited-at-origin']));
  });

  it('huge request headers: the header is too large (Alibaba SLB cause 8)', () => {
    const cookie = [{ name: 'Cookie', value: 'a='.padEnd(20_000, 'x') }];
    expect(ranked(page(502, [['Server', 'nginx']], NGINX_502, { requestHeaders: cookie }))[0]).toBe('header-too-large');
  });

  it('explains every rank with the evidence that held', () => {
    for (const cause of diagnose(page(504, [['Server', 'nginx']], NGINX_504, { elapsedMs: 60_030 })).causes) {
      expect(cause.why.length).toBeGreaterThan(20);
    }
  });
});
