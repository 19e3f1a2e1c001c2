// Fortinet FortiWeb. Its default attack block page ("Alert & Deny" / "Period Block") reads "Web Page
// Blocked!", "The page cannot be displayed. Please contact the administrator for additional
// information." and lists URL, Client IP, Attack ID (the signature class, e.g. 20000008) and Message ID
// (the log entry); the stock markup carries the .fgd_icon style (wafw00f). The status of that page is
// the admin's choice (Error Page Return Code: 200, 400, 403, 404, 500, 501…), so the rule takes any
// error status and 200 — a block is never the server's failure. With session management on, FortiWeb
// sets the FORTIWAFSID cookie. Its other stock page, "Server Unavailable!", is answered with 503 when no
// member of the server pool is available (health check down, disabled or maintenance, or
// replacemsg-on-connect-failure): the servers behind FortiWeb failed, not the WAF.
import { defineFingerprint } from '../knowledge/fingerprint';

const COOKIE = { header: 'set-cookie', starts: 'fortiwafsid=' } as const;
const BLOCK_TEXT = { body: 'web page blocked!' } as const;
const ATTACK_ID = { from: 'body', pattern: /attack id:\s?(\d{1,12})/ } as const;

const blocked = {
  layer: 'waf',
  blame: 'none',
  failure: 'blocked',
} as const;

export default defineFingerprint({
  generator: 'fortiweb',
  name: 'Fortinet FortiWeb',
  layer: 'waf',
  inPath: [COOKIE],
  requestIds: [
    { from: 'body', pattern: /message id:\s?(\d{6,20})/, label: 'FortiWeb Message ID (attack log entry)' },
    { from: 'body', pattern: /attack id:\s?(\d{1,12})/, label: 'FortiWeb Attack ID (signature)' },
  ],
  pages: [
    {
      id: 'attack-block-page',
      all: [BLOCK_TEXT, { body: 'attack id:' }],
      any: [{ body: 'message id:' }, { body: 'fgd_icon' }, { body: 'client ip:' }, COOKIE],
      confidence: 0.8,
      says: 'FortiWeb\'s block page: "Web Page Blocked!" with an Attack ID and Message ID.',
      code: ATTACK_ID,
      ...blocked,
    },
    {
      // The same page served with 200, which FortiWeb allows; only considered when FortiWeb's cookie
      // shows it in the path.
      id: 'attack-block-page-200',
      status: [200],
      all: [BLOCK_TEXT, { body: 'attack id:' }, COOKIE],
      confidence: 0.75,
      says: 'FortiWeb\'s block page ("Web Page Blocked!", Attack ID) served with 200, as FortiWeb can be configured to.',
      code: ATTACK_ID,
      ...blocked,
    },
    {
      id: 'server-unavailable',
      status: [503],
      all: [{ body: 'server unavailable!' }],
      any: [{ body: 'please visit later' }, COOKIE, { body: 'fgd_icon' }],
      not: [BLOCK_TEXT],
      confidence: 0.6,
      says: 'FortiWeb\'s "Server Unavailable!" page: no server of the pool behind FortiWeb was available.',
      layer: 'waf',
      blame: 'upstream-app',
      failure: 'no-healthy-upstream',
    },
  ],
  sources: [
    'EnableSecurity/wafw00f wafw00f/plugins/fortiweb.py (FORTIWAFSID cookie, .fgd_icon; block page with web.page.blocked, url, attack.id, message.id, client.ip)',
    'https://github.com/joomla/joomla-websites/issues/2161 (live page text: "Web Page Blocked! The page cannot be displayed. Please contact the administrator for additional information. URL … Client IP … Attack ID: 20000008 Message ID: 000424641743")',
    'https://docs.fortinet.com/document/fortiweb/6.1.1/administration-guide/481808 (replacement messages: attack block page, its configurable response code, the "Server Unavailable!" page when no pool member is available)',
    'FortiWeb 5.0 Patch 6 Administration Guide "Error Page Return Code" (200, 400, 403, 404, 500, 501)',
    'https://docs2.fortinet.com/document/fortiweb/7.0.3/administration-guide/342075/error-codes-displayed-when-visiting-server-policy (503 Server Unavailable: health check down, replacemsg-on-connect-failure)',
    'Public WAF detection rule sets listing "server unavailable. please visit later" for Fortinet',
  ],
});
