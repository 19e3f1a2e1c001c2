import { defineCauseTranslation } from '../../../knowledge/translation';

export default defineCauseTranslation({
  id: "origin-bad-compression",
  title: "源站发送的压缩数据有误",
  why: "会解码或重新编码响应的代理，无法转发 gzip 流已损坏、或 Content-Length 仍按未压缩大小计算的正文。此时 Cloudflare 会返回自己的简易 502 页面（底部写着“cloudflare”的那种），尽管源站看起来“工作正常”。常见来源：应用和 Web 服务器重复压缩、某个压缩插件，或在 gzip 流关闭之后又写入了输出。",
  because: [
    "Cloudflare 自己的简易 502 页面：Cloudflare 将源站发送错误压缩的数据列为原因之一。",
    "源站返回格式错误的响应时，也可能显示为 520。",
    "Azure Front Door 503：启用压缩时的字节范围（byte-range）请求是文档记载的触发条件。",
    "代理无法使用源站发来的正文。",
    "出故障的环节不是源站的响应正文。",
  ],
  steps: {
    "check-gzip": {
      title: "从源站获取一个压缩响应并校验",
      detail: "对于损坏的流，gzip -t 会报告“unexpected end of file”或“crc error”；同时将 Content-Length 与实际收到的字节数进行比较。",
    },
    "disable-compression": {
      title: "在源站关闭压缩以确认问题",
      detail: "Cloudflare 建议关闭源站压缩，看错误是否消失。nginx：gzip off；Apache：禁用 mod_deflate；PHP：zlib.output_compression = Off。确认之后，只在一处进行压缩。",
    },
    "tell-owner": {
      title: "告知网站管理员",
      detail: "该网站的服务器发送了 CDN 无法读取的数据。请把技术支持摘要发给网站管理员。",
    },
  },
});
