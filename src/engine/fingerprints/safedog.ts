// Safedog (安全狗, 网站安全狗 for IIS/Apache/nginx). It marks what it protects with the
// safedog-flow-item cookie, "Server: Safedog" and/or "X-Powered-By: WAF/2.0" (wafw00f, sqlmap). Its
// block page is titled 网站防火墙 and says 您的请求带有不合法参数，已被网站管理员设置拦截！ with the
// logo 404.safedog.cn/images/safedogsite/broswer_logo.jpg — but that exact page, logo URL included, was
// copied by the open-source ngx_lua_waf and by BT (宝塔) WAF, so the page alone is a look-alike: the
// block rule requires Safedog's own header or cookie (ownHeaders). Safedog also replaces a server's
// error pages with its "site dog" page (404.safedog.cn/images/safedogsite/head.png, the iframe
// 404.safedog.cn/sitedog_stat_new.html and <a id="eCode">403</a>): Safedog wrote it, but the error is
// the server's own, so that rule names Safedog without blaming a hop.
import { defineFingerprint } from '../knowledge/fingerprint';

const OWN = [
  { header: 'set-cookie', has: 'safedog' },
  { header: 'server', has: 'safedog' },
  { header: 'x-powered-by', is: 'waf/2.0' },
] as const;

export default defineFingerprint({
  generator: 'safedog',
  name: 'Safedog WAF',
  layer: 'waf',
  inPath: [...OWN],
  ownHeaders: [...OWN],
  pages: [
    {
      id: 'block-page',
      all: [{ body: '您的请求带有不合法参数' }],
      any: [{ body: '404.safedog.cn/images/safedogsite/broswer_logo.jpg' }, { title: '网站防火墙' }, { body: '您提交的内容包含危险的攻击请求' }],
      confidence: 0.75,
      says: 'Safedog\'s block page (网站防火墙: "您的请求带有不合法参数，已被网站管理员设置拦截！").',
      layer: 'waf',
      blame: 'none',
      failure: 'blocked',
    },
    {
      id: 'site-dog-error-page',
      all: [{ body: '404.safedog.cn/sitedog_stat' }],
      any: [{ body: '404.safedog.cn/images/safedogsite/head.png' }, { body: 'id="ecode"' }],
      confidence: 0.7,
      says: 'Safedog\'s replacement error page ("site dog", 404.safedog.cn): Safedog hid the server\'s own error page.',
      code: { from: 'body', pattern: /id="ecode">(\d{3})</ },
      layer: 'waf',
      blame: 'unknown',
    },
  ],
  sources: [
    'EnableSecurity/wafw00f wafw00f/plugins/safedog.py (cookie ^safedog-flow-item=, Server: Safedog, safedogsite/broswer_logo.jpg, 404.safedog.cn/sitedog_stat.html, 404.safedog.cn/images/safedogsite/head.png)',
    'sqlmap waf/safedog.py (X-Powered-By: WAF/2.0, Server: Safedog, safedog cookies, the same page markers)',
    'Copies of the block page with title 网站防火墙, broswer_logo.jpg and "您的请求带有不合法参数，已被网站管理员设置拦截！ / 可能原因：您提交的内容包含危险的攻击请求" in ngx_lua_waf-style config.lua files on GitHub; a public WAF rule test attributes the same text to BT (宝塔) WAF',
    'A public Go test fixture holding Safedog\'s site-dog error page (head.png, <a id="eCode">403</a>, sitedog_stat_new.html iframe, bbs.safedog.cn link)',
  ],
});
