import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "google-frontend",
  pages: {
    "robot-thats-an-error": {
      says: { en: "e7594c5f", text: "Google 的标准错误页（“That’s an error.” … “That’s all we know.”），由 Google Front End 生成。" },
    },
    "load-balancer-server-error": {
      says: { en: "74c08672", text: "Google Cloud 的简陋页面“Error: Server Error”，由 Google Front End / 负载均衡生成，原因是其后端没有给出可用的响应。" },
      refine: {
        "body-please-try-again-in-30-seconds": { en: "e6c9cd2c", text: "页面请访问者 30 秒后重试：这是 Google 对它认为只是暂时的后端故障使用的固定措辞。" },
      },
    },
    "forbidden": {
      says: { en: "7f39917e", text: "Google 的“Error: Forbidden — Your client does not have permission to get URL”页面：Google 前端（Cloud Run / Cloud Functions 的 IAM、IAP）拒绝了未经身份验证或未获授权的请求。" },
    },
    "unusual-traffic-captcha": {
      says: { en: "462fe704", text: "Google 的“检测到您的计算机网络中存在异常流量”验证码页面（google.com/sorry）：在验证码被解出之前，Google 会限制来自该网络的请求。" },
    },
    "unusual-traffic-captcha-markup": {
      says: { en: "67999e4a", text: "Google“异常流量”页面（google.com/sorry）的验证码表单，正文在文字出现前被截断：Google 正在限制来自该网络的请求。" },
    },
    "sorry-automated-queries": {
      says: { en: "dbe336dc", text: "Google 的“很抱歉……您的计算机或网络可能在发送自动查询”页面：Google 暂时拒绝来自该网络的请求。" },
    },
  },
});
