// ngrok's edge answers its own errors with one HTML shell rendered by cdn.ngrok.com/static/js/error.js
// (<body class="h-full" id="ngrok">, a base64 data-payload, and a <noscript> with the message and
// "(ERR_NGROK_<code>)"), and sets "ngrok-error-code: ERR_NGROK_<code>" on it. The code says which hop
// failed:
// - 8012 (502): the tunnel reached the ngrok agent but the agent could not connect to the upstream
//   service (connection refused): the local app is not running on that port;
// - 3004 (502): the upstream returned an invalid or incomplete HTTP response (often HTTPS upstream
//   spoken to as HTTP);
// - 3200 (404): "The endpoint is offline." — no agent serves this URL: the far end of the tunnel is
//   gone, so the origin side is unreachable;
// - 6024 (200): the free-plan "You are about to visit …" interstitial shown to browsers — a
//   click-through, not a failure.
import { defineFingerprint } from '../knowledge/fingerprint';

const BY_CODE = {
  '8012': { blame: 'upstream-app', failure: 'refused' },
  '3004': { blame: 'upstream-app', failure: 'invalid-response' },
  '3200': { blame: 'origin', failure: 'unreachable' },
} as const;

export default defineFingerprint({
  generator: 'ngrok',
  name: 'ngrok',
  layer: 'reverse-proxy',
  inPath: [{ header: 'ngrok-error-code', starts: 'err_ngrok_' }],
  ownHeaders: [{ header: 'ngrok-error-code', starts: 'err_ngrok_' }],
  pages: [
    {
      id: 'error-page',
      all: [{ body: 'cdn.ngrok.com/static/js/error.js' }],
      any: [
        { body: '<body class="h-full" id="ngrok">' },
        { body: '(err_ngrok_' },
        { header: 'ngrok-error-code', starts: 'err_ngrok_' },
      ],
      confidence: 0.93,
      says: 'ngrok\'s own error page (cdn.ngrok.com error.js shell with an ERR_NGROK_ code).',
      code: { from: 'body', pattern: /\(err_ngrok_(\d{2,5})\)/ },
      layer: 'reverse-proxy',
      blame: 'unknown',
      failure: 'unknown',
      byCode: BY_CODE,
      refine: [
        {
          when: [{ header: 'ngrok-error-code', is: 'err_ngrok_8012' }],
          blame: 'upstream-app',
          failure: 'refused',
          says: 'ERR_NGROK_8012: the ngrok agent could not connect to the local service it forwards to.',
        },
        {
          when: [{ header: 'ngrok-error-code', is: 'err_ngrok_3200' }],
          blame: 'origin',
          failure: 'unreachable',
          says: 'ERR_NGROK_3200: the endpoint is offline — no ngrok agent is serving this URL.',
        },
      ],
    },
    {
      // The page as text (pasted, or read by a client without the shell): it still links ngrok's
      // page for its error code ("Tunnel … not found … https://ngrok.com/docs/errors/err_ngrok_3200").
      id: 'error-text',
      all: [{ body: 'ngrok.com/docs/errors/err_ngrok_' }],
      not: [{ body: 'cdn.ngrok.com/static/js/error.js' }, { header: 'ngrok-error-code' }],
      confidence: 0.7,
      says: 'ngrok\'s error text, linking its page for the ERR_NGROK_ code.',
      code: { from: 'body', pattern: /err_ngrok_(\d{2,5})\b/ },
      layer: 'reverse-proxy',
      blame: 'unknown',
      failure: 'unknown',
      byCode: BY_CODE,
    },
    {
      // The header alone, whatever the body (API clients, bodies cut off by a proxy).
      id: 'error-code-header',
      all: [{ header: 'ngrok-error-code', starts: 'err_ngrok_' }],
      not: [{ body: 'cdn.ngrok.com/static/js/error.js' }],
      confidence: 0.85,
      says: 'The response carries ngrok\'s "ngrok-error-code" header: ngrok\'s edge answered by itself.',
      layer: 'reverse-proxy',
      blame: 'unknown',
      failure: 'unknown',
      refine: [
        { when: [{ header: 'ngrok-error-code', is: 'err_ngrok_8012' }], blame: 'upstream-app', failure: 'refused', says: 'ERR_NGROK_8012: the ngrok agent could not connect to the local service it forwards to.' },
        { when: [{ header: 'ngrok-error-code', is: 'err_ngrok_3004' }], blame: 'upstream-app', failure: 'invalid-response', says: 'ERR_NGROK_3004: the local service returned an invalid or incomplete HTTP response.' },
        { when: [{ header: 'ngrok-error-code', is: 'err_ngrok_3200' }], blame: 'origin', failure: 'unreachable', says: 'ERR_NGROK_3200: the endpoint is offline — no ngrok agent is serving this URL.' },
      ],
    },
    {
      id: 'browser-warning-interstitial',
      status: [200],
      all: [{ header: 'ngrok-error-code', is: 'err_ngrok_6024' }],
      any: [{ body: 'cdn.ngrok.com/static/js/error.js' }, { body: 'you are about to visit' }],
      confidence: 0.9,
      says: 'ngrok\'s free-plan browser warning (ERR_NGROK_6024, "You are about to visit …"): a click-through page, not a failure; API clients skip it with the ngrok-skip-browser-warning header.',
      layer: 'reverse-proxy',
      blame: 'none',
      failure: 'challenge',
    },
  ],
  sources: [
    '8012 page markup (error.css / error.js from cdn.ngrok.com, <noscript>… (ERR_NGROK_8012)</noscript>, <body class="h-full" id="ngrok">, data-payload) returned with 502, pasted in a public repository\'s server log',
    'https://ngrok.com/docs/errors/err_ngrok_3200 ("The endpoint is offline."), https://ngrok.com/docs/errors/err_ngrok_3004 ("The server returned an invalid or incomplete HTTP response."), ngrok docs errors index (8012 "failed to establish a connection to the upstream web service", 6024 "You are about to visit …")',
    '"ngrok-error-code" response header on ngrok\'s own pages (404 + ERR_NGROK_3200 for an offline endpoint, ERR_NGROK_6024 for the browser interstitial at 200): client code and deployment notes in public repositories',
  ],
});
