import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "openshift",
  pages: {
    "application-not-available": {
      says: { en: "d74370a4", text: "OpenShift 路由器的“Application is not available”页面：没有就绪的 pod 为该路由提供服务（pod 已停止或仍在启动）——也可能是没有路由匹配该主机名。" },
    },
    "application-not-found": {
      says: { en: "4e3b7235", text: "OpenShift 路由器的“Application or Document Not Found”页面：没有路由匹配该主机名和路径。" },
    },
  },
});
