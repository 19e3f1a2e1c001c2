// Stale detection on a tiny made-up catalog: one cause, one fingerprint, a translation written
// against them, then the English edited the three ways it can be (a line inserted, changed,
// removed). Each problem is named by unit and key; the untouched lines stay quiet.
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../../src/engine/i18n/check-translations';
import type { Translations } from '../../../src/engine/i18n/localize';
import { sourceHash } from '../../../src/engine/i18n/source-hash';
import { defineCause, type Cause } from '../../../src/engine/knowledge/cause';
import { defineFingerprint, type Fingerprint } from '../../../src/engine/knowledge/fingerprint';

const cause = defineCause({
  id: 'slow-app', title: 'The app is slow', summary: 'The application answers slower than the proxy waits.', why: 'The proxy gave up waiting for the application.', fixedBy: 'site-owner', layer: 'app',
  when: [
    { id: 'proxy-504', status: [504], weight: 2, because: 'The proxy answered 504.' },
    { id: 'after-60s', elapsedMs: { min: 55_000 }, weight: 3, because: 'It took about 60 s.' },
  ],
  steps: [{ id: 'check-logs', title: 'Read the logs', detail: 'The application log says why.', audience: 'owner', kind: 'check' }],
  sources: ['synthetic'],
});

const fingerprint = defineFingerprint({
  generator: 'nginx', name: 'Proxy', layer: 'reverse-proxy', inPath: [{ header: 'server', starts: 'proxy' }],
  pages: [{
    id: 'stock', all: [{ body: '<hr>proxy' }], confidence: 0.9, says: 'The proxy\'s stock page.',
    refine: [{ when: [{ title: '| 524: ' }], failure: 'timeout', says: 'The title says 524.' }],
  }],
  sources: ['synthetic'],
});

const line = (english: string, text: string) => ({ en: sourceHash(english), text });
const zh: Translations = {
  causes: [{
    id: 'slow-app',
    title: line('The app is slow', '应用很慢'),
    summary: line('The application answers slower than the proxy waits.', '应用的响应比代理愿意等待的时间更慢。'),
    why: line('The proxy gave up waiting for the application.', '代理等不到应用的响应。'),
    because: { 'proxy-504': line('The proxy answered 504.', '代理返回了 504。'), 'after-60s': line('It took about 60 s.', '耗时约 60 秒。') },
    steps: { 'check-logs': { title: line('Read the logs', '查看日志'), detail: line('The application log says why.', '应用日志会说明原因。') } },
  }],
  fingerprints: [{
    generator: 'nginx',
    pages: { stock: { says: line('The proxy\'s stock page.', '代理的默认页面。'), refine: { 'title-524': line('The title says 524.', '标题写着 524。') } } },
  }],
};

const problems = (causes: Cause[], fingerprints: Fingerprint[] = [fingerprint]) => translationProblems('zh-CN', { causes, fingerprints }, zh);

describe('translationProblems', () => {
  it('finds nothing when every line was translated from the current English', () => {
    expect(problems([cause])).toEqual([]);
  });

  it('names an inserted line, a changed line and a removed line, and nothing else', () => {
    const edited: Cause = {
      ...cause,
      when: [
        { id: 'proxy-504', status: [504], weight: 2, because: 'The proxy answered 504 Gateway Timeout.' },
        { id: 'slow-backend', failure: ['timeout'], weight: 1, because: 'The backend timed out.' },
      ],
    };
    expect(problems([edited])).toEqual([
      `zh-CN causes/slow-app because.proxy-504: English changed (was ${sourceHash('The proxy answered 504.')}, now ${sourceHash('The proxy answered 504 Gateway Timeout.')})`,
      'zh-CN causes/slow-app because.slow-backend: not translated',
      'zh-CN causes/slow-app because.after-60s: translates a line that no longer exists',
    ]);
  });

  it('keys a refinement by its signals: a sibling inserted before it moves nothing, other signals make a new line', () => {
    const rule = fingerprint.pages[0]!;
    const inserted = { ...fingerprint, pages: [{ ...rule, refine: [{ when: [{ title: '| 502: ' }], says: 'The title says 502.' }, ...rule.refine!] }] };
    expect(problems([cause], [inserted])).toEqual(['zh-CN fingerprints/nginx pages.stock.refine.title-502: not translated']);
    const retargeted = { ...fingerprint, pages: [{ ...rule, refine: [{ when: [{ title: '| 504: ' }], says: 'The title says 524.' }] }] };
    expect(problems([cause], [retargeted])).toEqual([
      'zh-CN fingerprints/nginx pages.stock.refine.title-504: not translated',
      'zh-CN fingerprints/nginx pages.stock.refine.title-524: translates a line that no longer exists',
    ]);
  });

  it('names a line still holding the skeleton\'s English, a duplicate id, and units without a counterpart', () => {
    const twice: Cause = { ...cause, id: 'twice', when: [cause.when[0]!, cause.when[0]!] };
    const untranslated: Translations = {
      causes: [{ ...zh.causes[0]!, title: line('The app is slow', 'The app is slow') }, { ...zh.causes[0]!, id: 'gone' }],
      fingerprints: [],
    };
    expect(translationProblems('zh-CN', { causes: [cause, twice], fingerprints: [] }, untranslated)).toEqual([
      'zh-CN causes/slow-app title: not translated (still the English text)',
      'zh-CN causes/twice: no translation file',
      'zh-CN causes/gone: translates a cause that does not exist',
    ]);
    const twiceTranslated: Translations = { causes: [{ ...zh.causes[0]!, id: 'twice' }], fingerprints: [] };
    expect(translationProblems('zh-CN', { causes: [twice], fingerprints: [] }, twiceTranslated)).toEqual([
      'zh-CN causes/twice because.proxy-504: two English lines have this key (ids must be unique)',
      'zh-CN causes/twice because.after-60s: translates a line that no longer exists',
    ]);
  });
});
