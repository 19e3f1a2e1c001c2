import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "cloudlinux",
  pages: {
    "resource-limit-is-reached": {
      says: { en: "0ddf2b5a", text: "CloudLinux 的“508 Resource Limit Is Reached”页面：这个主机账户达到了 LVE 资源上限（入口进程数、CPU 或内存），请求在网站代码运行之前就被拒绝了。" },
    },
  },
});
