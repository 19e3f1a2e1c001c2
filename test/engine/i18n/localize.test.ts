// Translations are found by id: an English condition or refinement inserted before others leaves
// every translated line on its own English line (by position, each later line would shift).
import { describe, expect, it } from 'vitest';
import { localText, type Translations } from '../../../src/engine/i18n/localize';
import { sourceHash } from '../../../src/engine/i18n/source-hash';
import { defineCause } from '../../../src/engine/knowledge/cause';
import { defineFingerprint } from '../../../src/engine/knowledge/fingerprint';

const line = (english: string, text: string) => ({ en: sourceHash(english), text });

const cause = defineCause({
  id: 'slow-app', title: 'The app is slow', summary: 'The application answers slower than the proxy waits.', why: 'The proxy gave up waiting for the application.', fixedBy: 'site-owner', layer: 'app',
  when: [
    { id: 'inserted', failure: ['timeout'], weight: 1, because: 'A line added after the translation.' },
    { id: 'proxy-504', status: [504], weight: 2, because: 'The proxy answered 504.' },
  ],
  steps: [
    { id: 'new-step', title: 'A new step', detail: 'Added after the translation.', audience: 'owner', kind: 'check' },
    { id: 'check-logs', title: 'Read the logs', detail: 'The application log says why.', audience: 'owner', kind: 'check' },
  ],
  sources: ['synthetic'],
});

const fingerprint = defineFingerprint({
  generator: 'nginx', name: 'Proxy', layer: 'reverse-proxy', inPath: [{ header: 'server', starts: 'proxy' }],
  pages: [{
    id: 'stock', all: [{ body: '<hr>proxy' }], confidence: 0.9, says: 'The proxy\'s stock page.',
    refine: [{ when: [{ title: '| 502: ' }], says: 'The title says 502.' }, { when: [{ title: '| 524: ' }], says: 'The title says 524.' }],
  }],
  sources: ['synthetic'],
});

const zh: Translations = {
  causes: [{
    id: 'slow-app',
    title: line('The app is slow', '应用很慢'),
    summary: line('The application answers slower than the proxy waits.', '应用的响应比代理愿意等待的时间更慢。'),
    why: line('The proxy gave up waiting for the application.', '代理等不到应用的响应。'),
    because: { 'proxy-504': line('The proxy answered 504.', '代理返回了 504。') },
    steps: { 'check-logs': { title: line('Read the logs', '查看日志'), detail: line('The application log says why.', '应用日志会说明原因。') } },
  }],
  fingerprints: [{ generator: 'nginx', pages: { stock: { says: line('The proxy\'s stock page.', '代理的默认页面。'), refine: { 'title-524': line('The title says 524.', '标题写着 524。') } } } }],
};

describe('localText', () => {
  const text = localText('zh-CN', [cause], zh);
  const rule = fingerprint.pages[0]!;

  it('puts each translated condition and step on its own line, English where none is translated yet', () => {
    const local = text.causes[0]!;
    expect(local.title).toBe('应用很慢');
    expect(local.when.map((c) => c.because)).toEqual(['A line added after the translation.', '代理返回了 504。']);
    expect(local.steps.map((s) => [s.title, s.detail])).toEqual([['A new step', 'Added after the translation.'], ['查看日志', '应用日志会说明原因。']]);
  });

  it('finds a refinement by its signals, not its place', () => {
    expect(text.ruleSays(fingerprint, rule)).toBe('代理的默认页面。');
    expect([text.refineSays(fingerprint, rule, 0), text.refineSays(fingerprint, rule, 1)]).toEqual(['The title says 502.', '标题写着 524。']);
  });

  it('speaks English without a translation', () => {
    expect(localText('en', [cause], undefined).causes[0]!.when.map((c) => c.because)).toEqual(['A line added after the translation.', 'The proxy answered 504.']);
  });
});
