import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "akamai",
  pages: {
    "access-denied": {
      says: { en: "657991e1", text: "Akamai 的“Access Denied”页面（“You don't have permission to access … on this server.”，附 Reference # 编号）：Akamai 的安全规则（WAF / Bot Manager / 地域或 IP 封禁）拒绝了该请求。" },
    },
    "access-denied-text": {
      says: { en: "e00d2c85", text: "Akamai“Access Denied”页面的文字（“You don't have permission to access … on this server.”，附 Reference # 编号）：Akamai 的安全规则拒绝了该请求。" },
    },
    "service-unavailable": {
      says: { en: "4fb3e2b5", text: "Akamai 的“Service Unavailable”页面，附 Reference # 编号：Akamai 边缘节点无法从源站获得响应。" },
      refine: {
        "body-dns-failure": { en: "3910690d", text: "正文标题为“Service Unavailable - DNS failure”：Akamai 边缘节点无法解析源站主机名。" },
        "body-zero-size-object": { en: "ca3022cf", text: "正文标题为“Service Unavailable - Zero size object”：源站返回了一个空对象。" },
      },
    },
    "gateway-timeout": {
      says: { en: "50f88dcc", text: "Akamai 的“Gateway Timeout”页面，附 Reference # 编号：Akamai 边缘节点等待源站响应超时，放弃了请求。" },
    },
    "processing-error": {
      says: { en: "45bc40aa", text: "Akamai 的通用页面“An error occurred while processing your request.”，附 Reference # 编号：边缘节点未能完成请求，通常是在与源站通信时出错。" },
    },
    "header-only-error": {
      says: { en: "96de2c2a", text: "Akamai 自行作答（“Server: AkamaiGHost”）且没有正文：本可说明原因的错误页缺失（HEAD 请求，或正文被丢弃）。" },
    },
  },
});
