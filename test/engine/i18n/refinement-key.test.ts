// A refinement's key is spelt from the signals it tests, one part per signal.
import { describe, expect, it } from 'vitest';
import { refinementKey } from '../../../src/engine/i18n/refinement-key';

describe('refinementKey', () => {
  it('spells each kind of signal', () => {
    expect(refinementKey({ when: [{ title: '| 524: ' }] })).toBe('title-524');
    expect(refinementKey({ when: [{ body: 'Reset reason: overflow' }] })).toBe('body-reset-reason-overflow');
    expect(refinementKey({ when: [{ header: 'x-envoy-overloaded', is: 'true' }] })).toBe('header-x-envoy-overloaded-is-true');
    expect(refinementKey({ when: [{ header: 'x-squid-error', starts: 'err_dns' }] })).toBe('header-x-squid-error-starts-err_dns');
    expect(refinementKey({ when: [{ bodyEmpty: true }, { header: 'via' }] })).toBe('body-empty--header-via');
  });

  it('keeps markers apart that differ only by an underscore', () => {
    expect([refinementKey({ when: [{ body: 'tls_error' }] }), refinementKey({ when: [{ body: 'tls error' }] })]).toEqual(['body-tls_error', 'body-tls-error']);
  });
});
