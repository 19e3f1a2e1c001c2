import { describe, expect, it } from 'vitest';
import { diagnose, supportSummary, type EvidenceInput } from '../../../src/engine';

const now = new Date('2026-11-21T10:00:00Z');
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const cloudflare521 = (startedAt: string): EvidenceInput => ({
  url: 'https://shop.example.com/checkout', status: 521, statusText: '', startedAt, elapsedMs: 230,
  requestHeaders: [{ name: 'User-Agent', value: UA }],
  responseHeaders: [{ name: 'Server', value: 'cloudflare' }, { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-FRA' }, { name: 'Content-Type', value: 'text/plain' }],
  body: 'error code: 521',
  timings: { blocked: -1, dns: 3, connect: 12, ssl: 20, send: 0, wait: 190, receive: 5 },
  trace: { fl: '29f1', h: 'shop.example.com', ip: '198.51.100.23', colo: 'FRA', loc: 'DE', http: 'http/2', tls: 'TLSv1.3', sni: 'plaintext', warp: 'off' },
});

const failure = (evidence: EvidenceInput) => ({ evidence, diagnosis: diagnose(evidence) });

describe('supportSummary', () => {
  const failures = ['2026-11-21T09:00:00Z', '2026-11-21T09:02:00Z', '2026-11-21T09:05:30Z'].map((t) => failure(cloudflare521(t)));
  failures.push(failure({ url: 'https://shop.example.com/api/cart', status: 502, responseHeaders: [{ name: 'Server', value: 'nginx' }], body: '<hr><center>nginx</center>' }));
  const text = supportSummary({ failures, now });

  it('says what, where, when (UTC) and how often', () => {
    expect(text).toContain('What: HTTP 521 on GET https://shop.example.com/checkout');
    expect(text).toContain('When: 2026-11-21 09:00:00 UTC');
    expect(text).toContain('How often: 3 times between 2026-11-21 09:00:00 UTC and 2026-11-21 09:05:30 UTC');
  });

  it('says who wrote the page and which hop failed, with ids, trace, timings and browser', () => {
    expect(text).toMatch(/Page written by: Cloudflare \(CDN\), confidence \d+%/);
    expect(text).toContain("Failed hop: the site's server (origin) (the connection was refused), error code 521 [origin / refused]");
    expect(text).toContain('  cf-ray: 8f1e2d3c4b5a6978-FRA');
    expect(text).toContain('Cloudflare trace: colo=FRA loc=DE http=http/2 tls=TLSv1.3');
    expect(text).toContain('Timings: DNS 3 ms, connect 12 ms, TLS 20 ms, waiting for the first byte 190 ms, download 5 ms, total 230 ms');
    expect(text).toContain('Browser: Chrome 131 on Windows');
    expect(text).toContain('Already checked by Faultline:');
    expect(text).toContain('Other failed requests in this capture (1):');
  });

  it('hides the client IP unless asked', () => {
    expect(text).not.toContain('198.51.100.23');
    expect(text).toContain('(client IP hidden)');
    expect(supportSummary({ failures, now, showClientIp: true })).toContain('ip=198.51.100.23');
  });

  it('sends origin failures to the site owner, not to the CDN', () => {
    expect(text).toMatch(/Send to: The site owner or their hosting provider: the fault is on the site's own servers, not at Cloudflare\./);
  });

  it('sends edge failures to the site owner to open a ticket with the provider', () => {
    const edge = supportSummary({ failures: [failure({ url: 'https://a.example/', status: 502, responseHeaders: [{ name: 'Server', value: 'cloudflare' }, { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-AMS' }], body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>' })], now });
    expect(edge).toMatch(/Send to: The site owner and Cloudflare's support.*only takes tickets from the account that owns this site/);
  });

  it('pastes cleanly: plain text, no HTML from the page, no tabs', () => {
    expect(text).not.toMatch(/<[a-z]/i);
    expect(text).not.toContain('\t');
  });

  it('reads in Simplified Chinese when asked, ids and commands untouched', () => {
    const zh = failures.map(({ evidence }) => ({ evidence, diagnosis: diagnose(evidence, { locale: 'zh-CN' }) }));
    const text = supportSummary({ failures: zh, now, locale: 'zh-CN' });
    expect(text).toContain('Faultline 技术支持摘要 — shop.example.com');
    expect(text).toContain('问题：GET https://shop.example.com/checkout 返回 HTTP 521');
    expect(text).toContain('故障环节：网站的源站服务器（连接被拒绝），错误代码 521 [origin / refused]');
    expect(text).toContain('  cf-ray: 8f1e2d3c4b5a6978-FRA');
    expect(text).toMatch(/请发送给：网站管理员或其主机服务商/);
    expect(text).not.toMatch(/Page written by|Send to|What:/);
  });

  it('says so when there is nothing to summarise', () => {
    expect(supportSummary({ failures: [], now })).toMatch(/no failed request/);
  });
});

describe('supportSummary of a page no fingerprint knows', () => {
  const lighttpd = (body: string): EvidenceInput => ({ url: 'https://files.example.org/', status: 502, responseHeaders: [{ name: 'Server', value: 'H2O/2.2.6' }], body });

  it('names the product that answered, in both languages, when the headers name one', () => {
    const evidence = lighttpd('502 Bad Gateway');
    const en = supportSummary({ failures: [failure(evidence)], now });
    expect(en).toContain('Page written by: not told by the page; H2O (reverse proxy) answered');
    expect(en).toContain('Verdict: H2O answered (HTTP 502) because the application behind it failed');
    const zh = supportSummary({ failures: [{ evidence, diagnosis: diagnose(evidence, { locale: 'zh-CN' }) }], now, locale: 'zh-CN' });
    expect(zh).toContain('页面无法判断；由 H2O（反向代理）返回');
  });

  it('says the writer could not be told when nothing names it', () => {
    const evidence: EvidenceInput = { url: 'https://files.example.org/', status: 502, responseHeaders: [], body: '' };
    expect(supportSummary({ failures: [failure(evidence)], now })).toContain('Page written by: could not be told from the page');
  });
});
