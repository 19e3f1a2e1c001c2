// What the popup remembers and shares: the audience tab chosen last time, and the export choices
// that the share section sets and the verdict's "Copy report" reads.
import { describe, expect, it } from 'vitest';
import { AUDIENCE_KEY, rememberAudience, rememberedAudience } from '../../src/popup/audience-choice';
import { createChoiceStore, exportChoiceOf } from '../../src/popup/export-choice';

const memoryStorage = () => {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
};

describe('the audience choice', () => {
  it('opens on the visitor tab until the owner tab is chosen, then remembers it', () => {
    const storage = memoryStorage();
    expect(rememberedAudience(storage)).toBe('visitor');
    rememberAudience(storage, 'owner');
    expect(storage.items.get(AUDIENCE_KEY)).toBe('owner');
    expect(rememberedAudience(storage)).toBe('owner');
  });

  it('falls back to the visitor tab when storage is missing, refuses or holds something else', () => {
    expect(rememberedAudience(undefined)).toBe('visitor');
    expect(rememberedAudience({ getItem: () => { throw new Error('denied'); } })).toBe('visitor');
    expect(rememberedAudience({ getItem: () => 'admin' })).toBe('visitor');
    expect(() => rememberAudience({ setItem: () => { throw new Error('full'); } }, 'owner')).not.toThrow();
  });
});

describe('the export choice store', () => {
  it('starts sanitized in the UI language, tells watchers of each change, and stops telling them', () => {
    const store = createChoiceStore('zh-CN');
    expect(store.get()).toEqual({ includeSensitive: false, showClientIp: false, keep: [], language: 'zh-CN' });
    const seen: boolean[] = [];
    const stop = store.watch((c) => seen.push(c.includeSensitive));
    store.set({ includeSensitive: true });
    stop();
    store.set({ includeSensitive: false });
    expect(seen).toEqual([true]);
    expect(store.get().includeSensitive).toBe(false);
  });

  it('hands the worker the export fields without the language', () => {
    const store = createChoiceStore('en');
    store.set({ keep: ['cookies'], showClientIp: true });
    expect(exportChoiceOf(store.get())).toEqual({ includeSensitive: false, showClientIp: true, keep: ['cookies'] });
  });
});
