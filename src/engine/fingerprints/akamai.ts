// Akamai edge (AkamaiGHost). Its own pages are tiny HTML documents with a <TITLE>/<H1> and a
// "Reference #<type>.<hex>.<epoch>.<hex>" line, usually entity-encoded in the source
// ("Reference&#32;&#35;18&#46;…"), often followed by an errors.edgesuite.net link. Edge pages come
// with "Server: AkamaiGHost" and often Akamai debug headers (X-Cache "… (AkamaiGHost/…)",
// X-Akamai-Request-ID, Akamai-GRN, X-Reference-Error, Akamai-Cache-Status).
// The 504 sentence "The proxy server did not receive a timely response from the upstream server."
// is also Apache httpd's stock 504 text, so every rule here also needs the "reference #" line.
// The "Access Denied" page is a security decision, not a failure: it keeps that verdict at whatever
// status the property answers it with (403 by default, other codes or even 200 when configured).
// A HEAD request (or a client that drops the body) gets only the status line and the edge's
// headers — "Server: AkamaiGHost", "Mime-Version: 1.0", a Content-Length of the page it would have
// sent — so a bodiless 5xx with "Server: AkamaiGHost" is Akamai's own answer, but which of its
// causes (origin unreachable, DNS, zero-size object, an edge rule) cannot be read from it.
import { defineFingerprint } from '../knowledge/fingerprint';

const REFERENCE = { body: 'reference #' } as const;
const AKAMAI_SERVER = { header: 'server', starts: 'akamaighost' } as const;

/** Every error status: an edge block page keeps its verdict whatever status it is sent with. */
const ERROR_STATUSES = Array.from({ length: 200 }, (_, index) => 400 + index);
/** Block pages may also come with a success status; the engine then wants Akamai's headers. */
const BLOCK_STATUSES = [200, ...ERROR_STATUSES];

export default defineFingerprint({
  generator: 'akamai',
  name: 'Akamai',
  layer: 'cdn',
  inPath: [
    { header: 'server', starts: 'akamaighost' },
    { header: 'x-cache', has: 'akamaighost' },
    { header: 'x-akamai-request-id' },
    { header: 'akamai-grn' },
    { header: 'akamai-cache-status' },
    { header: 'x-akamai-transformed' },
    { header: 'x-reference-error' },
  ],
  ownHeaders: [
    { header: 'server', starts: 'akamaighost' },
    { header: 'x-cache', has: 'akamaighost' },
    { header: 'x-akamai-request-id' },
    { header: 'akamai-grn' },
    { header: 'akamai-cache-status' },
    { header: 'x-reference-error' },
  ],
  requestIds: [
    { from: 'body', pattern: /reference #(\d{1,3}\.[0-9a-f]{1,16}\.\d{1,12}\.[0-9a-f]{1,16})/, label: 'Akamai reference' },
    { header: 'x-reference-error', label: 'Akamai reference' },
    { header: 'x-akamai-request-id', label: 'X-Akamai-Request-ID' },
    { header: 'akamai-grn', label: 'Akamai-GRN' },
  ],
  pages: [
    {
      id: 'access-denied',
      status: BLOCK_STATUSES,
      all: [{ title: 'access denied' }, { body: "you don't have permission to access" }, REFERENCE],
      any: [{ header: 'server', starts: 'akamaighost' }, { body: 'errors.edgesuite.net' }, { header: 'x-cache', has: 'tcp_denied' }],
      confidence: 0.92,
      says: 'Akamai\'s "Access Denied" page ("You don\'t have permission to access … on this server." with a Reference # number): an Akamai security rule (WAF / bot manager / geo or IP block) refused the request.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      // The same page as rendered text (a visitor's copy, a DOM-text capture): no <title>.
      id: 'access-denied-text',
      status: BLOCK_STATUSES,
      all: [{ body: 'access denied' }, { body: "you don't have permission to access" }, REFERENCE],
      not: [{ body: '<h1>' }],
      any: [{ header: 'server', starts: 'akamaighost' }, { body: 'errors.edgesuite.net' }],
      confidence: 0.8,
      says: 'The text of Akamai\'s "Access Denied" page ("You don\'t have permission to access … on this server." with a Reference # number): an Akamai security rule refused the request.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'service-unavailable',
      status: [503],
      all: [{ body: 'the server is temporarily unable to service your request. please try again later.' }, REFERENCE],
      any: [{ header: 'server', starts: 'akamaighost' }, { body: '<h1>service unavailable' }],
      confidence: 0.9,
      says: 'Akamai\'s "Service Unavailable" page with a Reference # number: the Akamai edge could not get an answer from the origin.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      refine: [
        {
          when: [{ body: 'dns failure' }],
          blame: 'origin',
          failure: 'dns',
          says: 'The heading says "Service Unavailable - DNS failure": the Akamai edge could not resolve the origin hostname.',
        },
        {
          when: [{ body: 'zero size object' }],
          blame: 'origin',
          failure: 'empty-response',
          says: 'The heading says "Service Unavailable - Zero size object": the origin answered with an empty object.',
        },
      ],
    },
    {
      id: 'gateway-timeout',
      status: [504],
      all: [{ body: 'the proxy server did not receive a timely response from the upstream server.' }, REFERENCE],
      any: [{ header: 'server', starts: 'akamaighost' }, { title: 'gateway timeout' }],
      confidence: 0.9,
      says: 'Akamai\'s "Gateway Timeout" page with a Reference # number: the Akamai edge gave up waiting for the origin\'s answer.',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'processing-error',
      all: [{ body: 'an error occurred while processing your request.' }, REFERENCE],
      any: [{ header: 'server', starts: 'akamaighost' }, { title: 'error' }],
      confidence: 0.85,
      says: 'Akamai\'s generic "An error occurred while processing your request." page with a Reference # number: the edge failed to complete the request, usually while talking to the origin.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
    },
    {
      // HEAD requests and body-less answers: the edge's headers only. Lower confidence, and the
      // verdict stays vague because the page that would name the cause is missing.
      id: 'header-only-error',
      status: [403, 500, 502, 503, 504],
      all: [AKAMAI_SERVER, { bodyEmpty: true }],
      any: [{ header: 'mime-version', is: '1.0' }],
      confidence: 0.6,
      says: 'Akamai answered itself ("Server: AkamaiGHost") with no body: its error page, which would name the cause, is missing (HEAD request or dropped body).',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: {
        403: { blame: 'none', failure: 'blocked', layer: 'waf' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
    },
  ],
  sources: [
    'HEAD answered "HTTP/1.1 503 Service Unavailable" with Server: AkamaiGHost, Mime-Version: 1.0, Content-Type: text/html, Content-Length: 176 and no body while GET works: https://github.com/cweiske/stapibas/issues/1 ; the same 503-to-HEAD with Mime-Version: 1.0 from www.microsoft.com: https://github.com/chocolatey-community/chocolatey-vscode/issues/123',
    'Access Denied as rendered text: https://github.com/netbirdio/netbird/issues/3670',
    'Access Denied pages with headers (Server: AkamaiGHost, X-Reference-Error, Akamai-Cache-Status): https://github.com/Ekultek/WhatWaf/issues/1101 , /1116 , /1162 , /1191',
    'Entity-encoded Access Denied page with X-Cache "TCP_DENIED from … (AkamaiGHost/…)" and X-Akamai-Request-ID (cdn.redhat.com curl -v, public notes repo)',
    'errors.edgesuite.net reference links: https://github.com/netbirdio/netbird/issues/3670 , https://github.com/hyperion-cs/dpi-checkers/issues/57',
    '"Service Unavailable - DNS failure" + "The server is temporarily unable to service your request. Please try again later." + Reference #11…: https://github.com/darkreader/darkreader/issues/8774 and the akamai-error-lookup (hashref) README',
    '"Gateway Timeout / The proxy server did not receive a timely response from the upstream server. / Reference #…": https://www.ip-info.xyz/articles/how-to-translate-akamai-error-messages',
    '"An error occurred while processing your request. Reference #…": http://kb.mit.edu/confluence/pages/viewpage.action?pageId=159386126',
  ],
});
