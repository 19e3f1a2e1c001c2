// What counts as a secret in a HAR: header names, parameter names, and value shapes. Broader than
// Chrome's "sanitized" export (cookies and auth headers) and Cloudflare's har-sanitizer word list,
// which it includes. Data, kept apart from the code that applies it.

/** Header names whose values are always secret (lower-case). */
export const SECRET_HEADERS = new Set([
  'cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'apikey',
  'x-auth-token', 'x-access-token', 'x-refresh-token', 'x-csrf-token', 'x-xsrf-token', 'x-csrftoken',
  'x-amz-security-token', 'x-goog-api-key', 'x-client-data', 'x-session-id', 'x-session-token',
  'x-vercel-protection-bypass', 'x-shopify-access-token', 'x-github-token', 'private-token',
  'x-figma-token', 'x-hub-signature', 'x-hub-signature-256', 'x-ms-token-aad-id-token',
  'cf-access-jwt-assertion', 'cf-access-token', 'cf-access-client-secret', 'x-ms-client-principal',
  'x-forwarded-client-cert', 'x-ssl-client-cert', 'ocp-apim-subscription-key', 'x-functions-key',
]);

/** Parameter, cookie and JSON key names that are secret when equal to one of these (lower-case). */
export const SECRET_NAMES = new Set([
  // Cloudflare har-sanitizer's scrub words.
  'state', 'shdf', 'usg', 'password', 'email', 'code', 'code_verifier', 'client_secret', 'client_id',
  'token', 'access_token', 'authenticity_token', 'id_token', 'appid', 'challenge', 'facetid',
  'assertion', 'fcparams', 'serverdata', 'authorization', 'auth', 'x-client-data', 'samlrequest',
  'samlresponse',
  // And more.
  'refresh_token', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'api_key', 'apikey', 'key',
  'signature', 'sig', 'session', 'sessionid', 'session_id', 'sid', 'otp', 'pin', 'ssn', 'jwt',
  'nonce', 'ticket', 'private_key', 'access_key', 'secret_key', 'x-amz-signature',
  'x-amz-credential', 'x-amz-security-token', 'credential', 'credentials', 'phone', 'card',
  'cardnumber', 'card_number', 'cvv', 'cvc', 'iban', 'bearer', 'oauth_token', 'oauth_verifier',
  'csrf', 'xsrf', 'csrf_token', 'csrfmiddlewaretoken', '_csrf', '_token', 'hmac', 'mfa', 'totp',
]);

/** A name is secret when it contains one of these (lower-case, after removing - and _). */
export const SECRET_NAME_PARTS = [
  'token', 'secret', 'passw', 'apikey', 'accesskey', 'privatekey', 'signature', 'credential',
  'sessionid', 'sessiontoken', 'authorization', 'authenticity', 'oauth', 'csrf', 'xsrf', 'jwt',
  'bearer', 'cookie',
];

/**
 * Value shapes that are secrets wherever they appear (URLs, header values, bodies). Each names the
 * literal text every match contains: a native substring check skips the pattern for almost all text.
 */
export interface SecretPattern {
  name: string;
  anchors: readonly string[];
  pattern: RegExp;
  /** Literal text at the start and end of each match that is kept, not redacted. */
  keep?: readonly [prefix: string, suffix: string];
}

export const SECRET_VALUE_PATTERNS: readonly SecretPattern[] = [
  { name: 'jwt', anchors: ['eyJ'], pattern: /\beyJ[A-Za-z0-9_-]{4,4096}\.eyJ[A-Za-z0-9_-]{4,8192}\.[A-Za-z0-9_-]{0,1024}/g },
  { name: 'bearer', anchors: ['Bearer', 'Basic', 'Token', 'Digest'], pattern: /\b(?:Bearer|Basic|Token|Digest)\s{1,4}[A-Za-z0-9._~+/=-]{8,4096}/g },
  { name: 'private-key', anchors: ['PRIVATE KEY-----'], pattern: /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[A-Za-z0-9+/=\s\\n]{0,8192}?-----END [A-Z ]{0,40}PRIVATE KEY-----/g },
  { name: 'aws-key', anchors: ['AKIA', 'ASIA'], pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { name: 'github-token', anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g },
  { name: 'slack-token', anchors: ['xox'], pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,255}/g },
  { name: 'stripe-key', anchors: ['_live_', '_test_'], pattern: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,255}/g },
  { name: 'google-api-key', anchors: ['AIza'], pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  // Only the "user:password" of "scheme://user:password@host"; the literal "://" start lets the
  // regex engine skip ahead to URLs instead of trying every position.
  { name: 'url-credentials', anchors: ['://'], pattern: /:\/\/[^\s/:@'"]{1,256}:[^\s/@'"]{1,256}@/g, keep: ['://', '@'] },
];

/** Response bodies of these types are scripts: dropped, since they can embed keys and user data. */
export const SCRIPT_MIME = /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|^application\/x-javascript|^text\/jsx/i;

function judgeName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (SECRET_NAMES.has(lower) || SECRET_HEADERS.has(lower)) return true;
  const squashed = lower.replace(/[-_.\s]/g, '');
  return SECRET_NAME_PARTS.some((part) => squashed.includes(part));
}

/** Names repeat on every entry of an export (header names, parameters): each is judged once. */
const judged = new Map<string, boolean>();
export function isSecretName(name: string): boolean {
  let secret = judged.get(name);
  if (secret === undefined) {
    secret = judgeName(name);
    if (judged.size >= 10_000) judged.clear();
    judged.set(name, secret);
  }
  return secret;
}
