// Finds secrets in export outputs, however they were written: as they are, re-encoded (URL, form,
// base64, JSON escapes) or inside text that needs decoding first (percent-escapes, JSON and HTML
// escapes, base64 bodies and base64-looking runs). A redactor that only catches the literal value
// would pass a plain `includes` check while handing the secret out percent-encoded or inside a
// base64 body; this search fails it.
//
// Linear time: each decoder is one regex pass, and all variants of all secrets are found in one
// pass per view (a rolling hash over the shortest variant length, then a startsWith check), so a
// 50 MB HAR against thousands of collected values stays a matter of seconds.

/** Values shorter than this are not searched: they match by chance ("true", "200"). */
export const MIN_SECRET_LENGTH = 6;
/** Shorter base64 runs are left alone: words and ids look like base64 too. */
const MIN_BASE64_RUN = 16;
/** A base64 fragment of a secret shorter than this matches image data by chance. */
const MIN_BASE64_CORE = 10;

export interface Variant {
  /** How the secret was written: raw, url, form, base64, base64-core…, json. */
  how: string;
  text: string;
}

export interface View {
  /** Which decoders made this view: raw, json, html, url, form, base64… */
  how: string;
  text: string;
}

export interface Leak {
  /** Index of the secret in the list the search was built from. */
  secret: number;
  variant: string;
  view: string;
}

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const toUrlSafe = (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * The ways an export could write `secret` without decoding: whole-value encodings, and the parts of
 * its base64 that do not depend on what surrounds it (it may sit anywhere inside a base64 body).
 */
export function secretVariants(secret: string): Variant[] {
  const out: Variant[] = [{ how: 'raw', text: secret }];
  const add = (how: string, text: string) => {
    if (text.length >= MIN_SECRET_LENGTH && !out.some((v) => v.text === text)) out.push({ how, text });
  };
  add('url', encodeURIComponent(secret));
  add('form', encodeURIComponent(secret).replace(/%20/g, '+'));
  add('json', JSON.stringify(secret).slice(1, -1));
  add('json-slash', JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'));
  const whole = b64(secret);
  add('base64', whole.replace(/=+$/, ''));
  add('base64url', toUrlSafe(whole).replace(/=+$/, ''));
  const bytes = Buffer.byteLength(secret, 'utf8');
  for (let shift = 0; shift < 3; shift++) {
    // Three bytes make four characters: after `shift` bytes of unknown text, the groups made only
    // of the secret's bytes are the same whatever came before or after.
    const encoded = Buffer.concat([Buffer.alloc(shift, 0x20), Buffer.from(secret, 'utf8')]).toString('base64');
    const core = encoded.slice(shift === 0 ? 0 : 4, Math.floor((shift + bytes) / 3) * 4);
    if (core.length >= MIN_BASE64_CORE) {
      add(`base64-core${shift}`, core);
      add(`base64url-core${shift}`, toUrlSafe(core));
    }
  }
  return out;
}

/** `\"`, `\/`, `\n` and `\u00xx` escapes undone, once (JSON inside JSON is undone by the next view). */
export function jsonUnescape(text: string): string {
  if (!text.includes('\\')) return text;
  const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
  return text.replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g, (_m, hex: string | undefined, c: string | undefined) =>
    hex !== undefined ? String.fromCharCode(parseInt(hex, 16)) : simple[c!]!);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Named (the common few) and numeric character references, with or without the semicolon. */
export function htmlDecode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));?/g, (m, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return ENTITIES[name]!;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Each run of %XX escapes decoded as UTF-8 where it is valid, byte by byte (Latin-1) where not. */
export function percentDecode(text: string): string {
  if (!text.includes('%')) return text;
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    }
  });
}

/** Twice, for values encoded twice (a URL inside a query parameter). */
const percentDecodeTwice = (text: string) => percentDecode(percentDecode(text));

/**
 * Every base64-looking run decoded, at each of the four alignments (a run can start mid-value when
 * a name is glued to it), joined by newlines. Both alphabets: `-_` are read as `+/`.
 */
export function base64Runs(text: string): string {
  const parts: string[] = [];
  for (const match of text.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
    const run = match[0].replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    if (run.length < MIN_BASE64_RUN) continue;
    // Node's decoder takes unpadded input and ignores a dangling last character.
    for (let offset = 0; offset < 4; offset++) parts.push(Buffer.from(run.slice(offset), 'base64').toString('utf8'));
  }
  return parts.join('\n');
}

/** The text as written, and as a reader would see it after undoing each layer of encoding. */
export function decodedViews(text: string): View[] {
  const views: View[] = [];
  const add = (how: string, view: string) => {
    if (view !== '' && !views.some((v) => v.text === view)) views.push({ how, text: view });
  };
  add('raw', text);
  const json = jsonUnescape(text);
  add('json', json);
  const html = htmlDecode(json);
  add('json+html', html);
  const url = percentDecodeTwice(html);
  add('json+html+url', url);
  add('json+html+form', percentDecodeTwice(html.replace(/\+/g, ' ')));
  const decoded = base64Runs(url);
  add('base64', decoded);
  add('base64+json+html+url', percentDecodeTwice(htmlDecode(jsonUnescape(decoded))));
  return views;
}

interface Pattern {
  text: string;
  /** [secret index, variant name] pairs sharing this text. */
  owners: [number, string][];
}

const WINDOW = MIN_SECRET_LENGTH;
const BASE = 0x01000193;

/** Hash of `text[from, from + WINDOW)`, the same one the rolling scan computes. */
function windowHash(text: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + WINDOW; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) >>> 0;
  return h;
}

/** BASE^(WINDOW-1): the weight of the character leaving the window. */
const OUTGOING = (() => {
  let p = 1;
  for (let i = 1; i < WINDOW; i++) p = Math.imul(p, BASE) >>> 0;
  return p;
})();

/** A multi-pattern matcher: every pattern whose text occurs in the scanned text. */
function buildMatcher(patterns: readonly Pattern[]) {
  const byHash = new Map<number, number[]>();
  const filter = new Uint8Array(1 << 16);
  patterns.forEach((p, index) => {
    const h = windowHash(p.text, 0);
    const list = byHash.get(h);
    if (list) list.push(index);
    else byHash.set(h, [index]);
    filter[h >>> 16] = 1;
  });
  return (text: string): Set<number> => {
    const found = new Set<number>();
    if (text.length < WINDOW) return found;
    let h = windowHash(text, 0);
    for (let start = 0; ; start++) {
      if (filter[h >>> 16] === 1) {
        const candidates = byHash.get(h);
        if (candidates) for (const index of candidates) if (!found.has(index) && text.startsWith(patterns[index]!.text, start)) found.add(index);
      }
      const end = start + WINDOW;
      if (end >= text.length) break;
      h = (Math.imul((h - Math.imul(text.charCodeAt(start), OUTGOING)) >>> 0, BASE) + text.charCodeAt(end)) >>> 0;
    }
    return found;
  };
}

export interface LeakSearch {
  /** Every secret found in `text`, with how it was written and which view of the text showed it. */
  find(text: string): Leak[];
}

/** A search for `secrets` (each at least MIN_SECRET_LENGTH long) in any text. */
export function leakSearch(secrets: readonly string[]): LeakSearch {
  const byText = new Map<string, Pattern>();
  secrets.forEach((secret, index) => {
    if (secret.length < MIN_SECRET_LENGTH) throw new Error(`secret ${index} is shorter than ${MIN_SECRET_LENGTH} characters`);
    for (const { how, text } of secretVariants(secret)) {
      const pattern = byText.get(text);
      if (pattern) pattern.owners.push([index, how]);
      else byText.set(text, { text, owners: [[index, how]] });
    }
  });
  const patterns = [...byText.values()];
  const match = buildMatcher(patterns);
  return {
    find(text: string): Leak[] {
      const leaks: Leak[] = [];
      const seen = new Set<string>();
      for (const view of decodedViews(text)) {
        for (const index of match(view.text)) {
          for (const [secret, variant] of patterns[index]!.owners) {
            const key = `${secret}\u0000${variant}`;
            // The first (least decoded) view that shows a variant is the one worth reporting.
            if (seen.has(key)) continue;
            seen.add(key);
            leaks.push({ secret, variant, view: view.how });
          }
        }
      }
      return leaks;
    },
  };
}

/** Leaks grouped by secret index, for "which secret leaked where" reports. */
export function leaksBySecret(leaks: readonly Leak[]): Map<number, Omit<Leak, 'secret'>[]> {
  const out = new Map<number, Omit<Leak, 'secret'>[]>();
  for (const { secret, variant, view } of leaks) {
    const list = out.get(secret) ?? [];
    list.push({ variant, view });
    out.set(secret, list);
  }
  return out;
}

/** Path of each string in a JSON document, e.g. $.log.entries[3].request.url. */
function* jsonStrings(node: unknown, path: string, depth = 0): Generator<[string, string]> {
  if (depth > 64) return;
  if (typeof node === 'string') yield [path, node];
  else if (Array.isArray(node)) for (let i = 0; i < node.length; i++) yield* jsonStrings(node[i], `${path}[${i}]`, depth + 1);
  else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      yield [`${path}.${k} (key)`, k];
      yield* jsonStrings(v, /^[A-Za-z_$][\w$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`, depth + 1);
    }
  }
}

/**
 * Where each of `secrets` first shows in `text`: a JSON path when the text is JSON (each string
 * searched with its decoded views), else a line number. For reports, after `find` said it leaked.
 */
export function locate(text: string, secrets: readonly string[]): Map<number, string> {
  const search = leakSearch(secrets);
  const where = new Map<number, string>();
  const note = (place: string, piece: string) => {
    for (const { secret, variant, view } of search.find(piece)) if (!where.has(secret)) where.set(secret, `${place} [${variant}@${view}]`);
  };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined && typeof parsed === 'object') for (const [path, piece] of jsonStrings(parsed, '$')) note(path, piece);
  else text.split('\n').forEach((line, i) => note(`line ${i + 1}`, line));
  // A secret split across strings or lines is still found in the whole text.
  if (where.size < secrets.length) note('(across strings)', text);
  return where;
}
