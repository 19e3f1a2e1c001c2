// The vendors' status pages (src/engine/knowledge/status-pages.ts): listed for the vendors on the
// path only, in the summary and for the popup.
import { describe, expect, it } from 'vitest';
import { diagnose, supportSummary } from '../../src/engine';
import { STATUS_PAGES, statusPagesFor } from '../../src/engine/knowledge/status-pages';
import { GENERATORS } from '../../src/engine/vocabulary';
import { pageEvidence } from '../support/pages';

describe('statusPagesFor', () => {
  it('gives each vendor once, outermost first, and nothing for a generator without a page', () => {
    expect(statusPagesFor(['cloudflare', 'aws-alb', 'aws-cloudfront', 'nginx', 'unknown'])).toEqual([
      { vendor: 'Cloudflare', url: 'https://www.cloudflarestatus.com/' },
      { vendor: 'AWS', url: 'https://health.aws.amazon.com/health/status' },
    ]);
    expect(statusPagesFor(['nginx', 'apache', 'none'])).toEqual([]);
  });

  it('links the Chinese page where the vendor runs one apart', () => {
    expect(statusPagesFor(['alibaba-slb'], 'zh-CN')).toEqual([{ vendor: 'Alibaba Cloud', url: 'https://status.aliyun.com/' }]);
    expect(statusPagesFor(['alibaba-slb'], 'en')).toEqual([{ vendor: 'Alibaba Cloud', url: 'https://status.alibabacloud.com/' }]);
    expect(statusPagesFor(['fastly'], 'zh-CN')).toEqual([{ vendor: 'Fastly', url: 'https://www.fastlystatus.com/' }]);
  });

  it('lists only https pages, for generators of the vocabulary, each generator under one vendor, with a source', () => {
    const seen = new Set<string>();
    for (const page of STATUS_PAGES) {
      expect(page.url).toMatch(/^https:\/\/[a-z0-9.-]+\//);
      if (page.urlZhCN !== undefined) expect(page.urlZhCN).toMatch(/^https:\/\//);
      expect(page.source.length).toBeGreaterThan(10);
      for (const generator of page.generators) {
        expect(GENERATORS).toContain(generator);
        expect(seen.has(generator), generator).toBe(false);
        seen.add(generator);
      }
    }
  });
});

describe('the status pages line of the support summary', () => {
  const now = new Date('2026-11-21T10:00:00Z');
  const summary = (status: number, headers: [string, string][], body: string) => {
    const evidence = pageEvidence(status, headers, body);
    return supportSummary({ failures: [{ evidence, diagnosis: diagnose(evidence) }], now });
  };

  it('names the pages of the vendors in the path', () => {
    const text = summary(502, [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-FRA']], '<hr><center>nginx</center>');
    expect(text).toContain('Status pages: Cloudflare https://www.cloudflarestatus.com/\n');
  });

  it('is left out when no vendor on the path has one', () => {
    const text = summary(502, [['Server', 'nginx']], '<hr><center>nginx</center>');
    expect(text).not.toContain('Status pages');
  });
});
