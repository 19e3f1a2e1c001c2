// A URL's secrets are in five places: user:password@ in the authority, matrix parameters in a
// path segment (";jsessionid=…"), a one-time token as a path segment ("/reset/<token>"), the query,
// and the fragment (OAuth's implicit flow puts tokens there). Everything else is kept: support
// needs the host and the path to find the failing route.
import type { RedactionKind } from './redaction-report';
import { isPiiName, isSecretName, nameWords } from './secret-names';
import { TOKEN_PATH_WORDS } from './secrets';

export interface UrlParts {
  component(raw: string, plusIsSpace: boolean): string;
  params(query: string, kind?: RedactionKind): string;
  value(value: string, kind: RedactionKind): string;
  text(text: string): string;
}

const safeDecode = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
};

/** The raw URL text redacted whole (judged decoded); unchanged when the user keeps its kind. */
function redactRaw(raw: string, kind: RedactionKind, parts: UrlParts): string {
  const decoded = safeDecode(raw);
  const out = parts.value(decoded, kind);
  return out === decoded ? raw : out.replace(/^\[redacted:([0-9a-f]{8})\]$/, '%5Bredacted%3A$1%5D');
}

/** "/verify-email/<token>": the segment before says that this one is a token. */
function announcesToken(segment: string): boolean {
  const words = nameWords(safeDecode(segment));
  return words.some((word) => TOKEN_PATH_WORDS.has(word)) || TOKEN_PATH_WORDS.has(words.join(''));
}

/** A one-time token rather than a word or a route: long, or holding digits beside letters. */
const tokenLike = (segment: string) => segment.length >= 6 && (segment.length >= 16 || (/\d/.test(segment) && /[A-Za-z]/.test(segment)));

/** A random token on its own (base64url of 24+ bytes): upper and lower case and digits, no dot. UUIDs and hex hashes are ids, kept. */
const randomToken = (segment: string) =>
  segment.length >= 32 && /^[A-Za-z0-9_-]+$/.test(segment) && /[A-Z]/.test(segment) && /[a-z]/.test(segment) && /\d/.test(segment);

function redactSegment(segment: string, previous: string | undefined, parts: UrlParts): string {
  // Matrix parameters: "/cart;jsessionid=ABC123" (Java servlet containers), "/a;token=…".
  const semicolon = segment.indexOf(';');
  if (semicolon >= 0) {
    const head = redactSegment(segment.slice(0, semicolon), previous, parts);
    const matrix = segment
      .slice(semicolon + 1)
      .split(';')
      .map((pair) => {
        const eq = pair.indexOf('=');
        if (eq < 0) return parts.component(pair, false);
        const name = safeDecode(pair.slice(0, eq));
        const v = pair.slice(eq + 1);
        return `${pair.slice(0, eq)}=${isSecretName(name) ? redactRaw(v, isPiiName(name) ? 'pii' : 'url-tokens', parts) : parts.component(v, false)}`;
      });
    return [head, ...matrix].join(';');
  }
  if ((previous !== undefined && announcesToken(previous) && tokenLike(segment)) || randomToken(segment)) {
    return redactRaw(segment, 'url-tokens', parts);
  }
  return parts.component(segment, false);
}

export function redactUrl(url: string, parts: UrlParts): string {
  const hash = url.indexOf('#');
  const fragment = hash < 0 ? '' : url.slice(hash + 1);
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const q = beforeHash.indexOf('?');
  const beforeQuery = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const scheme = /^[a-z][a-z0-9+.-]{0,20}:\/\//i.exec(beforeQuery)?.[0] ?? '';
  const slash = beforeQuery.indexOf('/', scheme.length);
  let authority = scheme === '' ? '' : slash < 0 ? beforeQuery.slice(scheme.length) : beforeQuery.slice(scheme.length, slash);
  const path = scheme === '' ? beforeQuery : slash < 0 ? '' : beforeQuery.slice(slash);
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    // user:password@host, or a bare user@host (often an e-mail address): either is the visitor's.
    const userinfo = authority.slice(0, at);
    const kind: RedactionKind = userinfo.includes(':') ? 'url-tokens' : 'pii';
    authority = `${redactRaw(userinfo, kind, parts)}${authority.slice(at)}`;
  }
  const segments = path.split('/');
  const redactedPath = segments.map((segment, i) => (segment === '' ? segment : redactSegment(segment, i > 0 ? segments[i - 1] : undefined, parts))).join('/');
  const query = q < 0 ? '' : `?${parts.params(beforeHash.slice(q + 1))}`;
  const frag = hash < 0 ? '' : fragment.includes('=') ? `#${parts.params(fragment)}` : `#${parts.component(fragment, false)}`;
  return `${scheme}${authority}${redactedPath}${query}${frag}`;
}
