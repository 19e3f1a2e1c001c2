import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "aws-api-gateway",
  pages: {
    "rest-endpoint-timeout": {
      says: { en: "10fbea0e", text: "API Gateway 的集成超时响应 {\"message\": \"Endpoint request timed out\"}（默认 29 秒）。" },
    },
    "endpoint-timeout-body-only": {
      says: { en: "4e83b9d3", text: "API Gateway 的集成超时响应 {\"message\": \"Endpoint request timed out\"}，未见其响应头。" },
    },
    "rest-internal-server-error": {
      says: { en: "80d456d5", text: "API Gateway 自己返回的 {\"message\": \"Internal server error\"}，并带有 API Gateway 自己的请求 ID 响应头。" },
    },
    "rest-throttled": {
      says: { en: "7fe037d9", text: "API Gateway 对该请求进行了限流（THROTTLED 网关响应）。" },
    },
    "rest-missing-authentication-token": {
      says: { en: "93375bdc", text: "API Gateway 找不到匹配的资源/方法，或请求缺少 IAM 签名（“Missing Authentication Token”）。" },
    },
    "rest-forbidden": {
      says: { en: "7ab5296c", text: "API Gateway 拒绝了该请求（API 密钥缺失或无效、资源策略或 WAF）。" },
    },
    "rest-gateway-response": {
      says: { en: "0fc2d70f", text: "API Gateway 自己作出了响应（带 x-amz-apigw-id 的响应中有 x-amzn-ErrorType）。" },
    },
    "http-api-service-unavailable": {
      says: { en: "2e7858d0", text: "API Gateway（HTTP API）返回 {\"message\":\"Service Unavailable\"}：集成没有及时响应。" },
    },
    "http-api-internal-server-error": {
      says: { en: "bfb67808", text: "API Gateway（HTTP API）返回 {\"message\":\"Internal Server Error\"}：集成（Lambda）失败或返回了无效响应。" },
    },
    "http-api-too-many-requests": {
      says: { en: "cba081d8", text: "API Gateway（HTTP API）对该请求进行了限流。" },
    },
  },
});
