import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "uwsgi",
  pages: {
    "uwsgi-error-app-not-found": {
      says: { en: "a667d275", text: "uWSGI 自己的“uWSGI Error”页面：uWSGI 在运行，但没有为这个请求加载任何应用。" },
      refine: {
        "body-application-not-found": { en: "5a739328", text: "“… application not found”：应用模块或可调用对象在启动时加载失败（导入错误，或 module= / callable= / chdir 配置有误）；原因记录在 uWSGI 的启动日志里。" },
      },
    },
  },
});
