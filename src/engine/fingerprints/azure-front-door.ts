// Azure Front Door (and the Microsoft edge behind Azure CDN / Bing): the stock page
// "<h2>Our services aren't available right now</h2><p>We're working to restore all services as soon
// as possible. Please check back soon.</p>" followed by the base64 tracking reference that is also
// sent as X-Azure-Ref (X-MSEdge-Ref on the older Microsoft edge). Front Door answers with it when it
// cannot serve the request from the origin (origin unreachable, timed out, TLS/host mismatch) and
// for hosts or routes it has no configuration for. X-Cache: CONFIG_NOCACHE marks Front Door too.
// The Front Door WAF's default block answer is 403 "The request is blocked." with the reference
// (429 for rate-limit rules). A policy may set another block status (200, 403, 405, 406 or 429) and
// its own body; with the default body kept, the sentence still names the block at any of them.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'azure-front-door',
  name: 'Azure Front Door',
  layer: 'cdn',
  inPath: [
    { header: 'x-azure-ref' },
    { header: 'x-msedge-ref' },
    { header: 'x-cache', is: 'config_nocache' },
  ],
  ownHeaders: [{ header: 'x-azure-ref' }, { header: 'x-msedge-ref' }],
  requestIds: [
    { header: 'x-azure-ref', label: 'X-Azure-Ref' },
    { header: 'x-msedge-ref', label: 'X-MSEdge-Ref' },
  ],
  pages: [
    {
      id: 'services-unavailable',
      all: [
        { body: "our services aren't available right now" },
        { body: "we're working to restore all services as soon as possible. please check back soon." },
      ],
      any: [{ header: 'x-azure-ref' }, { header: 'x-msedge-ref' }, { body: "<h2>our services aren't available right now</h2>" }],
      confidence: 0.9,
      says: 'Azure Front Door\'s "Our services aren\'t available right now" page: Front Door could not serve the request from the origin, or has no working route for this host.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'cdn-config', failure: 'config' },
        404: { blame: 'cdn-config', failure: 'config' },
        502: { blame: 'origin', failure: 'invalid-response' },
        503: { blame: 'origin', failure: 'unknown' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
    },
    {
      id: 'waf-block',
      status: [200, 403, 405, 406, 429],
      all: [{ body: 'the request is blocked.' }, { header: 'x-azure-ref' }],
      confidence: 0.85,
      says: 'Azure Front Door WAF\'s default answer "The request is blocked." with the tracking reference: a WAF policy rule blocked the request.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      byStatus: { 429: { blame: 'none', failure: 'rate-limited' } },
    },
  ],
  sources: [
    'Page markup "<h2>Our services aren\'t available right now</h2><p>We\'re working to restore all services as soon as possible. Please check back soon.</p>" + reference: https://github.com/Azure/static-web-apps/issues/774 , https://github.com/microsoft/MCW-Building-a-resilient-IaaS-architecture/issues/73 , https://github.com/Azure/azure-cli/issues/23182',
    'Same page with X-MSEdge-Ref on HTTP 400 for an unknown host (bing.com domain-fronting write-up, public notes)',
    'X-Azure-Ref: "a unique reference string that identifies a request served by Front Door": MicrosoftDocs azure-docs articles/frontdoor/front-door-http-headers-protocol.md',
    'X-Cache: CONFIG_NOCACHE with x-azure-ref on Front Door responses (curl -v captures in public notes)',
    'Origin timeouts: 503 on Front Door Standard/Premium, 504 on classic: https://github.com/MicrosoftDocs/azure-docs/pull/104305 , https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues',
    'WAF default block "403 … The request is blocked." with reference string; 429 for rate limits: https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-configure-custom-response-code ("If you leave the block response body empty, WAF returns 403 for normal blocks and 429 for rate-limit blocks": https://docs.azure.cn/it-it/web-application-firewall/afds/waf-front-door-configure-custom-response-code)',
    'Custom block status codes 200, 403, 405, 406, 429 ("aligning with capabilities already available on Azure Front Door WAF"): https://techcommunity.microsoft.com/t5/azure-network-security-blog/public-preview-custom-waf-block-status-body-for-azure/ba-p/4467435',
  ],
});
