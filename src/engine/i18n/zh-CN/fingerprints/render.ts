import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "render",
  pages: {
    "routing-no-server": {
      says: { en: "49ca35db", text: "Render 路由层以 404 和“x-render-routing: no-server”（或 no-render-subdomain）应答：没有在线的 Render 服务绑定该主机名。" },
    },
    "routing-no-deploy": {
      says: { en: "bb9a5f99", text: "Render 路由层以“x-render-routing: no-deploy”应答：该服务没有部署成功的实例可供转发（每次部署都失败了，或尚无部署完成）。" },
    },
    "hibernate-wake-error": {
      says: { en: "1a8bfe8b", text: "Render 路由层以“x-render-routing: hibernate-wake-error”应答：空闲的（免费）实例已被休眠，未能及时唤醒。" },
    },
    "service-suspended": {
      says: { en: "637ddb00", text: "Render 的“Service Suspended”页面（“This service has been suspended by its owner.”）：该服务已被关闭——被所有者暂停，或免费实例时长已用完。" },
    },
    "service-suspended-header": {
      says: { en: "b921c8f0", text: "Render 路由层以“x-render-routing: suspend…”应答：该服务已被关闭——被所有者暂停，或免费实例时长已用完。" },
    },
  },
});
