// The page is a browser check, not a failure and not a block: a managed / JavaScript challenge or a
// CAPTCHA that a real browser passes (Cloudflare "Just a moment…" and cf-mitigated: challenge,
// DDoS-Guard's check, Imperva's bot check, Vercel Security Checkpoint, AWS WAF challenge / CAPTCHA,
// Alibaba anti-crawler, Huawei access verification). Fingerprints give it failure 'challenge' with
// blame none, as they give a block failure 'blocked'.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'browser-challenge',
  title: 'A security check asks the browser to prove it is not a bot',
  summary: 'A security service in front of the site shows a browser check or CAPTCHA before letting the request through.',
  why:
    'Anti-bot and anti-DDoS services answer a request they are unsure about with a check instead of the page: a ' +
    'script that the browser must run, sometimes a CAPTCHA, which then sets a cookie that lets the next requests ' +
    'through. A normal browser passes it in a few seconds. It fails, or loops, when JavaScript or cookies are ' +
    'blocked, when an extension stops the check\'s script, and always for clients that cannot run scripts at all ' +
    '(API clients, crawlers, monitoring, curl).',
  fixedBy: 'visitor',
  layer: 'anti-ddos',
  when: [
    { id: 'challenge-blame-none', failure: ['challenge'], blame: ['none'], weight: 9, because: 'The page is a security check (JavaScript challenge or CAPTCHA), not an error page.' },
    { id: 'challenge', failure: ['challenge'], weight: 2, because: 'The answer is a challenge that a browser must solve before the site answers.' },
  ],
  steps: [
    {
      id: 'allow-scripts-and-cookies',
      title: 'Let the check run in a normal browser',
      detail: 'Allow JavaScript and cookies for this site, pause extensions that block scripts or trackers, and wait a few seconds on the check page until it moves on by itself.',
      audience: 'visitor',
      intent: 'browser',
    },
    {
      id: 'retry-after-check',
      title: 'Reload once the check has passed',
      detail: 'If the check keeps coming back, close the tab, open the site again in a fresh window and solve the check once; repeated fast reloads can make the service stricter.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'cloudflare-challenge-events',
      title: 'Find which Cloudflare rule issued the challenge',
      detail: 'In Security > Events filter by the Ray ID or the client: the event names the rule or feature (a custom rule, Bot Fight Mode, Under Attack mode, a managed rule) and Security Analytics shows how many challenges were solved.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'aws-waf-challenge-logs',
      title: 'Find the CHALLENGE or CAPTCHA action in the AWS WAF logs',
      detail: 'The WAF log entry for the request shows the rule whose action was CHALLENGE or CAPTCHA, and the token status it saw.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['aws-cloudfront', 'aws-alb'] },
    },
    {
      id: 'vercel-firewall-events',
      title: 'Check the Vercel Firewall for the challenge',
      detail: 'In the project\'s Firewall view, look for the rule, Attack Challenge Mode or bot protection that answered with the Security Checkpoint at that time.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['vercel'] },
    },
    {
      id: 'find-challenge-setting',
      title: 'Find the setting that issued the check',
      detail: 'In the security service\'s console, search its events for the visitor IP and the time: the event names the bot, rate or under-attack setting that challenged instead of letting the request through.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: ['cloudflare', 'aws-cloudfront', 'aws-alb', 'vercel'] },
    },
    {
      id: 'skip-challenge-for-known-clients',
      title: 'Skip the challenge for API paths and known clients',
      detail: 'A client that runs no JavaScript can never pass a browser check. Exempt API and webhook paths, monitoring and partner clients from the challenge (by path, verified bot, token or address) instead of sending them the check page.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'cloudflare-skip-rule',
      title: 'Add a Cloudflare skip rule for the clients that must pass',
      detail: 'A custom rule with the Skip action placed before the challenge (matching the API host or path, or a verified bot) lets those requests through; for Under Attack mode, a configuration rule can turn it off on those paths.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
  ],
  sources: [
    'https://developers.cloudflare.com/cloudflare-challenges/ (challenge types; cf-mitigated: challenge on challenge responses)',
    'https://developers.cloudflare.com/waf/custom-rules/skip/ (Skip action in custom rules)',
    'https://docs.aws.amazon.com/waf/latest/developerguide/logging-examples.html (AWS WAF log entries: action CHALLENGE / CAPTCHA)',
    'https://vercel.com/docs/vercel-firewall (Vercel Firewall, Security Checkpoint challenge, Attack Challenge Mode)',
    'src/engine/fingerprints/ddos-guard.ts, imperva.ts, alibaba-waf.ts, huawei-waf.ts (challenge pages these vendors serve)',
  ],
});
