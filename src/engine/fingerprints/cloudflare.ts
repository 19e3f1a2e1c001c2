// Cloudflare's edge writes several families of pages itself:
//  - branded 5xx/52x pages with the Browser / Cloudflare / Host status diagram, in two designs:
//    the 2015–2019 design (cf.errors.css, <span class="cf-error-type">Error</span>
//    <span class="cf-error-code">521</span>, "cf-column cf-status-item cf-host-status cf-error-source")
//    and the current design (/cdn-cgi/styles/main.css, <span class="code-label">Error code 502</span>,
//    <div id="cf-host-status" class="cf-error-source relative …">). In both, the box that failed
//    carries the class "cf-error-source" and reads "Error"; the others read "Working".
//  - 1xxx pages (DNS, Workers, tunnel, firewall, rate limiting) in the cf-error-type/cf-error-code
//    markup (still served in 2026 with the new footer), and the newer "Access denied / Error code
//    <span>1020</span>" design (/cdn-cgi/styles/errors.css, plain-ray-id, ray-id-wrapper).
//  - "Sorry, you have been blocked" (Attention Required!) WAF block pages.
//  - challenge interstitials: "Just a moment..." with window._cf_chl_opt and
//    /cdn-cgi/challenge-platform/h/…, and the older "I'm Under Attack" page
//    (cf-browser-verification cf-im-under-attack, /cdn-cgi/l/chk_jschl, "DDoS protection by Cloudflare").
//  - plain nginx-style pages whose footer reads "cloudflare" (or "cloudflare-nginx"): Cloudflare's own
//    400/403/413/500/502/503/504 written before or without the origin.
//  - "error code: 1020" style plain-text answers to non-browser clients.
// "Server: cloudflare" and CF-RAY are set on every proxied response, so they prove only the path.
import { defineFingerprint, type Refinement, type Signal, type Verdict } from '../knowledge/fingerprint';

const BLOCKED: Verdict = { blame: 'none', failure: 'blocked', layer: 'waf' };
const RATE_LIMITED: Verdict = { blame: 'none', failure: 'rate-limited', layer: 'waf' };
const EDGE_CONFIG: Verdict = { blame: 'cdn-config', failure: 'config', layer: 'cdn' };

/**
 * The 5xx / 52x statuses Cloudflare answers with itself, and what each means
 * (developers.cloudflare.com/support/troubleshooting/http-status-codes/). A branded page or a
 * plain-text "error code: 52x" also names the status as its code.
 */
const STATUS_CODES: Record<number, Verdict> = {
  500: { blame: 'edge', failure: 'unknown', layer: 'cdn' },
  502: { blame: 'upstream-app', failure: 'invalid-response', layer: 'cdn' },
  503: { blame: 'origin', failure: 'overloaded', layer: 'cdn' },
  504: { blame: 'upstream-app', failure: 'timeout', layer: 'cdn' },
  520: { blame: 'origin', failure: 'invalid-response', layer: 'cdn' },
  521: { blame: 'origin', failure: 'refused', layer: 'cdn' },
  522: { blame: 'origin', failure: 'timeout', layer: 'cdn' },
  523: { blame: 'origin', failure: 'unreachable', layer: 'cdn' },
  524: { blame: 'upstream-app', failure: 'timeout', layer: 'cdn' },
  525: { blame: 'origin', failure: 'tls', layer: 'cdn' },
  526: { blame: 'origin', failure: 'tls', layer: 'cdn' },
  527: { blame: 'origin', failure: 'unreachable', layer: 'cdn' },
  530: { blame: 'origin', failure: 'dns', layer: 'cdn' },
};

/** The numbered 1xxx errors, which only the page (or "error code: 1xxx") names. */
const NUMBERED_CODES: Record<string, Verdict> = {
  '1000': EDGE_CONFIG, // DNS points to prohibited IP (A record → Cloudflare IP, proxy loop)
  '1001': { blame: 'cdn-config', failure: 'dns', layer: 'cdn' }, // DNS resolution error
  '1002': EDGE_CONFIG, // DNS points to prohibited IP / restricted
  '1003': { blame: 'client', failure: 'config', layer: 'cdn' }, // direct IP access not allowed
  '1004': EDGE_CONFIG, // host not configured to serve web traffic
  '1005': BLOCKED, // ASN banned
  '1006': BLOCKED, // IP banned
  '1007': BLOCKED,
  '1008': BLOCKED,
  '1106': BLOCKED,
  '1009': BLOCKED, // country or region banned
  '1010': BLOCKED, // browser signature banned (Browser Integrity Check)
  '1011': BLOCKED, // hotlinking denied
  '1012': BLOCKED, // access denied (malicious activity from the visitor's network)
  '1013': { blame: 'client', failure: 'config', layer: 'cdn' }, // HTTP host / TLS SNI mismatch
  '1014': EDGE_CONFIG, // CNAME cross-user banned
  '1015': RATE_LIMITED, // you are being rate limited
  '1016': { blame: 'origin', failure: 'dns', layer: 'cdn' }, // origin DNS error
  '1018': EDGE_CONFIG, // could not find host (409)
  '1019': EDGE_CONFIG, // compute server error (Worker calling itself)
  '1020': BLOCKED, // access denied by a firewall / custom rule
  '1023': EDGE_CONFIG, // could not find host (409)
  '1025': { blame: 'cdn-config', failure: 'overloaded', layer: 'cdn' }, // Workers plan limits reached
  '1033': { blame: 'origin', failure: 'unreachable', layer: 'cdn' }, // tunnel: no cloudflared connected
  '1034': EDGE_CONFIG, // edge IP restricted (DNS → 1.1.1.1 etc.)
  '1035': EDGE_CONFIG, // invalid request rewrite (URI path)
  '1036': EDGE_CONFIG, // invalid request rewrite (length)
  '1037': EDGE_CONFIG, // invalid rewrite rule (expression)
  '1040': EDGE_CONFIG, // invalid request rewrite (header not allowed)
  '1041': EDGE_CONFIG, // invalid request rewrite (header value)
  '1101': { blame: 'cdn-config', failure: 'unknown', layer: 'cdn' }, // Worker threw exception
  '1102': { blame: 'cdn-config', failure: 'overloaded', layer: 'cdn' }, // Worker exceeded CPU/memory
  '1104': EDGE_CONFIG, // Script not found (Workers route to a missing script)
  '1105': { blame: 'edge', failure: 'unknown', layer: 'cdn' }, // Temporarily unavailable
  '1200': { blame: 'origin', failure: 'overloaded', layer: 'cdn' }, // cache connection limit
};

/** Every code a page can name, by the code as written. */
const CODES: Record<string, Verdict> = { ...STATUS_CODES, ...NUMBERED_CODES };

/** The statuses of Cloudflare's own 5xx answers. */
const EDGE_STATUSES = Object.keys(STATUS_CODES).map(Number);
/** 52x and 530: Cloudflare's own statuses, not standard HTTP ones. */
const CLOUDFLARE_ONLY_STATUSES = EDGE_STATUSES.filter((status) => status >= 520);
/** Every error status, and 200: a challenge keeps its verdict whatever status it comes with. */
const CHALLENGE_STATUSES = [200, ...Array.from({ length: 200 }, (_, index) => 400 + index)];
/** The 52x statuses, whose branded page titles read "<host> | 52x: …". */
const STATUSES_52X = CLOUDFLARE_ONLY_STATUSES.filter((status) => status < 530);

/** Statuses Cloudflare gives its own answers when no code can be read from the body. */
const BY_STATUS: Record<number, Verdict> = {
  ...STATUS_CODES,
  403: BLOCKED,
  409: EDGE_CONFIG,
  429: RATE_LIMITED,
};

/**
 * The status diagram marks the failing box with the class "cf-error-source" (current design: right
 * after the id; 2015–2019 design: after "cf-<box>-status" in the class list): one refinement each.
 */
const boxFailed = (box: 'cloudflare' | 'browser' | 'host', verdict: Verdict, says: string): Refinement[] => [
  { when: [{ body: `id="cf-${box}-status" class="cf-error-source` }], ...verdict, says },
  { when: [{ body: `cf-status-item cf-${box}-status cf-error-source` }], ...verdict, says },
];

/** Headers Cloudflare sets on every page it writes itself. */
const OWN_HEADERS: Signal[] = [
  { header: 'cf-ray' },
  { header: 'server', is: 'cloudflare' },
  { header: 'server', is: 'cloudflare-nginx' },
];

const CF_HEADERS: Signal[] = [
  { header: 'cf-ray' },
  { header: 'server', is: 'cloudflare' },
  { header: 'cf-error-type' },
];

export default defineFingerprint({
  generator: 'cloudflare',
  name: 'Cloudflare',
  layer: 'cdn',
  inPath: [...OWN_HEADERS, { header: 'cf-mitigated' }],
  ownHeaders: OWN_HEADERS,
  requestIds: [
    { header: 'cf-ray', label: 'CF-RAY' },
    // "Cloudflare Ray ID: <strong class="font-semibold">8a530e14471928f2</strong>", "Ray ID: 1dd72e6585651347 •"
    { from: 'body', pattern: /ray id: (?:<strong[^>]{0,40}>)?([0-9a-f]{16})/, label: 'Ray ID' },
    // 1020 design: <span class="plain-ray-id" id="plain-ray-id"> 74010bfafc5c1d24 </span>
    { from: 'body', pattern: /id="plain-ray-id"> ?([0-9a-f]{16})/, label: 'Ray ID' },
    // challenge pages: cRay: 'a0d9a6ec3dbef084' / orchestrate/chl_page/v1?ray=a0d9a6ec3dbef084
    { from: 'body', pattern: /cray: ?'([0-9a-f]{16})'/, label: 'Ray ID' },
    { from: 'body', pattern: /[?&]ray=([0-9a-f]{16})/, label: 'Ray ID' },
  ],
  pages: [
    {
      id: 'branded-5xx',
      status: EDGE_STATUSES,
      all: [{ body: 'id="cf-error-details"' }, { body: 'id="cf-cloudflare-status"' }],
      any: [...CF_HEADERS, { body: 'cloudflare ray id:' }, { body: 'utm_source=errorcode_' }],
      confidence: 0.9,
      says: 'Cloudflare\'s branded error page with the Browser / Cloudflare / Host status diagram.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /(?:class="cf-error-code">|class="code-label">error code )(5\d\d)</ },
      byStatus: BY_STATUS,
      byCode: CODES,
      refine: [
        ...boxFailed('cloudflare', { blame: 'edge', failure: 'unknown' }, 'The status diagram marks the Cloudflare box "Error": the edge itself failed.'),
        ...boxFailed('browser', { blame: 'client' }, 'The status diagram marks the Browser box "Error": the request itself was at fault.'),
        // Host "Error" on 524/502/504: Cloudflare reached the origin, which answered too slowly or
        // passed on its own gateway error, so the application behind the origin web server failed.
        {
          when: [{ title: '| 524: ' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'Host "Error" with 524: the origin accepted the connection but sent no response before Cloudflare\'s proxy read timeout (100–120 s).',
        },
        {
          when: [{ title: '| 504: ' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'Host "Error" with 504: the origin web server itself reported a gateway time-out.',
        },
        {
          when: [{ title: '| 502: ' }],
          blame: 'upstream-app',
          failure: 'invalid-response',
          says: 'Host "Error" with 502: the origin web server itself reported a bad gateway.',
        },
        ...boxFailed('host', { blame: 'origin' }, 'The status diagram marks the Host box "Error": Cloudflare works, the origin server failed.'),
      ],
    },
    {
      id: 'error-1xxx',
      all: [{ body: 'id="cf-error-details"' }, { body: 'class="cf-error-code">' }],
      any: [...CF_HEADERS, { body: 'cloudflare ray id:' }, { title: '| cloudflare' }, { body: 'class="heading-ray-id"' }],
      not: [{ body: 'id="cf-cloudflare-status"' }],
      confidence: 0.9,
      says: 'Cloudflare\'s numbered error page ("Error 10xx") written by the edge.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /class="cf-error-code">(\d{3,4})</ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      id: 'error-1xxx-access-denied',
      all: [{ body: '<span class="code-label">error code <span>' }, { body: 'class="ray-id-wrapper"' }],
      any: [...CF_HEADERS, { body: '/cdn-cgi/styles/errors.css' }, { body: 'id="plain-ray-id"' }, { body: 'performance & security by' }],
      confidence: 0.9,
      says: 'Cloudflare\'s current "Access denied — Error code 10xx" page.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      code: { from: 'body', pattern: /class="code-label">error code <span>(\d{4})<\/span>/ },
      byCode: CODES,
    },
    {
      id: 'waf-block',
      all: [{ body: 'data-translate="block_headline"' }],
      any: [...CF_HEADERS, { title: 'attention required! | cloudflare' }, { body: 'data-translate="blocked_why_detail"' }, { body: 'cloudflare ray id:' }],
      confidence: 0.9,
      says: 'Cloudflare\'s "Sorry, you have been blocked" page: a WAF / security rule blocked the request.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'managed-challenge',
      all: [{ body: 'window._cf_chl_opt' }],
      any: [
        ...CF_HEADERS,
        { header: 'cf-mitigated', is: 'challenge' },
        { title: 'just a moment...' },
        { body: '/cdn-cgi/challenge-platform/h/' },
        { body: 'id="challenge-error-text"' },
      ],
      confidence: 0.9,
      says: 'Cloudflare\'s "Just a moment..." challenge interstitial (managed / JS challenge).',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    {
      id: 'under-attack-legacy',
      all: [{ body: 'cf-browser-verification cf-im-under-attack' }],
      any: [
        ...CF_HEADERS,
        { body: 'utm_source=iuam' },
        { body: 'data-translate="checking_browser"' },
        { body: '/cdn-cgi/l/chk_jschl' },
        { title: 'just a moment...' },
      ],
      confidence: 0.85,
      says: 'Cloudflare\'s older "Checking your browser before accessing…" (I\'m Under Attack mode) page.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    {
      // Cloudflare documents "cf-mitigated: challenge" on every challenge response, whatever its
      // page type, so the header decides even with an empty body or a success status.
      id: 'challenge-header',
      status: CHALLENGE_STATUSES,
      all: [{ header: 'cf-mitigated', is: 'challenge' }],
      confidence: 0.85,
      says: 'The response carries "cf-mitigated: challenge": Cloudflare answered with a challenge.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    {
      id: 'plain-footer',
      all: [{ body: '<hr><center>cloudflare' }],
      any: [...OWN_HEADERS],
      confidence: 0.85,
      says: 'A plain status page whose footer reads "cloudflare": Cloudflare\'s edge wrote it itself.',
      layer: 'cdn',
      blame: 'edge',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        403: { blame: 'none', failure: 'blocked', layer: 'waf' },
        413: { blame: 'client', failure: 'config' },
        414: { blame: 'client', failure: 'config' },
        431: { blame: 'client', failure: 'config' },
        494: { blame: 'client', failure: 'config' },
        500: { blame: 'edge', failure: 'unknown' },
        502: { blame: 'edge', failure: 'invalid-response' },
        503: { blame: 'edge', failure: 'overloaded' },
        504: { blame: 'edge', failure: 'timeout' },
      },
    },
    {
      id: 'plain-text-code',
      all: [{ body: 'error code: ' }, { header: 'cf-ray' }],
      not: [{ body: '<' }, { body: '{' }],
      confidence: 0.8,
      says: 'The plain-text "error code: NNNN" answer Cloudflare gives to non-browser clients.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /^error code: (\d{3,4})$/ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      // 52x/530 are Cloudflare's own statuses; a HEAD request (or a client that drops the body) gets
      // just the status line and Cloudflare's headers.
      id: 'bodyless-52x',
      status: CLOUDFLARE_ONLY_STATUSES,
      all: [{ header: 'cf-ray' }, { bodyEmpty: true }],
      any: [{ header: 'server', is: 'cloudflare' }],
      confidence: 0.75,
      says: 'A Cloudflare-only status (52x/530) with CF-RAY and no body: Cloudflare answered for the origin.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      // The same body-less answer kept by a client that dropped CF-RAY but kept the Server header.
      id: 'bodyless-52x-server-only',
      status: CLOUDFLARE_ONLY_STATUSES,
      all: [{ header: 'server', is: 'cloudflare' }, { bodyEmpty: true }],
      not: [{ header: 'cf-ray' }],
      confidence: 0.65,
      says: 'A Cloudflare-only status (52x/530) from "Server: cloudflare" with no body: Cloudflare answered for the origin.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      // A Cloudflare-only status with CF-RAY but a body no other rule reads (cut short, or a design
      // not covered here): the status itself is Cloudflare's, so it names the failed hop.
      id: 'status-52x',
      status: CLOUDFLARE_ONLY_STATUSES,
      all: [{ header: 'cf-ray' }],
      not: [{ bodyEmpty: true }, { body: 'error code: ' }],
      any: [{ header: 'server', is: 'cloudflare' }],
      // Below every rule that reads Cloudflare's page, so a recognised page always names the code.
      confidence: 0.5,
      says: 'A Cloudflare-only status (52x/530) with CF-RAY: Cloudflare answered for the origin, though its page was not recognised.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      // A Cloudflare-only status whose page names Cloudflare but came without Cloudflare's headers:
      // a page pasted or rendered as text ("Connection timed out … between Cloudflare's network and
      // the origin web server"). 520–527 and 530 are Cloudflare's own statuses, so the status and
      // the name together tell it, below any rule that reads the page's design.
      id: 'status-52x-names-cloudflare',
      status: CLOUDFLARE_ONLY_STATUSES,
      all: [{ body: 'cloudflare' }],
      not: [{ header: 'cf-ray' }, { header: 'server' }],
      any: [{ body: 'ray id' }, { body: 'origin web server' }],
      confidence: 0.45,
      says: 'A Cloudflare-only status (52x/530) on a page that names Cloudflare, seen without Cloudflare\'s headers.',
      code: { from: 'body', pattern: /error(?: code| reference number)?:? (52\d|530)\b/ },
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
    {
      // 2015–2021 CAPTCHA challenge ("One more step" / "Please complete the security check to
      // access"): cf.errors.css design, cf-captcha-container, /cdn-cgi/l/chk_captcha. Shares its title
      // "Attention Required! | Cloudflare" with the block page, but is a challenge, not a block.
      id: 'captcha-challenge-legacy',
      all: [{ body: 'cf-captcha-container' }],
      any: [
        ...CF_HEADERS,
        { body: 'data-translate="challenge_headline"' },
        { body: '/cdn-cgi/l/chk_captcha' },
        { body: 'data-translate="why_captcha_headline"' },
        { body: 'cloudflare ray id:' },
      ],
      confidence: 0.85,
      says: 'Cloudflare\'s CAPTCHA challenge page ("One more step — please complete the security check").',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    // Pages cut short (pasted heads, bounded captures) keep their stock <title>, e.g.
    // "example.com | 520: Web server is returning an unknown error" / "example.com | 502: Bad gateway".
    {
      id: 'title-52x',
      status: STATUSES_52X,
      all: [{ title: ' | 52' }],
      any: [...CF_HEADERS, { body: 'id="cf_styles-css"' }],
      confidence: 0.6,
      says: 'The stock title of Cloudflare\'s branded "<host> | 52x: …" error page, with a Cloudflare-only status.',
      layer: 'cdn',
      blame: 'origin',
      failure: 'unknown',
      code: { from: 'title', pattern: /\| (52\d): / },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    ...([
      [500, '| 500: internal server error'],
      [502, '| 502: bad gateway'],
      [504, '| 504: gateway time-out'],
    ] as const).map(([status, title]) => ({
      id: `title-${status}`,
      status: [status],
      all: [{ header: 'cf-ray' }, { title }],
      any: [{ header: 'server', is: 'cloudflare' }, { body: 'id="cf_styles-css"' }],
      confidence: 0.7,
      says: `The stock title of Cloudflare's branded "<host> | ${status}: …" error page, served with CF-RAY.`,
      layer: 'cdn' as const,
      blame: 'unknown' as const,
      failure: 'unknown' as const,
      byStatus: BY_STATUS,
    })),
    {
      // Current 5xx design cut off before the status diagram: the heading is there.
      id: 'branded-5xx-heading',
      status: EDGE_STATUSES,
      all: [{ body: 'id="cf-error-details"' }, { body: '<span class="code-label">error code 5' }],
      any: [...CF_HEADERS, { body: '/cdn-cgi/styles/main.css' }, { body: 'utm_source=errorcode_' }],
      not: [{ body: 'id="cf-cloudflare-status"' }],
      confidence: 0.8,
      says: 'The heading of Cloudflare\'s branded error page ("Error code 5xx"); the status diagram is missing.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /class="code-label">error code (5\d\d)</ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      id: 'title-just-a-moment',
      status: [403, 429, 503],
      all: [{ title: 'just a moment...' }, { header: 'cf-ray' }],
      any: [{ header: 'server', is: 'cloudflare' }],
      confidence: 0.75,
      says: 'The "Just a moment..." title of Cloudflare\'s challenge interstitial, served with CF-RAY.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'challenge',
    },
    {
      id: 'title-attention-required',
      status: [403],
      all: [{ title: 'attention required! | cloudflare' }, { header: 'cf-ray' }],
      any: [{ header: 'server', is: 'cloudflare' }, { body: '/cdn-cgi/styles/cf.errors.css' }],
      confidence: 0.7,
      says: 'The "Attention Required! | Cloudflare" title of Cloudflare\'s security block page, served with CF-RAY.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'title-restrict-access',
      status: [403, 429],
      all: [{ title: 'used cloudflare to restrict access' }],
      any: [...CF_HEADERS, { body: 'id="cf_styles-css"' }],
      confidence: 0.7,
      says: 'The "Access denied | <host> used Cloudflare to restrict access" title of Cloudflare\'s 1xxx block page.',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      code: { from: 'body', pattern: /class="cf-error-code">(\d{4})</ },
      byStatus: { 429: RATE_LIMITED },
      byCode: CODES,
    },
    // The same pages as rendered text (what a visitor copies, or a DOM-text capture).
    {
      id: 'text-5xx-current',
      status: EDGE_STATUSES,
      all: [{ body: 'visit cloudflare.com for more information' }],
      any: [...CF_HEADERS, { body: 'cloudflare ray id:' }],
      confidence: 0.75,
      says: 'The text of Cloudflare\'s branded error page ("Error code 5xx — Visit cloudflare.com for more information").',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /error code (5\d\d)\b/ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      id: 'text-5xx-legacy',
      status: EDGE_STATUSES,
      all: [{ body: 'error reference number: ' }, { body: 'cloudflare location: ' }],
      any: [...CF_HEADERS],
      confidence: 0.8,
      says: 'The text of Cloudflare\'s older branded error page ("Error reference number", "Cloudflare Location").',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /error reference number: (5\d\d)\b/ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      id: 'text-1xxx',
      all: [{ body: 'performance & security by cloudflare' }, { body: 'ray id:' }],
      any: [...CF_HEADERS, { body: 'what happened?' }],
      confidence: 0.8,
      says: 'The text of a Cloudflare 1xxx error page ("Error 10xx … Performance & security by Cloudflare").',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /error (1\d{3}) ?ray id:/ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      // Heading only: "Error 1016 Ray ID: 6231a92cd4a8b8bd • 2021-02-17 18:44:38 UTC".
      id: 'text-1xxx-heading',
      all: [{ body: 'ray id: ' }, { body: ' utc' }],
      any: [...CF_HEADERS],
      confidence: 0.55,
      says: 'The heading of a Cloudflare 1xxx error page ("Error 10xx Ray ID: … UTC").',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /error (1\d{3}) ray id: [0-9a-fx]{3,16} • / },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      // The current "Access denied" 1020 page's detail list as text.
      id: 'text-access-denied-details',
      all: [{ body: 'error code: 1' }, { body: 'ray id: ' }, { body: 'data center: ' }],
      any: [...CF_HEADERS, { body: 'timestamp: ' }],
      confidence: 0.7,
      says: 'The detail list of Cloudflare\'s "Access denied" page (Error code / Ray ID / Country / Data center).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
      code: { from: 'body', pattern: /error code: (1\d{3})\b/ },
      byCode: CODES,
    },
    {
      // "error code: 1010" as the whole body, seen by clients that only report status and body.
      // Without CF-RAY it is weaker; with other vendors' headers it is a look-alike.
      id: 'plain-text-code-bare',
      all: [{ body: 'error code: ' }],
      not: [{ body: '<' }, { body: '{' }, { header: 'cf-ray' }],
      confidence: 0.55,
      says: 'A body that is only "error code: NNNN": Cloudflare\'s plain-text answer to non-browser clients.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      code: { from: 'body', pattern: /^error code: (\d{3,4})$/ },
      byStatus: BY_STATUS,
      byCode: CODES,
    },
    {
      id: 'error-type-header',
      all: [{ header: 'cf-error-type' }],
      confidence: 0.7,
      says: 'The "cf-error-type" header, which Cloudflare sets only on error pages it generates itself.',
      layer: 'cdn',
      blame: 'unknown',
      failure: 'unknown',
      byStatus: BY_STATUS,
    },
  ],
  sources: [
    'Wild captures: CAPTCHA challenge 2019 (VeNoMouS/cloudscraper tests/fixtures/cf_recaptcha_15_04_2019.html), managed challenge 2021 (js_challenge_02_11_2021.html), truncated heads with headers in WhatWaf issues #438 #630 #958 #1566 and cloudscraper issue #100; rendered-text pages in codewars/codewars.com#1061 (legacy 520: Error reference number / Cloudflare Location), tdurieux/anonymous_github#459 (524: Visit cloudflare.com for more information), timothymiller/cloudflare-ddns#206 (1034), ymyuuu/Cloudflare-Workers-Proxy#17 (1003), Nexus-Mods/web-issues#1299 (1016 heading), ellerbrock/open-source-badges#20 (1020 detail list), source-cooperative/data.source.coop#134 (bare error code: 1010)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/ (cloudflare/cloudflare-docs src/content/docs/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/*.mdx: 500, 502-504, 503, 520-526, 530)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-1xxx-errors/ (cloudflare/cloudflare-docs …/cloudflare-1xxx-errors.mdx and error-10xx.mdx: meanings and HTTP statuses of 1000-1200)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/ (proxy read timeout, 120 s default; 100 s in older docs)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-error-headers/ (cf-error-type / cf-error-origin only on Cloudflare-generated error pages)',
    'https://developers.cloudflare.com/ruleset-engine/rules-language/fields/reference/cf.response.error_type/ (managed_challenge, iuam, waf, 5xx, 1xxx, ratelimit error types)',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare "Error 502 or 504"): a page whose footer says "cloudflare" comes from Cloudflare itself',
    'Captured Cloudflare pages pasted in public GitHub files: current 5xx design (502 api.thegraph.com 2024, 504 2025, 525 api.anthropic.com, 521 eth.llamarpc.com), 2015-2019 design (521 go-krit.com with headers, 502 api.stocktwits.com 2019), 1105 supabase.co 2026, 1101 Worker threw exception, Attention Required block pages, 1020 "Access denied" (qa.harness.io), "Just a moment..." managed challenge (api.twitter.com 2026), IUAM cf-browser-verification (rmz.cr 2019), plain "<hr><center>cloudflare</center>" 400/404/502 pages with CF-RAY',
    'cf-mitigated: challenge on every challenge page response, whatever the page type: https://github.com/cloudflare/cloudflare-docs/pull/8590 (content/fundamentals/get-started/concepts/cloudflare-challenges.md)',
    'donlon/cloudflare-error-page cloudflare_error_page/templates/error.html (look-alike generator: confirms "cf-error-source" marks the failing box)',
  ],
});
