// Replaces secrets with "[redacted:xxxxxxxx]": a short keyed hash, so equal values stay
// correlatable inside one export (the same session cookie on two requests) while the key, random
// per export and never written out, keeps short secrets from being guessed back from the hash.
// One redactor serves a whole export (HAR, summary, diagnosis.json, trace): it remembers every
// value it replaced, by kind, so the report can count them and a second pass can replace the
// copies of a value that turn up where no rule would have found them.
import { emptyCounts, type RedactionKind, type RedactionReport } from './redaction-report';
import { isPiiName, isSecretName } from './secret-names';
import { SECRET_VALUE_PATTERNS } from './secrets';
import { redactFreeText } from './text-rules';
import { redactUrl } from './url-redaction';

export interface Redactor {
  /** Redacts a whole value of a kind (unless the user keeps that kind). */
  value(value: string, kind: RedactionKind): string;
  /** Redacts the secret parts of free text: URLs in it, key shapes, credentials named in it, PII, the client IP. */
  text(text: string): string;
  /** Redacts the secret parameters of a query string or form body "a=1&b=2". */
  params(query: string, kind?: RedactionKind): string;
  /** Redacts the secret parameters, path segments, fragment and credentials of a URL. */
  url(url: string): string;
  /** Notes a kind that was removed whole without a value to hash (a script body). */
  dropped(kind: RedactionKind): void;
  /** Remembers the visitor's IP address, so every copy of it is replaced. */
  clientIp(ip: string): string;
  keeps(kind: RedactionKind): boolean;
  /** Every value replaced so far, with its mark and kind: the second pass's list. */
  readonly replaced: ReadonlyMap<string, { mark: string; kind: RedactionKind }>;
  /** Counts one copy replaced by the second pass. */
  copied(): void;
  report(): RedactionReport;
}

const MARK_INSIDE = /\[redacted:[0-9a-f]{8}\]/g;
/** Every pattern's anchors in one regex: almost no text contains any, and one scan beats twenty. */
const ANY_ANCHOR = new RegExp(
  SECRET_VALUE_PATTERNS.flatMap(({ anchors, hint }) => [...anchors.map((a) => a.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')), ...(hint ? [hint.source] : [])]).join('|'),
);
/** Inside a URL the mark is percent-encoded, so the URL stays valid. */
export const urlSafe = (text: string) => (!text.includes('[redacted:') ? text : text.replace(MARK_INSIDE, (m) => `%5Bredacted%3A${m.slice(10, 18)}%5D`));

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

function canonicalValue(v: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(v)) return v;
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

const CLEAN_CACHE_MAX_LENGTH = 1024;
const CLEAN_CACHE_SIZE = 50_000;

/** Nested URLs (a redirect_uri inside a query inside a page) are followed this deep, no deeper. */
const MAX_NESTING = 4;

export function createRedactor(key: string, keep: Iterable<RedactionKind> = []): Redactor {
  const kept = new Set(keep);
  const counts = emptyCounts();
  const replaced = new Map<string, { mark: string; kind: RedactionKind }>();
  let copies = 0;
  let nesting = 0;
  // Header values, types and URLs repeat on thousands of entries: a short string found to hold
  // nothing is not read again. Only clean strings are remembered, so every redaction is still
  // counted where it happens.
  const clean = new Set<string>();
  const remember = (input: string, output: string): string => {
    if (output === input && input.length <= CLEAN_CACHE_MAX_LENGTH && clean.size < CLEAN_CACHE_SIZE) clean.add(input);
    return output;
  };

  const value = (v: string, kind: RedactionKind): string => {
    // A value that holds a mark was redacted already (an e-mail shape around "%5Bredacted%3A…%5D@host").
    if (v === '' || kept.has(kind) || v.includes('[redacted:') || v.includes('%5Bredacted%3A')) return v;
    counts[kind]++;
    // One value, one hash, however it was escaped where it was found (a query string, the HAR's decoded queryString list).
    const canonical = canonicalValue(v);
    let known = replaced.get(canonical);
    if (known === undefined) {
      known = { mark: `[redacted:${keyedHash(key, canonical)}]`, kind };
      replaced.set(canonical, known);
    }
    return known.mark;
  };

  const shapes = (t: string): string => {
    if (!ANY_ANCHOR.test(t)) return t;
    let out = t;
    for (const { anchors, pattern, kind, valid, minLength, hint } of SECRET_VALUE_PATTERNS) {
      if (minLength !== undefined && out.length < minLength) continue;
      if (hint ? !hint.test(out) : !anchors.some((anchor) => out.includes(anchor))) continue;
      out = out.replace(pattern, (...args: unknown[]) => {
        const match = args[0] as string;
        if (valid && !valid(match)) return match;
        const groups = args[args.length - 1] as { pre?: string; secret?: string; post?: string } | undefined;
        if (typeof groups === 'object' && groups !== null && groups.secret !== undefined) {
          return `${groups.pre ?? ''}${value(groups.secret, kind)}${groups.post ?? ''}`;
        }
        return value(match, kind);
      });
    }
    return out;
  };

  const text = (t: string): string => {
    if (t.length < 4 || nesting > MAX_NESTING || clean.has(t)) return t;
    nesting++;
    try {
      return remember(t, shapes(redactFreeText(t, self)));
    } finally {
      nesting--;
    }
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
    return redacted === decoded ? direct : encodeURIComponent(redacted).replace(/%5Bredacted%3A([0-9a-f]{8})%5D/g, '%5Bredacted%3A$1%5D');
  };

  const decodeName = (raw: string): string => {
    try {
      return decodeURIComponent(raw.replace(/\+/g, ' '));
    } catch {
      return raw; // a malformed escape is still a name to test
    }
  };

  const params = (query: string, kind: RedactionKind = 'url-tokens'): string =>
    query
      .split('&')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0) return component(pair, true);
        const rawName = pair.slice(0, eq);
        const name = decodeName(rawName);
        const v = pair.slice(eq + 1);
        if (!isSecretName(name)) return `${rawName}=${component(v, true)}`;
        const decoded = decodeName(v);
        const out = value(decoded, isPiiName(name) ? 'pii' : kind);
        return `${rawName}=${out === decoded ? v : urlSafe(out)}`;
      })
      .join('&');

  const self: Redactor = {
    value,
    text,
    params,
    url: (u) => (clean.has(u) ? u : remember(u, redactUrl(u, { component, params, value, text }))),
    dropped: (kind) => {
      if (!kept.has(kind)) counts[kind]++;
    },
    clientIp: (ip) => value(ip, 'client-ip'),
    keeps: (kind) => kept.has(kind),
    replaced,
    copied: () => {
      copies++;
    },
    report: () => {
      const total = Object.values(counts).reduce((a, b) => a + b, 0) + copies;
      return { counts: { ...counts }, kept: [...kept], distinct: replaced.size, copies, total };
    },
  };
  return self;
}
