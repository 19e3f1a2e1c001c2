import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "railway",
  pages: {
    "application-failed-to-respond": {
      says: { en: "6bb780d6", text: "Railway 的“Application failed to respond”页面：边缘节点已到达该服务，但应用没有应答（已崩溃、仍在启动，或没有监听 $PORT / 0.0.0.0）。" },
    },
    "legacy-application-error": {
      says: { en: "0c7cb75f", text: "Railway 旧版的“Application Error — Is your app correctly listening on $PORT?”页面：边缘节点没有在应用的端口上得到应答。" },
    },
    "train-not-arrived": {
      says: { en: "beda6821", text: "Railway 的“Not Found — The train has not arrived at the station”页面：该主机名指向 Railway，但没有任何已部署的服务绑定它（域名尚未生效，或服务已删除、已停止）。" },
    },
    "application-not-found-json": {
      says: { en: "df7b2b8f", text: "Railway 的 JSON“Application not found”响应：没有正在运行的服务绑定该主机（服务已删除，或休眠的 serverless 服务仍在唤醒——请重试一次）。" },
    },
  },
});
