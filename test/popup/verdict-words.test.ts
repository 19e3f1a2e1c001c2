// The verdict's words: the headline's first sentence apart from the rest, and the time to error.
import { describe, expect, it } from 'vitest';
import { durationWords } from '../../src/popup/duration';
import { splitHeadline } from '../../src/popup/headline';

describe('splitHeadline', () => {
  it('cuts after the first sentence, in English and in Chinese', () => {
    expect(splitHeadline("Cloudflare got no answer (HTTP 521): refused. The site's server is at fault.")).toEqual({
      first: 'Cloudflare got no answer (HTTP 521): refused.', rest: "The site's server is at fault.",
    });
    expect(splitHeadline('源站拒绝了连接。问题在网站的服务器。')).toEqual({ first: '源站拒绝了连接。', rest: '问题在网站的服务器。' });
  });

  it('keeps a one-sentence headline whole, and does not cut inside a number or a host name', () => {
    expect(splitHeadline('Timed out after 60.5 s at api.example.com')).toEqual({ first: 'Timed out after 60.5 s at api.example.com', rest: undefined });
  });
});

describe('durationWords', () => {
  const words = { ms: (n: string) => `${n} ms`, s: (n: string) => `${n} s` };
  it('says milliseconds under a second, one decimal under ten seconds, whole seconds above', () => {
    expect(durationWords(412.6, words)).toBe('413 ms');
    expect(durationWords(3210, words)).toBe('3.2 s');
    expect(durationWords(120_400, words)).toBe('120 s');
  });
});
