// http-proxy-middleware (used by webpack-dev-server's `proxy` and many Express apps) answers a
// failed proxy attempt in src/plugins/default/error-response-plugin.ts with the plain text
// "Error occurred while trying to proxy: <Host header><url>" and a status from src/status-code.ts:
// 504 for ECONNRESET, ENOTFOUND, ECONNREFUSED and ETIMEDOUT, 502 for HPE_INVALID_* parse errors, 500
// otherwise. No Content-Type is set; Express adds "X-Powered-By: Express". The host in the message is
// the dev server's own (localhost:3000), not the target: the target app (the upstream the dev server
// forwards to) is what failed. The 504 cannot tell refused from timed out, so the failure stays open.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'http-proxy-middleware',
  name: 'http-proxy-middleware (Node dev proxy)',
  layer: 'reverse-proxy',
  inPath: [],
  pages: [
    {
      id: 'proxy-error-text',
      status: [500, 502, 504],
      // Both spellings: versions before 0.17 wrote "Error occured while trying to proxy to: …"
      // (github.com/chimurai/http-proxy-middleware/issues/21).
      all: [{ body: ' while trying to proxy' }],
      any: [{ header: 'x-powered-by', is: 'express' }, { body: 'error occurred while trying to proxy: ' }, { body: 'error occured while trying to proxy to: ' }],
      confidence: 0.7,
      says: 'http-proxy-middleware\'s "Error occurred while trying to proxy: …": the dev server could not reach the app it forwards to.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        502: { failure: 'invalid-response' },
        504: { failure: 'unreachable' },
      },
    },
  ],
  sources: [
    'chimurai/http-proxy-middleware src/plugins/default/error-response-plugin.ts (res.end(`Error occurred while trying to proxy: ${host}${req.url}`))',
    'Older wording "Error occured while trying to proxy to: localhost:3000/api/…" with 500: https://github.com/chimurai/http-proxy-middleware/issues/21',
    'chimurai/http-proxy-middleware src/status-code.ts (504 for ECONNRESET / ENOTFOUND / ECONNREFUSED / ETIMEDOUT, 502 for HPE_INVALID*, else 500)',
  ],
});
