// The second pass: a value redacted in one place must not survive in another (a cookie value
// copied into a query string, an API key inside another request's path, a token inside a Chrome
// `_initiator` stack). Every replaced value, in the forms a copy takes (as is, percent-encoded,
// form-encoded, JSON- and HTML-escaped, base64), is looked for in every string of the export.
//
// Base64 runs inside strings are searched as the text they decode to, one level deep.
//
// The scan is linear: a bitmap of the first three characters of every form rejects almost every
// position with one lookup; only a hit looks up the forms that start with those six characters.
import { base64ToText } from './base64-text';
import type { RedactionKind } from './redaction-report';

const KEY_LENGTH = 6;
const BITMAP_BITS = 1 << 21;
const MAX_COPIED_LENGTH = 8 * 1024;

/** Short or ordinary values ("en-US", "dark-mode") would match ordinary text: only token-like ones are copied. */
function worthCopying(value: string, kind: RedactionKind): boolean {
  // A whole redacted body (a PEM block, a 4 MB form field) is not copied elsewhere whole.
  if (value.length < KEY_LENGTH || value.length > MAX_COPIED_LENGTH) return false;
  if (kind === 'client-ip' || kind === 'pii') return true;
  if (value.length >= 12) return true;
  return (/\d/.test(value) && /[A-Za-z]/.test(value)) || /[A-Z]/.test(value.slice(1)) || /[^A-Za-z0-9\-_. ]/.test(value);
}

const htmlEscape = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function base64Of(v: string): string {
  const bytes = new TextEncoder().encode(v);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/=+$/, '');
}

function formsOf(value: string, mark: string): [string, string][] {
  const encodedMark = mark.replace(/^\[redacted:([0-9a-f]{8})\]$/, '%5Bredacted%3A$1%5D');
  const forms: [string, string][] = [[value, mark]];
  const add = (form: string, replacement: string) => {
    if (form.length >= KEY_LENGTH && !forms.some(([f]) => f === form)) forms.push([form, replacement]);
  };
  let encoded: string | undefined;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    encoded = undefined; // a lone surrogate: no encoded form exists
  }
  if (encoded !== undefined) {
    add(encoded, encodedMark);
    add(encoded.replace(/%20/g, '+'), encodedMark);
    // Browsers and trackers escape !'()* too, which encodeURIComponent leaves as they are.
    add(encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`), encodedMark);
    // Lower-case escapes ("%2f") are as valid as upper-case ones.
    add(encoded.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()), encodedMark);
  }
  add(JSON.stringify(value).slice(1, -1), mark);
  add(JSON.stringify(value).slice(1, -1).replace(/\//g, '\\/'), mark);
  add(htmlEscape(value), mark);
  if (value.length >= 8) add(base64Of(value), mark);
  return forms;
}

const trigram = (text: string, i: number) =>
  ((text.charCodeAt(i) & 0x7f) << 14) | ((text.charCodeAt(i + 1) & 0x7f) << 7) | (text.charCodeAt(i + 2) & 0x7f);

/** Inside a mark already written ("[redacted:1a2b3c4d]"), a short hex value must not match. */
function insideMark(text: string, i: number): boolean {
  const m = text.lastIndexOf('redacted', i);
  return m >= 0 && i - m < 24 && /^redacted(?::|%3A)[0-9a-f]{0,8}$/.test(text.slice(m, i));
}

export type CopyReplacer = (text: string) => string;

/** A run of base64 (or base64url) long enough to carry a copy: trackers send JSON this way (`?data=eyJ…`). */
const BASE64_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}/g;
/** Paths ("/api/v1/users/settings") and words are runs too: real base64 mixes cases and digits, and one alphabet. */
const looksBase64 = (run: string) =>
  run.length % 4 !== 1 && /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && !(/[+/]/.test(run) && /[-_]/.test(run)) && !run.includes('//');

function encodeBase64Like(text: string, original: string): string {
  let out = base64Of(text);
  if (/[-_]/.test(original)) out = out.replace(/\+/g, '-').replace(/\//g, '_');
  const padding = /=+$/.exec(original)?.[0];
  return padding === undefined ? out : out + '='.repeat((4 - (out.length % 4)) % 4);
}

/** Copies inside base64 runs: each run that decodes to text is searched decoded and re-encoded when it held one. */
function inBase64Runs(text: string, replace: (text: string) => string): string {
  if (text.length < 24) return text;
  return text.replace(BASE64_RUN, (run) => {
    if (!looksBase64(run)) return run;
    const decoded = base64ToText(run);
    if (decoded === undefined) return run;
    const replaced = replace(decoded);
    return replaced === decoded ? run : encodeBase64Like(replaced, run);
  });
}

/** A function that replaces every copy of the values in `replaced`, or undefined when none is worth looking for. */
export function buildCopyReplacer(replaced: ReadonlyMap<string, { mark: string; kind: RedactionKind }>, onCopy: () => void): CopyReplacer | undefined {
  const bitmap = new Uint8Array(BITMAP_BITS >> 3);
  const byKey = new Map<string, [string, string][]>();
  for (const [value, { mark, kind }] of replaced) {
    if (!worthCopying(value, kind)) continue;
    for (const [form, replacement] of formsOf(value, mark)) {
      const code = trigram(form, 0);
      bitmap[code >> 3]! |= 1 << (code & 7);
      const key = form.slice(0, KEY_LENGTH);
      const list = byKey.get(key);
      if (list) list.push([form, replacement]);
      else byKey.set(key, [[form, replacement]]);
    }
  }
  if (byKey.size === 0) return undefined;
  // Longest first, so "abc123456" wins over its prefix "abc1234".
  for (const list of byKey.values()) list.sort((a, b) => b[0].length - a[0].length);

  const direct = (text: string): string => {
    if (text.length < KEY_LENGTH) return text;
    let out = '';
    let copiedFrom = 0;
    const last = text.length - KEY_LENGTH;
    // The three characters at i, rolled forward one character at a time.
    let code = ((text.charCodeAt(0) & 0x7f) << 7) | (text.charCodeAt(1) & 0x7f);
    for (let i = 0; i <= last; i++) {
      code = ((code << 7) | (text.charCodeAt(i + 2) & 0x7f)) & 0x1fffff;
      if ((bitmap[code >> 3]! & (1 << (code & 7))) === 0) continue;
      const list = byKey.get(text.slice(i, i + KEY_LENGTH));
      if (list === undefined) continue;
      const hit = list.find(([form]) => text.startsWith(form, i));
      if (hit === undefined || insideMark(text, i)) continue;
      out += text.slice(copiedFrom, i) + hit[1];
      i += hit[0].length - 1;
      copiedFrom = i + 1;
      onCopy();
      // Re-seed the window with the two characters after the copy.
      code = ((text.charCodeAt(i + 1) & 0x7f) << 7) | (text.charCodeAt(i + 2) & 0x7f);
    }
    return copiedFrom === 0 ? text : out + text.slice(copiedFrom);
  };
  // Repeated strings (header values on every entry) are searched once when they hold no copy.
  const clean = new Set<string>();
  return (text) => {
    if (clean.has(text)) return text;
    const out = inBase64Runs(direct(text), direct);
    if (out === text && text.length <= 1024 && clean.size < 50_000) clean.add(text);
    return out;
  };
}
