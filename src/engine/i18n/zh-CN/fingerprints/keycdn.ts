import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "keycdn",
  pages: {
    "origin-error": {
      says: { en: "0e0cb092", text: "KeyCDN（Server: keycdn-engine）返回的 500，且没有缓存状态：这是 KeyCDN 的“500 Origin Error”，边缘节点无法从源站拉取内容。" },
    },
    "zone-access-denied": {
      says: { en: "effabc27", text: "KeyCDN 返回“The access to the resource has been denied.”：该主机名没有绑定到任何区域（Zone），或该区域拒绝了请求。" },
    },
  },
});
