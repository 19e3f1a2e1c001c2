// Azure Application Gateway v2 writes nginx-style stock pages whose footer names it:
// "<hr><center>Microsoft-Azure-Application-Gateway/v2</center>", with
// "Server: Microsoft-Azure-Application-Gateway/v2". 502 = the backend pool gave no valid answer
// (unhealthy / unreachable backends, TLS or certificate mismatch, empty pool); 504 = the backend
// did not answer within the request timeout; 403 = the WAF blocked the request (v2 also answers
// 403 to an HTTP/2 cleartext upgrade on an HTTP listener).
// The v1 SKU writes IIS's "502 - Web server received an invalid response while acting as a gateway
// or proxy server." page instead; that page is attributed to iis (see iis.ts).
// No ownHeaders: the gateway is often behind Front Door or another CDN that rewrites Server.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'azure-app-gateway',
  name: 'Azure Application Gateway',
  layer: 'load-balancer',
  inPath: [{ header: 'server', starts: 'microsoft-azure-application-gateway' }],
  pages: [
    {
      id: 'stock-page',
      all: [{ body: '<hr><center>microsoft-azure-application-gateway/' }],
      any: [{ header: 'server', starts: 'microsoft-azure-application-gateway' }],
      confidence: 0.93,
      says: 'The page ends with Azure Application Gateway\'s signature "<hr><center>Microsoft-Azure-Application-Gateway/v2</center>".',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        403: { layer: 'waf', blame: 'none', failure: 'blocked' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
    },
  ],
  sources: [
    '502 page with the footer: https://github.com/MicrosoftDocs/azure-docs/issues/110739 , https://github.com/MicrosoftDocs/feedback/issues/3912',
    '504 Gateway Time-out page with the footer (byte string in a public monitoring script)',
    '403 Forbidden WAF block page with Server: Microsoft-Azure-Application-Gateway/v2 and Content-Length 179 (WAF lab write-ups; wafw00f plugin applicationgateway.py)',
    '403 for HTTP/2 (h2c) sent to an HTTP listener, WAF or not: Azure support Japan blog post (curl -v capture)',
    'Causes of 502 (backend health, NSG/UDR/DNS, request timeout, empty pool) and the v1 "502 - Web server received an invalid response" wording: https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502',
  ],
});
