// Akamai edge (AkamaiGHost). Its own pages are tiny HTML documents with a <TITLE>/<H1> and a
// "Reference #<type>.<hex>.<epoch>.<hex>" line, usually entity-encoded in the source
// ("Reference&#32;&#35;18&#46;…"), often followed by an errors.edgesuite.net link. Edge pages come
// with "Server: AkamaiGHost" and often Akamai debug headers (X-Cache "… (AkamaiGHost/…)",
// X-Akamai-Request-ID, Akamai-GRN, X-Reference-Error, Akamai-Cache-Status).
// The 504 sentence "The proxy server did not receive a timely response from the upstream server."
// is also Apache httpd's stock 504 text, so every rule here also needs the "reference #" line.
import { defineFingerprint } from '../knowledge/fingerprint';

const REFERENCE = { body: 'reference #' } as const;

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
      status: [401, 403],
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
      status: [401, 403],
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
  ],
  sources: [
    'Access Denied as rendered text: https://github.com/netbirdio/netbird/issues/3670',
    'Access Denied pages with headers (Server: AkamaiGHost, X-Reference-Error, Akamai-Cache-Status): https://github.com/Ekultek/WhatWaf/issues/1101 , /1116 , /1162 , /1191',
    'Entity-encoded Access Denied page with X-Cache "TCP_DENIED from … (AkamaiGHost/…)" and X-Akamai-Request-ID (cdn.redhat.com curl -v, public notes repo)',
    'errors.edgesuite.net reference links: https://github.com/netbirdio/netbird/issues/3670 , https://github.com/hyperion-cs/dpi-checkers/issues/57',
    '"Service Unavailable - DNS failure" + "The server is temporarily unable to service your request. Please try again later." + Reference #11…: https://github.com/darkreader/darkreader/issues/8774 and the akamai-error-lookup (hashref) README',
    '"Gateway Timeout / The proxy server did not receive a timely response from the upstream server. / Reference #…": https://www.ip-info.xyz/articles/how-to-translate-akamai-error-messages',
    '"An error occurred while processing your request. Reference #…": http://kb.mit.edu/confluence/pages/viewpage.action?pageId=159386126',
  ],
});
