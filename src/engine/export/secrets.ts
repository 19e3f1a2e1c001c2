// What counts as a secret in a HAR: header names, parameter names, and value shapes. Broader than
// Chrome's "sanitized" export (cookies and auth headers) and Cloudflare's har-sanitizer word list,
// which it includes. Data, kept apart from the code that applies it (secret-names.ts, redactor.ts).
import type { RedactionKind } from './redaction-report';

/** Header names whose values are always secret (lower-case); others are judged by their words. */
export const SECRET_HEADERS = new Set([
  'cookie', 'set-cookie', 'authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'apikey',
  'x-auth-token', 'x-access-token', 'x-refresh-token', 'x-csrf-token', 'x-xsrf-token', 'x-csrftoken',
  'x-amz-security-token', 'x-goog-api-key', 'x-client-data', 'x-session-id', 'x-session-token',
  'x-vercel-protection-bypass', 'x-shopify-access-token', 'x-github-token', 'private-token',
  'x-figma-token', 'x-hub-signature', 'x-hub-signature-256', 'x-ms-token-aad-id-token',
  'cf-access-jwt-assertion', 'cf-access-token', 'cf-access-client-secret', 'x-ms-client-principal',
  'x-forwarded-client-cert', 'x-ssl-client-cert', 'ocp-apim-subscription-key', 'x-functions-key',
  'x-amz-content-sha256', 'x-goog-authenticated-user-email', 'x-goog-iap-jwt-assertion',
  'x-ms-client-principal-name', 'x-ms-client-principal-id', 'x-amzn-oidc-data', 'x-amzn-oidc-accesstoken',
  'x-amzn-oidc-identity', 'x-upload-token', 'x-sentry-auth', 'x-auth-key', 'x-auth-email', 'x-auth-user-service-key',
]);

/** Header name prefixes that name other headers or policy, not credentials (kept, so CORS failures can be read). */
export const NOT_SECRET_HEADER_PREFIXES = ['access-control-', 'sec-ch-', 'sec-fetch-', 'www-authenticate', 'proxy-authenticate', 'content-security-policy'];

/** Headers that carry the visitor's own IP address (requests through proxies, echoes in responses). */
export const CLIENT_IP_HEADERS = new Set([
  'x-forwarded-for', 'x-real-ip', 'cf-connecting-ip', 'cf-connecting-ipv6', 'true-client-ip', 'x-client-ip',
  'x-cluster-client-ip', 'fastly-client-ip', 'x-appengine-user-ip', 'x-azure-clientip', 'x-original-forwarded-for',
  'forwarded', 'x-envoy-external-address',
]);

/** Parameter, cookie and JSON key names that are secret when equal to one of these (lower-case). */
export const SECRET_NAMES = new Set([
  // Cloudflare har-sanitizer's scrub words.
  'state', 'shdf', 'usg', 'password', 'email', 'code', 'code_verifier', 'client_secret', 'client_id',
  'token', 'access_token', 'authenticity_token', 'id_token', 'appid', 'challenge', 'facetid',
  'assertion', 'fcparams', 'serverdata', 'authorization', 'auth', 'x-client-data', 'samlrequest',
  'samlresponse',
  // And more: OAuth, signed URLs (S3, GCS, Azure SAS, CloudFront), sessions, one-time codes.
  'refresh_token', 'passwd', 'pwd', 'pass', 'passphrase', 'secret', 'api_key', 'apikey', 'key',
  'signature', 'sig', 'session', 'sessionid', 'session_id', 'sid', 'otp', 'pin', 'ssn', 'jwt',
  'nonce', 'ticket', 'private_key', 'access_key', 'secret_key', 'x-amz-signature',
  'x-amz-credential', 'x-amz-security-token', 'x-goog-signature', 'x-goog-credential', 'policy',
  'key-pair-id', 'credential', 'credentials', 'phone', 'card', 'cardnumber', 'card_number', 'cvv',
  'cvc', 'iban', 'bearer', 'oauth_token', 'oauth_verifier', 'csrf', 'xsrf', 'csrf_token',
  'csrfmiddlewaretoken', '_csrf', '_token', 'hmac', 'mfa', 'totp', 'jsessionid', 'phpsessid',
  'aspsessionid', 'asp.net_sessionid', 'connect.sid', 'hash', 'login_hint', 'id_token_hint',
]);

/** A name is secret when, with separators removed, it contains one of these (lower-case). */
export const SECRET_NAME_PARTS = [
  'token', 'secret', 'passw', 'apikey', 'accesskey', 'privatekey', 'signature', 'credential',
  'sessionid', 'sessiontoken', 'authorization', 'authenticity', 'oauth', 'csrf', 'xsrf', 'jwt',
  'bearer', 'cookie', 'webhook', 'cardnumber', 'creditcard', 'securitycode', 'otpcode', 'mfacode',
  'verificationcode', 'resetcode', 'authcode', 'apisecret', 'clientsecret', 'signingkey', 'sharedkey',
];

/** A name is secret when one of its words (X-Auth-Key → x, auth, key) is one of these. */
export const SECRET_NAME_WORDS = new Set([
  'auth', 'authorization', 'authn', 'token', 'tokens', 'secret', 'secrets', 'key', 'apikey', 'password',
  'passwd', 'pwd', 'passcode', 'session', 'sessionid', 'sid', 'cookie', 'csrf', 'xsrf', 'signature', 'sig',
  'credential', 'credentials', 'jwt', 'bearer', 'otp', 'totp', 'mfa', '2fa', 'pin', 'cvv', 'cvc', 'hmac', 'dsn',
]);

/** Words that make a name personal data rather than a credential. */
export const PII_NAME_WORDS = new Set(['email', 'mail', 'phone', 'mobile', 'msisdn', 'tel', 'ssn', 'iban', 'card', 'pan']);

/** In free text, only names containing these count (see isStrongSecretName). */
export const FREE_TEXT_SECRET_PARTS = [
  'password', 'passwd', 'passphrase', 'secret', 'token', 'apikey', 'accesskey', 'privatekey', 'credential',
  'sessionid', 'jwt', 'bearer', 'otpcode', 'csrf', 'xsrf', 'authenticity', 'signature',
];

/** A path segment after one of these is a one-time token (`/reset/<token>`, `/verify-email/<token>`). */
export const TOKEN_PATH_WORDS = new Set([
  'reset', 'password', 'passwordreset', 'resetpassword', 'forgot', 'verify', 'verification', 'verifyemail',
  'confirm', 'confirmation', 'confirmemail', 'activate', 'activation', 'invite', 'invitation', 'magic',
  'magiclink', 'unsubscribe', 'token', 'tokens', 'onetime', 'otp', 'auth', 'oauth', 'sso', 'login', 'signin',
  'share', 'download', 'secret', 'key', 'keys', 'session', 'sessions', 'webhook', 'webhooks', 'hooks', 'callback',
]);

/**
 * Value shapes that are secrets wherever they appear (URLs, header values, bodies). Each names the
 * literal text every match contains, so a native substring check skips it for almost all text.
 * Every pattern is linear in its input: it starts only where a run of its own characters starts
 * (a lookbehind), and its repeated parts cannot overlap one another, so no position is tried twice.
 * A pattern with a `secret` group redacts only that group and keeps the rest of the match.
 */
export interface SecretPattern {
  name: string;
  kind: RedactionKind;
  anchors: readonly string[];
  pattern: RegExp;
  /** A further test of a match (a card number's checksum). */
  valid?: (match: string) => boolean;
  /** Shorter text cannot hold a match: skipped without running the pattern. */
  minLength?: number;
  /** For shapes with no literal text (card numbers): a cheap test every match passes. */
  hint?: RegExp;
}

/** Luhn's checksum, and a card network's number prefix, so order ids and timestamps are not taken for cards. */
function isCardNumber(match: string): boolean {
  const digits = match.replace(/[ -]/g, '');
  if (digits.length < 13 || digits.length > 19) return false;
  if (!/^(?:4|5[1-5]|2[2-7]|3[47]|3[068]|35|6011|64[4-9]|65|62)/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** An international number has 8 to 15 digits (E.164). */
const isPhoneNumber = (match: string) => {
  const digits = match.replace(/\D/g, '').length;
  return digits >= 8 && digits <= 15;
};


/**
 * "Basic information" is prose, "Basic dXNlcjpwYXNz" a credential: a token is anything but one
 * lower-case (or capitalised) word.
 */
const isSchemeToken = (match: string) => !/^[A-Z]?[a-z]+$/.test(match.slice(match.indexOf(' ')).trim());

export const SECRET_VALUE_PATTERNS: readonly SecretPattern[] = [
  { name: 'jwt', kind: 'credentials', anchors: ['eyJ'], pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g },
  { name: 'bearer', kind: 'credentials', anchors: ['Bearer', 'Basic', 'Token', 'bearer', 'token'], pattern: /(?<![A-Za-z0-9])(?<pre>(?:Bearer|Basic|Token|bearer|token) {1,4})(?<secret>[A-Za-z0-9._~+/=-]{8,})/g, valid: isSchemeToken },
  { name: 'private-key', kind: 'credentials', anchors: ['PRIVATE KEY-----'], pattern: /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY-----[^-]*(?:-(?!----END)[^-]*)*(?:-----END [A-Z0-9 ]{0,40}PRIVATE KEY-----)?/g },
  { name: 'aws-key', kind: 'credentials', anchors: ['AKIA', 'ASIA'], pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Z])/g },
  { name: 'github-token', kind: 'credentials', anchors: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'], pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g },
  { name: 'slack-token', kind: 'credentials', anchors: ['xox'], pattern: /(?<![A-Za-z0-9-])xox[abposre]-[A-Za-z0-9-]{10,}/g },
  { name: 'stripe-key', kind: 'credentials', anchors: ['_live_', '_test_'], pattern: /(?<![A-Za-z0-9_])(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]{10,}/g },
  { name: 'google-api-key', kind: 'credentials', anchors: ['AIza'], pattern: /(?<![0-9A-Za-z_-])AIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { name: 'sendgrid-key', kind: 'credentials', anchors: ['SG.'], pattern: /(?<![A-Za-z0-9_.-])SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}/g },
  { name: 'npm-token', kind: 'credentials', anchors: ['npm_'], pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g },
  { name: 'openai-key', kind: 'credentials', anchors: ['sk-'], pattern: /(?<![A-Za-z0-9_-])sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/g },
  // Slack and Discord webhooks post as their owner to anyone holding the URL.
  { name: 'slack-webhook', kind: 'url-tokens', anchors: ['hooks.slack.com/'], pattern: /(?<pre>hooks\.slack\.com\/(?:services|workflows|triggers)\/)(?<secret>[A-Za-z0-9_/-]{8,})/g },
  { name: 'discord-webhook', kind: 'url-tokens', anchors: ['/api/webhooks/'], pattern: /(?<pre>\/api\/webhooks\/)(?<secret>[0-9]{5,}\/[A-Za-z0-9_-]{20,})/g },
  // Only the "user:password" of "scheme://user:password@host": the user part cannot hold ':' or '/',
  // so a new "://" always ends the try before it.
  { name: 'url-credentials', kind: 'url-tokens', anchors: ['://'], pattern: /(?<pre>:\/\/)(?<secret>[^\s/:@'"<>]{1,256}:[^\s/@'"<>]{1,256})(?<post>@)/g },
  { name: 'email', kind: 'pii', anchors: ['@'], pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g },
  { name: 'card-number', kind: 'pii', anchors: [], hint: /\d{4}/, pattern: /(?<![\d.-])\d(?:[ -]?\d){12,18}(?![\d])/g, valid: isCardNumber, minLength: 13 },
  { name: 'phone-international', kind: 'pii', anchors: ['+'], pattern: /(?<![\w+])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\w])/g, valid: isPhoneNumber, minLength: 9 },
  { name: 'phone-nanp', kind: 'pii', anchors: ['('], pattern: /(?<![\w(])\(\d{3}\) ?\d{3}[-. ]\d{4}(?!\d)/g },
];

/** Response bodies of these types are scripts: dropped, since they can embed keys and user data. */
export const SCRIPT_MIME = /^(?:text|application)\/(?:x-)?(?:javascript|ecmascript)|^application\/x-javascript|^text\/jsx/i;
