// Bodies are judged by what they hold, not by the type they declare: JSON is often sent as
// text/plain, forms as text/plain, NDJSON and server-sent events carry one JSON document a line,
// multipart forms carry passwords as fields. Anything else is free text (see text-rules.ts).
import type { RedactionKind } from './redaction-report';
import type { Redactor } from './redactor';
import { isPiiName, isSecretName } from './secret-names';

const MAX_DEPTH = 64;
/** Keys whose string value is a URL: its parameters are judged by name. */
const URL_KEY = /(?:^|_|-)(?:url|uri|href|link|redirect|callback|location)$|Url$|Uri$/i;
/** `{"name": "password", "value": "…"}`: a pair whose value is secret when its name is. */
const PAIR_NAME_KEYS = ['name', 'key', 'field', 'param', 'parameter', 'id'];
const PAIR_VALUE_KEYS = ['value', 'val', 'data'];

type Json = unknown;

/** Every leaf under a secret key is secret: `"credentials": {"user": "a", "pass": "b"}`. */
function redactAll(node: Json, kind: RedactionKind, r: Redactor, depth: number): Json {
  if (depth > MAX_DEPTH) return null;
  if (typeof node === 'string' || typeof node === 'number') return r.value(String(node), kind);
  if (Array.isArray(node)) return node.map((item) => redactAll(item, kind, r, depth + 1));
  if (node !== null && typeof node === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(node)) out[k] = redactAll(v, kind, r, depth + 1);
    return out;
  }
  return node;
}

function pairIsSecret(node: Record<string, Json>): { valueKey: string; kind: RedactionKind } | undefined {
  const nameKey = PAIR_NAME_KEYS.find((k) => typeof node[k] === 'string');
  const valueKey = PAIR_VALUE_KEYS.find((k) => k in node);
  if (nameKey === undefined || valueKey === undefined) return undefined;
  const name = node[nameKey] as string;
  return isSecretName(name) ? { valueKey, kind: isPiiName(name) ? 'pii' : 'body-secrets' } : undefined;
}

/** A parsed JSON document with every secret key's value redacted and every string read as text. */
export function redactJsonValue(node: Json, r: Redactor, depth = 0): Json {
  if (depth > MAX_DEPTH) return null;
  if (typeof node === 'string') return r.text(node);
  if (Array.isArray(node)) return node.map((item) => redactJsonValue(item, r, depth + 1));
  if (node !== null && typeof node === 'object') {
    const record = node as Record<string, Json>;
    const pair = pairIsSecret(record);
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(record)) {
      if (pair?.valueKey === k) out[k] = redactAll(v, pair.kind, r, depth + 1);
      else if (isSecretName(k) && v !== null && typeof v !== 'boolean') out[k] = redactAll(v, isPiiName(k) ? 'pii' : 'body-secrets', r, depth + 1);
      else if (typeof v === 'string' && URL_KEY.test(k)) out[k] = r.url(v);
      else out[k] = redactJsonValue(v, r, depth + 1);
    }
    return out;
  }
  return node;
}

function tryJson(text: string): { ok: true; value: Json } | { ok: false } {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[' && first !== '"') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A JSON body keeps its layout's intent: pretty stays pretty, compact stays compact. */
function jsonText(original: string, value: Json, r: Redactor): string {
  const indent = /^[[{]\s*\n(\s+)/.exec(original.trimStart())?.[1]?.length ?? 0;
  return JSON.stringify(redactJsonValue(value, r), null, indent || undefined);
}

/** "a=1&b=2" with no white space and a name before every '=': a form, whatever its declared type. */
function looksLikeForm(text: string): boolean {
  if (text.length === 0 || !text.includes('=') || /\s/.test(text)) return false;
  return text.split('&').every((pair) => /^[A-Za-z0-9_.\-%[\]*]+(?:=|$)/.test(pair));
}

/** NDJSON and server-sent events: a JSON document (or "data: <json>") a line. */
function lineByLine(text: string, r: Redactor): string | undefined {
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n');
  let structured = 0;
  const out = lines.map((line) => {
    const sse = /^(data|id|event):[ ]?/.exec(line);
    const payload = sse ? line.slice(sse[0].length) : line;
    const parsed = payload.trim() === '' ? undefined : tryJson(payload);
    if (parsed?.ok) {
      structured++;
      return `${sse?.[0] ?? ''}${JSON.stringify(redactJsonValue(parsed.value, r))}${payload.endsWith('\r') ? '\r' : ''}`;
    }
    if (sse) {
      structured++;
      return `${sse[0]}${r.text(payload)}`;
    }
    return line;
  });
  // Only when most lines are structured: an HTML page with one JSON line is still a page.
  if (structured === 0 || structured * 2 < lines.filter((l) => l.trim() !== '').length) return undefined;
  return out.map((line, i) => (line === lines[i] ? r.text(line) : line)).join('\n');
}

/** multipart/form-data: each part is named; a secret name's part is redacted whole. */
function multipart(text: string, mimeType: string, r: Redactor): string | undefined {
  const declared = /boundary=(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(mimeType);
  const sniffed = /^--([^\r\n]{1,200})\r?\n/.exec(text);
  const boundary = declared?.[1] ?? declared?.[2] ?? sniffed?.[1];
  if (!boundary || !text.includes(`--${boundary}`)) return undefined;
  return text
    .split(`--${boundary}`)
    .map((part) => {
      const split = /\r?\n\r?\n/.exec(part);
      if (!split) return part;
      const head = part.slice(0, split.index);
      const body = part.slice(split.index + split[0].length);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      const trailer = /\r?\n$/.exec(body)?.[0] ?? '';
      const content = body.slice(0, body.length - trailer.length);
      const type = /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1] ?? '';
      const redacted = name !== undefined && isSecretName(name) ? r.value(content, isPiiName(name) ? 'pii' : 'body-secrets') : redactBody(content, type, r);
      return `${r.text(head)}${split[0]}${redacted}${trailer}`;
    })
    .join(`--${boundary}`);
}

/** A request or response body, redacted by its content. */
export function redactBody(text: string, mimeType: string, r: Redactor): string {
  if (/multipart\//i.test(mimeType) || text.startsWith('--')) {
    const parts = multipart(text, mimeType, r);
    if (parts !== undefined) return parts;
  }
  const json = tryJson(text);
  if (json.ok) return jsonText(text, json.value, r);
  if (/x-www-form-urlencoded/i.test(mimeType) || looksLikeForm(text)) return r.params(text, 'body-secrets');
  const lines = lineByLine(text, r);
  if (lines !== undefined) return lines;
  return r.text(text);
}
