import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "cached-error",
  title: { en: "f4e85f48", text: "错误页来自 CDN 的缓存" },
  summary: { en: "8c2b67f2", text: "缓存保存了这个错误页并持续提供这份副本，即使其后方的服务器早已恢复。" },
  why: { en: "1b4ee121", text: "保存了错误回答的 CDN 或代理缓存，会在副本过期或被清除之前把它提供给每一位访客，而不再询问服务器。你看到的故障在源站可能已经结束，也可能只是一次短暂中断被缓存拉长了。缓存相关的响应头会说明这一点：5xx 上的 HIT（或过期副本），或者只有缓存才会添加的 Age 响应头。清除该 URL 的缓存能立即解决；缩短错误缓存时间能让下一次故障也很短。" },
  because: {
    "hit-on-5xx": { en: "0b251821", text: "缓存相关的响应头表明这个服务器错误是一份保存的副本，由缓存直接提供，没有询问其后方的服务器。" },
    "stale-on-5xx": { en: "b68447fe", text: "缓存提供了这个错误的一份已过期的保存副本：它保存的副本本身就是错误页。" },
    "aged-5xx": { en: "8906b472", text: "Age 响应头表明这个错误已在缓存中保存了一段时间：它是缓存加上的，而不是出错的服务器。" },
    "fetched-now": { en: "3c0adb14", text: "缓存表明这个回答是为本次请求现取的（未命中、绕过缓存或不可缓存）：这是新发生的错误，而不是保存的副本。" },
    "fastly-synthetic-hit": { en: "cbc398b3", text: "Fastly 对其边缘节点自己生成的回答也报告 HIT；Age 为 0 说明这个页面不是保存的副本。" },
  },
  steps: {
    "retry-later": {
      title: { en: "6d4e7f0d", text: "几分钟后重试" },
      detail: { en: "38d0b8db", text: "这个错误页是一份保存的副本。即使没人处理，副本过期后也会被替换，通常在几秒到几分钟内。" },
    },
    "tell-owner": {
      title: { en: "fd20eba4", text: "告诉网站管理员这个错误被缓存了" },
      detail: { en: "33c42020", text: "发送支持摘要：其中关于缓存的一行表明错误来自缓存，管理员可以立即清除这个地址的缓存。" },
    },
    "confirm-stored-copy": {
      title: { en: "65184731", text: "确认这个错误是一份保存的副本" },
      detail: { en: "b0c9f5b9", text: "间隔几秒运行两次：Age 不断增大，或缓存响应头显示 HIT，就说明回答来自缓存而不是你的服务器。然后直接从源站加载该页面，看它在源站是否正常。" },
    },
    "cloudflare-purge-url": {
      title: { en: "0dc277d2", text: "从 Cloudflare 缓存中清除这个 URL" },
      detail: { en: "7918a783", text: "控制台：Caching > Configuration > Purge Cache > Custom Purge，然后输入该 URL。也可以使用 API，令牌需要有清除该区域缓存的权限。" },
    },
    "cloudflare-status-ttl": {
      title: { en: "89d460ad", text: "检查是哪条缓存规则让 Cloudflare 缓存了 5xx 回答" },
      detail: { en: "1810860e", text: "Cloudflare 默认不缓存任何 5xx；带有状态码 TTL 的缓存规则（或覆盖源站设置的 Edge TTL）才会。在 Caching > Cache Rules 中查找覆盖 500–599 的规则，缩短或删除它。" },
    },
    "cloudfront-invalidate": {
      title: { en: "f0e640b2", text: "在 CloudFront 中使该路径失效" },
      detail: { en: "25a9e762", text: "失效请求会从所有边缘站点删除保存的错误；路径以 / 开头，可以以 * 结尾。" },
    },
    "cloudfront-error-caching-ttl": {
      title: { en: "92adfcd4", text: "检查 CloudFront 的错误缓存最小 TTL" },
      detail: { en: "3daf8d16", text: "CloudFront 会按“错误缓存最小 TTL”保留源站的错误，默认 10 秒；如果源站在错误回答上发送了 Cache-Control max-age，则保留更久。在分配的“错误页面”选项卡中查看，并为 5xx 状态码调低该值。" },
    },
    "fastly-purge-url": {
      title: { en: "8d478220", text: "从 Fastly 清除这个 URL" },
      detail: { en: "84a3a6bb", text: "URL 清除会从所有 Fastly POP 删除保存的副本（控制台的 Purge > Purge URL 效果相同）。" },
    },
    "nginx-cache-valid": {
      title: { en: "f5c59d75", text: "检查是哪条 nginx 缓存规则保留了错误回答" },
      detail: { en: "b3690084", text: "除非 proxy_cache_valid（或 fastcgi_cache_valid）列出了更多状态码或“any”，nginx 只缓存 200、301 和 302 回答；proxy_cache_use_stale 决定何时提供过期副本而不是错误。" },
    },
    "no-store-on-errors": {
      title: { en: "aaa1c381", text: "不让错误回答进入缓存" },
      detail: { en: "2e6ea1d4", text: "让源站在 5xx 回答上发送 Cache-Control: no-store（或只有几秒的 max-age），并把缓存自身的错误保留时间设短，避免一次故障被重放给每一位访客。" },
    },
  },
});
