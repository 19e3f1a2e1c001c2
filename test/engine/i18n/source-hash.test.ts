// The hash recorded beside each translation: FNV-1a (32 bits) as eight hex digits, so a file
// written today still matches tomorrow and on any runtime.
import { describe, expect, it } from 'vitest';
import { sourceHash } from '../../../src/engine/i18n/source-hash';

describe('sourceHash', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(sourceHash('')).toBe('811c9dc5');
    expect(sourceHash('a')).toBe('e40c292c');
    expect(sourceHash('foobar')).toBe('bf9cf968');
  });

  it('hashes text beyond ASCII by its UTF-16 code units', () => {
    expect(sourceHash('源站服务器过载')).toBe('464c0c5c');
  });

  it('tells one punctuation mark apart', () => {
    expect(sourceHash('Check the load.')).toBe('b1b708e2');
    expect(sourceHash('Check the load!')).toBe('b4b70d9b');
  });
});
