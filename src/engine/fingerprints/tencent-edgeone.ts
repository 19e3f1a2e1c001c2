// Tencent EdgeOne (and the older Tencent Cloud CDN, "NWS"). Every EdgeOne response carries the
// request id EO-LOG-UUID (a long decimal number) and EO-Cache-Status; legacy Tencent CDN sends
// X-NWS-LOG-UUID and X-Cache-Lookup. EdgeOne reserves 499 and 520-599 for its own answers and
// documents them: 520/550 the origin reset the connection after the request, 521/551 the origin reset
// the TCP handshake, 522/552 the TCP handshake timed out, 523/553 the origin's domain did not resolve,
// 524/554 the origin accepted but never answered, 525/555 the TLS handshake with the origin failed,
// 566 blocked by managed WAF rules, 567 blocked by custom / rate-limit / bot rules; 418 means the node
// has no configuration for the host (wrong CNAME / binding), 423 a request loop (CDN-Loop >= 16).
// Legacy Tencent CDN: 509 blocked as a CC attack, 514 IP access frequency limit. These answers are
// told by status plus EdgeOne's own headers; their bodies are not published, and none is assumed.
import { defineFingerprint, type Verdict } from '../knowledge/fingerprint';

/** The origin-failure codes 520-525; each has a 55x twin (550-555) that means the same. */
const ORIGIN_FAILURES: Record<number, Verdict> = {
  520: { blame: 'origin', failure: 'empty-response' },
  521: { blame: 'origin', failure: 'refused' },
  522: { blame: 'origin', failure: 'timeout' },
  523: { blame: 'origin', failure: 'dns' },
  524: { blame: 'upstream-app', failure: 'timeout' },
  525: { blame: 'origin', failure: 'tls' },
};
const TWIN_OFFSET = 30;
const ORIGIN_FAILURES_WITH_TWINS: Record<number, Verdict> = Object.fromEntries(
  Object.entries(ORIGIN_FAILURES).flatMap(([status, verdict]) => [[Number(status), verdict], [Number(status) + TWIN_OFFSET, verdict]]),
);

export default defineFingerprint({
  generator: 'tencent-edgeone',
  name: 'Tencent EdgeOne',
  layer: 'cdn',
  inPath: [
    { header: 'eo-log-uuid' },
    { header: 'eo-cache-status' },
    { header: 'x-nws-log-uuid' },
    { header: 'server', starts: 'tencentedgeone' },
  ],
  ownHeaders: [
    { header: 'eo-log-uuid' },
    { header: 'x-nws-log-uuid' },
    { header: 'server', starts: 'tencentedgeone' },
  ],
  requestIds: [
    { header: 'eo-log-uuid', label: 'EO-LOG-UUID' },
    { header: 'x-nws-log-uuid', label: 'X-NWS-LOG-UUID' },
  ],
  pages: [
    {
      id: 'origin-failure-status',
      status: Object.keys(ORIGIN_FAILURES_WITH_TWINS).map(Number),
      all: [{ header: 'eo-log-uuid' }],
      confidence: 0.9,
      says: 'EdgeOne answered with one of its reserved origin-failure codes (52x/55x) and its EO-LOG-UUID.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: ORIGIN_FAILURES_WITH_TWINS,
    },
    {
      id: 'security-block-status',
      status: [566, 567],
      all: [{ header: 'eo-log-uuid' }],
      confidence: 0.9,
      says: 'EdgeOne\'s security protection blocked the request (566: managed rules; 567: custom, rate-limit or bot rules).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'waf-block-page',
      status: [403],
      all: [{ header: 'eo-log-uuid' }, { body: 'waf-intl.qq.com' }],
      confidence: 0.8,
      says: 'EdgeOne\'s WAF block page (references waf-intl.qq.com, EO-LOG-UUID set).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'host-not-configured',
      status: [418],
      all: [{ header: 'server', starts: 'tencentedgeone' }],
      confidence: 0.85,
      says: 'EdgeOne answered 418: the node has no configuration for this host (CNAME points at EdgeOne but the domain is not bound there).',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'request-loop',
      status: [423],
      all: [{ header: 'eo-log-uuid' }],
      confidence: 0.85,
      says: 'EdgeOne detected a request loop (CDN-Loop count reached 16): the origin points back at EdgeOne.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'legacy-cdn-cc-block',
      status: [509],
      all: [{ header: 'x-nws-log-uuid' }],
      confidence: 0.85,
      says: 'Tencent Cloud CDN blocked the request as a CC attack (509).',
      layer: 'cdn',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'legacy-cdn-ip-rate-limit',
      status: [514],
      all: [{ header: 'x-nws-log-uuid' }],
      confidence: 0.85,
      says: 'Tencent Cloud CDN limited this IP\'s access frequency (514).',
      layer: 'cdn',
      blame: 'none',
      failure: 'rate-limited',
    },
  ],
  sources: [
    'https://cloud.tencent.com/document/product/1552/101095 and https://edgeone.ai/document/58009 (EdgeOne abnormal status codes: 418, 423, 499, 520-525 / 550-555, 566, 567)',
    'https://cloud.tencent.com/document/product/1552/112498 and https://tencentcloud.com/document/product/1145/67228 (4XX/5XX troubleshooting; provide EO-LOG-UUID)',
    'https://cloud.tencent.com/document/product/1552/105788 (EO-LOG-UUID response header)',
    'tencentyun/intlcloud-documents CDN status code page (509 CC attack block, 514 IP access frequency limit, 423 loop)',
    'Public GitHub captures: "EO-LOG-UUID: 4225735494395586037" + "EO-Cache-Status: MISS"; X-NWS-LOG-UUID on Tencent CDN; EdgeOne 418 with a TencentEdgeOne server header; WAF block page with server stgw + eo-log-uuid referencing api.waf-intl.qq.com',
  ],
});
