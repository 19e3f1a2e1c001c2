// What the redactor removed, by kind: the report a user sees before an export and that
// `faultline sanitize --report` prints. Kinds are the switches a user may flip to keep a class of
// values; everything else about a request (hosts, methods, statuses, header and cookie names,
// timings, request ids) is always kept.

export const REDACTION_KINDS = [
  /** Cookie and Set-Cookie values (their names are kept). */
  'cookies',
  /** Credential headers: Authorization, API keys, any header whose name says auth, key, token, secret… */
  'auth-headers',
  /** Secret parameters, path segments, fragments and user:password@ of URLs, wherever a URL appears. */
  'url-tokens',
  /** Secrets inside request and response bodies: JSON keys, form fields, CSRF tokens, WebSocket messages. */
  'body-secrets',
  /** Keys and tokens recognised by their shape anywhere: JWTs, bearer tokens, cloud and API keys, PEM keys. */
  'credentials',
  /** Personal data: e-mail addresses, phone numbers, card numbers. */
  'pii',
  /** The visitor's own IP address (error pages, trace, forwarding headers). */
  'client-ip',
  /** Script bodies, dropped whole: they can embed keys and user data. */
  'scripts',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface RedactionReport {
  /** Values replaced, per kind (for scripts: bodies dropped). */
  counts: Record<RedactionKind, number>;
  /** Kinds the user chose to keep as they are. */
  kept: RedactionKind[];
  /** Distinct secret values found (equal values share one hash). */
  distinct: number;
  /** Further copies of a redacted value replaced elsewhere in the export (second pass). */
  copies: number;
  /** Every replacement: the counts added up, copies included. */
  total: number;
}

export const emptyCounts = (): Record<RedactionKind, number> =>
  Object.fromEntries(REDACTION_KINDS.map((kind) => [kind, 0])) as Record<RedactionKind, number>;

export const isRedactionKind = (value: string): value is RedactionKind => (REDACTION_KINDS as readonly string[]).includes(value);
