// Replaces secrets with "[redacted:xxxxxxxx]": a short keyed hash, so equal values stay
// correlatable inside one export (the same session cookie on two requests) while the key, random
// per export and never written out, keeps short secrets from being guessed back from the hash.
import { isSecretName, SECRET_VALUE_PATTERNS } from './secrets';

export interface Redactor {
  /** Redacts a whole value. */
  value(value: string): string;
  /** Redacts the secret-shaped parts of free text (JWTs, bearer tokens, keys). */
  text(text: string): string;
  /** Redacts the secret parameters of a query string or form body "a=1&b=2". */
  params(query: string): string;
  /** Redacts the secret query parameters and credentials of a URL. */
  url(url: string): string;
  /** Redacts secret keys of a JSON document, and secret shapes in every string of it. */
  json(text: string): string;
  readonly count: number;
}

const MARK = /^\[redacted:[0-9a-f]{8}\]$/;
/** Every pattern's anchors in one regex: almost no text contains any, and one scan beats twenty. */
const ANY_ANCHOR = new RegExp(
  SECRET_VALUE_PATTERNS.flatMap(({ anchors }) => anchors.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('|'),
);
/** Inside a URL the mark is percent-encoded, so the URL stays valid. */
const urlSafe = (text: string) => !text.includes('[redacted:') ? text : text.replace(/\[redacted:([0-9a-f]{8})\]/g, '%5Bredacted%3A$1%5D');

/** 32-bit FNV-1a over the key and the value; two lanes with different seeds give 8 hex chars. */
function keyedHash(key: string, value: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const input = `${key}\u0000${value}`;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return ((a ^ b) >>> 0).toString(16).padStart(8, '0');
}

export function createRedactor(key: string): Redactor {
  let count = 0;
  const value = (v: string): string => {
    if (v === '' || MARK.test(v)) return v;
    count++;
    return `[redacted:${keyedHash(key, v)}]`;
  };
  const text = (t: string): string => {
    if (!ANY_ANCHOR.test(t)) return t;
    let out = t;
    for (const { anchors, pattern, keep } of SECRET_VALUE_PATTERNS) {
      if (!anchors.some((anchor) => out.includes(anchor))) continue;
      out = out.replace(pattern, (match) =>
        keep ? `${keep[0]}${value(match.slice(keep[0].length, match.length - keep[1].length))}${keep[1]}` : value(match));
    }
    return out;
  };
  /** Percent-encoding hides secret shapes in URLs ("Bearer%20…"): a component is judged decoded too. */
  const component = (raw: string, plusIsSpace: boolean): string => {
    const direct = urlSafe(text(raw));
    if (!raw.includes('%') && !(plusIsSpace && raw.includes('+'))) return direct;
    let decoded: string;
    try {
      decoded = decodeURIComponent(plusIsSpace ? raw.replace(/\+/g, ' ') : raw);
    } catch {
      return direct;
    }
    const redacted = text(decoded);
    return redacted === decoded ? direct : encodeURIComponent(redacted);
  };
  const params = (query: string): string =>
    query
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0) return text(pair);
        const rawName = pair.slice(0, eq);
        let name = rawName;
        try {
          name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        } catch {
          // Keep the raw name: a malformed escape is still a name to test.
        }
        const v = pair.slice(eq + 1);
        return `${rawName}=${isSecretName(name) ? encodeURIComponent(value(v)) : component(v, true)}`;
      })
      .join('&');
  const url = (u: string): string => {
    const hash = u.indexOf('#');
    const fragment = hash < 0 ? '' : u.slice(hash);
    const withoutFragment = hash < 0 ? u : u.slice(0, hash);
    const q = withoutFragment.indexOf('?');
    const whole = urlSafe(text(q < 0 ? withoutFragment : withoutFragment.slice(0, q)));
    // The path's segments, after "scheme://authority" (whose credentials the line above took).
    const authority = whole.indexOf('://');
    const pathStart = whole.indexOf('/', authority < 0 ? 0 : authority + 3);
    const base = pathStart < 0 ? whole : `${whole.slice(0, pathStart)}${whole.slice(pathStart).split('/').map((segment) => component(segment, false)).join('/')}`;
    const query = q < 0 ? '' : `?${params(withoutFragment.slice(q + 1))}`;
    // OAuth implicit flows put tokens in the fragment: treat it as parameters too.
    const frag = fragment.includes('=') ? `#${params(fragment.slice(1))}` : fragment && `#${component(fragment.slice(1), false)}`;
    return `${base}${query}${frag}`;
  };
  const walk = (node: unknown, depth: number): unknown => {
    if (depth > 64) return node;
    if (typeof node === 'string') return text(node);
    if (Array.isArray(node)) return node.map((item) => walk(item, depth + 1));
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        out[k] = isSecretName(k) && (typeof v === 'string' || typeof v === 'number') ? value(String(v)) : walk(v, depth + 1);
      }
      return out;
    }
    return node;
  };
  const json = (t: string): string => {
    try {
      return JSON.stringify(walk(JSON.parse(t), 0));
    } catch {
      return text(t);
    }
  };
  return {
    value, text, params, url, json,
    get count() {
      return count;
    },
  };
}
