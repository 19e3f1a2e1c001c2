// Amazon API Gateway answers its own errors ("gateway responses") with a one-field JSON body,
// {"message": "…"}, and its own headers. REST APIs send x-amzn-RequestId, x-amz-apigw-id and
// x-amzn-ErrorType (e.g. InternalServerErrorException); edge-optimised REST APIs also carry the
// CloudFront headers of the edge in front. HTTP APIs send apigw-requestid. The JSON bodies are
// generic on their own (applications write {"message":"Internal server error"} too), so every rule
// here requires an API Gateway header.
import { defineFingerprint, type Verdict } from '../knowledge/fingerprint';

/** What a REST API's own gateway response means, by status. */
const GATEWAY_RESPONSES: Record<number, Verdict> = {
  500: { blame: 'reverse-proxy', failure: 'config' },
  502: { blame: 'upstream-app', failure: 'invalid-response' },
  503: { blame: 'upstream-app', failure: 'overloaded' },
  504: { blame: 'upstream-app', failure: 'timeout' },
  429: { blame: 'none', failure: 'rate-limited' },
  403: { blame: 'none', failure: 'blocked' },
  400: { blame: 'client', failure: 'invalid-response' },
  413: { blame: 'client', failure: 'config' },
};

export default defineFingerprint({
  generator: 'aws-api-gateway',
  name: 'Amazon API Gateway',
  layer: 'reverse-proxy',
  inPath: [{ header: 'x-amz-apigw-id' }, { header: 'apigw-requestid' }],
  ownHeaders: [
    { header: 'x-amz-apigw-id' },
    { header: 'apigw-requestid' },
    { header: 'x-amzn-requestid' },
    { header: 'x-amzn-errortype' },
  ],
  requestIds: [
    { header: 'x-amzn-requestid', label: 'x-amzn-RequestId' },
    { header: 'apigw-requestid', label: 'apigw-requestid' },
    { header: 'x-amz-apigw-id', label: 'x-amz-apigw-id' },
    { header: 'x-amzn-trace-id', label: 'X-Amzn-Trace-Id' },
  ],
  pages: [
    // ---- REST APIs (x-amz-apigw-id) ----
    {
      // 504 INTEGRATION_TIMEOUT: the integration (Lambda, HTTP backend) did not answer within the
      // integration timeout (29 s by default).
      id: 'rest-endpoint-timeout',
      status: [504],
      all: [{ header: 'x-amz-apigw-id' }, { body: '{"message":"endpoint request timed out"}' }],
      any: [{ header: 'x-amzn-errortype' }],
      confidence: 0.95,
      says: 'API Gateway\'s integration timeout answer {"message": "Endpoint request timed out"} (29 s default).',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      // The same timeout answer pasted without its headers (issue reports, client logs). Unlike the
      // generic "Internal server error", this sentence is API Gateway's own; a response that has
      // headers but none of API Gateway's is still ruled out by ownHeaders.
      id: 'endpoint-timeout-body-only',
      status: [504],
      all: [{ body: '{"message":"endpoint request timed out"}' }],
      confidence: 0.6,
      says: 'API Gateway\'s integration timeout answer {"message": "Endpoint request timed out"}, seen without its headers.',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      // 502: the Lambda proxy integration returned a malformed response or the function failed;
      // 500: API_CONFIGURATION_ERROR (e.g. API Gateway may not invoke the function, mapping errors).
      id: 'rest-internal-server-error',
      status: [500, 502],
      all: [{ header: 'x-amz-apigw-id' }, { body: '{"message":"internal server error"}' }],
      any: [{ header: 'x-amzn-errortype', is: 'internalservererrorexception' }],
      confidence: 0.9,
      says: 'API Gateway\'s own {"message": "Internal server error"} with its request headers.',
      blame: 'upstream-app',
      failure: 'invalid-response',
      byStatus: GATEWAY_RESPONSES,
    },
    {
      id: 'rest-throttled',
      status: [429],
      all: [{ header: 'x-amz-apigw-id' }, { body: '{"message":"too many requests"}' }],
      confidence: 0.9,
      says: 'API Gateway throttled the request (THROTTLED gateway response).',
      blame: 'none',
      failure: 'rate-limited',
    },
    {
      id: 'rest-missing-authentication-token',
      status: [403],
      all: [{ header: 'x-amz-apigw-id' }, { body: '{"message":"missing authentication token"}' }],
      confidence: 0.9,
      says: 'API Gateway found no matching resource/method or no IAM signature ("Missing Authentication Token").',
      blame: 'client',
      failure: 'config',
    },
    {
      id: 'rest-forbidden',
      status: [403],
      all: [{ header: 'x-amz-apigw-id' }, { body: '{"message":"forbidden"}' }],
      confidence: 0.85,
      says: 'API Gateway refused the request (missing/invalid API key, resource policy or WAF).',
      blame: 'none',
      failure: 'blocked',
    },
    {
      // Any other gateway response: x-amz-apigw-id with x-amzn-ErrorType is only set by API Gateway
      // on answers it generated itself.
      id: 'rest-gateway-response',
      all: [{ header: 'x-amz-apigw-id' }, { header: 'x-amzn-errortype' }],
      confidence: 0.75,
      says: 'API Gateway answered itself (x-amzn-ErrorType on a response with x-amz-apigw-id).',
      blame: 'unknown',
      failure: 'unknown',
      byStatus: GATEWAY_RESPONSES,
    },
    // ---- HTTP APIs (apigw-requestid) ----
    {
      // HTTP APIs answer 503 when the integration does not respond within its timeout (30 s max).
      id: 'http-api-service-unavailable',
      status: [503],
      all: [{ header: 'apigw-requestid' }, { body: '{"message":"service unavailable"}' }],
      confidence: 0.9,
      says: 'API Gateway (HTTP API) answered {"message":"Service Unavailable"}: the integration did not answer in time.',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'http-api-internal-server-error',
      status: [500, 502],
      all: [{ header: 'apigw-requestid' }, { body: '{"message":"internal server error"}' }],
      confidence: 0.9,
      says: 'API Gateway (HTTP API) answered {"message":"Internal Server Error"}: the integration (Lambda) failed or answered invalidly.',
      blame: 'upstream-app',
      failure: 'invalid-response',
    },
    {
      id: 'http-api-too-many-requests',
      status: [429],
      all: [{ header: 'apigw-requestid' }, { body: '{"message":"too many requests"}' }],
      confidence: 0.9,
      says: 'API Gateway (HTTP API) throttled the request.',
      blame: 'none',
      failure: 'rate-limited',
    },
  ],
  sources: [
    'https://github.com/ks888/LambStatus/issues/36 and https://github.com/CodeGenieApp/serverless-express/issues/111 ({"message": "Endpoint request timed out"} 504 pasted without headers)',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html (INTEGRATION_TIMEOUT 504, API_CONFIGURATION_ERROR 500, THROTTLED 429, MISSING_AUTHENTICATION_TOKEN 403, …)',
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html (integration timeout 29 s default for REST, 30 s max for HTTP APIs)',
    'Responses pasted in public repositories: HTTP/2 504 with x-amzn-errortype InternalServerErrorException, x-amz-apigw-id and CloudFront headers, body {"message": "Endpoint request timed out"} after 29.2 s; 502 {"message": "Internal server error"} with x-amzn-ErrorType InternalServerErrorException, x-amz-apigw-id, Via …cloudfront.net (CloudFront); 500 for a Lambda the API may not invoke; 403 MissingAuthenticationTokenException {"message":"Missing Authentication Token"}; 403 ForbiddenException {"message":"Forbidden"}',
    'https://github.com/cortexlabs/cortex/issues/1225 (HTTP API: HTTP/2 503, apigw-requestid, {"message":"Service Unavailable"} at the 29–30 s timeout)',
    'https://github.com/anomalyco/sst/issues/2232 (HTTP API 503 "Service Unavailable" while the Lambda still runs)',
  ],
});
