// The extension's two UI catalogs have the same keys, and each message uses the same $1…$9
// substitutions in both languages, so no string is missing or drops a value in translation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (lang: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const substitutions = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('UI catalogs', () => {
  const en = load('en');
  const zh = load('zh_CN');

  it('have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s keeps its substitutions', (key) => {
    expect(substitutions(zh[key]!.message)).toEqual(substitutions(en[key]!.message));
  });

  it('name and describe the extension for the stores within their limits', () => {
    for (const catalog of [en, zh]) {
      expect(catalog.appName!.message.length).toBeLessThanOrEqual(45);
      expect(catalog.appDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
