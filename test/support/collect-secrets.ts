// Collects, from an ORIGINAL HAR of any producer, the values a sanitized export must not contain:
// cookie values (cookies[] in list or IE 11's one-object form, Cookie and Set-Cookie headers, the
// raw "Name: value" lines of WebPageTest's _headers), credential header values, values of
// secret-named query, fragment, form and JSON parameters (bodies base64 or not), and JWTs anywhere.
// Judged independently of the sanitizer's own lists, so the two can disagree.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface CollectedSecret {
  value: string;
  /** Where it was first seen, e.g. "entries[3].request cookie sid". */
  from: string;
}

export interface Collection {
  secrets: CollectedSecret[];
  /** Values left out, by reason (too short, a plain word, also a host or other kept text). */
  skipped: Record<string, number>;
}

/** Parts of a name that make its value a secret (split at -, _, ., spaces and camelCase). */
const SECRET_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'pass', 'session', 'sessid', 'sid', 'auth', 'oauth',
  'key', 'apikey', 'signature', 'sig', 'csrf', 'xsrf', 'jwt', 'nonce', 'otp', 'email', 'mail', 'ticket', 'credential',
  'credentials', 'bearer', 'hmac', 'cookie',
]);
/** Glued forms ("accesstoken", "sessionid", "authToken" lower-cased). */
const SECRET_PARTS = ['token', 'secret', 'passw', 'sessionid', 'csrf', 'xsrf', 'signature', 'apikey', 'accesskey', 'privatekey', 'jwt', 'credential', 'authorization', 'authenticity'];

/**
 * Header names that hold a credential word but no credential: the request's own host
 * (":authority"), WebSocket handshake nonces, public key pins, auth challenges and settings.
 */
const NOT_CREDENTIAL_HEADER = /^:authority$|^sec-websocket-(key|accept)$|public-key-pins|authenticate$|authoritative|authuser|authscheme|surrogate-key|affinity|outcome$|-error$|features$/i;
const CREDENTIAL_HEADER = /auth|token|key|secret|session|csrf|xsrf|passw/i;

/**
 * "code" and "state" are secrets as OAuth's own parameters and as one-time codes, not as words in
 * any name: adunit_code, codeVersion, country_code and a PKCE code_challenge (a public hash) are not.
 */
const EXACT_NAMES = /^(?:(?:auth|authorization|oauth|otp|mfa|sms|verification|verify|reset|confirm|confirmation|login|security|access|one[-_]?time)[-_]?)?code$|^state$/i;

const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

export function isSecretParamName(name: string): boolean {
  const lower = name.toLowerCase();
  if (EXACT_NAMES.test(lower.trim()) || words(name).some((w) => SECRET_WORDS.has(w))) return true;
  const squashed = lower.replace(/[^a-z0-9]/g, '');
  return SECRET_PARTS.some((part) => squashed.includes(part));
}

export function isCredentialHeader(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (lower === 'cookie' || lower === 'set-cookie') return false;
  return !NOT_CREDENTIAL_HEADER.test(lower) && CREDENTIAL_HEADER.test(lower);
}

const JWT = /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g;
/** Values no redactor can be asked to hunt down everywhere: they are ordinary words and literals. */
const PLAIN = /^(?:true|false|null|undefined|none|yes|no|on|off|deleted|\[object object\]|[a-z]{1,12}(?:[-_][a-z]{1,12}){0,2}|[a-z/._-]{1,24})$/i;
/** Another tool's placeholder ("[state redacted]", as Cloudflare's har-sanitizer writes it). */
const PLACEHOLDER = /redacted|scrubbed/i;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** "a=1&b=2" (query, fragment, form body) as [name, value] pairs, decoded. */
function pairs(text: string): [string, string][] {
  return text.split('&').filter(Boolean).map((pair) => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [safeDecode(pair), ''] : [safeDecode(pair.slice(0, eq)), safeDecode(pair.slice(eq + 1))];
  });
}

function bodyText(holder: Json): string {
  const text = str(holder.text);
  if (holder.encoding !== 'base64') return text;
  try {
    const decoded = Buffer.from(text, 'base64').toString('utf8');
    // Binary bodies decode to replacement characters: there is nothing to read in them.
    return decoded.slice(0, 4096).includes('\ufffd') ? '' : decoded;
  } catch {
    return '';
  }
}

export function collectSecrets(har: unknown): Collection {
  const found = new Map<string, string>();
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  /** Text an export must keep (hosts, methods, names): a value equal to or inside one is not hunted. */
  const kept = new Set<string>();
  const candidates: [string, string][] = [];
  const add = (value: string, from: string) => candidates.push([value.trim(), from]);

  const log = isObject(har) && isObject(har.log) ? har.log : {};
  const entries = Array.isArray(log.entries) ? log.entries : [];

  const jsonKeys = (node: unknown, from: string, depth = 0): void => {
    if (depth > 32) return;
    if (Array.isArray(node)) {
      // [{"name":"password","value":"…"}] pairs are a key and its value.
      for (const item of node) {
        if (isObject(item) && typeof item.name === 'string' && typeof item.value === 'string' && isSecretParamName(item.name)) add(item.value, `${from} ${item.name}`);
        jsonKeys(item, from, depth + 1);
      }
    } else if (isObject(node)) {
      for (const [k, v] of Object.entries(node)) {
        if ((typeof v === 'string' || typeof v === 'number') && isSecretParamName(k)) add(String(v), `${from} ${k}`);
        else jsonKeys(v, from, depth + 1);
      }
    }
  };
  const body = (text: string, mimeType: string, from: string) => {
    const trimmed = text.trim();
    if (trimmed === '') return;
    if (/^[[{]/.test(trimmed)) {
      try {
        jsonKeys(JSON.parse(trimmed), `${from} json`);
        return;
      } catch {
        // Not JSON after all (NDJSON, a JS object literal): read it line by line below.
      }
      for (const line of trimmed.split('\n')) {
        try {
          jsonKeys(JSON.parse(line), `${from} json-line`);
        } catch {
          // Not a JSON line.
        }
      }
    }
    if (/x-www-form-urlencoded/i.test(mimeType) || /^[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*$/.test(trimmed)) {
      for (const [name, value] of pairs(trimmed)) if (isSecretParamName(name)) add(value, `${from} form ${name}`);
    }
  };
  const url = (raw: string, from: string) => {
    const hash = raw.indexOf('#');
    const q = raw.indexOf('?');
    if (q >= 0) for (const [name, value] of pairs(raw.slice(q + 1, hash > q ? hash : undefined))) if (isSecretParamName(name)) add(value, `${from} query ${name}`);
    if (hash >= 0) for (const [name, value] of pairs(raw.slice(hash + 1))) if (isSecretParamName(name)) add(value, `${from} fragment ${name}`);
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@?#]*)@/i.exec(raw);
    if (userinfo?.[1]?.includes(':')) add(safeDecode(userinfo[1].slice(userinfo[1].indexOf(':') + 1)), `${from} url password`);
    // The host as written (a URL parser lower-cases it): an export keeps it, odd as it may be.
    const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(raw)?.[1];
    if (host) kept.add(host);
  };
  const cookieHeader = (value: string, from: string) => {
    for (const pair of value.split(/;\s*/)) {
      const eq = pair.indexOf('=');
      if (eq > 0) add(pair.slice(eq + 1), `${from} cookie ${pair.slice(0, eq).trim()}`);
    }
  };
  const setCookieHeader = (value: string, from: string) => {
    for (const line of value.split('\n')) {
      const pair = line.split(';', 1)[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) add(pair.slice(eq + 1), `${from} set-cookie ${pair.slice(0, eq).trim()}`);
    }
  };
  const header = (name: string, value: string, from: string) => {
    kept.add(name);
    const lower = name.trim().toLowerCase();
    if (lower === 'cookie') cookieHeader(value, from);
    else if (lower === 'set-cookie') setCookieHeader(value, from);
    else if (isCredentialHeader(name)) {
      add(value, `${from} header ${lower}`);
      // "Bearer xyz", "Sentry sentry_key=…": the credential after the scheme, and key=value parts.
      const space = value.indexOf(' ');
      if (space > 0) add(value.slice(space + 1), `${from} header ${lower}`);
      for (const [k, v] of value.split(/,\s*/).map((p) => p.trim().split('=', 2) as [string, string?])) if (v && isSecretParamName(k)) add(v, `${from} header ${lower} ${k}`);
    } else if (lower === 'location' || lower === 'content-location') {
      url(value.trim(), `${from} header ${lower}`);
    } else if (lower === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(value)?.[1];
      if (target) url(target.trim(), `${from} header refresh`);
    } else if (lower === 'link') {
      for (const m of value.matchAll(/<([^>]*)>/g)) url(m[1]!, `${from} header link`);
    }
  };
  const cookies = (list: unknown, from: string) => {
    // IE 11 writes one object instead of a list.
    for (const c of Array.isArray(list) ? list : isObject(list) ? [list] : []) {
      if (isObject(c)) add(str(c.value), `${from} cookie ${str(c.name)}`);
    }
  };

  entries.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const at = `entries[${i}]`;
    const request = isObject(raw.request) ? raw.request : {};
    const response = isObject(raw.response) ? raw.response : {};
    kept.add(str(request.method));
    kept.add(str(response.statusText));
    url(str(request.url), `${at}.request`);
    cookies(request.cookies, `${at}.request`);
    cookies(response.cookies, `${at}.response`);
    for (const [part, holder] of [['request', request], ['response', response]] as const) {
      for (const h of Array.isArray(holder.headers) ? holder.headers : []) if (isObject(h)) header(str(h.name), str(h.value), `${at}.${part}`);
    }
    for (const q of Array.isArray(request.queryString) ? request.queryString : []) {
      if (isObject(q) && isSecretParamName(str(q.name))) add(safeDecode(str(q.value)), `${at}.request queryString ${str(q.name)}`);
    }
    // WebPageTest: the raw header lines, "Name: value" (HTTP/2 pseudo-headers as ":path: /…").
    const raws = isObject(raw._headers) ? raw._headers : {};
    for (const part of ['request', 'response'] as const) {
      for (const line of Array.isArray(raws[part]) ? raws[part] : []) {
        const text = str(line);
        const colon = text.indexOf(':', text.startsWith(':') ? 1 : 0);
        if (colon > 0) header(text.slice(0, colon).trim(), text.slice(colon + 1).trim(), `${at}._headers.${part}`);
      }
    }
    if (isObject(request.postData)) {
      const post = request.postData;
      for (const p of Array.isArray(post.params) ? post.params : []) if (isObject(p) && isSecretParamName(str(p.name))) add(str(p.value), `${at}.request postData param ${str(p.name)}`);
      body(bodyText(post), str(post.mimeType), `${at}.request postData`);
    }
    if (isObject(response.content)) body(bodyText(response.content), str(response.content.mimeType), `${at}.response content`);
    for (const m of Array.isArray(raw._webSocketMessages) ? raw._webSocketMessages : []) if (isObject(m)) body(str(m.data), '', `${at}._webSocketMessages`);
  });
  for (const p of Array.isArray(log.pages) ? log.pages : []) if (isObject(p)) kept.add(str(p.id));
  for (const match of (JSON.stringify(har) ?? '').matchAll(JWT)) add(match[0], 'jwt');

  for (const [value, from] of candidates) {
    if (found.has(value)) continue;
    if (value.length < 6) skip('shorter than 6');
    else if (PLAIN.test(value)) skip('a plain word, path or literal');
    else if (PLACEHOLDER.test(value)) skip('already redacted by another tool');
    // Timestamps and counters ("1451827126" in a cookie and in an X-Timer header) recur by chance.
    else if (/^\d{6,13}$/.test(value)) skip('a number of up to 13 digits');
    else if ((safeDecode(value).match(/[a-z0-9]/gi)?.length ?? 0) < 4) skip('fewer than 4 letters or digits');
    else if ([...kept].some((k) => k.includes(value))) skip('also a host, method or name the export keeps');
    else {
      found.set(value, from);
      continue;
    }
    // Judged once per value: later sightings of a skipped value are not counted again.
    found.set(value, '');
  }
  return { secrets: [...found].filter(([, from]) => from !== '').map(([value, from]) => ({ value, from })), skipped };
}
