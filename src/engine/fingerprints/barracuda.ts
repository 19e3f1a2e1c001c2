// Barracuda Web Application Firewall (and its load-balancing) sets its own cookies on the traffic it
// proxies: barra_counter_session, BNI__BARRACUDA_LB_COOKIE, BNI_persistence and BNES_* (wafw00f's
// barracuda plugin), so they put the WAF in the path. Its deny response is one of its predefined
// "response pages", each with its own status; the one seen in public reports hides the block behind a
// fake 404: a bordered box (#4991C5, tahoma) saying "The specified URL cannot be found." followed by a
// long "<!--0123456789…-->" padding comment. That sentence alone is common (Laravel apps write it), so
// the rule needs the padding comment too. Texts often attributed to Barracuda are other vendors' —
// "You have been blocked / You are unable to access this website" is Cloudflare's block page and "The
// requested URL was rejected. Please consult with your administrator. Your support ID is …" is F5
// BIG-IP ASM's — so they are not used here.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'barracuda',
  name: 'Barracuda Web Application Firewall',
  layer: 'waf',
  inPath: [
    { header: 'set-cookie', starts: 'barra_counter_session=' },
    { header: 'set-cookie', starts: 'bni__barracuda_lb_cookie=' },
    { header: 'set-cookie', starts: 'bni_persistence=' },
    { header: 'set-cookie', starts: 'bnes_' },
  ],
  pages: [
    {
      id: 'fake-404-deny-page',
      status: [404],
      all: [{ body: 'the specified url cannot be found.' }, { body: '<!--01234567890123456789' }],
      any: [
        { body: 'border: 3px solid #4991c5' },
        { header: 'set-cookie', starts: 'barra_counter_session=' },
        { header: 'set-cookie', starts: 'bni__barracuda_lb_cookie=' },
      ],
      confidence: 0.65,
      says: 'Barracuda WAF\'s deny page disguised as a 404 ("The specified URL cannot be found." with its long numeric padding comment).',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
  ],
  sources: [
    'EnableSecurity/wafw00f wafw00f/plugins/barracuda.py (cookies ^barra_counter_session=, ^BNI__BARRACUDA_LB_COOKIE=, ^BNI_persistence=, ^BN[IE]S_.*?=; content "Barracuda.Networks")',
    'https://github.com/Ekultek/WhatWaf/issues/858 (Barracuda deny page: 404, bordered #4991C5 box "The specified URL cannot be found." and a <!--0123456789…--> padding comment; barra_counter_session cookie, barracuda_ header keyword)',
    'https://campus.barracuda.com/product/webapplicationfirewall/doc/45025648/how-to-create-a-custom-response-page (predefined response pages used as deny responses, each with its own status code, e.g. 404 Not Found)',
    'Public scrapers treating "The specified URL cannot be found." as a firewall\'s fake-404 block ("A firewall or network appliance may be interrupting this traffic")',
    'Look-alikes: Cloudflare block page "Sorry, you have been blocked / You are unable to access this website"; F5 ASM "The requested URL was rejected … Your support ID is" (https://github.com/pulibrary/princeton_ansible/issues/3589)',
  ],
});
