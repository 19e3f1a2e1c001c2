import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "planned-maintenance",
  title: { en: "91e51951", text: "网站正在进行计划内维护" },
  why: { en: "378b67f3", text: "网站在升级、迁移或发布期间会开启维护页面（Heroku 维护模式，H80；WordPress 的“Briefly unavailable for scheduled maintenance”；负载均衡的固定响应）。通常返回 503，有时带有 Retry-After 响应头。并没有东西出故障，维护结束后网站就会恢复——除非维护开关被误留在开启状态。" },
  because: {
    "maintenance": { en: "caf5a69d", text: "页面表明网站正在维护。" },
    "status-503-blame-none": { en: "ee81c067", text: "这是一个 503，但没有任何环节出故障。" },
    "not-blame-elsewhere": { en: "3422f1ed", text: "有环节出了故障，所以这不是计划内的维护页面。" },
  },
  steps: {
    "wait": {
      title: { en: "f5e6a53e", text: "稍后再来" },
      detail: { en: "2faa080d", text: "维护通常不会持续太久；可以看看该网站的状态页或社交媒体账号是否公布了恢复时间。" },
    },
    "check-switch": {
      title: { en: "c3a218cc", text: "确认维护模式确实应当开启" },
      detail: { en: "db9e5f50", text: "Heroku：heroku maintenance --app APP_NAME（用 maintenance:off 关闭）。WordPress：更新失败后，删除网站根目录中残留的 .maintenance 文件。" },
    },
  },
});
