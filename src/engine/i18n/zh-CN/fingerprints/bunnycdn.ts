import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "bunnycdn",
  pages: {
    "origin-error-page": {
      says: { en: "b121cae7", text: "bunny.net 自己的回源错误页（bunnynetassets.b-cdn.net/error.css，“We could not establish a connection to …”）。" },
    },
    "origin-error-headers": {
      says: { en: "00b3dddc", text: "bunny.net 边缘节点（Server: BunnyCDN-…）返回的 502/504，带有它的 ErrorCode 响应头：边缘节点没有从源站拿到可用的响应。" },
    },
    "domain-not-configured": {
      says: { en: "95fe3064", text: "bunny.net 返回“Domain suspended or not configured”：该主机名没有绑定到任何有效的拉取区域（Pull Zone）。" },
    },
  },
});
