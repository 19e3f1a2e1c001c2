// Sanitizes a HAR document: same entries, same names, secrets replaced by keyed hashes (see
// redactor.ts). Headers and parameters are judged by name, every other string by the shape of its
// value, script bodies are dropped. The input is never modified.
import { createRedactor, type Redactor } from './redactor';
import { isSecretName, SCRIPT_MIME } from './secrets';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const TEXTUAL = /^(text\/|application\/(.+\+)?(json|xml|x-www-form-urlencoded)|$)/i;
const MAX_DEPTH = 64;
/** A value that is a URL (Location, Referer, a page title that is its URL): its parameters are judged by name. */
const LOOKS_LIKE_URL = /^(?:[a-z][a-z0-9+.-]{1,20}:\/\/|\/)[^\s]*$/i;

const urlOrText = (value: string, r: Redactor) => (LOOKS_LIKE_URL.test(value) ? r.url(value) : r.text(value));

export interface SanitizeReport {
  redactions: number;
  scriptBodiesDropped: number;
}

/** Key names repeat across thousands of entries: judge each once. */
const keyKinds = new Map<string, 'url' | 'secret' | 'plain'>();
function keyKind(key: string): 'url' | 'secret' | 'plain' {
  let kind = keyKinds.get(key);
  if (kind === undefined) {
    kind = /(^|_)url$/i.test(key) ? 'url' : isSecretName(key) ? 'secret' : 'plain';
    if (keyKinds.size < 10_000) keyKinds.set(key, kind);
  }
  return kind;
}

/** Every string under `node` judged by its shape (or its key), except the keys in `skip`. */
function deepText(node: unknown, r: Redactor, depth = 0, skip?: ReadonlySet<string>): unknown {
  if (depth > MAX_DEPTH) return null;
  if (typeof node === 'string') return urlOrText(node, r);
  if (Array.isArray(node)) return node.map((n) => deepText(n, r, depth + 1));
  if (isObject(node)) {
    const out: Json = {};
    for (const k in node) {
      const v = node[k];
      if (skip?.has(k)) {
        out[k] = v;
        continue;
      }
      if (typeof v === 'string') {
        const kind = keyKind(k);
        out[k] = kind === 'url' ? r.url(v) : kind === 'secret' ? r.value(v) : urlOrText(v, r);
      } else {
        out[k] = typeof v === 'object' && v !== null ? deepText(v, r, depth + 1) : v;
      }
    }
    return out;
  }
  return node;
}

const REQUEST_KEYS = new Set(['url', 'headers', 'cookies', 'queryString', 'postData']);
const RESPONSE_KEYS = new Set(['headers', 'cookies', 'redirectURL', 'content']);
const ENTRY_KEYS = new Set(['request', 'response']);
const NAME_VALUE_KEYS = new Set(['name', 'value']);

function hasOnlyNameValue(item: Json): boolean {
  let keys = 0;
  for (const k in item) {
    if (k !== 'name' && k !== 'value') return false;
    keys++;
  }
  return keys === 2;
}

const nameValues = (list: unknown, r: Redactor, secret: (name: string) => boolean) =>
  Array.isArray(list)
    ? list.map((item) => {
        if (!isObject(item)) return deepText(item, r);
        const name = typeof item.name === 'string' ? item.name : '';
        const value = typeof item.value === 'string' ? item.value : '';
        // Most items are a bare {name, value}: only other fields (a comment, a cookie's path) need the walk.
        const out = hasOnlyNameValue(item) ? { name: item.name } : (deepText(item, r, 1, NAME_VALUE_KEYS) as Json);
        out.value = secret(name) ? r.value(value) : urlOrText(value, r);
        return out;
      })
    : list;

const headerList = (list: unknown, r: Redactor) => nameValues(list, r, isSecretName);
/** Cookies are secret whatever their name. */
const cookieList = (list: unknown, r: Redactor) => nameValues(list, r, () => true);

function body(text: string, mimeType: string, r: Redactor): string {
  if (/json/i.test(mimeType)) return r.json(text);
  if (/x-www-form-urlencoded/i.test(mimeType)) return r.params(text);
  return r.text(text);
}

function base64ToText(b64: string): string {
  const binary = atob(b64.replace(/\s/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function sanitizeRequest(request: Json, r: Redactor): Json {
  const out = deepText(request, r, 0, REQUEST_KEYS) as Json;
  if (typeof request.url === 'string') out.url = r.url(request.url);
  out.headers = headerList(request.headers, r);
  out.cookies = cookieList(request.cookies, r);
  out.queryString = nameValues(request.queryString, r, isSecretName);
  if (isObject(request.postData)) {
    const post = request.postData;
    const mimeType = typeof post.mimeType === 'string' ? post.mimeType : '';
    out.postData = {
      ...(deepText(post, r, 1, new Set(['text', 'params'])) as Json),
      ...(typeof post.text === 'string' && { text: body(post.text, mimeType, r) }),
      ...(Array.isArray(post.params) && { params: nameValues(post.params, r, isSecretName) }),
    };
  }
  return out;
}

function sanitizeResponse(response: Json, r: Redactor, report: SanitizeReport): Json {
  const out = deepText(response, r, 0, RESPONSE_KEYS) as Json;
  out.headers = headerList(response.headers, r);
  out.cookies = cookieList(response.cookies, r);
  if (typeof response.redirectURL === 'string') out.redirectURL = r.url(response.redirectURL);
  if (isObject(response.content)) {
    const content = response.content;
    const mimeType = typeof content.mimeType === 'string' ? content.mimeType : '';
    const sanitized: Json = { ...content };
    if (typeof content.text === 'string') {
      if (SCRIPT_MIME.test(mimeType)) {
        sanitized.text = '';
        delete sanitized.encoding;
        sanitized.comment = 'script body removed by Faultline';
        report.scriptBodiesDropped++;
      } else if (content.encoding === 'base64') {
        if (TEXTUAL.test(mimeType)) {
          try {
            sanitized.text = textToBase64(body(base64ToText(content.text), mimeType, r));
          } catch {
            sanitized.text = '';
            sanitized.comment = 'undecodable body removed by Faultline';
          }
        }
      } else {
        sanitized.text = body(content.text, mimeType, r);
      }
    }
    out.content = sanitized;
  }
  return out;
}

/** A sanitized copy of `har`; `key` makes the hashes (pass a random one per export). */
export function sanitizeHar<T>(har: T, key: string): { har: T; report: SanitizeReport } {
  const r = createRedactor(key);
  const report: SanitizeReport = { redactions: 0, scriptBodiesDropped: 0 };
  if (!isObject(har) || !isObject(har.log)) return { har, report };
  const { entries, ...rest } = har.log;
  const log = deepText(rest, r) as Json;
  log.entries = Array.isArray(entries)
    ? entries.map((entry) => {
        if (!isObject(entry)) return entry;
        const out = deepText(entry, r, 0, ENTRY_KEYS) as Json;
        if (isObject(entry.request)) out.request = sanitizeRequest(entry.request, r);
        if (isObject(entry.response)) out.response = sanitizeResponse(entry.response, r, report);
        return out;
      })
    : entries;
  report.redactions = r.count;
  return { har: { ...har, log } as T, report };
}
