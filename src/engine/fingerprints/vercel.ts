// Vercel's edge answers its own errors with an `x-vercel-error: <CODE>` header (and always
// `x-vercel-id`, `server: Vercel`). Browsers get an HTML page titled "<status>: <REASON>" with
// "This Serverless Function has crashed." / "Your connection is working correctly." / "Vercel is
// working correctly." and a box `<p class=devinfo-container>` holding
// "<strong>504</strong>: GATEWAY_TIMEOUT", "Code: <code>FUNCTION_INVOCATION_TIMEOUT</code>" and
// "ID: <code>bom1::…</code>". Other clients get plain text: "A server error has occurred\n\n
// FUNCTION_INVOCATION_FAILED\n\n<id>", "An error occurred with your deployment\n\n
// FUNCTION_INVOCATION_TIMEOUT\n\n<id>", "The page could not be found\n\nNOT_FOUND\n".
// The HTML page is widely copied (custom 500 pages, spoofs): ownHeaders keeps copies out.
// Codes come from the normalised (lower-case) body, so byCode keys are lower-case.
import { defineFingerprint, type Verdict } from '../knowledge/fingerprint';

const BY_CODE: Record<string, Verdict> = {
  function_invocation_failed: { blame: 'upstream-app', failure: 'unknown' },
  function_invocation_timeout: { blame: 'upstream-app', failure: 'timeout' },
  no_response_from_function: { blame: 'upstream-app', failure: 'empty-response' },
  body_not_a_string_from_function: { blame: 'upstream-app', failure: 'invalid-response' },
  function_response_payload_too_large: { blame: 'upstream-app', failure: 'invalid-response' },
  function_throttled: { blame: 'upstream-app', failure: 'overloaded' },
  function_payload_too_large: { blame: 'client', failure: 'config' },
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
};

export default defineFingerprint({
  generator: 'vercel',
  name: 'Vercel',
  layer: 'cdn',
  inPath: [
    { header: 'x-vercel-id' },
    { header: 'server', is: 'vercel' },
    { header: 'x-vercel-cache' },
  ],
  ownHeaders: [{ header: 'x-vercel-id' }, { header: 'x-vercel-error' }, { header: 'server', is: 'vercel' }],
  requestIds: [
    { header: 'x-vercel-id', label: 'x-vercel-id' },
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
      // Non-browser clients get the same error as text; x-vercel-error is only on Vercel's own errors.
      id: 'plain-text-error',
      all: [{ header: 'x-vercel-error' }],
      not: [{ body: 'devinfo-container' }],
      any: [
        { body: 'a server error has occurred' },
        { body: 'an error occurred with your deployment' },
        { body: 'the page could not be found' },
      ],
      confidence: 0.85,
      says: 'Vercel answered itself (x-vercel-error header, plain-text error body).',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: {
        from: 'body',
        pattern: /^(?:a server error has occurred|an error occurred with your deployment|the page could not be found) ([a-z_]{3,60})/,
      },
      byStatus: BY_STATUS,
      byCode: BY_CODE,
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
  ],
  sources: [
    'Plain-text "An error occurred with your deployment\\n\\nFUNCTION_INVOCATION_TIMEOUT\\n\\n<id>" logged by clients without headers: https://github.com/aurora-develop/aurora/issues/203 , https://github.com/musistudio/claude-code-router/issues/271',
    'https://vercel.com/docs/errors (error codes with their statuses: FUNCTION_INVOCATION_FAILED 500, FUNCTION_INVOCATION_TIMEOUT 504, NO_RESPONSE_FROM_FUNCTION 502, MIDDLEWARE_INVOCATION_FAILED 500, DEPLOYMENT_NOT_FOUND 404, DNS_HOSTNAME_* 502, …)',
    'https://vercel.com/docs/errors/REQUEST_HEADER_TOO_LARGE',
    'https://github.com/thgh/vercel-sapper/issues/73 and https://github.com/mitchmac/ServerlessWP/issues/30 ("This Serverless Function has timed out." / "Your connection is working correctly." / "Vercel is working correctly." / 504: GATEWAY_TIMEOUT / Code / ID)',
    'https://github.com/skillrecordings/egghead-next/issues/1014 (EDGE_FUNCTION_INVOCATION_TIMEOUT page)',
    'https://github.com/nuxt/modules/issues/780 (minified HTML: <title>504: GATEWAY_TIMEOUT</title>, unquoted attributes)',
    'Public code quoting the plain-text bodies "A server error has occurred\\n\\nFUNCTION_INVOCATION_FAILED\\n\\n<id>", "An error occurred with your deployment\\n\\nFUNCTION_INVOCATION_TIMEOUT\\n\\n<id>", "The page could not be found\\n\\nNOT_FOUND" with headers x-vercel-error / x-vercel-id',
  ],
});
