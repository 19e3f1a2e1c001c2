// Header values: what a header carries decides how it is redacted. Cookie values go and their names
// stay (support reads which cookies were sent); Set-Cookie keeps its attributes (Domain, Path,
// SameSite explain many a login loop); an auth header keeps its scheme ("Bearer …"); forwarding
// headers lose the visitor's address but keep the proxies'; Link and Refresh hold URLs.
import type { Redactor } from './redactor';
import { isClientIpHeader, isPiiName, isSecretHeader } from './secret-names';

/** Of name=value pairs joined by `separator`, the values are redacted and the names kept. */
function pairValues(list: string, separator: RegExp, joiner: string, r: Redactor): string {
  return list
    .split(separator)
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair.trim() === '' ? pair : r.value(pair, 'cookies');
      return `${pair.slice(0, eq)}=${r.value(pair.slice(eq + 1), 'cookies')}`;
    })
    .join(joiner);
}

const redactCookieHeader = (value: string, r: Redactor) => pairValues(value, /;[ ]?/, '; ', r);

/** One Set-Cookie line: "name=value; Path=/; HttpOnly" → only the value is secret. */
function redactSetCookieLine(line: string, r: Redactor): string {
  const semicolon = line.indexOf(';');
  const pair = semicolon < 0 ? line : line.slice(0, semicolon);
  const eq = pair.indexOf('=');
  const redacted = eq < 0 ? r.value(pair, 'cookies') : `${pair.slice(0, eq)}=${r.value(pair.slice(eq + 1), 'cookies')}`;
  return semicolon < 0 ? redacted : `${redacted}${line.slice(semicolon)}`;
}

/** Chrome joins repeated Set-Cookie headers with newlines. */
const redactSetCookie = (value: string, r: Redactor) => value.split('\n').map((line) => redactSetCookieLine(line, r)).join('\n');

const AUTH_SCHEME = /^(?:Bearer|Basic|Digest|Token|Negotiate|NTLM|AWS4-HMAC-SHA256|ApiKey|SharedAccessSignature|Sentry|HOBA|Mutual|SCRAM-SHA-256|DPoP|MAC)\s+/i;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d])/g;
const IPV6 = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])/g;

/** The addresses in a forwarding header; in a list ("client, proxy1, proxy2") only the first is the visitor's. */
function redactForwarded(name: string, value: string, r: Redactor): string {
  const lower = name.toLowerCase();
  const firstOnly = lower === 'x-forwarded-for' || lower === 'x-original-forwarded-for' || lower === 'forwarded';
  const scope = firstOnly ? value.split(',', 1)[0]! : value;
  const redacted = scope.replace(IPV4, (ip) => r.clientIp(ip)).replace(IPV6, (ip) => (ip.includes('::') || ip.split(':').length > 3 ? r.clientIp(ip) : ip));
  return firstOnly ? `${redacted}${value.slice(scope.length)}` : redacted;
}

/** The value of header `name`, redacted by what the header is, then by what its text holds. */
export function redactHeaderValue(name: string, value: string, r: Redactor): string {
  const lower = name.trim().toLowerCase();
  if (lower === 'cookie') return redactCookieHeader(value, r);
  if (lower === 'set-cookie') return redactSetCookie(value, r);
  if (isClientIpHeader(lower)) return redactForwarded(lower, value, r);
  if (isSecretHeader(name)) {
    const kind = isPiiName(name) ? 'pii' : 'auth-headers';
    const scheme = AUTH_SCHEME.exec(value)?.[0] ?? '';
    return `${scheme}${r.value(value.slice(scheme.length), kind)}`;
  }
  // Link: <https://…?token=…>; rel=preload — and relative targets, which the text rules cannot see.
  if (lower === 'link') return value.replace(/<([^<>]*)>/g, (_, target: string) => `<${r.url(target)}>`);
  // Refresh: 0; url=https://…
  if (lower === 'refresh') return value.replace(/(url\s*=\s*['"]?)([^'"]+)/i, (_, pre: string, target: string) => `${pre}${r.url(target)}`);
  if (/^(?:location|content-location|referer|origin)$/.test(lower)) return r.url(value);
  return urlOrText(value, r);
}

/** A value that is a URL (Location, Referer, a page title that is its URL): its parameters are judged by name. */
const LOOKS_LIKE_URL = /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/|\/)[^\s]*$/i;

/** A string read as a URL when it is one, else as free text. */
export const urlOrText = (value: string, r: Redactor) => (LOOKS_LIKE_URL.test(value) ? r.url(value) : r.text(value));
