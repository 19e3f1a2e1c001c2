// The sanitizer on a HAR full of secrets of every kind: none survives, structure stays, equal values
// keep equal hashes, harmless values stay readable.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sanitizeHar } from '../../../src/engine';

const SECRETS_HAR = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'har', 'secrets.har'), 'utf8'));
const SECRETS = [
  'COOKIESID777', 'QUERYTOKEN123456', 'FRAGMENTTOKEN98765', 'APIKEYVALUE42424242', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'SETCOOKIEBM999', 'BODYBEARERTOKEN1234567', 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'eyJzdWIiOiIxMjM0NTY3ODkwIiwiZW1haWwiOiJhbGljZUBleGFtcGxlLmNvbSJ9',
  'URLPASSWORD55', 'cHJveHk6UFJPWFlQQVNT', 'FORMPASSWORD99', 'OAUTHCODE31337', 'STATEVALUE4242', 'CLIENTSECRET8080',
  'NESTEDREFRESH5150', 'B64ACCESSTOKEN777', 'AKIAABCDEFGHIJKLMNOP', 'URLSIGNATURE2468', 'sk_live_SCRIPTSECRET0000000000', 'SESSIONPAGE123',
];

const decodedText = (har: { log: { entries: { response: { content: { text?: string; encoding?: string } } }[] } }) =>
  har.log.entries.map((e) => (e.response.content.encoding === 'base64' ? Buffer.from(e.response.content.text ?? '', 'base64').toString() : '')).join('\n');

describe('sanitizeHar', () => {
  const { har, report } = sanitizeHar(SECRETS_HAR, 'test-key');
  const text = JSON.stringify(har);
  const everything = `${text}\n${decodedText(har)}`;

  it.each(SECRETS)('removes %s', (secret) => {
    expect(`${JSON.stringify(SECRETS_HAR)}\n${decodedText(SECRETS_HAR)}`).toContain(secret);
    expect(everything).not.toContain(secret);
  });

  it('keeps the structure: same entries, same header names in the same order', () => {
    expect(har.log.entries).toHaveLength(SECRETS_HAR.log.entries.length);
    har.log.entries.forEach((entry: { request: { headers: { name: string }[] } }, i: number) => {
      expect(entry.request.headers.map((h) => h.name)).toEqual(SECRETS_HAR.log.entries[i].request.headers.map((h: { name: string }) => h.name));
    });
    expect(Object.keys(har.log)).toEqual(Object.keys(SECRETS_HAR.log));
  });

  it('keeps harmless values readable', () => {
    const first = har.log.entries[0];
    expect(first.response.headers.find((h: { name: string }) => h.name === 'CF-RAY').value).toBe('8f1e2d3c4b5a6978-FRA');
    expect(first.request.url).toMatch(/^https:\/\/app\.example\.com\/api\/me\?access_token=%5Bredacted%3A[0-9a-f]{8}%5D&page=2#id_token=/);
    expect(har.log.entries[1].request.postData.text).toMatch(/^username=alice&password=%5Bredacted%3A[0-9a-f]{8}%5D&remember=1$/);
    expect(JSON.parse(har.log.entries[2].request.postData.text).nested.note).toBe('keep me');
    expect(first.response.content.text).toContain('<hr><center>cloudflare</center>');
  });

  it('gives equal secrets equal hashes, so requests stay correlatable', () => {
    const cookieHeader = har.log.entries[0].request.cookies[0].value;
    const queryValue = har.log.entries[0].request.queryString[0].value;
    expect(cookieHeader).toMatch(/^\[redacted:[0-9a-f]{8}\]$/);
    expect(har.log.entries[0].request.headers[0].value).toContain('[redacted:');
    expect(decodeURIComponent(har.log.entries[0].request.url.split('access_token=')[1].split('&')[0])).toBe(queryValue);
  });

  it('uses a different hash under a different key', () => {
    const other = sanitizeHar(SECRETS_HAR, 'another-key').har;
    expect(other.log.entries[0].request.cookies[0].value).not.toBe(har.log.entries[0].request.cookies[0].value);
  });

  it('drops script bodies and counts what it did', () => {
    expect(har.log.entries[3].response.content.text).toBe('');
    expect(report.scriptBodiesDropped).toBe(1);
    expect(report.redactions).toBeGreaterThan(20);
  });

  it('leaves the input untouched', () => {
    expect(SECRETS_HAR.log.entries[0].request.cookies[0].value).toBe('COOKIESID777');
  });
});
