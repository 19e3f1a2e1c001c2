import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractTitle, normaliseBody, normaliseMarkup } from '../../src/engine/match/normalise';

describe('normaliseMarkup', () => {
  it('folds white space, glues tags, lower-cases', () => {
    expect(normaliseMarkup('<HR>\r\n  <Center>nginx/1.24.0</center>\r\n')).toBe('<hr><center>nginx/1.24.0</center>');
    expect(normaliseMarkup('Bad \t\n Gateway')).toBe('bad gateway');
  });

  it('decodes numeric and named entities (Akamai encodes its reference number)', () => {
    expect(normaliseMarkup('Reference&#32;&#35;18&#46;5e3d3e17')).toBe('reference #18.5e3d3e17');
    expect(normaliseMarkup('That&#x2019;s an error &amp; more&nbsp;text')).toBe('that’s an error & more text');
    expect(normaliseMarkup('&lt;hr&gt;&#60;center&#62;nginx')).toBe('&lt;hr&gt;&lt;center&gt;nginx');
    expect(normaliseMarkup('&bogus; &#0; &#99999999;')).toBe('&bogus; &#0; &#99999999;');
  });

  it('looks at a bounded prefix only', () => {
    expect(normaliseMarkup('a'.repeat(100) + 'marker', 50)).toBe('a'.repeat(50));
  });

  it('never throws and never grows the input', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => normaliseMarkup(text).length <= text.length), { numRuns: 300 });
  });
});

describe('normaliseBody', () => {
  it('re-serialises JSON compactly', () => {
    expect(normaliseBody('{ "message" : "Internal server error" }')).toBe('{"message":"internal server error"}');
  });
  it('reads broken JSON as text', () => {
    expect(normaliseBody('{ "message" : ')).toBe('{ "message" :');
  });
});

describe('extractTitle', () => {
  it('finds the first title', () => {
    expect(extractTitle('<html><head><title>502 bad gateway</title></head>')).toBe('502 bad gateway');
    expect(extractTitle('<title data-x="1">a</title>')).toBe('a');
    expect(extractTitle('no title')).toBe('');
  });
  it('bounds an unterminated title', () => {
    expect(extractTitle(`<title>${'x'.repeat(1000)}`).length).toBe(300);
  });
});
