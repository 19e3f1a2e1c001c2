// Header lists as the capture keeps them: bounded without losing the short headers that name the path.
import { describe, expect, it } from 'vitest';
import { boundHeaders, keepHeaders } from '../../src/background/entries';
import { MAX_HEADER_VALUE, MAX_HEADERS } from '../../src/engine/evidence';
import { MAX_HEADER_CHARS } from '../../src/shared/limits';

describe('header lists', () => {
  it('keeps an ordinary list as the browser delivered it', () => {
    const list = [{ name: 'server', value: 'nginx' }, { name: 'x-binary' }];
    expect(keepHeaders(list)).toBe(list);
  });

  it('bounds a huge list by cutting its longest values, keeping every short header whole', () => {
    const list = [
      { name: 'server', value: 'cloudflare' }, { name: 'cf-ray', value: '8a1b2c3d4e5f6a7b-FRA' },
      ...Array.from({ length: 10 }, (_, i) => ({ name: `x-big-${i}`, value: 'v'.repeat(6_000) })),
      { name: 'via', value: '1.1 varnish' },
    ];
    const kept = keepHeaders(list)!;
    const chars = kept.reduce((sum, h) => sum + h.name.length + h.value.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_HEADER_CHARS);
    expect(chars).toBeGreaterThan(MAX_HEADER_CHARS - 20);
    expect(kept.map((h) => h.name)).toEqual(list.map((h) => h.name));
    expect([kept[0]!.value, kept[1]!.value, kept.at(-1)!.value]).toEqual(['cloudflare', '8a1b2c3d4e5f6a7b-FRA', '1.1 varnish']);
    expect(new Set(kept.slice(2, -1).map((h) => h.value.length)).size).toBe(1);
    // The browser's list is not changed.
    expect(list[2]!.value.length).toBe(6_000);
  });

  it('cuts a value where the engine stops reading, and the list where the engine stops counting', () => {
    const kept = boundHeaders([{ name: 'cookie', value: 'c'.repeat(MAX_HEADER_VALUE * 2) }, { name: 'x-missing' }]);
    expect(kept.map((h) => [h.name, h.value?.length])).toEqual([['cookie', MAX_HEADER_VALUE], ['x-missing', undefined]]);
    const many = keepHeaders(Array.from({ length: MAX_HEADERS + 50 }, (_, i) => ({ name: `h${i}`, value: 'v' })))!;
    expect(many.length).toBe(MAX_HEADERS);
    expect(many.at(-1)!.name).toBe(`h${MAX_HEADERS - 1}`);
  });
});
