// Varnish Cache's built-in synthetic page (bin/varnishd/builtin.vcl, vcl_synth and
// vcl_backend_error; Varnish 3's default vcl_error is the same page in XHTML): "Error <status>
// <reason>", "<h3>Guru Meditation:</h3>", "<p>XID: <n></p>", "Varnish cache server". A 503
// "Backend fetch failed" means varnishd could not get a usable answer from its backend (refused,
// timed out, invalid). Fastly's page differs ("Guru Mediation", "Details: cache-…"): see fastly.ts.
// No ownHeaders: Varnish usually sits behind a CDN that may rewrite or drop its headers.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'varnish',
  name: 'Varnish Cache',
  layer: 'reverse-proxy',
  inPath: [
    { header: 'x-varnish' },
    { header: 'via', has: '(varnish/' },
  ],
  requestIds: [
    { from: 'body', pattern: /xid: (\d{1,12})\b/, label: 'Varnish XID' },
    { header: 'x-varnish', label: 'X-Varnish' },
  ],
  pages: [
    {
      id: 'builtin-synthetic',
      // Plain words, so the page also reads when pasted as text ("Guru Meditation: XID: 1984019688").
      all: [{ body: 'guru meditation:' }, { body: 'xid: ' }],
      not: [{ body: 'details: cache-' }],
      any: [{ body: 'varnish cache server' }, { body: 'vinyl cache server' }, { header: 'x-varnish' }, { header: 'via', has: 'varnish' }],
      confidence: 0.9,
      says: 'Varnish\'s built-in error page ("Guru Meditation:" with an "XID:" number, "Varnish cache server" footer).',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        405: { blame: 'client', failure: 'config' },
        500: { blame: 'reverse-proxy', failure: 'config' },
      },
      refine: [
        {
          when: [{ body: 'backend fetch failed' }],
          blame: 'upstream-app',
          failure: 'unknown',
          says: '"Backend fetch failed": Varnish could not get a usable response from its backend (refused, timed out or invalid); varnishlog FetchError says which.',
        },
        {
          when: [{ body: 'error 503 service unavailable' }],
          blame: 'upstream-app',
          failure: 'unknown',
          says: '"Error 503 Service Unavailable" from Varnish: its backend could not be fetched (Varnish 3 wording).',
        },
      ],
    },
  ],
  sources: [
    'varnishcache/varnish-cache bin/varnishd/builtin.vcl (vcl_synth, vcl_backend_error synthetic bodies)',
    '"Error 503 Backend fetch failed / Guru Meditation: / XID: … / Varnish cache server": https://github.com/magento/devdocs/issues/1042 , https://github.com/bootlin/elixir/issues/251 , https://github.com/rewardenv/reward/issues/96',
    'Varnish 3 wording "Error 503 Service Unavailable … XID …": https://github.com/palewire/palewi.re/issues/115',
  ],
});
