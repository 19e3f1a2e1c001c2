// Amazon S3 as an origin store. The REST endpoint answers every error with an XML document,
// <?xml …?><Error><Code>…</Code><Message>…</Message>…<RequestId>…</RequestId><HostId>…</HostId></Error>,
// Content-Type application/xml, "Server: AmazonS3", x-amz-request-id and x-amz-id-2 (its extended id).
// The static-website endpoint writes the same facts as HTML: <h1>404 Not Found</h1><ul><li>Code:
// NoSuchKey</li><li>Message: …</li>…<li>RequestId: …</li><li>HostId: …</li></ul> (plus "An Error Occurred
// While Attempting to Retrieve a Custom Error Document" when the error document is missing too).
// Behind CloudFront the Server header stays AmazonS3, so it still names S3 as the writer.
// Verdicts by error code (AWS ErrorResponses list): SlowDown (503 "Please reduce your request rate.")
// is S3's request-rate protection: a throttle, blame none + rate-limited, not an outage. InternalError
// (500) and ServiceUnavailable (503) are S3 failing: blame upstream-app (S3 is the origin's app layer).
// NoSuchBucket means the site points at a bucket that does not exist (config); NoSuchKey is a missing
// object (nothing failed). AccessDenied / AllAccessDisabled are permission decisions (blame none,
// blocked); note that S3 also answers AccessDenied for a missing key when the caller may not list the
// bucket. Signature / clock / token errors are the request's own (blame client).
// S3-compatible stores (MinIO, Ceph RGW…) write the same XML; only S3's own headers make it S3's.
import { defineFingerprint, type Verdict } from '../knowledge/fingerprint';

const BY_CODE: Record<string, Verdict> = {
  slowdown: { blame: 'none', failure: 'rate-limited' },
  serviceunavailable: { blame: 'upstream-app', failure: 'overloaded' },
  internalerror: { blame: 'upstream-app', failure: 'unknown' },
  nosuchbucket: { blame: 'upstream-app', failure: 'config' },
  nosuchkey: { blame: 'none', failure: 'unknown' },
  nosuchwebsiteconfiguration: { blame: 'upstream-app', failure: 'config' },
  accessdenied: { blame: 'none', failure: 'blocked' },
  allaccessdisabled: { blame: 'none', failure: 'blocked' },
  signaturedoesnotmatch: { blame: 'client', failure: 'config' },
  requesttimetooskewed: { blame: 'client', failure: 'config' },
  expiredtoken: { blame: 'client', failure: 'config' },
  invalidaccesskeyid: { blame: 'client', failure: 'config' },
  requesttimeout: { blame: 'client', failure: 'timeout' },
};

const S3_HEADERS = [{ header: 'server', is: 'amazons3' }, { header: 'x-amz-id-2' }];

/** S3's own answers by status, the same for its REST XML and its website HTML errors. */
const BY_STATUS: Record<number, Verdict> = {
  403: { blame: 'none', failure: 'blocked' },
  404: { blame: 'none', failure: 'unknown' },
  500: { blame: 'upstream-app', failure: 'unknown' },
  503: { blame: 'upstream-app', failure: 'overloaded' },
};

export default defineFingerprint({
  generator: 'aws-s3',
  name: 'Amazon S3',
  layer: 'app',
  inPath: S3_HEADERS,
  ownHeaders: S3_HEADERS,
  requestIds: [
    { header: 'x-amz-request-id', label: 'x-amz-request-id' },
    { header: 'x-amz-id-2', label: 'x-amz-id-2' },
  ],
  pages: [
    {
      id: 'rest-xml-error',
      all: [{ body: '<error><code>' }, { body: '</code><message>' }],
      any: [{ body: '<requestid>' }, { body: '<hostid>' }, { header: 'x-amz-request-id' }],
      not: [{ header: 'server', starts: 'minio' }],
      confidence: 0.8,
      says: 'Amazon S3\'s XML error (<Error><Code>…</Code><Message>…</Message>) with S3\'s own headers (Server: AmazonS3, x-amz-id-2).',
      code: { from: 'body', pattern: /<error><code>([a-z]{3,40})<\/code>/ },
      layer: 'app',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: BY_STATUS,
      byCode: BY_CODE,
      refine: [
        {
          when: [{ body: '<code>slowdown</code>' }],
          says: 'Code SlowDown ("Please reduce your request rate."): S3 is throttling the request rate on this bucket or prefix; retrying with back-off usually succeeds, nothing is down.',
        },
        {
          when: [{ body: '<code>nosuchbucket</code>' }],
          says: 'Code NoSuchBucket: the bucket this site or CDN points at does not exist (deleted or misnamed).',
        },
        {
          when: [{ body: '<code>accessdenied</code>' }],
          says: 'Code AccessDenied: the bucket policy or object ACL refuses this request; S3 also says this for a missing object when listing the bucket is not allowed.',
        },
      ],
    },
    {
      id: 'website-html-error',
      all: [{ body: '<ul><li>code: ' }, { body: '</li><li>message: ' }],
      any: [{ body: '<li>requestid: ' }, { body: '<li>hostid: ' }, { body: 'an error occurred while attempting to retrieve a custom error document' }],
      confidence: 0.8,
      says: 'The S3 static-website endpoint\'s HTML error ("<h1>… </h1><ul><li>Code: …</li><li>Message: …</li>").',
      code: { from: 'body', pattern: /<ul><li>code: ([a-z]{3,40})<\/li>/ },
      layer: 'app',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: BY_STATUS,
      byCode: BY_CODE,
      refine: [
        {
          when: [{ body: 'an error occurred while attempting to retrieve a custom error document' }],
          says: 'S3 could not find the bucket\'s configured error document either, so it showed its own page.',
        },
      ],
    },
  ],
  sources: [
    'https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html (REST error XML: Code, Message, RequestId, HostId; error codes and their statuses: SlowDown 503, ServiceUnavailable 503, InternalError 500, NoSuchBucket / NoSuchKey 404, AccessDenied 403, SignatureDoesNotMatch 403, RequestTimeTooSkewed 403)',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ErrorBestPractices.html (retry InternalError; SlowDown is S3\'s protection against a high request rate)',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/CustomErrorDocSupport.html (website endpoint HTML errors and custom error documents)',
    'Website-endpoint 404 pages quoted in public repositories: "<h1>404 Not Found</h1><ul><li>Code: NoSuchKey</li><li>Message: The specified key does not exist.</li>…<li>RequestId: …</li><li>HostId: …</li></ul>", one with Server: AmazonS3 + X-Cache: Error from cloudfront + Via …cloudfront.net',
    'SlowDown XML "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>…</RequestId><HostId>…</HostId></Error>" reproduced in public S3 client test suites',
  ],
});
