import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "vercel",
  pages: {
    "html-error-page": {
      says: { en: "fc2547e3", text: "Vercel 的错误页（devinfo 区块中带有“Code: <code>…</code>”和“ID: …”）。" },
    },
    "plain-text-error": {
      says: { en: "68be67e9", text: "Vercel 自己作出了响应（x-vercel-error 头，纯文本错误正文）。" },
    },
    "plain-text-deployment-error": {
      says: { en: "971f8a68", text: "Vercel 的纯文本响应“An error occurred with your deployment <CODE> <id>”。" },
    },
  },
});
