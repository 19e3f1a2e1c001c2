// KeyCDN edges answer with "Server: keycdn-engine" on everything they serve, adding X-Edge-Location
// (the POP, e.g. "defr", "ussf") and X-Cache (HIT/MISS/EXPIRED/STALE…) on proxied content. KeyCDN's
// "CDN Error Codes" page says its own error pages are the ones it documents and everything else comes
// from the origin; its "500 Origin Error" is what the edge answers when it cannot pull from the origin
// (origin unreachable or a firewall dropping edge IPs) — it stands in for a 502 or 504, so the origin
// failed. Its FAQ notes that in some error cases no cache status is returned: an origin's own 500 passed
// through carries X-Cache, the edge's origin error does not. An unknown hostname gets "The access to the
// resource has been denied." (used by a public domain-borrowing study as KeyCDN's marker). The pages'
// markup itself is not public, so the rules lean on the header and are kept modest.
import { defineFingerprint } from '../knowledge/fingerprint';

const SERVER = { header: 'server', starts: 'keycdn' } as const;

export default defineFingerprint({
  generator: 'keycdn',
  name: 'KeyCDN',
  layer: 'cdn',
  inPath: [SERVER, { header: 'x-edge-location' }],
  ownHeaders: [SERVER],
  pages: [
    {
      id: 'origin-error',
      status: [500],
      all: [SERVER],
      not: [{ header: 'x-cache' }, { body: '<hr><center>' }, { body: '<address>' }],
      confidence: 0.5,
      says: 'A 500 from KeyCDN (Server: keycdn-engine) without a cache status: KeyCDN\'s "500 Origin Error", the edge could not pull from the origin.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unreachable',
    },
    {
      id: 'zone-access-denied',
      all: [SERVER, { body: 'the access to the resource has been denied' }],
      confidence: 0.7,
      says: 'KeyCDN answered "The access to the resource has been denied.": the hostname is not bound to a zone or the zone refuses it.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    'https://keycdn.com/support/cdn-error-codes (KeyCDN\'s own error pages; 500 Origin Error = edge could not pull from the origin, thrown for a 502 Bad Gateway or 504 Gateway Timeout; 403 secure token / wrong URL)',
    'https://www.keycdn.com/support/cdn-troubleshooting-guide (server: keycdn-engine, x-cache, x-edge-location on edge answers)',
    'https://www.keycdn.com/support/frequently-asked-questions (cache statuses; in some error cases no cache status is returned)',
    'EnableSecurity/wafw00f wafw00f/plugins/keycdn.py (Server: KeyCDN)',
    'Public domain-borrowing research tool check_error_keycdn(): "The access to the resource has been denied."',
  ],
});
