// Free text hides secrets in five ways the value shapes do not see: a URL with a token inside a
// sentence, a page title or a comment; a credential named in the text ("password: hunter2", a
// GraphQL login mutation); a CSRF token in a <meta> or hidden <input>; a raw header line
// ("Cookie: sid=…", as WebPageTest records them); and the visitor's own IP address on an error
// page ("Your IP: 203.0.113.7"). Each rule is one linear scan, run only when a cheap test says the
// text can hold its case.
import { redactHeaderValue } from './redact-headers';
import type { Redactor } from './redactor';
import { isSecretHeader, isStrongSecretName } from './secret-names';
import { SECRET_HEADERS } from './secrets';

/** Absolute URLs inside text; stops at white space, quotes and the brackets that usually close them. */
const URL_IN_TEXT = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/[^\s"'<>\\`^{}|]+/g;

/**
 * `name: value`, `name = value`, `"name":"value"`, `name: \"value\"`: the name must be an
 * unmistakable credential (see isStrongSecretName). The name starts where a run of name
 * characters starts, so every position is tried once.
 */
const NAMED_VALUE = /(?<![A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})(\\?["']?[ \t]{0,3}[:=][ \t]{0,3}(?:\\?["'])?)([^"'\\\s,;&)}<>[\]]{1,1024})/g;
const NAMED_HINT = /pass|secret|token|key|jwt|bearer|csrf|xsrf|authenticity|signature|credential|session|pwd|otp/i;

/** <meta> and <input> tags, which carry CSRF tokens; the body excludes '<' so runs never overlap. */
const TAG = /<(?:meta|input)\b[^<>]{0,4096}>/gi;
const ATTRIBUTE = /([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** "Cookie: …", "X-Auth-Key: …", HTTP/2's ":path: /a?token=…" at the start of a line. */
const HEADER_LINE = /^(:?[A-Za-z][A-Za-z0-9-]{0,63}):[ \t]*([^\r\n]+)/gm;
/** A raw request line ("GET /a?token=… HTTP/1.1"), as WebPageTest records them. */
const REQUEST_LINE = /^([A-Z]{3,10} )(\S{1,8192})( HTTP\/[0-9.]{1,3})/gm;

/** Where an error page names the visitor's address: the IP follows within a few hundred characters. */
const CLIENT_IP_CONTEXT = /\b(?:your|client|visitor|remote|user|my)[ _-]?ip(?:[ _-]?address)?\b|cf-footer-ip|(?:您的|你的|客户端|访问者)\s?IP/gi;
const CLIENT_IP_HINT = /ip(?![a-z])|IP/;
const IP_NEARBY = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d])|(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])|(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}(?![0-9A-Fa-f:])/;
/** Cloudflare's /cdn-cgi/trace: "ip=203.0.113.7" on a line of its own, beside "colo=" and "loc=". */
const TRACE_IP = /(?:^|\n)ip=([0-9A-Fa-f:.]{2,45})\r?(?=\n|$)/;

function urlsInText(t: string, r: Redactor): string {
  return t.includes('://') ? t.replace(URL_IN_TEXT, (url) => r.url(url)) : t;
}

function namedValues(t: string, r: Redactor): string {
  if (!NAMED_HINT.test(t)) return t;
  return t.replace(NAMED_VALUE, (match, name: string, separator: string, value: string) =>
    isStrongSecretName(name) ? `${name}${separator}${r.value(value, 'body-secrets')}` : match);
}

function secretTags(t: string, r: Redactor): string {
  if (!/<(?:meta|input)/i.test(t)) return t;
  return t.replace(TAG, (tag) => {
    let secret = false;
    for (const [, name, dq, sq, bare] of tag.matchAll(ATTRIBUTE)) {
      const lower = name!.toLowerCase();
      const v = dq ?? sq ?? bare ?? '';
      if ((lower === 'name' || lower === 'id' || lower === 'property') && isStrongSecretName(v)) secret = true;
      if (lower === 'type' && v.toLowerCase() === 'password') secret = true;
    }
    if (!secret) return tag;
    return tag.replace(ATTRIBUTE, (attribute, name: string, dq?: string, sq?: string, bare?: string) => {
      const lower = name.toLowerCase();
      if (lower !== 'content' && lower !== 'value') return attribute;
      const v = dq ?? sq ?? bare ?? '';
      const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
      return `${name}=${quote}${r.value(v, 'body-secrets')}${quote}`;
    });
  });
}

function headerLines(t: string, r: Redactor): string {
  if (!t.includes(':')) return t;
  const lines = t.includes(' HTTP/') ? t.replace(REQUEST_LINE, (_, method: string, target: string, version: string) => `${method}${r.url(target)}${version}`) : t;
  return lines.replace(HEADER_LINE, (line, name: string, value: string) => {
    const lower = name.toLowerCase();
    // HTTP/2 pseudo-headers: the path carries the query string.
    if (lower === ':path') return `${name}: ${r.url(value)}`;
    // A line of prose ("Session: 3 of 5") is not a header: only known credential headers and
    // dashed names (X-Auth-Key) are read as one.
    if (!(SECRET_HEADERS.has(lower) || lower.includes('-')) || !isSecretHeader(name)) return line;
    return `${name}: ${redactHeaderValue(name, value, r)}`;
  });
}

/** The visitor's IP, found where a page names it, is remembered and replaced wherever it appears. */
function clientIps(t: string, r: Redactor): string {
  if (r.keeps('client-ip') || !CLIENT_IP_HINT.test(t)) return t;
  const found = new Set<string>();
  for (const context of t.matchAll(CLIENT_IP_CONTEXT)) {
    const after = t.slice(context.index + context[0].length, context.index + context[0].length + 300);
    const ip = IP_NEARBY.exec(after)?.[0];
    if (ip) found.add(ip);
  }
  if (t.includes('ip=') && /(?:^|\n)(?:colo|loc|fl)=/.test(t)) {
    const ip = TRACE_IP.exec(t)?.[1];
    if (ip) found.add(ip);
  }
  let out = t;
  for (const ip of found) out = out.split(ip).join(r.clientIp(ip));
  return out;
}

/** One scan says whether any rule can apply: most strings of a HAR (types, dates, hosts) hold none of these. */
const ANY_RULE = /:\/\/|:path| HTTP\/|pass|secret|token|key|jwt|bearer|csrf|xsrf|authenticity|signature|credential|session|pwd|otp|cookie|auth|<meta|<input|ip/i;

export function redactFreeText(t: string, r: Redactor): string {
  if (!ANY_RULE.test(t)) return t;
  return clientIps(headerLines(secretTags(namedValues(urlsInText(t, r), r), r), r), r);
}
