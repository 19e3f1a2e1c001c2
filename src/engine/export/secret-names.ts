// Which header, parameter, cookie and JSON key names carry secrets. Names are judged by the words
// they are made of, not only by a list: `X-Auth-Key`, `X-Sentry-Auth`, `otpCode` and `api_secret`
// are all secrets although no list names them. Data lives in secrets.ts; this is how it is applied.
import {
  CLIENT_IP_HEADERS, FREE_TEXT_SECRET_PARTS, NOT_SECRET_HEADER_PREFIXES, PII_NAME_WORDS, SECRET_HEADERS, SECRET_NAME_PARTS,
  SECRET_NAME_WORDS, SECRET_NAMES,
} from './secrets';

/** "X-Auth-Key" → ["x", "auth", "key"]; "otpCode" → ["otp", "code"]; "api_secret" → ["api", "secret"]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const squash = (lower: string) => lower.replace(/[^a-z0-9]/g, '');

function judgeName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (lower === '') return false;
  if (SECRET_NAMES.has(lower) || SECRET_HEADERS.has(lower)) return true;
  const squashed = squash(lower);
  if (SECRET_NAME_PARTS.some((part) => squashed.includes(part))) return true;
  return nameWords(name).some((word) => SECRET_NAME_WORDS.has(word) || PII_NAME_WORDS.has(word));
}

/** Names repeat on every entry of an export (header names, parameters): each is judged once. */
function memo(judge: (name: string) => boolean): (name: string) => boolean {
  const judged = new Map<string, boolean>();
  return (name) => {
    let verdict = judged.get(name);
    if (verdict === undefined) {
      verdict = judge(name);
      if (judged.size >= 10_000) judged.clear();
      judged.set(name, verdict);
    }
    return verdict;
  };
}

/** A parameter, cookie, form field or JSON key whose value is secret. */
export const isSecretName = memo(judgeName);

/** A name whose value is personal data rather than a credential (e-mail, phone, card). */
export const isPiiName = memo((name) => nameWords(name).some((word) => PII_NAME_WORDS.has(word)));

/**
 * A header whose value is secret. CORS headers name other headers ("Access-Control-Allow-Headers:
 * Authorization") and are kept: they are configuration, and a CORS failure needs them.
 */
export const isSecretHeader = memo((name) => {
  const lower = name.trim().toLowerCase();
  if (NOT_SECRET_HEADER_PREFIXES.some((prefix) => lower.startsWith(prefix))) return false;
  return judgeName(name);
});

/** Headers that carry the visitor's own address. */
export const isClientIpHeader = (name: string) => CLIENT_IP_HEADERS.has(name.trim().toLowerCase());

/**
 * In free text (a GraphQL query, a script-like config in a page, "password=…" in a log line) only
 * names that are unmistakably credentials count: "code: 502" and "state: open" are ordinary text.
 */
export const isStrongSecretName = memo((name) => {
  const squashed = squash(name.toLowerCase());
  return FREE_TEXT_SECRET_PARTS.some((part) => squashed.includes(part)) || squashed === 'pwd' || squashed === 'otp';
});
