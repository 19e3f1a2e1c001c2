// Imperva Cloud WAF (Incapsula) answers blocks, challenges and its own errors with a small shell page:
// <html style="height:100%"><head><META NAME="ROBOTS" …></head><body …><iframe id="main-iframe"
// src="/_Incapsula_Resource?CWUDNSAI=…&xinfo=…&incident_id=…&edet=NN&cinfo=…">Request unsuccessful.
// Incapsula incident ID: …</iframe></body></html>, stamped with the X-Iinfo header (and often X-CDN:
// Imperva / Incapsula). The framed page names an "Error NN"; edet= carries the same number. Error 15
// (security rule), 16 and 17 are blocks ("This request was blocked by our security service"); edet=12
// goes with the SWUDNSAI bot-identification challenge. Users report the same shell with status 200
// (a challenge or block Imperva answers as a success so that the iframe loads): at 200 it is claimed
// only as a block or challenge, and only with Imperva's headers (X-Iinfo, X-CDN, incap cookies).
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'imperva',
  name: 'Imperva (Incapsula)',
  layer: 'waf',
  inPath: [
    { header: 'x-iinfo' },
    { header: 'x-cdn', has: 'imperva' },
    { header: 'x-cdn', has: 'incapsula' },
    { header: 'set-cookie', starts: 'visid_incap_' },
    { header: 'set-cookie', starts: 'incap_ses_' },
  ],
  ownHeaders: [{ header: 'x-iinfo' }, { header: 'x-cdn', has: 'imperva' }, { header: 'x-cdn', has: 'incapsula' }],
  requestIds: [
    { header: 'x-iinfo', label: 'X-Iinfo' },
    { from: 'body', pattern: /incapsula incident id: ([0-9-]{5,60})/, label: 'Incapsula incident ID' },
  ],
  pages: [
    {
      // The JavaScript challenge stub: a nearly empty page (robots noindex) whose only content is a
      // script from /_Incapsula_Resource (SWJIYLWA=…); the browser runs it and is let through. A
      // scraper that runs no script sees it forever (github.com/ziplokk1/incapsula-cracker-py3/issues/20).
      id: 'challenge-script-stub',
      status: [200, 403],
      all: [{ body: '<script src="/_incapsula_resource?' }],
      not: [{ body: 'request unsuccessful' }],
      any: [{ body: 'content="noindex,nofollow"' }, { header: 'x-iinfo' }, { header: 'x-cdn', has: 'incapsula' }, { header: 'x-cdn', has: 'imperva' }],
      confidence: 0.7,
      says: 'Imperva\'s JavaScript challenge stub (an empty page loading a script from /_Incapsula_Resource): the browser must run it to get through.',
      layer: 'waf',
      blame: 'none',
      failure: 'challenge',
    },
    {
      id: 'incident-shell-200',
      status: [200],
      all: [{ body: 'request unsuccessful. incapsula incident id:' }, { body: '/_incapsula_resource?' }],
      any: [{ header: 'x-iinfo' }, { header: 'x-cdn', has: 'incapsula' }, { header: 'x-cdn', has: 'imperva' }],
      confidence: 0.85,
      says: 'Imperva\'s incident shell (iframe to /_Incapsula_Resource, "Request unsuccessful. Incapsula incident ID") served with status 200.',
      code: { from: 'body', pattern: /[?&]edet=([0-9]{1,3})/ },
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      byCode: {
        '12': { blame: 'none', failure: 'challenge', layer: 'anti-ddos' },
      },
      refine: [
        {
          when: [{ body: '/_incapsula_resource?swudnsai=' }],
          blame: 'none',
          failure: 'challenge',
          layer: 'anti-ddos',
          says: 'The frame is Imperva\'s bot-identification challenge (SWUDNSAI), not a hard block.',
        },
      ],
    },
    {
      id: 'incident-shell',
      all: [{ body: 'request unsuccessful. incapsula incident id:' }],
      any: [{ body: '/_incapsula_resource?' }, { header: 'x-iinfo' }],
      confidence: 0.85,
      says: 'Imperva\'s error shell: an iframe to /_Incapsula_Resource with "Request unsuccessful. Incapsula incident ID".',
      code: { from: 'body', pattern: /[?&]edet=([0-9]{1,3})/ },
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      byStatus: {
        403: { blame: 'none', failure: 'blocked' },
        429: { blame: 'none', failure: 'rate-limited' },
        // Imperva's own 5xx behind the same shell: it could not get an answer from the origin.
        502: { blame: 'origin', failure: 'unknown' },
        503: { blame: 'origin', failure: 'unknown' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
      byCode: {
        '15': { blame: 'none', failure: 'blocked', layer: 'waf' },
        '16': { blame: 'none', failure: 'blocked', layer: 'waf' },
        '17': { blame: 'none', failure: 'blocked', layer: 'waf' },
        '12': { blame: 'none', failure: 'challenge', layer: 'anti-ddos' },
        // Seen on a 503 for a request Imperva could not route (HTTP/1.0 without Host, non-HTTP probe).
        '9': { blame: 'client', failure: 'invalid-response' },
      },
      refine: [
        {
          when: [{ body: '/_incapsula_resource?swudnsai=' }],
          blame: 'none',
          failure: 'challenge',
          layer: 'anti-ddos',
          says: 'The frame is Imperva\'s bot-identification challenge (SWUDNSAI), not a hard block.',
        },
      ],
    },
    {
      // The framed page itself, when the DOM text of the frame is what was captured.
      id: 'blocked-by-security-service',
      all: [{ body: 'this request was blocked by our security service' }],
      any: [{ body: 'powered by imperva' }, { body: 'incident id' }, { header: 'x-iinfo' }],
      confidence: 0.6,
      says: 'Imperva\'s block page text: "This request was blocked by our security service" (Error 15/16/17).',
      code: { from: 'body', pattern: /error (1[5-7])\b/ },
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
  ],
  sources: [
    'https://github.com/0xhaggis/Imperva_gzip_bypass demo.md: a real 403 block with X-Iinfo, incap_ses_ cookie and the _Incapsula_Resource iframe shell (CWUDNSAI=23, edet=15)',
    'Public captures of the Incapsula 503 shell (X-Iinfo, CWUDNSAI, edet=9, "Request unsuccessful. Incapsula incident ID") and of the SWUDNSAI=31 / edet=12 challenge shell',
    'Public transcripts of the framed page: "Access denied / Error 16 / What happened? / This request was blocked by our security service / Incident ID / Powered by Imperva"',
    'https://github.com/ziplokk1/incapsula-cracker-py3/issues/1 (live shell: <iframe src="/_Incapsula_Resource?CWUDNSAI=9&xinfo=…&incident_id=…&edet=12&cinfo=04000000" …>Request unsuccessful. Incapsula incident ID: …</iframe>)',
    'Imperva Cloud WAF error types (terraform-provider-incapsula delivery rules): error.type.connection_timeout, access_denied, parse_req_error, parse_resp_error, connection_failed, ssl_failed, deny_and_captcha, no_ssl_config',
  ],
});
