import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "aws-s3",
  pages: {
    "rest-xml-error": {
      says: { en: "ded0ccef", text: "Amazon S3 的 XML 错误（<Error><Code>…</Code><Message>…</Message>），并带有 S3 自己的响应头（Server: AmazonS3、x-amz-id-2）。" },
      refine: {
        "body-code-slowdown-code": { en: "99e62d32", text: "错误码 SlowDown（“Please reduce your request rate.”）：S3 正在限制这个存储桶或前缀的请求速率；退避后重试通常就能成功，并没有服务宕机。" },
        "body-code-nosuchbucket-code": { en: "e955896a", text: "错误码 NoSuchBucket：这个网站或 CDN 指向的存储桶不存在（已被删除或名称写错）。" },
        "body-code-accessdenied-code": { en: "c6d4c809", text: "错误码 AccessDenied：存储桶策略或对象 ACL 拒绝了这个请求；如果没有列出存储桶的权限，对象不存在时 S3 也会返回这个错误。" },
      },
    },
    "website-html-error": {
      says: { en: "51087d83", text: "S3 静态网站终端节点的 HTML 错误页（“<h1>… </h1><ul><li>Code: …</li><li>Message: …</li>”）。" },
      refine: {
        "body-an-error-occurred-while-attempting-to-retrieve-a-custom-error-document": { en: "2fd1f9ad", text: "S3 也找不到存储桶配置的错误文档，所以显示了它自己的错误页。" },
      },
    },
  },
});
