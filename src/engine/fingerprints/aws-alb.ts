// AWS Elastic Load Balancing. An Application Load Balancer answers its own errors with
// "Server: awselb/2.0" and a bare nginx-style page WITHOUT any server footer:
//   <html><head><title>503 Service Temporarily Unavailable</title></head><body>
//   <center><h1>503 Service Temporarily Unavailable</h1></center></body></html>
// (nginx's page ends with "<hr><center>nginx</center>"; the ALB's does not). A target's response is
// relayed with the target's own Server header, so "awselb" marks pages the load balancer wrote.
// Listener fixed-response actions and AWS WAF custom responses also carry Server: awselb/2.0 with
// a body the owner configured. Classic ELB answers with an empty body and a status text such as
// "503 Service Unavailable: Back-end server is at capacity" or "504 GATEWAY_TIMEOUT", which only
// the status text (HTTP/1.1's reason phrase) tells apart from anyone's empty answer.
// AWS WAF on the load balancer answers its Challenge action with 202 and its CAPTCHA action with
// 405, both with "x-amzn-waf-action: challenge|captcha": a challenge, not a failure.
import { defineFingerprint, type PageRule, type Verdict } from '../knowledge/fingerprint';

/** AWS WAF's Challenge (202) and CAPTCHA (405) answers, named by their x-amzn-waf-action header. */
const WAF_ACTIONS: PageRule[] = ([
  ['challenge', 202],
  ['captcha', 405],
] as const).map(([action, status]) => ({
  id: `waf-${action}`,
  status: [status],
  all: [{ header: 'x-amzn-waf-action', is: action }],
  any: [{ header: 'server', starts: 'awselb' }],
  confidence: 0.8,
  says: `AWS WAF on this load balancer answered with its ${action === 'captcha' ? 'CAPTCHA' : 'Challenge'} action ("x-amzn-waf-action: ${action}"): the request is held until the browser passes it.`,
  layer: 'waf' as const,
  blame: 'none' as const,
  failure: 'challenge' as const,
}));

const BY_STATUS: Record<number, Verdict> = {
  // 502: the target closed the connection, sent a malformed response, TLS to the target failed,
  // or a Lambda target returned an invalid response.
  502: { blame: 'upstream-app', failure: 'invalid-response' },
  // 503: the target groups of the rule have no registered / healthy targets.
  503: { blame: 'upstream-app', failure: 'no-healthy-upstream' },
  // 504: the target did not answer before the idle timeout (60 s by default) or refused to connect
  // within 10 s.
  504: { blame: 'upstream-app', failure: 'timeout' },
  // 500: the load balancer itself (AWS WAF rule evaluation error, IdP endpoint unreachable).
  500: { blame: 'edge', failure: 'unknown' },
  400: { blame: 'client', failure: 'invalid-response' },
  401: { blame: 'none', failure: 'blocked' },
  // 403: an AWS WAF web ACL on the load balancer blocked the request.
  403: { blame: 'none', failure: 'blocked', layer: 'waf' },
  405: { blame: 'client', failure: 'config' },
  408: { blame: 'client', failure: 'timeout' },
  413: { blame: 'client', failure: 'config' },
  414: { blame: 'client', failure: 'config' },
  // 460: the client closed the connection before the idle timeout; 463: X-Forwarded-For with more
  // than 30 addresses; 464: the request protocol does not match the target group's protocol version.
  460: { blame: 'client', failure: 'unknown' },
  463: { blame: 'client', failure: 'config' },
  464: { blame: 'cdn-config', failure: 'config' },
  501: { blame: 'client', failure: 'config' },
  // 561: the identity provider of an authenticate action answered with an error.
  561: { blame: 'cdn-config', failure: 'config' },
};

export default defineFingerprint({
  generator: 'aws-alb',
  name: 'AWS Elastic Load Balancing (ALB)',
  layer: 'load-balancer',
  inPath: [
    { header: 'server', starts: 'awselb' },
    { header: 'set-cookie', starts: 'awsalb=' },
    { header: 'set-cookie', starts: 'awsalbcors=' },
    { header: 'set-cookie', starts: 'awsalbtg=' },
    { header: 'set-cookie', starts: 'awselb=' },
  ],
  ownHeaders: [{ header: 'server', starts: 'awselb' }],
  requestIds: [{ header: 'x-amzn-trace-id', label: 'X-Amzn-Trace-Id' }],
  pages: [
    ...WAF_ACTIONS,
    {
      id: 'stock-error-page',
      all: [
        { header: 'server', starts: 'awselb' },
        { body: '</h1></center></body></html>' },
      ],
      not: [{ body: '<hr><center>' }],
      confidence: 0.95,
      says: 'The load balancer\'s own page (Server: awselb/2.0, a bare "<center><h1>…</h1></center>" page without a server footer).',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      // The same bare page pasted without its headers (issue reports, client logs). No awselb header
      // to confirm it, so lower confidence; a response that has headers but no awselb Server is
      // still ruled out as a look-alike by ownHeaders.
      id: 'stock-error-page-body-only',
      status: [400, 403, 405, 408, 413, 414, 460, 463, 464, 500, 501, 502, 503, 504, 505, 507, 561],
      all: [
        { body: '<html><head><title>' },
        { body: '</h1></center></body></html>' },
      ],
      not: [{ body: '<hr>' }, { body: '<script' }],
      confidence: 0.5,
      says: 'The bare "<center><h1>…</h1></center>" page of the AWS load balancer (no server footer), seen without its headers.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      id: 'header-only-error',
      all: [{ header: 'server', starts: 'awselb' }, { bodyEmpty: true }],
      confidence: 0.8,
      says: 'The load balancer answered itself (Server: awselb) with no body.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      // Classic ELB says who answered only in its HTTP/1.1 reason phrase: an empty 503 "Service
      // Unavailable: Back-end server is at capacity" (no healthy instance, or its surge queue is
      // full) and an empty 504 "GATEWAY_TIMEOUT" (no answer within the idle timeout).
      id: 'classic-elb-status-text',
      status: [503, 504],
      all: [{ bodyEmpty: true }],
      any: [{ statusText: 'back-end server is at capacity' }, { statusText: 'gateway_timeout' }],
      not: [{ header: 'server' }],
      confidence: 0.2,
      says: 'An empty answer whose status line is Classic ELB\'s own ("Back-end server is at capacity" / "GATEWAY_TIMEOUT").',
      layer: 'load-balancer',
      blame: 'upstream-app',
      byStatus: BY_STATUS,
    },
    {
      // Server: awselb/2.0 with a body that is not the stock page: a listener rule's fixed-response
      // action (e.g. a default rule answering "503 Unknown Host") or an AWS WAF custom response.
      id: 'fixed-response',
      all: [{ header: 'server', starts: 'awselb' }],
      not: [{ body: '</h1></center></body></html>' }, { bodyEmpty: true }],
      confidence: 0.6,
      says: 'A configured response of the load balancer (fixed-response action or WAF custom response), not a target\'s page.',
      layer: 'load-balancer',
      blame: 'cdn-config',
      failure: 'config',
      byStatus: {
        403: { blame: 'none', failure: 'blocked', layer: 'waf' },
        429: { blame: 'none', failure: 'rate-limited', layer: 'waf' },
      },
    },
  ],
  sources: [
    'AWS WAF Challenge action: 202 with x-amzn-waf-action: challenge; CAPTCHA action: 405 with x-amzn-waf-action: captcha: https://docs.aws.amazon.com/waf/latest/developerguide/waf-captcha-and-challenge-actions.html',
    'Classic ELB answers "HTTP/1.1 503 Service Unavailable: Back-end server is at capacity" with Content-Length: 0 and no Server header (https://github.com/intercom/intercom-php/pull/94 , https://github.com/flynn/flynn/issues/2738): only the status text names it (the statusText signal)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html#load-balancer-http-error-codes (400–561 generated by the load balancer)',
    'https://repost.aws/knowledge-center/alb-troubleshoot-503-errors ("503 Service Temporarily Unavailable" means the ALB generated it)',
    'https://repost.aws/knowledge-center/eks-http-504-errors and /504-error-classic (idle timeout 60 s)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html (AWSALB / AWSALBCORS / AWSALBTG cookies)',
    'https://github.com/esi/esi-issues/issues/902 (502, Server: awselb/2.0, Content-Length 138, the bare page with bgcolor) and https://github.com/biothings/biothings.api/issues/464 (the bare 502 pasted without headers)',
    'Responses pasted in public repositories: curl of an ALB with no targets — "HTTP/1.1 503 Service Temporarily Unavailable", "Server: awselb/2.0", Content-Length 162, the bare <center><h1> page; SOCA troubleshooting doc (HTTP/2 502, server: awselb/2.0, content-length 122); an ALB mock sending Server: awselb/2.0 with the 504 Gateway Time-out page; notes of "503 Unknown Host" fixed responses with server: awselb/2.0',
  ],
});
