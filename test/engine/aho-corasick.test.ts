import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/engine/match/aho-corasick';

const found = (markers: string[], text: string) => {
  const hits = buildAutomaton(markers).scan(text);
  return markers.filter((_, i) => hits[i] === 1);
};

describe('marker automaton', () => {
  it('finds overlapping and nested markers in one pass', () => {
    expect(found(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he', 'she', 'hers']);
  });

  it('handles non-ASCII markers (Chinese block pages)', () => {
    expect(found(['您的访问被阻断', '阻断', 'waf'], '很抱歉，您的访问被阻断。')).toEqual(['您的访问被阻断', '阻断']);
    expect(found(['访问被拦截'], '访问被访问被拦截')).toEqual(['访问被拦截']);
  });

  it('agrees with String.includes on any text', () => {
    const alphabet = fc.constantFrom('a', 'b', 'c', '<', '>', '阻', '断');
    const word = fc.array(alphabet, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(alphabet, { maxLength: 60 }), (markers, chars) => {
        const text = chars.join('');
        expect(found(markers, text)).toEqual(markers.filter((m) => text.includes(m)));
      }),
      { numRuns: 500 },
    );
  });
});
