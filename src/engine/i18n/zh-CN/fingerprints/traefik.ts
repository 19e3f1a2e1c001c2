import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "traefik",
  pages: {
    "statustext-bad-gateway": {
      says: { en: "075a426e", text: "只有“Bad Gateway”的响应（11 字节，text/plain; charset=utf-8，没有 Server 头）：Traefik 代理的错误处理程序（弱信号，没有品牌标识）。" },
    },
    "statustext-gateway-timeout": {
      says: { en: "96d0fc5a", text: "只有“Gateway Timeout”的响应（15 字节，text/plain; charset=utf-8，没有 Server 头）：Traefik 代理在网络超时时的错误处理程序；在 Traefik 的默认设置下，这意味着与服务器的连接没能在 dialTimeout（30 秒）内建立（弱信号）。" },
    },
    "no-available-server": {
      says: { en: "8d90ee40", text: "Traefik 负载均衡返回“no available server”：该服务的所有服务器都未通过健康检查。" },
    },
  },
});
