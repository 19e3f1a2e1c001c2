import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "google-frontend",
  pages: {
    "robot-thats-an-error": {
      says: { en: "e7594c5f", text: "Google 的标准错误页（“That’s an error.” … “That’s all we know.”），由 Google Front End 生成。" },
    },
    "load-balancer-server-error": {
      says: { en: "74c08672", text: "Google Cloud 的简陋页面“Error: Server Error”，由 Google Front End / 负载均衡生成，原因是其后端没有给出可用的响应。" },
    },
    "forbidden": {
      says: { en: "7f39917e", text: "Google 的“Error: Forbidden — Your client does not have permission to get URL”页面：Google 前端（Cloud Run / Cloud Functions 的 IAM、IAP）拒绝了未经身份验证或未获授权的请求。" },
    },
  },
});
