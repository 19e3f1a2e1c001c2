// Sanitizes a HAR document: same entries, same names, same keys, secrets replaced by keyed hashes
// (see redactor.ts). Headers and parameters are judged by name, bodies by their content, every
// other string (custom fields of any producer included) as free text; script bodies are dropped.
// Then a second pass replaces every copy of a redacted value wherever it is (copies.ts). The
// input is never modified.
import { base64ToText } from './base64-text';
import { buildCopyReplacer, type CopyReplacer } from './copies';
import { redactBody } from './redact-body';
import { redactHeaderValue, urlOrText } from './redact-headers';
import type { RedactionKind, RedactionReport } from './redaction-report';
import { createRedactor, urlSafe, type Redactor } from './redactor';
import { isPiiName, isSecretName } from './secret-names';
import { SCRIPT_MIME } from './secrets';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const MAX_DEPTH = 64;
/** Declared types whose base64 body is never text: not decoded. */
const BINARY_MIME = /^(?:image\/(?!svg)|audio\/|video\/|font\/|application\/(?:font|zip|gzip|pdf|wasm|octet-stream|x-protobuf|protobuf|grpc))/i;

export interface SanitizeReport extends RedactionReport {
  /** Every replacement, copies included (the report's total). */
  redactions: number;
  scriptBodiesDropped: number;
}

export interface SanitizeOptions {
  /** Kinds the user chose to keep as they are. */
  keep?: readonly RedactionKind[];
}

/** Key names repeat across thousands of entries: judge each once. */
const keyKinds = new Map<string, 'url' | 'secret' | 'client-ip' | 'plain'>();
function keyKind(key: string): 'url' | 'secret' | 'client-ip' | 'plain' {
  let kind = keyKinds.get(key);
  if (kind === undefined) {
    kind = /(^|_)url$|Url$/i.test(key) ? 'url' : /client.?ip|remote.?addr/i.test(key) ? 'client-ip' : isSecretName(key) ? 'secret' : 'plain';
    if (keyKinds.size < 10_000) keyKinds.set(key, kind);
  }
  return kind;
}

/** Every string under `node` judged by its key or as text, except the keys in `skip`. */
function deepText(node: unknown, r: Redactor, depth = 0, skip?: ReadonlySet<string>): unknown {
  if (depth > MAX_DEPTH) return null;
  if (typeof node === 'string') return urlOrText(node, r);
  if (Array.isArray(node)) return node.map((n) => deepText(n, r, depth + 1));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const k in node) {
    const v = node[k];
    if (skip?.has(k)) {
      out[k] = v;
    } else if (typeof v === 'string') {
      const kind = keyKind(k);
      out[k] = kind === 'url' ? r.url(v) : kind === 'secret' ? r.value(v, isPiiName(k) ? 'pii' : 'body-secrets') : kind === 'client-ip' ? r.clientIp(v) : urlOrText(v, r);
    } else if (k === '_webSocketMessages' && Array.isArray(v)) {
      out[k] = v.map((m) => (isObject(m) && typeof m.data === 'string' ? { ...(deepText(m, r, depth + 2, DATA_KEY) as Json), data: redactBody(m.data, '', r) } : deepText(m, r, depth + 2)));
    } else {
      out[k] = typeof v === 'object' && v !== null ? deepText(v, r, depth + 1) : v;
    }
  }
  return out;
}

const DATA_KEY = new Set(['data']);
const REQUEST_KEYS = new Set(['url', 'headers', 'cookies', 'queryString', 'postData']);
const RESPONSE_KEYS = new Set(['headers', 'cookies', 'redirectURL', 'content']);
const ENTRY_KEYS = new Set(['request', 'response']);
const NAME_VALUE_KEYS = new Set(['name', 'value']);
/** A cookie's attributes, kept: they explain login loops and are no secret. */
const COOKIE_ATTRIBUTES = new Set(['name', 'path', 'domain', 'expires', 'httponly', 'httpOnly', 'secure', 'samesite', 'sameSite', 'comment', 'maxage', 'maxAge', 'size', 'priority', 'sourceport', 'sourcescheme']);

function hasOnlyNameValue(item: Json): boolean {
  let keys = 0;
  for (const k in item) {
    if (k !== 'name' && k !== 'value') return false;
    keys++;
  }
  return keys === 2;
}

type ValueOf = (name: string, value: string, r: Redactor) => string;

const nameValues = (list: unknown, r: Redactor, valueOf: ValueOf) =>
  Array.isArray(list)
    ? list.map((item) => {
        if (!isObject(item)) return deepText(item, r);
        const name = typeof item.name === 'string' ? item.name : '';
        // Most items are a bare {name, value}: only other fields (a comment, a cookie's path) need the walk.
        const out = hasOnlyNameValue(item) ? { name: item.name } : (deepText(item, r, 1, NAME_VALUE_KEYS) as Json);
        out.value = typeof item.value === 'string' ? valueOf(name, item.value, r) : item.value;
        return out;
      })
    : list;

const headerValue: ValueOf = (name, value, r) => redactHeaderValue(name, value, r);
const paramValue: ValueOf = (name, value, r) => (isSecretName(name) ? r.value(value, isPiiName(name) ? 'pii' : 'url-tokens') : urlOrText(value, r));
const formValue: ValueOf = (name, value, r) => (isSecretName(name) ? r.value(value, isPiiName(name) ? 'pii' : 'body-secrets') : r.text(value));

/**
 * Cookies are secret whatever their name. Most producers write a list of {name, value, path…};
 * IE 11 wrote one object of name → value: every value but a known attribute is then a cookie.
 */
function cookies(node: unknown, r: Redactor, depth = 0): unknown {
  if (depth > MAX_DEPTH) return null;
  // HAR 1.2 wants a list: IE 11's object becomes one, each name kept, each value redacted.
  if (depth === 0 && isObject(node)) {
    // One cookie written as an object ({name, value}), or a map of name → value.
    if ('name' in node && 'value' in node) return [cookies(node, r, 1)];
    return Object.entries(node).map(([name, value]) => ({ name, value: typeof value === 'string' ? r.value(value, 'cookies') : cookies(value, r, 1) }));
  }
  if (typeof node === 'string') return r.value(node, 'cookies');
  if (Array.isArray(node)) return node.map((item) => cookies(item, r, depth + 1));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const k in node) {
    const v = node[k];
    out[k] = COOKIE_ATTRIBUTES.has(k) && k !== 'value' ? deepText(v, r, depth + 1) : cookies(v, r, depth + 1);
  }
  return out;
}

function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A base64 body is redacted as the text it decodes to, whatever type it declares, unless it is plainly binary. */
function base64Body(b64: string, mimeType: string, redact: (text: string) => string): string {
  if (BINARY_MIME.test(mimeType)) return b64;
  const text = base64ToText(b64);
  if (text === undefined) return b64;
  const redacted = redact(text);
  return redacted === text ? b64 : textToBase64(redacted);
}

function sanitizeRequest(request: Json, r: Redactor): Json {
  const out = deepText(request, r, 0, REQUEST_KEYS) as Json;
  if (typeof request.url === 'string') out.url = r.url(request.url);
  out.headers = nameValues(request.headers, r, headerValue);
  if ('cookies' in request) out.cookies = cookies(request.cookies, r);
  out.queryString = nameValues(request.queryString, r, paramValue);
  if (isObject(request.postData)) {
    const post = request.postData;
    const mimeType = typeof post.mimeType === 'string' ? post.mimeType : '';
    const sanitized = deepText(post, r, 1, new Set(['text', 'params'])) as Json;
    if (typeof post.text === 'string') sanitized.text = post.encoding === 'base64' ? base64Body(post.text, mimeType, (t) => redactBody(t, mimeType, r)) : redactBody(post.text, mimeType, r);
    if ('params' in post) sanitized.params = nameValues(post.params, r, formValue);
    out.postData = sanitized;
  } else if ('postData' in request) {
    out.postData = deepText(request.postData, r);
  }
  return out;
}

function sanitizeResponse(response: Json, r: Redactor, report: { scriptBodiesDropped: number }): Json {
  const out = deepText(response, r, 0, RESPONSE_KEYS) as Json;
  out.headers = nameValues(response.headers, r, headerValue);
  if ('cookies' in response) out.cookies = cookies(response.cookies, r);
  if (typeof response.redirectURL === 'string') out.redirectURL = r.url(response.redirectURL);
  if (!isObject(response.content)) {
    if ('content' in response) out.content = deepText(response.content, r);
    return out;
  }
  const content = response.content;
  const mimeType = typeof content.mimeType === 'string' ? content.mimeType : '';
  const sanitized = deepText(content, r, 1, new Set(['text', 'encoding', 'mimeType'])) as Json;
  if (typeof content.text === 'string') {
    if (SCRIPT_MIME.test(mimeType) && !r.keeps('scripts')) {
      sanitized.text = '';
      if ('encoding' in sanitized) delete sanitized.encoding;
      sanitized.comment = 'script body removed by Faultline';
      r.dropped('scripts');
      report.scriptBodiesDropped++;
    } else if (content.encoding === 'base64') {
      sanitized.text = base64Body(content.text, mimeType, (t) => redactBody(t, mimeType, r));
    } else {
      sanitized.text = redactBody(content.text, mimeType, r);
    }
  }
  out.content = sanitized;
  return out;
}

/** A URL's scheme and host are kept (an entry's host is what support looks for): copies are replaced after them. */
function replaceInString(text: string, replace: CopyReplacer): string {
  const scheme = text.indexOf('://');
  if (scheme < 0 || scheme > 21) return replace(text);
  const authority = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^/?#\s]*/i.exec(text)?.[0];
  if (authority === undefined) return replace(text);
  const at = authority.lastIndexOf('@');
  const host = at < 0 ? authority : authority.slice(0, authority.indexOf('//') + 2) + replace(authority.slice(authority.indexOf('//') + 2, at)) + authority.slice(at);
  return host + urlSafe(replace(text.slice(authority.length)));
}

/**
 * The second pass over the whole output: strings only (keys are names, and names are kept), and
 * not the server's address, which is the site's, not the visitor's. It rewrites the first pass's
 * output in place: that output is a fresh tree no one else holds, and a second deep copy of a
 * 5,000-entry HAR would cost more than the search itself.
 */
function replaceCopies(node: unknown, replace: CopyReplacer, depth = 0): unknown {
  if (typeof node === 'string') return replaceInString(node, replace);
  if (depth > MAX_DEPTH + 8 || node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = replaceCopies(node[i], replace, depth + 1);
    return node;
  }
  const record = node as Json;
  // A base64 body's copies are in the text it decodes to.
  const base64 = record.encoding === 'base64' && typeof record.text === 'string' ? record.text : undefined;
  for (const k in record) if (k !== 'serverIPAddress') record[k] = replaceCopies(record[k], replace, depth + 1);
  if (base64 !== undefined) record.text = base64Body(base64, typeof record.mimeType === 'string' ? record.mimeType : '', replace);
  return record;
}

/** The first pass with a given redactor: what compose.ts calls to share one redactor across an export. */
export function redactHar<T>(har: T, r: Redactor): { har: T; scriptBodiesDropped: number } {
  const report = { scriptBodiesDropped: 0 };
  if (!isObject(har) || !isObject(har.log)) return { har: deepText(har, r) as T, ...report };
  const { entries, ...rest } = har.log;
  const log = deepText(rest, r) as Json;
  const top = deepText({ ...har, log: null }, r) as Json;
  if (Array.isArray(entries)) {
    log.entries = entries.map((entry) => {
      if (!isObject(entry)) return entry;
      const out = deepText(entry, r, 0, ENTRY_KEYS) as Json;
      if (isObject(entry.request)) out.request = sanitizeRequest(entry.request, r);
      if (isObject(entry.response)) out.response = sanitizeResponse(entry.response, r, report);
      return out;
    });
  } else if (entries !== undefined) {
    log.entries = deepText(entries, r);
  }
  // Keys in the order the input had them.
  const ordered: Json = {};
  for (const k in har.log) ordered[k] = log[k];
  top.log = ordered;
  return { har: top as T, ...report };
}

/**
 * Applies the second pass to anything composed from the same redactor (a HAR, a diagnosis, text).
 * It rewrites `node` in place: pass only trees the first pass made.
 */
export function withoutCopies<T>(node: T, r: Redactor): T {
  const replace = buildCopyReplacer(r.replaced, () => r.copied());
  return replace ? (replaceCopies(node, replace) as T) : node;
}

/** A sanitized copy of `har`; `key` makes the hashes (pass a random one per export). */
export function sanitizeHar<T>(har: T, key: string, options: SanitizeOptions = {}): { har: T; report: SanitizeReport } {
  const r = createRedactor(key, options.keep);
  const first = redactHar(har, r);
  const clean = withoutCopies(first.har, r);
  const report = r.report();
  return { har: clean, report: { ...report, redactions: report.total, scriptBodiesDropped: first.scriptBodiesDropped } };
}
