// Google Front End (GFE) / Google Cloud external Application Load Balancer.
// Two stock pages:
//  - the robot page "<p><b>502.</b> <ins>That’s an error.</ins> … <ins>That’s all we know.</ins>"
//    (title "Error 502 (Server Error)!!1", //www.google.com/images/errors/robot.png);
//  - the bare load-balancer page "<title>502 Server Error</title> … <body text=#000000
//    bgcolor=#ffffff><h1>Error: Server Error</h1><h2>The server encountered a temporary error and
//    could not complete your request.<p>Please try again in 30 seconds.</h2>", also used by
//    Cloud Run / App Engine ("Error: Forbidden", "The server encountered an error …").
// GFE responses carry "Referrer-Policy: no-referrer"; proxied ones "Via: 1.1 google"; Cloud Run and
// App Engine "Server: Google Frontend" and X-Cloud-Trace-Context; Google's own front ends
// (google.com, dns.google) answer with "Server: HTTP server (unknown)".
// Google's abuse protection answers automated-looking traffic itself, in front of Search, Scholar,
// Translate and other Google properties (www.google.com/sorry/index):
//  - 429 (503 until about 2018) with a CAPTCHA interstitial: "Our systems have detected unusual traffic from your
//    computer network", <form id="captcha-form" action="index">, "IP address: … Time: … URL: …";
//  - 403 "Sorry..." / "We're sorry... but your computer or network may be sending automated
//    queries. To protect our users, we can't process your request right now."
// Nothing failed behind Google there: the client is rate-limited (429) or refused (403).
import { defineFingerprint } from '../knowledge/fingerprint';

const UNUSUAL_TRAFFIC = { body: 'our systems have detected unusual traffic from your computer network' } as const;

export default defineFingerprint({
  generator: 'google-frontend',
  name: 'Google Front End / Cloud Load Balancing',
  layer: 'load-balancer',
  inPath: [
    { header: 'via', has: '1.1 google' },
    { header: 'server', is: 'google frontend' },
    { header: 'x-cloud-trace-context' },
  ],
  ownHeaders: [
    { header: 'referrer-policy', is: 'no-referrer' },
    { header: 'via', has: '1.1 google' },
    { header: 'server', is: 'google frontend' },
    { header: 'server', starts: 'gfe' },
    { header: 'x-cloud-trace-context' },
    { header: 'server', is: 'http server (unknown)' },
  ],
  requestIds: [{ header: 'x-cloud-trace-context', label: 'X-Cloud-Trace-Context' }],
  pages: [
    {
      id: 'robot-thats-an-error',
      all: [{ body: '<ins>that’s an error.</ins>' }],
      any: [{ body: 'www.google.com/images/errors/robot.png' }, { body: '<ins>that’s all we know.</ins>' }, { title: ')!!1' }],
      confidence: 0.88,
      says: 'Google\'s stock error page ("That’s an error." … "That’s all we know."), written by the Google Front End.',
      code: { from: 'body', pattern: /<p><b>(\d{3})\.<\/b>/ },
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        403: { blame: 'none', failure: 'blocked' },
        429: { blame: 'none', failure: 'rate-limited' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        503: { blame: 'upstream-app', failure: 'overloaded' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
    },
    {
      id: 'load-balancer-server-error',
      all: [{ body: '<h1>error: server error</h1>' }],
      any: [
        { body: '<body text="#000000" bgcolor="#ffffff">' },
        { body: 'please try again in 30 seconds.' },
        { header: 'via', has: '1.1 google' },
        { header: 'server', is: 'google frontend' },
      ],
      confidence: 0.85,
      says: 'Google Cloud\'s bare "Error: Server Error" page, written by the Google Front End / load balancer because its backend did not give a usable answer.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        503: { blame: 'upstream-app', failure: 'unknown' },
        504: { blame: 'upstream-app', failure: 'timeout' },
      },
      refine: [
        {
          // The stock page says so whatever went wrong behind it: advice to the visitor, not a diagnosis.
          when: [{ body: 'please try again in 30 seconds.' }],
          says: 'The page asks the visitor to try again in 30 seconds: Google\'s stock wording for a backend failure it takes to be temporary.',
        },
      ],
    },
    {
      id: 'forbidden',
      status: [403],
      all: [{ body: '<h1>error: forbidden</h1>' }, { body: 'your client does not have permission to get url' }],
      confidence: 0.85,
      says: 'Google\'s "Error: Forbidden — Your client does not have permission to get URL" page: the Google front end (Cloud Run / Cloud Functions IAM, IAP) refused an unauthenticated or unauthorised request.',
      layer: 'load-balancer',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'unusual-traffic-captcha',
      status: [429, 503],
      all: [UNUSUAL_TRAFFIC],
      any: [
        { body: 'id="captcha-form"' },
        { body: 'this page appears when google automatically detects requests coming from your computer network' },
        { body: 'solving the above captcha will let you continue to use our services' },
      ],
      confidence: 0.85,
      says: 'Google\'s "unusual traffic from your computer network" CAPTCHA page (google.com/sorry): Google rate-limits requests from this network until the CAPTCHA is solved.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'rate-limited',
    },
    {
      // The same page cut before its text (a client that logs the first part of the body): the
      // CAPTCHA form posting to the sorry page's "index" and its onload focus script.
      id: 'unusual-traffic-captcha-markup',
      status: [429, 503],
      all: [{ body: '<form id="captcha-form" action="index" method="post">' }, { body: "e=document.getelementbyid('captcha');if(e){e.focus();}" }],
      not: [UNUSUAL_TRAFFIC],
      confidence: 0.75,
      says: 'The CAPTCHA form of Google\'s "unusual traffic" page (google.com/sorry), cut before its text: Google rate-limits requests from this network.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'rate-limited',
    },
    {
      id: 'sorry-automated-queries',
      status: [403, 429, 503],
      all: [{ body: 'your computer or network may be sending automated queries' }],
      any: [{ title: 'sorry...' }, { body: 'to protect our users, we can\'t process your request right now' }],
      confidence: 0.8,
      says: 'Google\'s "We\'re sorry... your computer or network may be sending automated queries" page: Google refuses requests from this network for a while.',
      layer: 'anti-ddos',
      blame: 'none',
      failure: 'blocked',
      byStatus: {
        429: { blame: 'none', failure: 'rate-limited' },
        503: { blame: 'none', failure: 'rate-limited' },
      },
    },
  ],
  sources: [
    '"Our systems have detected unusual traffic from your computer network" CAPTCHA page with <form id="captcha-form" action="index" method="post"> at 429: https://github.com/xtekky/gpt4free/issues/3302 ; google.com/sorry/index answered with 429: https://github.com/MaxKuehn/zotero-scholar-citations/issues/14 ; page text (IP address / Time / URL, "This page appears when Google automatically detects requests…"): https://github.com/ProfessionalWiki/Maps/issues/823 , https://github.com/trespassersW/UserScripts/issues/1',
    'The sorry page answered with 503 in 2015–2018 (redirect to ipv6.google.com/sorry/index, then "HTTP Error 503: Service Unavailable"): https://github.com/jarun/googler/issues/166 , https://github.com/abenassi/Google-Search-API/issues/63 ("Error 503 CaptchaRedirect"), https://github.com/MarioVilas/googlesearch/issues/42',
    '"Sorry..." / "We\'re sorry... but your computer or network may be sending automated queries. To protect our users, we can\'t process your request right now.": public scraper code matching <title>Sorry...</title> and the sentence (Google Scholar / Search block detection), zotero-scholar-citations README; the same scraper code takes "e=document.getElementById(\'captcha\');if(e){e.focus();}" as the CAPTCHA page\'s tell',
    '"Server: HTTP server (unknown)" on Google\'s own front ends (dns.google 302/200, google.co.uk 204 captured with curl in public repositories)',
    'Robot "That’s an error." page markup (title "Error 502 (Server Error)!!1", robot.png): https://github.com/googleapis/google-api-php-client/issues/2421 , https://github.com/denar90/mobile-friendly/issues/5 , https://github.com/kenvandine/gemini-desktop/issues/11',
    'GCLB "502 Server Error / Error: Server Error / Please try again in 30 seconds." page: kubernetes/ingress-gce troubleshooting docs (controllers/gce README) and https://github.com/kubernetes/ingress-nginx/issues/1396',
    'Cloud Run "Error: Forbidden / Your client does not have permission to get URL" and "Error: Server Error" bodies: https://github.com/datacommonsorg/docsite/pull/463 and public Cloud Run verify-deploy tests',
    'GFE-generated responses with Referrer-Policy: no-referrer (google.com 302 captured with curl -v in public notes)',
    'X-Cloud-Trace-Context on App Engine / Cloud Run / GKE: https://http.dev/x-cloud-trace-context ; load balancer only generates 502 for classic ALB, 503/504 for global: https://cloud.google.com/load-balancing/docs/https/troubleshooting-ext-https-lbs',
  ],
});
