import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "origin-bad-compression",
  title: { en: "6cf2bf66", text: "源站发送的压缩数据有误" },
  summary: { en: "460b87cb", text: "网站服务器发送的压缩数据已损坏，因此它前面的 CDN 无法把页面转交出去。" },
  why: { en: "9130579b", text: "会解码或重新编码响应的代理，无法转发 gzip 流已损坏、或 Content-Length 仍按未压缩大小计算的正文。此时 Cloudflare 会返回自己的简易 502 页面（底部写着“cloudflare”的那种），尽管源站看起来“工作正常”。常见来源：应用和 Web 服务器重复压缩、某个压缩插件，或在 gzip 流关闭之后又写入了输出。" },
  because: {
    "cloudflare-502-blame-edge": { en: "2d0d542d", text: "Cloudflare 自己的简易 502 页面：Cloudflare 将源站发送错误压缩的数据列为原因之一。" },
    "cloudflare-520": { en: "f7143989", text: "源站返回格式错误的响应时，也可能显示为 520。" },
    "azure-front-door-503": { en: "55611211", text: "Azure Front Door 503：启用压缩时的字节范围（byte-range）请求是文档记载的触发条件。" },
    "invalid-response-blame-edge-origin": { en: "ede55c2f", text: "代理无法使用源站发来的正文。" },
    "not-blame-elsewhere": { en: "7eb7abb7", text: "页面把故障归于请求本身、代理自己的配置，或根本没有故障：出问题的不是源站的响应正文。" },
  },
  steps: {
    "check-gzip": {
      title: { en: "13a8576c", text: "从源站获取一个压缩响应并校验" },
      detail: { en: "fa01ebfd", text: "对于损坏的流，gzip -t 会报告“unexpected end of file”或“crc error”；同时将 Content-Length 与实际收到的字节数进行比较。" },
    },
    "disable-compression-nginx": {
      title: { en: "fb364dec", text: "关闭 nginx 的压缩以确认" },
      detail: { en: "6fd0f17e", text: "如果错误消失，很可能是应用也做了压缩，或某个模块破坏了压缩流：只在一处进行压缩。" },
    },
    "disable-compression-apache": {
      title: { en: "131e4fcc", text: "关闭 Apache 的 mod_deflate 以确认" },
      detail: { en: "b57fe81f", text: "如果错误消失，很可能是应用也做了压缩：只在一处进行压缩。" },
    },
    "disable-compression-php": {
      title: { en: "8d36c4a6", text: "关闭 PHP 自身的输出压缩" },
      detail: { en: "a69d2206", text: "在 Web 服务器的 gzip 之上再开启 zlib.output_compression 会压缩两次；只让其中一个来做。" },
    },
    "disable-compression": {
      title: { en: "a370b09a", text: "在源站关闭压缩以确认问题" },
      detail: { en: "1fc32378", text: "关闭 Web 服务器和应用中的压缩；如果错误消失，再只在一处重新开启压缩。" },
    },
    "tell-owner": {
      title: { en: "673df4b3", text: "告知网站管理员" },
      detail: { en: "1370127d", text: "该网站的服务器发送了 CDN 无法读取的数据。请把技术支持摘要发给网站管理员。" },
    },
  },
});
