// DDoS-Guard sends Server: ddos-guard on everything it proxies and sets __ddg1_/__ddg2_… cookies.
// Its browser check is served with 403 (tools key on 403/429/503 + Server: ddos-guard), titled
// "DDoS-Guard" (older: "DDOS-GUARD"), and loads check.ddos-guard.net/check.js and
// /.well-known/ddos-guard/ resources. Some sites get the same check page with 200 (the detectors
// below look for the title at any status); at 200 the engine only reads it as a challenge when
// Server: ddos-guard or a __ddg cookie came with it.
import { defineFingerprint } from '../knowledge/fingerprint';

/** The check page comes with 403 (also 429/503), and with 200 on some sites: always a challenge. */
const CHECK_STATUSES = [200, 403, 429, 503];

export default defineFingerprint({
  generator: 'ddos-guard',
  name: 'DDoS-Guard',
  layer: 'anti-ddos',
  inPath: [
    { header: 'server', is: 'ddos-guard' },
    { header: 'set-cookie', starts: '__ddg' },
  ],
  ownHeaders: [{ header: 'server', is: 'ddos-guard' }, { header: 'set-cookie', starts: '__ddg' }],
  pages: [
    {
      id: 'browser-check',
      status: CHECK_STATUSES,
      all: [{ title: 'ddos-guard' }],
      any: [
        { body: 'check.ddos-guard.net/check.js' },
        { body: '/.well-known/ddos-guard/' },
        { header: 'server', is: 'ddos-guard' },
      ],
      confidence: 0.8,
      says: 'DDoS-Guard\'s browser check page (title "DDoS-Guard").',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    {
      id: 'check-script',
      status: CHECK_STATUSES,
      all: [{ body: 'check.ddos-guard.net/check.js' }],
      any: [{ header: 'server', is: 'ddos-guard' }],
      confidence: 0.75,
      says: 'The page loads DDoS-Guard\'s check script (check.ddos-guard.net/check.js).',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    {
      // A refusal without a recognisable body (API clients get a bare 403 from datacenter IPs).
      id: 'edge-refusal',
      status: [403],
      all: [{ header: 'server', is: 'ddos-guard' }],
      not: [{ body: '<hr><center>' }],
      confidence: 0.5,
      says: 'A 403 from DDoS-Guard\'s edge (Server: ddos-guard): the visitor was refused by the anti-DDoS filter.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'blocked',
    },
  ],
  sources: [
    'Public bypass tools and detectors: FMD2 lua/websitebypass/checkantibot.lua (403/429/503 + Server: ddos-guard), ddos-guard.lua (check.ddos-guard.net/check.js, __ddg cookies)',
    'Detectors keyed on "<title>DDoS-Guard</title>" / "<!DOCTYPE html><html><head><title>DDOS-GUARD</title>" with status 403 (maigret, f95 clients)',
    'Public notes: hh.ru and halykbank.kz answer through DDoS-Guard with "server: ddos-guard"; hh.ru refuses datacenter IPs with 403 before the API',
  ],
});
