// The origin-facing address registry is data the popup turns into vendor steps: each entry must
// point at the vendor's own page, name only generators the engine knows, and no proxy may have two
// entries (it would get two contradicting "allow these addresses" steps).
import { describe, expect, it } from 'vitest';
import { ORIGIN_FACING_ADDRESSES, ORIGIN_FACING_GENERATORS } from '../../src/engine/knowledge/origin-facing-addresses';
import { GENERATORS, OUTCOME_GENERATORS } from '../../src/engine/vocabulary';
import proxyIpsBlocked from '../../src/engine/causes/proxy-ips-blocked-at-origin';

describe('origin-facing address registry', () => {
  it.each(ORIGIN_FACING_ADDRESSES.map((entry) => [entry.id, entry] as const))('%s cites an https page of its vendor', (_id, entry) => {
    expect(new URL(entry.source).protocol).toBe('https:');
    expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(entry.generators.length).toBeGreaterThan(0);
  });

  it('names only product generators of the vocabulary', () => {
    const products = GENERATORS.filter((g) => !(OUTCOME_GENERATORS as readonly string[]).includes(g));
    expect(ORIGIN_FACING_GENERATORS.filter((g) => !products.includes(g))).toEqual([]);
  });

  it('lists no generator twice and no id twice', () => {
    expect(new Set(ORIGIN_FACING_GENERATORS).size).toBe(ORIGIN_FACING_GENERATORS.length);
    const ids = ORIGIN_FACING_ADDRESSES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives proxy-ips-blocked-at-origin one scoped fix per entry and a generic step for every other proxy', () => {
    for (const entry of ORIGIN_FACING_ADDRESSES) {
      const step = proxyIpsBlocked.steps.find((s) => s.id === `allow-${entry.id}-addresses`);
      expect(step, entry.id).toBeDefined();
      expect(step?.kind).toBe('fix');
      expect(step?.appliesTo?.present).toEqual(entry.generators);
    }
    const generic = proxyIpsBlocked.steps.find((s) => s.id === 'allow-proxy-addresses');
    expect([...(generic?.appliesTo?.absent ?? [])].sort()).toEqual([...ORIGIN_FACING_GENERATORS].sort());
  });
});
