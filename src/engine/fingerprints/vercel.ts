// Vercel's edge answers its own errors with an `x-vercel-error: <CODE>` header (and always
// `x-vercel-id`, `server: Vercel`). Browsers get an HTML page titled "<status>: <REASON>" with
// "This Serverless Function has crashed." / "Your connection is working correctly." / "Vercel is
// working correctly." and a box `<p class=devinfo-container>` holding
// "<strong>504</strong>: GATEWAY_TIMEOUT", "Code: <code>FUNCTION_INVOCATION_TIMEOUT</code>" and
// "ID: <code>bom1::…</code>". Other clients get plain text: "A server error has occurred\n\n
// FUNCTION_INVOCATION_FAILED\n\n<id>", "An error occurred with your deployment\n\n
// FUNCTION_INVOCATION_TIMEOUT\n\n<id>", "The page could not be found\n\nNOT_FOUND\n".
// Older edges (and router errors) word it "An error occurred with this application.\n\n<CODE>", and
// before the rename to Vercel the same answers came as "server: now" with "x-now-id".
// Clients asking for JSON get {"error":{"code":"FUNCTION_INVOCATION_TIMEOUT","id":"…","message":"…"}}.
// The HTML page is widely copied (custom 500 pages, spoofs): ownHeaders keeps copies out.
// Codes come from the normalised (lower-case) body, so byCode keys are lower-case.
// The Vercel Firewall's challenge (Attack Challenge Mode, Bot Protection, a custom "challenge"
// rule) is the "Vercel Security Checkpoint" page ("We're verifying your browser"), sent with
// 429 or 403 and "x-vercel-mitigated: challenge" (+ x-vercel-challenge-token): nothing failed,
// a client that cannot run its JavaScript is stopped there.
import { defineFingerprint, type PageRule, type Verdict } from '../knowledge/fingerprint';

const BY_CODE: Record<string, Verdict> = {
  function_invocation_failed: { blame: 'upstream-app', failure: 'unknown' },
  function_invocation_timeout: { blame: 'upstream-app', failure: 'timeout' },
  no_response_from_function: { blame: 'upstream-app', failure: 'empty-response' },
  body_not_a_string_from_function: { blame: 'upstream-app', failure: 'invalid-response' },
  function_response_payload_too_large: { blame: 'upstream-app', failure: 'invalid-response' },
  function_throttled: { blame: 'upstream-app', failure: 'overloaded' },
  function_payload_too_large: { blame: 'client', failure: 'config' },
  // FUNCTION_RATE_LIMIT (429): the platform's concurrency limit for the project's functions.
  function_rate_limit: { blame: 'cdn-config', failure: 'overloaded' },
  no_status_code_from_function: { blame: 'upstream-app', failure: 'invalid-response' },
  // Edge Functions are the application's own code running on Vercel's edge runtime.
  edge_function_invocation_failed: { blame: 'upstream-app', failure: 'unknown' },
  edge_function_invocation_timeout: { blame: 'upstream-app', failure: 'timeout' },
  // Middleware runs in front of every route: an edge-configuration failure.
  middleware_invocation_failed: { blame: 'cdn-config', failure: 'unknown' },
  middleware_invocation_timeout: { blame: 'cdn-config', failure: 'timeout' },
  deployment_not_found: { blame: 'cdn-config', failure: 'config' },
  deployment_deleted: { blame: 'cdn-config', failure: 'config' },
  deployment_disabled: { blame: 'cdn-config', failure: 'config' },
  deployment_paused: { blame: 'cdn-config', failure: 'config' },
  deployment_blocked: { blame: 'none', failure: 'blocked' },
  // External rewrites: Vercel could not resolve / reach the external origin.
  dns_hostname_not_found: { blame: 'origin', failure: 'dns' },
  dns_hostname_resolve_failed: { blame: 'origin', failure: 'dns' },
  dns_hostname_server_error: { blame: 'origin', failure: 'dns' },
  dns_hostname_empty: { blame: 'origin', failure: 'dns' },
  dns_hostname_resolved_private: { blame: 'cdn-config', failure: 'config' },
  router_external_target_connection_error: { blame: 'origin', failure: 'unreachable' },
  router_external_target_error: { blame: 'origin', failure: 'invalid-response' },
  router_external_target_handshake_error: { blame: 'origin', failure: 'tls' },
  infinite_loop_detected: { blame: 'cdn-config', failure: 'config' },
  invalid_request_method: { blame: 'client', failure: 'config' },
  malformed_request_header: { blame: 'client', failure: 'invalid-response' },
  request_header_too_large: { blame: 'client', failure: 'config' },
  url_too_long: { blame: 'client', failure: 'config' },
  not_found: { blame: 'none', failure: 'unknown' },
};

const BY_STATUS: Record<number, Verdict> = {
  500: { blame: 'upstream-app', failure: 'unknown' },
  502: { blame: 'upstream-app', failure: 'invalid-response' },
  503: { blame: 'upstream-app', failure: 'overloaded' },
  504: { blame: 'upstream-app', failure: 'timeout' },
  404: { blame: 'none', failure: 'unknown' },
  429: { blame: 'none', failure: 'rate-limited' },
};

/** The plain-text bodies open with one of these sentences, then the code on its own line. */
const PLAIN_TEXT_CODE =
  /^(?:a server error has occurred|an error occurred with your deployment|an error occurred with this application\.?|the page could not be found) ([a-z_]{3,60})/;

/** The JSON error body, compact: {"error":{"code":"function_invocation_timeout",…}}. */
const JSON_CODE = /^\{"error":\{"code":"([a-z_]{3,60})"/;

/**
 * JSON bodies kept without their headers (client logs): only codes no application uses for
 * itself name Vercel, one rule per code family.
 */
const JSON_BODY_ONLY: PageRule[] = [
  'function_invocation_',
  'edge_function_invocation_',
  'no_response_from_function',
  'middleware_invocation_',
].map((prefix) => ({
  id: `json-error-body-only-${prefix.replace(/_+$/, '').replaceAll('_', '-')}`,
  status: [500, 502, 504],
  all: [{ body: `{"error":{"code":"${prefix}` }],
  not: [{ header: 'x-vercel-error' }],
  confidence: 0.55,
  says: 'Vercel\'s JSON error answer ({"error":{"code":"…"}} with one of Vercel\'s function error codes), seen without its headers.',
  layer: 'cdn' as const,
  blame: 'unknown' as const,
  failure: 'unknown' as const,
  code: { from: 'body' as const, pattern: JSON_CODE },
  byStatus: BY_STATUS,
  byCode: BY_CODE,
}));

const CHALLENGED = { header: 'x-vercel-mitigated', is: 'challenge' } as const;
/** A challenge keeps its verdict whatever status it is sent with (429 and 403 are seen). */
const CHALLENGE_STATUSES = [200, ...Array.from({ length: 200 }, (_, index) => 400 + index)];

export default defineFingerprint({
  generator: 'vercel',
  name: 'Vercel',
  layer: 'cdn',
  inPath: [
    { header: 'x-vercel-id' },
    { header: 'server', is: 'vercel' },
    { header: 'x-vercel-cache' },
    { header: 'x-vercel-mitigated' },
    { header: 'x-now-id' },
    { header: 'server', is: 'now' },
  ],
  ownHeaders: [
    { header: 'x-vercel-id' },
    { header: 'x-vercel-error' },
    { header: 'server', is: 'vercel' },
    { header: 'x-vercel-mitigated' },
    { header: 'x-now-id' },
    { header: 'server', is: 'now' },
  ],
  requestIds: [
    { header: 'x-vercel-id', label: 'x-vercel-id' },
    { header: 'x-now-id', label: 'x-now-id' },
    { from: 'body', pattern: /id: <code>([a-z0-9:_-]{8,80})<\/code>/, label: 'Vercel error ID' },
  ],
  pages: [
    {
      id: 'html-error-page',
      all: [{ body: 'devinfo-container' }, { body: 'code: <code>' }],
      any: [
        { header: 'x-vercel-error' },
        { body: 'is working correctly' },
        { body: 'vercel.com/docs/error' },
      ],
      confidence: 0.9,
      says: 'Vercel\'s error page (the devinfo box with "Code: <code>…</code>" and "ID: …").',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /code: <code>([a-z_]{3,60})<\/code>/ },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
    },
    {
      // The same page pasted or rendered as text: its two reassurances and the "Code: …" line.
      id: 'html-error-page-as-text',
      all: [{ body: 'vercel is working correctly.' }, { body: 'code: ' }],
      not: [{ body: 'devinfo-container' }],
      any: [{ body: 'your connection is working correctly.' }, { header: 'x-vercel-id' }],
      confidence: 0.75,
      says: 'Vercel\'s error page as text ("Vercel is working correctly." above "Code: …" and "ID: …").',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /code: ([a-z_]{3,60})\b/ },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
    },
    {
      // Non-browser clients get the same error as text; x-vercel-error is only on Vercel's own errors.
      id: 'plain-text-error',
      all: [{ header: 'x-vercel-error' }],
      not: [{ body: 'devinfo-container' }, { body: '{"error":{"code":"' }],
      any: [
        { body: 'a server error has occurred' },
        { body: 'an error occurred with your deployment' },
        { body: 'an error occurred with this application' },
        { body: 'the page could not be found' },
      ],
      confidence: 0.85,
      says: 'Vercel answered itself (x-vercel-error header, plain-text error body).',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: PLAIN_TEXT_CODE },
      codeHeader: 'x-vercel-error',
      byStatus: BY_STATUS,
      byCode: BY_CODE,
      refine: [
        {
          // A HEAD answer has no body to read the code from; the header names it all the same.
          when: [{ header: 'x-vercel-error', is: 'function_invocation_timeout' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: '"x-vercel-error: FUNCTION_INVOCATION_TIMEOUT": the function ran past its maximum duration (maxDuration, 300 s by default with Fluid compute) and Vercel stopped it.',
        },
      ],
    },
    {
      // The same plain-text body as logged by clients that keep only status and body.
      id: 'plain-text-deployment-error',
      all: [{ body: 'an error occurred with your deployment' }],
      not: [{ header: 'x-vercel-error' }, { body: 'devinfo-container' }],
      confidence: 0.65,
      says: 'Vercel\'s plain-text "An error occurred with your deployment <CODE> <id>" answer.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /an error occurred with your deployment ([a-z_]{3,60})/ },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
    },
    {
      // "A server error has occurred" is common wording; followed by one of Vercel's function codes
      // it is Vercel's plain-text crash answer even without headers.
      id: 'plain-text-server-error-function-code',
      all: [{ body: 'a server error has occurred function_invocation_' }],
      not: [{ header: 'x-vercel-error' }, { body: '<' }],
      confidence: 0.6,
      says: 'Vercel\'s plain-text "A server error has occurred FUNCTION_INVOCATION_…" answer.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: PLAIN_TEXT_CODE },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
    },
    {
      // The older wording, still used for router errors: "An error occurred with this
      // application.\n\nNO_RESPONSE_FROM_FUNCTION" (with server: now / x-now-id on old edges).
      id: 'plain-text-application-error',
      all: [{ body: 'an error occurred with this application' }],
      not: [{ header: 'x-vercel-error' }, { body: '<' }],
      any: [{ header: 'x-vercel-id' }, { header: 'x-now-id' }, { header: 'server', is: 'vercel' }, { header: 'server', is: 'now' }],
      confidence: 0.6,
      says: 'Vercel\'s plain-text "An error occurred with this application. <CODE>" answer.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /an error occurred with this application\.? ([a-z_]{3,60})/ },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
    },
    {
      // Clients that ask for JSON get the same error as {"error":{"code":"…","message":"…"}}.
      id: 'json-error',
      all: [{ header: 'x-vercel-error' }, { body: '{"error":{"code":"' }],
      confidence: 0.9,
      says: 'Vercel answered itself with its JSON error body ({"error":{"code":"…"}} and the x-vercel-error header).',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: JSON_CODE },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
    },
    ...JSON_BODY_ONLY,
    {
      // The Firewall's challenge: the header decides, whatever the status and whether or not the
      // page came with it (HEAD requests).
      id: 'security-checkpoint',
      status: CHALLENGE_STATUSES,
      all: [CHALLENGED],
      any: [{ title: 'vercel security checkpoint' }, { body: 'we\'re verifying your browser' }, { header: 'x-vercel-challenge-token' }],
      confidence: 0.9,
      says: 'The Vercel Firewall answered with its challenge ("x-vercel-mitigated: challenge", the "Vercel Security Checkpoint" page): a client that cannot run its JavaScript check is held there.',
      layer: 'waf',
      blame: 'none',
      failure: 'challenge',
    },
    {
      // The checkpoint page without the header (a capture that kept only the body).
      id: 'security-checkpoint-page',
      status: [403, 429],
      all: [{ title: 'vercel security checkpoint' }],
      not: [CHALLENGED],
      any: [{ body: 'we\'re verifying your browser' }, { header: 'server', is: 'vercel' }],
      confidence: 0.7,
      says: 'The "Vercel Security Checkpoint" challenge page of the Vercel Firewall.',
      layer: 'waf',
      blame: 'none',
      failure: 'challenge',
    },
  ],
  sources: [
    'Vercel Security Checkpoint: 429 with x-vercel-mitigated: challenge for non-browser clients (https://github.com/elevenlabs/ui/issues/80 , https://github.com/CactusPuppy/ow2countdown/issues/134 "We\'re verifying your browser", https://github.com/MikkoParkkola/nab/issues/25 , https://github.com/warpdotdev/docs/pull/219 with x-vercel-challenge-token); 403 with server: Vercel, x-vercel-mitigated: challenge, <title>Vercel Security Checkpoint</title> (https://github.com/mohamedhiba/smartmenu/issues/45 , https://github.com/vercel-labs/vgpu/pull/228)',
    'FUNCTION_RATE_LIMIT 429 and the other function codes with their statuses, as listed from https://vercel.com/docs/errors in https://github.com/rrs301/AI-Resume-Builder/issues/6',
    '"An error occurred with this application.\n\nNO_RESPONSE_FROM_FUNCTION" (502): https://github.com/hswolff/votey-uppy/issues/4 ; the same wording with server=now, x-now-id, content-type text/plain: zeit/now-builders CONTRIBUTING.md ("Interpreting test errors")',
    'JSON body {"error":{"code":"FUNCTION_INVOCATION_TIMEOUT","id":"…","message":"…"}} (504) and {"error":{"code":"NOT_FOUND","message":"The page could not be found"}} quoted in public client code handling Vercel platform errors (error-text.ts, parseJsonBody tests)',
    'Plain-text "An error occurred with your deployment\\n\\nFUNCTION_INVOCATION_TIMEOUT\\n\\n<id>" logged by clients without headers: https://github.com/aurora-develop/aurora/issues/203 , https://github.com/musistudio/claude-code-router/issues/271',
    'https://vercel.com/docs/errors (error codes with their statuses: FUNCTION_INVOCATION_FAILED 500, FUNCTION_INVOCATION_TIMEOUT 504, NO_RESPONSE_FROM_FUNCTION 502, MIDDLEWARE_INVOCATION_FAILED 500, DEPLOYMENT_NOT_FOUND 404, DNS_HOSTNAME_* 502, …)',
    'https://vercel.com/docs/errors/REQUEST_HEADER_TOO_LARGE',
    'maxDuration defaults (300 s on every plan with Fluid compute): https://vercel.com/docs/functions/limitations , https://vercel.com/docs/functions/configuring-functions/duration',
    'https://github.com/thgh/vercel-sapper/issues/73 and https://github.com/mitchmac/ServerlessWP/issues/30 ("This Serverless Function has timed out." / "Your connection is working correctly." / "Vercel is working correctly." / 504: GATEWAY_TIMEOUT / Code / ID)',
    'https://github.com/skillrecordings/egghead-next/issues/1014 (EDGE_FUNCTION_INVOCATION_TIMEOUT page)',
    'https://github.com/nuxt/modules/issues/780 (minified HTML: <title>504: GATEWAY_TIMEOUT</title>, unquoted attributes)',
    'Public code quoting the plain-text bodies "A server error has occurred\\n\\nFUNCTION_INVOCATION_FAILED\\n\\n<id>", "An error occurred with your deployment\\n\\nFUNCTION_INVOCATION_TIMEOUT\\n\\n<id>", "The page could not be found\\n\\nNOT_FOUND" with headers x-vercel-error / x-vercel-id',
  ],
});
