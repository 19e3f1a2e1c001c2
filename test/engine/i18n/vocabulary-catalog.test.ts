// The vocabulary's words (layer, blame, failure) have one catalog, the engine's messages: the
// popup reads them from there (src/shared/i18n.ts). The extension's _locales must not grow a
// second copy that could call a layer otherwise, as "web server / proxy" once did.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../src/engine/i18n/messages';
import { LOCALES } from '../../../src/engine/i18n/locale';
import { BLAMES, FAILURES, LAYERS } from '../../../src/engine/vocabulary';

const uiCatalog = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, unknown>;

describe('vocabulary words', () => {
  it.each(['en', 'zh_CN'])('are not repeated in _locales/%s', (lang) => {
    expect(Object.keys(uiCatalog(lang)).filter((key) => /^(layer|blame|failure)[A-Z]/.test(key))).toEqual([]);
  });

  it.each(LOCALES)('have a word for every id in %s', (locale) => {
    const m = messagesFor(locale);
    expect([Object.keys(m.layer), Object.keys(m.blame), Object.keys(m.failure)]).toEqual([[...LAYERS], [...BLAMES], [...FAILURES]]);
  });

  it('name the reverse-proxy layer as the README and vocabulary.md do', () => {
    expect([messagesFor('en').layer['reverse-proxy'], messagesFor('zh-CN').layer['reverse-proxy']]).toEqual(['reverse proxy', '反向代理']);
  });
});
