// Tyk Gateway renders its own errors with templates/error.json ({"error": "{{.Message}}"}, or
// error.xml for XML requests) and, unless hide_generator_header is set, adds "X-Generator: tyk.io"
// (gateway/handler_error.go). Messages come from fixed strings: reverse_proxy.go answers 500 "There
// was a problem proxying the request" when the upstream round trip fails (refused, reset, TLS), 500
// "Upstream host lookup failed" on DNS failure, 504 "Upstream service reached hard timeout." and 503
// "Service temporarily unavailable." when the circuit breaker is open. Auth and policy middleware
// answer before the upstream: 401 "Authorization field missing", 403 "Key not authorised"/"authorized",
// 403 "Access to this API has been disallowed", 429 "API Rate Limit Exceeded", 403 "Quota exceeded"
// — decisions, not failures (blame none). A bare {"error":…} is any API's; only these exact messages
// or Tyk's header name Tyk.
import { defineFingerprint, type PageRule } from '../knowledge/fingerprint';

const TYK = { header: 'x-generator', is: 'tyk.io' };

const message = (id: string, text: string, rest: Omit<PageRule, 'id' | 'all' | 'any' | 'confidence'>): PageRule => ({
  id, all: [{ body: `{"error":"${text}` }], any: [TYK], confidence: 0.75, layer: 'reverse-proxy', ...rest,
});

export default defineFingerprint({
  generator: 'tyk',
  name: 'Tyk Gateway',
  layer: 'reverse-proxy',
  inPath: [TYK],
  ownHeaders: [TYK],
  pages: [
    message('proxy-error', 'there was a problem proxying the request', { status: [500], blame: 'upstream-app', failure: 'refused', says: 'Tyk\'s "There was a problem proxying the request": the round trip to the upstream failed.' }),
    message('upstream-dns', 'upstream host lookup failed', { status: [500], blame: 'upstream-app', failure: 'dns', says: 'Tyk\'s "Upstream host lookup failed": the upstream host name did not resolve.' }),
    message('upstream-timeout', 'upstream service reached hard timeout', { status: [504], blame: 'upstream-app', failure: 'timeout', says: 'Tyk\'s "Upstream service reached hard timeout.": the upstream did not answer in time.' }),
    message('circuit-open', 'service temporarily unavailable', { status: [503], blame: 'upstream-app', failure: 'no-healthy-upstream', says: 'Tyk\'s "Service temporarily unavailable.": the circuit breaker is open after upstream failures.' }),
    message('auth-missing', 'authorization field missing', { status: [400, 401], blame: 'none', failure: 'blocked', says: 'Tyk\'s "Authorization field missing": the request carried no API key or token.' }),
    message('key-not-authorised', 'key not authori', { status: [401, 403], blame: 'none', failure: 'blocked', says: 'Tyk\'s "Key not authorised": the API key or token is not accepted.' }),
    message('access-disallowed', 'access to this api has been disallowed', { status: [403], blame: 'none', failure: 'blocked', says: 'Tyk\'s "Access to this API has been disallowed": the key has no access rights to this API.' }),
    message('rate-limited', 'api rate limit exceeded', { status: [429], blame: 'none', failure: 'rate-limited', says: 'Tyk\'s "API Rate Limit Exceeded".' }),
    message('quota-exceeded', 'quota exceeded', { status: [403, 429], blame: 'none', failure: 'rate-limited', says: 'Tyk\'s "Quota exceeded": the key used up its request quota.' }),
  ],
  sources: [
    'TykTechnologies/tyk templates/error.json ({"error": "{{.Message}}"}), templates/error.xml',
    'TykTechnologies/tyk gateway/handler_error.go (X-Generator: tyk.io unless hide_generator_header; MsgAuthFieldMissing, MsgKeyNotAuthorized, MsgApiAccessDisallowed)',
    'TykTechnologies/tyk gateway/reverse_proxy.go (500 "There was a problem proxying the request", 500 "Upstream host lookup failed", 504 "Upstream service reached hard timeout.", 503 "Service temporarily unavailable.")',
    'TykTechnologies/tyk gateway/mw_api_rate_limit.go ("API Rate Limit Exceeded"), gateway/mw_rate_limiting.go ("Quota exceeded", 403), gateway/mw_jwt.go, gateway/mw_access_rights.go',
  ],
});
