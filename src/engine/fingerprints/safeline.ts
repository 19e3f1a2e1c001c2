// Chaitin SafeLine (雷池) WAF. Two families of answers:
// - SafeLine CE, the reverse proxy, maps its detector's verdicts to its own pages under /.safeline/
//   (t1k_error_page 403 /.safeline/forbidden_page, 429 acl_page, 465 waiting_room_page, 466 offline_page):
//   403 = blocked attack, 429 = access-frequency limit, 465 = waiting room (queue), 466 = site put
//   offline by its admin, 468 = the JavaScript/PoW challenge (SafeLineChallenge, /.safeline/challenge/v2/).
//   The pages share SafeLine's skeleton (<title id="slg-title">, div#slg-bg, div#slg-box, "Security
//   Detection Powered By SafeLine") and the icon /.safeline/static/favicon.png|ico; its 502/504 when the
//   site behind it does not answer is a bare "<h1>502</h1>" with that icon — the upstream failed.
// - The connectors SafeLine ships for other gateways (lua-resty-t1k for OpenResty/ingress-nginx, the
//   Kong plugin, APISIX's chaitin-waf plugin) write one JSON body, application/json:
//   {"code": 403, "success":false, "message": "blocked by Chaitin SafeLine Web Application Firewall",
//   "event_id": "<32 hex>"} with the detector's status (403 by default); APISIX adds
//   X-APISIX-CHAITIN-WAF: yes / X-APISIX-CHAITIN-WAF-ACTION: reject. A public deployment note reports
//   the JSON served with 200, so a 200 rule exists too, held to SafeLine's own header.
// The detector's HTML also carries the event as a comment "<!-- event_id: … -->" (wafw00f: "safeline" or
// "<!-- event id:"); that comment alone is too common, so it is only used together with SafeLine's name.
import { defineFingerprint } from '../knowledge/fingerprint';

const JSON_MESSAGE = { body: '"message":"blocked by chaitin safeline web application firewall"' } as const;
const APISIX_HEADER = { header: 'x-apisix-chaitin-waf' } as const;
const blocked = { layer: 'waf', blame: 'none', failure: 'blocked' } as const;
const CE_ICON = { body: '/.safeline/static/favicon' } as const;
/** SafeLine CE's page statuses (its nginx t1k_error_page map) and what each one means. */
const CE_STATUSES = [403, 429, 465, 466, 468, 502, 504];
const CE_BY_STATUS = {
  429: { failure: 'rate-limited' },
  465: { failure: 'rate-limited' },
  466: { failure: 'maintenance' },
  468: { failure: 'challenge' },
  502: { blame: 'upstream-app', failure: 'unreachable' },
  504: { blame: 'upstream-app', failure: 'timeout' },
} as const;

export default defineFingerprint({
  generator: 'safeline',
  name: 'Chaitin SafeLine WAF',
  layer: 'waf',
  inPath: [
    APISIX_HEADER,
    { header: 'set-cookie', starts: 'sl-waiting-session=' },
    { header: 'set-cookie', starts: 'sl-session=' },
  ],
  requestIds: [
    { from: 'body', pattern: /"event_id":"([0-9a-z]{8,40})"/, label: 'SafeLine event ID' },
    { from: 'body', pattern: /<!-- event_id: ?([0-9a-z]{8,40})/, label: 'SafeLine event ID' },
  ],
  pages: [
    {
      id: 'ce-page',
      status: CE_STATUSES,
      all: [{ body: 'id="slg-box"' }],
      any: [CE_ICON, { body: 'security detection powered by' }, { body: 'id="slg-title"' }, { body: 'safelinechallenge(' }],
      confidence: 0.8,
      says: 'SafeLine CE\'s own page (div#slg-box, /.safeline/ resources): the WAF answered instead of the site.',
      ...blocked,
      byStatus: CE_BY_STATUS,
    },
    {
      id: 'ce-bare-page',
      status: CE_STATUSES,
      all: [CE_ICON],
      not: [{ body: 'id="slg-box"' }],
      confidence: 0.65,
      says: 'A bare page with SafeLine CE\'s icon (/.safeline/static/favicon): SafeLine answered it itself.',
      ...blocked,
      byStatus: CE_BY_STATUS,
    },
    {
      id: 'json-block',
      all: [JSON_MESSAGE],
      any: [{ body: '"event_id":"' }, APISIX_HEADER, { header: 'x-apisix-chaitin-waf-action', is: 'reject' }],
      confidence: 0.9,
      says: 'SafeLine\'s block answer: "blocked by Chaitin SafeLine Web Application Firewall" with an event_id.',
      ...blocked,
    },
    {
      id: 'json-block-200',
      status: [200],
      all: [JSON_MESSAGE, APISIX_HEADER],
      confidence: 0.85,
      says: 'SafeLine\'s block answer ("blocked by Chaitin SafeLine Web Application Firewall") served with 200.',
      ...blocked,
    },
    {
      id: 'html-event-comment',
      all: [{ body: '<!-- event_id:' }, { body: 'safeline' }],
      any: [{ body: 'chaitin' }],
      confidence: 0.6,
      says: 'The page carries SafeLine\'s "<!-- event_id: … -->" comment and names SafeLine.',
      ...blocked,
    },
  ],
  sources: [
    'github.com/chaitin/SafeLine sdk/lua-resty-t1k/lib/resty/t1k/constants.lua (BLOCK_CONTENT_TYPE application/json, BLOCK_CONTENT_FORMAT) and handler.lua (status = detector status or 403)',
    'github.com/chaitin/SafeLine sdk/ingress-nginx/README.md and sdk/kong/Readme.md (403 with the JSON body and a 32-hex event_id)',
    'Apache APISIX chaitin-waf plugin docs (403 with X-APISIX-CHAITIN-WAF: yes, X-APISIX-CHAITIN-WAF-ACTION: reject, X-APISIX-CHAITIN-WAF-STATUS: 403 and the same JSON)',
    'SafeLine Go T1K detector client (EventID parsed from "<!-- event_id: e1impksyjq0gl92le6odi0fnobi270cj -->" in the detector\'s extra body)',
    'Public SafeLine CE site configs (t1k_error_page 403 /.safeline/forbidden_page, 429 /.safeline/acl_page, 466 /.safeline/offline_page, 465 /.safeline/waiting_room_page) and a SafeLine page extension mirroring the pages (slg-bg / slg-box / slg-copyright "Security Detection Powered By SafeLine WAF"; 465 queue, 466 maintenance, 502 bad gateway, 504 gateway timeout)',
    'Public captures: challenge page with /.safeline/static/favicon.png, <title id="slg-title">, div#slg-bg, div#slg-box (a captcha detector test); a PoW bypass script ("468=被拦", SafeLineChallenge("client_id"), /.safeline/challenge/v2/api/issue); a 502 body <link rel="icon" href="/.safeline/static/favicon.ico"><h1>502</h1>; waiting-room 465 with sl-waiting-session / sl-waiting-state cookies',
    'EnableSecurity/wafw00f wafw00f/plugins/safeline.py (content "safeline|<!-- event id:")',
    'https://github.com/chaitin/SafeLine/issues/74 (block page shows the event id; blocks are answered with 403)',
    'Public ingress-nginx deployment note: "被拦时的响应是 200 + 一段 JSON" (the JSON served with 200)',
  ],
});
