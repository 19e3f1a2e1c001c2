// Alibaba Cloud CDN / DCDN. Its edges run Tengine (front) and Swift (cache): every response carries
// "Server: Tengine", "Via: cacheN.xxx[...]", "X-Cache: ... TCP_MISS dirn:-2:-2", "X-Swift-SaveTime",
// "Ali-Swift-Global-Savetime", "Timing-Allow-Origin: *" and the request id "EagleId". When the CDN
// itself fails or refuses, it says why in headers, not in the page: "X-Swift-Error: forward retry
// timeout" (could not get an answer from the origin), "X-Tengine-Error: denied by Referer ACL / IP ACL
// / req auth: ..." (its own access control), "X-Tengine-Bf-Error: non-existent domain" (the host is not
// an accelerated domain). The page body is a plain Tengine page, so these headers decide who wrote it.
// "X-Swift-Error: orig response 5xx error" only says the origin's own error was passed through: that
// page is the origin's (nginx, app...), not the CDN's, and no rule here claims it.
// Each Via entry's first bracketed figure is the milliseconds the request spent at that cache node
// ("cache2.cn201[60109,0]"): server-timing.ts reads the largest as the CDN's wait for the origin.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'alibaba-cdn',
  name: 'Alibaba Cloud CDN',
  layer: 'cdn',
  inPath: [
    { header: 'x-swift-error' },
    { header: 'x-swift-savetime' },
    { header: 'ali-swift-global-savetime' },
    { header: 'x-tengine-error' },
    { header: 'x-tengine-bf-error' },
    { header: 'x-cache', has: 'dirn:' },
  ],
  requestIds: [
    { header: 'eagleid', label: 'EagleId' },
    { from: 'body', pattern: /cdn request id: ?([0-9a-z]{8,40})/, label: 'CDN Request Id' },
  ],
  pages: [
    {
      id: 'origin-fetch-failed',
      status: [502, 503, 504],
      all: [{ header: 'x-swift-error', has: 'forward' }],
      any: [{ body: '<hr>powered by tengine' }, { body: '<hr><center>tengine' }, { header: 'eagleid' }],
      confidence: 0.95,
      says: 'Alibaba Cloud CDN answered itself: X-Swift-Error says its request to the origin failed ("forward ...").',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unreachable',
      refine: [
        {
          when: [{ header: 'x-swift-error', has: 'timeout' }],
          failure: 'timeout',
          says: 'X-Swift-Error "forward retry timeout": the CDN retried the origin and timed out (origin down, blocked CDN IPs, HTTPS/SNI mismatch, or a slow dynamic page).',
        },
      ],
    },
    {
      id: 'edge-access-denied',
      status: [403],
      all: [{ header: 'x-tengine-error', starts: 'denied by' }],
      any: [{ body: '<hr>powered by tengine' }, { header: 'eagleid' }],
      confidence: 0.95,
      says: 'Alibaba Cloud CDN refused the request by its own access control (X-Tengine-Error: denied by ...).',
      layer: 'cdn',
      blame: 'none',
      failure: 'blocked',
      refine: [
        {
          when: [{ header: 'x-tengine-error', has: 'req auth' }],
          blame: 'client',
          failure: 'config',
          says: 'URL authentication failed (missing auth_key, expired timestamp or wrong md5 hash).',
        },
      ],
    },
    {
      id: 'domain-not-accelerated',
      status: [403],
      all: [{ header: 'x-tengine-bf-error', has: 'non-existent domain' }],
      confidence: 0.95,
      says: 'Alibaba Cloud CDN does not know this host (X-Tengine-Bf-Error: non-existent domain): the name points at a CDN CNAME but was never added as an accelerated domain.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/en/oss/how-to-troubleshoot-5xx-errors-reported-on-websites-when-cdn-initiates-a-back-to-origin-request (X-Swift-Error: forward retry timeout / orig response 5xx error)',
    'https://help.aliyun.com/knowledge_detail/158413.html (CDN 5XX: 503 with X-Swift-Error forward retry timeout after 36 s; L1-L2-origin path)',
    'https://alibabacloud.com/help/en/cdn/troubleshoot-a-403-forbidden-error-when-accessing-resources-through-cdn (X-Tengine-Error denied by Referer ACL / IP ACL / req auth; X-Tengine-Bf-Error: non-existent domain)',
    'https://www.alibabacloud.com/help/en/cdn/solution-to-403-error-returned-by-accessing-cdn-due-to (denied by Referer ACL)',
    'https://help.aliyun.com/zh/cdn/user-guide/configure-a-region-blacklist-or-whitelist (403 "denied by region block ... Powered by Tengine CDN Request Id")',
    'Response headers pasted in public GitHub code (Via cacheN.l2xx[...], X-Cache "MISS TCP_MISS dirn:-2:-2", Ali-Swift-Global-Savetime, X-Swift-SaveTime, EagleId)',
    'Via figures growing from the inner to the outer node on one response ("cache45.l2cn1832[38,304-0,M], cache39.l2cn1832[39,0], kunlun15.cn3157[55,55,200-0,H], kunlun19.cn3157[57,0]"): https://cnblogs.com/rsapaper/p/14694123.html',
  ],
});
