// Sucuri Website Firewall (CloudProxy) stamps every response with Server: Sucuri/Cloudproxy and
// X-Sucuri-ID (the firewall node), adds X-Sucuri-Cache on proxied answers and X-Sucuri-Block (the
// block rule, e.g. FBP007 "Fake bot access", XSS027) on its block page. The block page links
// cdn.sucuri.net/sucuri-firewall-block.css, titles "Sucuri WebSite Firewall - Access Denied", says
// "Access Denied - Sucuri Website Firewall" and lists Block ID / Block reason / Server ID. The page
// normally comes with 403; the 200 variant is claimed only with Sucuri's own headers.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'sucuri',
  name: 'Sucuri Website Firewall',
  layer: 'waf',
  inPath: [
    { header: 'x-sucuri-id' },
    { header: 'x-sucuri-cache' },
    { header: 'server', starts: 'sucuri' },
  ],
  ownHeaders: [{ header: 'x-sucuri-id' }, { header: 'x-sucuri-block' }, { header: 'server', starts: 'sucuri' }],
  requestIds: [
    { header: 'x-sucuri-id', label: 'X-Sucuri-ID (firewall node)' },
    { header: 'x-sucuri-block', label: 'X-Sucuri-Block (block rule)' },
  ],
  pages: [
    {
      // Blocks reach some clients as 200 (owners or fronts that rewrite the status): only a block,
      // and only with Sucuri's headers (the engine's rule for success statuses).
      id: 'access-denied-200',
      status: [200],
      all: [{ body: 'access denied - sucuri website firewall' }, { body: 'block id:' }],
      any: [
        { title: 'sucuri website firewall - access denied' },
        { body: 'cdn.sucuri.net/sucuri-firewall-block.css' },
        { header: 'x-sucuri-block' },
      ],
      confidence: 0.85,
      says: 'Sucuri\'s block page ("Access Denied - Sucuri Website Firewall", Block ID) served with status 200.',
      code: { from: 'body', pattern: /block id:<\/td><td><span>([a-z0-9]{3,12})</ },
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'access-denied',
      all: [{ body: 'access denied - sucuri website firewall' }],
      any: [
        { title: 'sucuri website firewall - access denied' },
        { body: 'cdn.sucuri.net/sucuri-firewall-block.css' },
        { header: 'x-sucuri-block' },
      ],
      confidence: 0.85,
      says: 'Sucuri\'s block page: "Access Denied - Sucuri Website Firewall".',
      code: { from: 'body', pattern: /block id:<\/td><td><span>([a-z0-9]{3,12})</ },
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      // Blocked requests whose body was not captured: the header alone names the rule.
      id: 'block-header',
      all: [{ header: 'x-sucuri-block' }],
      confidence: 0.75,
      says: 'The response carries X-Sucuri-Block: Sucuri\'s firewall blocked the request.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      // Sucuri documents a "502 Backend Timeout" page for a hosting server that does not answer. Its
      // markup is not public; only the firewall's headers on a bare 502/504 are used, with low weight,
      // and any recognisable origin page passed through wins over it.
      id: 'backend-error-headers',
      status: [502, 504],
      all: [{ header: 'server', starts: 'sucuri' }, { header: 'x-sucuri-id' }],
      not: [{ body: '<hr><center>' }, { body: '<address>' }],
      confidence: 0.45,
      says: 'A 502/504 from Sucuri\'s firewall (Server: Sucuri/Cloudproxy): it got no timely answer from the hosting server.',
      layer: 'waf',
      blame: 'origin',
      failure: 'timeout',
    },
  ],
  sources: [
    'Public capture of a Sucuri 403 block (Server: Sucuri/Cloudproxy, X-Sucuri-ID: 19002, X-Sucuri-Block: FBP007, full page markup)',
    'https://github.com/Ekultek/WhatWaf/issues/1161 (Sucuri 403 block with X-Sucuri-Block: XSS027, same markup)',
    'https://docs.sucuri.net/website-firewall/troubleshooting/backend-timeout-message/ (502 Backend Timeout: the firewall cannot get a response from the hosting server)',
  ],
});
