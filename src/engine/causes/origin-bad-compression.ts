// The origin sends broken gzip, or gzip with a stale Content-Length; Cloudflare answers its own plain
// 502. Seed: Cloudflare 502/504 FAQ ("data that is incorrectly compressed").
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-bad-compression',
  title: 'The origin sends incorrectly compressed data',
  why:
    'A proxy that decodes or re-encodes responses cannot pass on a body whose gzip stream is corrupt, or whose ' +
    'Content-Length still counts the uncompressed size. Cloudflare then answers with its own plain 502 page ' +
    '(the one with "cloudflare" at the bottom), although the origin "worked". Typical sources: double ' +
    'compression by the application and the web server, a compression plugin, or output written after the gzip ' +
    'stream was closed.',
  fixedBy: 'site-owner',
  layer: 'reverse-proxy',
  when: [
    { id: 'cloudflare-502-blame-edge', generator: ['cloudflare'], status: [502], blame: ['edge'], weight: 6, because: 'Cloudflare\'s own plain 502 page: Cloudflare names incorrectly compressed data from the origin as one reason.' },
    { id: 'cloudflare-520', generator: ['cloudflare'], status: [520], weight: 1, because: 'A malformed answer from the origin can also show as 520.' },
    { id: 'azure-front-door-503', generator: ['azure-front-door'], status: [503], weight: 1, because: 'Azure Front Door 503: byte-range requests with compression enabled are a documented trigger.' },
    { id: 'invalid-response-blame-edge-origin', failure: ['invalid-response'], blame: ['edge', 'origin'], weight: 2, because: 'The proxy could not use the body the origin sent.' },
    { id: 'not-blame-elsewhere', blame: ['client', 'none', 'cdn-config'], weight: -4, because: 'The failing hop is not the origin\'s response body.' },
  ],
  steps: [
    {
      id: 'check-gzip',
      title: 'Fetch a compressed response from the origin and verify it',
      detail: 'gzip -t reports "unexpected end of file" or "crc error" for a broken stream; compare Content-Length with the bytes received.',
      audience: 'owner',
      command: 'curl -s -H "Accept-Encoding: gzip" --resolve {host}:443:ORIGIN_IP https://{host}/ -D headers.txt -o body.gz; gzip -t body.gz; grep -i content- headers.txt; wc -c body.gz',
    },
    {
      id: 'disable-compression',
      title: 'Turn compression off at the origin to confirm',
      detail: 'Cloudflare suggests disabling origin compression to see if the error stops. nginx: gzip off; Apache: disable mod_deflate; PHP: zlib.output_compression = Off. Then compress in one place only.',
      audience: 'owner',
      command: 'gzip off;',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server is sending data the CDN cannot read. Send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/',
    'https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues',
  ],
});
