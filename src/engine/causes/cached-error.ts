// The 5xx page is a copy a cache stored: the server behind it may be fine again, but the CDN (or a
// proxy cache) keeps serving its stored error until the copy expires or is purged. Told by the cache
// headers (cache-status.ts: CF-Cache-Status HIT, X-Cache "Hit from cloudfront", Fastly HIT, nginx
// X-Cache-Status HIT…) or by an Age header on the error, which only a cache adds (RFC 9111 §5.1).
// Seeds: CloudFront caches error responses for its Error Caching Minimum TTL, 10 s by default;
// Cloudflare caches no 5xx by default, only where a Cache Rule sets a TTL for those statuses; nginx
// caches only 200/301/302 unless proxy_cache_valid names more codes (or "any").
import { defineCause } from '../knowledge/cause';

const SERVER_ERRORS = [500, 502, 503, 504];
const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'cached-error',
  title: "The error page is served from the CDN's cache",
  summary: 'A cache stored this error page and keeps serving the copy, even if the server behind it has recovered since.',
  why:
    'A CDN or proxy cache that stored an error answer serves that copy to every visitor until it expires or is purged, ' +
    'without asking the server again. The failure you see may be over already at the origin, or it may be a short ' +
    'outage that the cache stretched out. The cache headers say so: a HIT (or a stale copy) on a 5xx, or an Age ' +
    'header, which only a cache adds. Purging the URL ends it at once; a shorter error-caching time keeps the next ' +
    'one short.',
  fixedBy: 'site-owner',
  layer: 'cdn',
  when: [
    { id: 'hit-on-5xx', cache: ['hit'], status: SERVER_ERRORS, weight: 7, because: 'A cache header says this server error is a stored copy, served from the cache without asking the server behind it.' },
    { id: 'stale-on-5xx', cache: ['stale'], status: SERVER_ERRORS, weight: 7, because: 'A cache served a stored copy of this error past its freshness: the copy it kept is itself an error page.' },
    { id: 'aged-5xx', cacheAge: { min: 1 }, status: SERVER_ERRORS, weight: 5, because: 'The Age header says this error had been stored in a cache for a while: a cache added it, not the server that failed.' },
    { id: 'fetched-now', cache: ['miss', 'bypass', 'dynamic'], weight: -6, because: 'The cache says it fetched this answer for this request (a miss, a bypass or not cacheable): the error is fresh, not a stored copy.' },
    { id: 'fastly-synthetic-hit', inPath: ['fastly'], cache: ['hit'], cacheAge: { max: 0 }, weight: -4, because: 'Fastly reports the answers its edge makes itself as HIT too; with Age 0 this page was not a stored copy.' },
  ],
  steps: [
    {
      id: 'retry-later',
      title: 'Try again in a few minutes',
      detail: 'This error page is a stored copy. It is replaced when the copy expires, often within seconds or minutes, even if nobody acts.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner the error is cached',
      detail: 'Send the support summary: its cache line shows the error came from a cache, which the owner can empty for this address at once.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
    {
      id: 'confirm-stored-copy',
      title: 'Confirm the error is a stored copy',
      detail: 'Run this twice, a few seconds apart: an Age that grows, or a cache header saying HIT, means the cache answers, not your server. Then load the page straight from the origin to see whether it works there.',
      audience: 'owner',
      kind: 'check',
      command: "curl -sI {url} | grep -iE '^(age|[a-z-]*cache[a-z-]*):'",
    },
    {
      id: 'cloudflare-purge-url',
      title: 'Purge this URL from Cloudflare\'s cache',
      detail: 'Dashboard: Caching > Configuration > Purge Cache > Custom Purge, then enter the URL. Or with the API, with a token allowed to purge the zone.',
      audience: 'owner',
      kind: 'fix',
      command: 'curl -X POST https://api.cloudflare.com/client/v4/zones/ZONE_ID/purge_cache -H \'Authorization: Bearer CLOUDFLARE_API_TOKEN\' -H \'Content-Type: application/json\' --data \'{"files":["{origin}/URL_PATH"]}\'',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'cloudflare-status-ttl',
      title: 'Check which Cache Rule lets Cloudflare cache 5xx answers',
      detail: 'Cloudflare caches no 5xx by default; a Cache Rule with a status code TTL (or an Edge TTL that overrides the origin) does. Look in Caching > Cache Rules for one covering 500–599 and shorten or remove it.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'cloudfront-invalidate',
      title: 'Invalidate this path in CloudFront',
      detail: 'An invalidation removes the stored error from every edge location; the path starts with / and may end with *.',
      audience: 'owner',
      kind: 'fix',
      command: "aws cloudfront create-invalidation --distribution-id DISTRIBUTION_ID --paths '/URL_PATH'",
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'cloudfront-error-caching-ttl',
      title: "Check CloudFront's error caching minimum TTL",
      detail: 'CloudFront keeps an origin error for the Error Caching Minimum TTL, 10 s by default, or longer when the origin sent Cache-Control max-age on the error. See the distribution\'s Error pages tab; lower it for 5xx codes.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront'] },
    },
    {
      id: 'fastly-purge-url',
      title: 'Purge this URL from Fastly',
      detail: 'A URL purge removes the stored copy from every Fastly POP (the control panel\'s Purge > Purge URL does the same).',
      audience: 'owner',
      kind: 'fix',
      command: "curl -X PURGE -H 'Fastly-Key: FASTLY_API_TOKEN' {url}",
      appliesTo: { present: ['fastly'] },
    },
    {
      id: 'nginx-cache-valid',
      title: "Check which nginx cache rule keeps error answers",
      detail: 'nginx caches only 200, 301 and 302 answers unless proxy_cache_valid (or fastcgi_cache_valid) lists more codes or "any"; proxy_cache_use_stale decides when a stale copy is served instead of an error.',
      audience: 'owner',
      kind: 'check',
      command: "grep -rnE 'proxy_cache_valid|fastcgi_cache_valid|proxy_cache_use_stale' /etc/nginx/",
      appliesTo: { present: [...NGINX_FAMILY] },
    },
    {
      id: 'no-store-on-errors',
      title: 'Keep error answers out of caches',
      detail: 'Have the origin send Cache-Control: no-store (or a max-age of a few seconds) with its 5xx answers, and keep the cache\'s own time for errors short, so one failure is not replayed to every visitor.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://www.rfc-editor.org/rfc/rfc9111#section-5.1 (Age: the response was not generated or validated by the origin for this request)',
    'https://developers.cloudflare.com/cache/concepts/cache-responses/ (CF-Cache-Status HIT, STALE, UPDATING…)',
    'https://developers.cloudflare.com/cache/how-to/configure-cache-status-code/ (only 200, 206, 301, 302, 303, 404, 410 are cached by default)',
    'https://developers.cloudflare.com/cache/how-to/purge-cache/purge-by-single-file/ and https://developers.cloudflare.com/api/resources/cache/methods/purge/ (POST /zones/{zone_id}/purge_cache with "files")',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/custom-error-pages-expiration.html (errors cached 10 s by default, or the origin\'s max-age if longer)',
    'https://docs.aws.amazon.com/cli/latest/reference/cloudfront/create-invalidation.html',
    'https://www.fastly.com/documentation/reference/http/http-headers/X-Cache/ (synthetic answers report HIT too)',
    'https://www.fastly.com/documentation/reference/api/purging/#purge-single-url (PURGE on the cached URL; a Fastly-Key when the service requires authenticated purges)',
    'https://www.fastly.com/documentation/guides/full-site-delivery/purging/purging-a-url/ (URL purges are unauthenticated by default)',
    'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_cache_valid (only 200, 301, 302 without codes; "any")',
  ],
});
