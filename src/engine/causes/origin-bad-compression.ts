// The origin sends broken gzip, or gzip with a stale Content-Length; Cloudflare answers its own plain
// 502. Seed: Cloudflare 502/504 FAQ ("data that is incorrectly compressed").
import { defineCause } from '../knowledge/cause';

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'origin-bad-compression',
  title: 'The origin sends incorrectly compressed data',
  summary: 'The site\'s server sends compressed data that is broken, so the CDN in front of it cannot pass the page on.',
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
    { id: 'not-blame-elsewhere', blame: ['client', 'none', 'cdn-config'], weight: -4, because: 'The page puts the fault in the request, in the proxy\'s own configuration, or nowhere: the origin\'s response body was not what failed.' },
  ],
  steps: [
    {
      id: 'check-gzip',
      title: 'Fetch a compressed response from the origin and verify it',
      detail: 'gzip -t reports "unexpected end of file" or "crc error" for a broken stream; compare Content-Length with the bytes received.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -s -H "Accept-Encoding: gzip" --resolve {host}:443:ORIGIN_IP https://{host}/ -D headers.txt -o body.gz; gzip -t body.gz; grep -i content- headers.txt; wc -c body.gz',
    },
    {
      id: 'disable-compression-nginx',
      title: 'Turn nginx\'s compression off to confirm',
      detail: 'If the error stops, the application probably compresses too, or a module breaks the stream: keep compression in one place only.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: [...NGINX_FAMILY] },
      command: 'gzip off;',
    },
    {
      id: 'disable-compression-apache',
      title: 'Turn Apache\'s mod_deflate off to confirm',
      detail: 'If the error stops, the application probably compresses too: keep compression in one place only.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['apache'], notStack: ['managed-platform', 'windows'] },
      command: 'a2dismod deflate && apachectl graceful',
    },
    {
      id: 'disable-compression-php',
      title: 'Turn PHP\'s own output compression off',
      detail: 'zlib.output_compression on top of the web server\'s gzip compresses twice; let one of them do it.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { stack: ['php'] },
      command: 'zlib.output_compression = Off',
    },
    {
      id: 'disable-compression',
      title: 'Turn compression off at the origin to confirm',
      detail: 'Disable compression in the web server and the application; if the error stops, turn it back on in one place only.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: [...NGINX_FAMILY, 'apache'] },
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server is sending data the CDN cannot read. Send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ: incorrectly compressed data from the origin)',
    'https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues',
    'http://nginx.org/en/docs/http/ngx_http_gzip_module.html#gzip',
    'https://www.php.net/manual/en/zlib.configuration.php#ini.zlib.output-compression',
  ],
});
