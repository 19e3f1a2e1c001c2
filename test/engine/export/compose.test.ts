// The one composer: every file of an export passes one redactor, the report counts what went by
// kind, the user's switches keep a kind, and big captured headers are evidence, not an error.
import { describe, expect, it } from 'vitest';
import { buildHar, composeExport, diagnose, formatRedactionReport, REDACTION_KINDS, type EvidenceInput } from '../../../src/engine';

const now = new Date('2026-11-21T10:00:00Z');
const CLIENT_IP = '198.51.100.23';
const SESSION = 'sess9Hq2Lk7Vb4Xz1';
const RESET = 'rst7Gh2Kp9Lq4Zx8Vb';

const failed: EvidenceInput = {
  url: `https://shop.example.com/account/reset/${RESET}?step=2`, status: 502, statusText: 'Bad Gateway', startedAt: '2026-11-21T09:59:00Z',
  requestHeaders: [
    { name: 'Cookie', value: `sid=${SESSION}; theme=dark` },
    { name: 'X-Auth-Key', value: 'ak_9f8e7d6c5b4a3f2e1d0c' },
    { name: 'User-Agent', value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36' },
  ],
  responseHeaders: [{ name: 'Server', value: 'cloudflare' }, { name: 'CF-RAY', value: '8f1e2d3c4b5a6978-FRA' }, { name: 'Content-Type', value: 'text/html' }],
  body: `<title>502 Bad Gateway</title><p>Contact alice.nw@example.org</p><span>Your IP:</span> <span id="cf-footer-ip">${CLIENT_IP}</span><hr><center>cloudflare</center>`,
  trace: { fl: '29f1', h: 'shop.example.com', ip: CLIENT_IP, colo: 'FRA', loc: 'DE', http: 'http/2', tls: 'TLSv1.3' },
};
// The same session id copied into another request's query string, where no rule would see it.
const beacon: EvidenceInput = { url: `https://stats.example.net/b.gif?v=${SESSION}`, status: 200 };

function compose(options: Partial<Parameters<typeof composeExport>[1]> = {}, entries = [failed, beacon]) {
  const failures = [{ evidence: entries[0]!, diagnosis: diagnose(entries[0]!) }];
  const har = buildHar({ entries, diagnoses: failures.map((f) => f.diagnosis), now });
  return composeExport({ har, failures, trace: entries[0]!.trace, url: entries[0]!.url }, { key: 'k', now, ...options });
}

const everyText = (c: ReturnType<typeof compose>) => [JSON.stringify(c.har), c.summary, JSON.stringify(c.diagnosis), c.traceText].join('\n');

describe('composeExport', () => {
  const c = compose();
  const all = everyText(c);

  it('removes the secrets, their copies and the client IP from every file', () => {
    for (const secret of [SESSION, RESET, 'ak_9f8e7d6c5b4a3f2e1d0c', 'alice.nw@example.org', CLIENT_IP]) expect(all).not.toContain(secret);
    expect(JSON.stringify(c.har)).toContain('stats.example.net/b.gif?v=%5Bredacted%3A');
  });

  it('keeps what support needs: hosts, cookie names, request ids, the vendor error page, the verdict', () => {
    expect(all).toContain('https://shop.example.com/account/reset/%5Bredacted%3A');
    expect(JSON.stringify(c.har)).toMatch(/"value": ?"sid=\[redacted:[0-9a-f]{8}\]; theme=\[redacted:[0-9a-f]{8}\]"/);
    expect(c.summary).toContain('cf-ray: 8f1e2d3c4b5a6978-FRA');
    expect(c.diagnosis.diagnoses[0]).toMatchObject({ generator: 'cloudflare', status: 502 });
    expect(c.traceText).toContain('colo=FRA');
    expect(c.traceText).toContain('ip=(hidden)');
  });

  it('gives one value one hash in every file', () => {
    const mark = /sid=(\[redacted:[0-9a-f]{8}\])/.exec(JSON.stringify(c.har))![1]!;
    const encoded = mark.replace('[', '%5B').replace(':', '%3A').replace(']', '%5D');
    expect(JSON.stringify(c.har)).toContain(`b.gif?v=${encoded}`);
  });

  it('counts what it removed, by kind', () => {
    expect(c.report.counts.cookies).toBe(4); // sid and theme, in the header and in the cookies list
    expect(c.report.counts['auth-headers']).toBe(1);
    expect(c.report.counts['url-tokens']).toBeGreaterThanOrEqual(1);
    expect(c.report.counts.pii).toBeGreaterThanOrEqual(1);
    expect(c.report.counts['client-ip']).toBeGreaterThanOrEqual(1);
    expect(c.report.copies).toBeGreaterThanOrEqual(1);
    expect(c.report.kept).toEqual([]);
    expect(c.report.total).toBe(Object.values(c.report.counts).reduce((a, b) => a + b, 0) + c.report.copies);
  });

  it('keeps a kind the user switches on, and only that kind', () => {
    const kept = compose({ keep: ['pii'] });
    expect(everyText(kept)).toContain('alice.nw@example.org');
    expect(everyText(kept)).not.toContain('ak_9f8e7d6c5b4a3f2e1d0c');
    expect(kept.report.counts.pii).toBe(0);
    expect(kept.report.kept).toEqual(['pii']);
  });

  it('shows the client IP only when asked, everywhere at once', () => {
    const shown = compose({ showClientIp: true });
    expect(shown.traceText).toContain(`ip=${CLIENT_IP}`);
    expect(JSON.stringify(shown.har)).toContain(CLIENT_IP);
    expect(shown.report.kept).toEqual(['client-ip']);
  });

  it('exports everything as captured only on the warned choice, and says so', () => {
    const raw = compose({ includeSensitive: true });
    expect(JSON.stringify(raw.har)).toContain(SESSION);
    expect(raw.report.kept).toEqual([...REDACTION_KINDS]);
    expect(formatRedactionReport(raw.report)).toBe('Nothing was redacted: you chose to include sensitive data.\n');
  });

  it('takes a 12 KB Cookie (the header-too-large case) without throwing', () => {
    const big: EvidenceInput = { ...failed, status: 400, body: '<center>nginx</center>', requestHeaders: [{ name: 'Cookie', value: `big=${'x'.repeat(12_000)}` }] };
    const composed = compose({}, [big]);
    expect(composed.summary).toContain('HTTP 400');
    expect(JSON.stringify(composed.har)).not.toContain('x'.repeat(100));
  });
});

describe('formatRedactionReport', () => {
  it('lists each kind with its count, the copies, what was kept and what is always kept', () => {
    const text = formatRedactionReport(compose({ keep: ['scripts'] }).report);
    expect(text).toMatch(/^Redacted \d+ values \(\d+ distinct\):\n/);
    expect(text).toMatch(/ {2}cookie values +4\n/);
    expect(text).toMatch(/further copies of those values found elsewhere: \d+/);
    expect(text).toContain('Kept as they are, as you chose: script bodies.');
    expect(text).toContain('Always kept: hosts, paths, methods, statuses, header and cookie names, timings, request IDs.');
  });

  it('speaks Chinese too', () => {
    expect(formatRedactionReport(compose().report, 'zh-CN')).toMatch(/^已脱敏 \d+ 处/);
  });
});
