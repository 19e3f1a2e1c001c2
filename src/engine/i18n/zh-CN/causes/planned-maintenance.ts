import { defineCauseTranslation } from '../../translation';

export default defineCauseTranslation({
  id: "planned-maintenance",
  title: { en: "91e51951", text: "网站正在进行计划内维护" },
  summary: { en: "7fbdf9db", text: "网站管理员有意开启了维护页面，正在对网站进行维护工作。" },
  why: { en: "378b67f3", text: "网站在升级、迁移或发布期间会开启维护页面（Heroku 维护模式，H80；WordPress 的“Briefly unavailable for scheduled maintenance”；负载均衡的固定响应）。通常返回 503，有时带有 Retry-After 响应头。并没有东西出故障，维护结束后网站就会恢复——除非维护开关被误留在开启状态。" },
  because: {
    "maintenance": { en: "caf5a69d", text: "页面表明网站正在维护。" },
    "status-503-blame-none": { en: "ee81c067", text: "这是一个 503，但没有任何环节出故障。" },
    "not-security-stop": { en: "93f63062", text: "该页面是安全验证或拦截，而不是维护页面。" },
    "not-blame-elsewhere": { en: "7f0fb8fe", text: "页面报告的是某个环节出了故障；计划内的维护页面不会报告任何故障。" },
  },
  steps: {
    "wait": {
      title: { en: "f5e6a53e", text: "稍后再来" },
      detail: { en: "1c00b5f2", text: "维护通常不会持续太久。如果页面写明了需要多久，就在那之后再试；否则可以看看网站的状态页或社交媒体账号是否给出了时间。" },
    },
    "heroku-maintenance-status": {
      title: { en: "c8ebfd2a", text: "确认 Heroku 维护模式是否应当开启" },
      detail: { en: "73809208", text: "只要应用开启了维护模式，Heroku 就会一直显示其维护页面（路由日志中为 H80）。" },
    },
    "heroku-maintenance-off": {
      title: { en: "ebe9aa55", text: "工作完成后关闭 Heroku 维护模式" },
      detail: { en: "e8ca9656", text: "维护模式会一直保持开启，直到有人关闭它，部署中途失败后也是如此。" },
    },
    "wordpress-maintenance-file": {
      title: { en: "1075fdef", text: "查找 WordPress 更新时写入的 .maintenance 文件" },
      detail: { en: "c576c497", text: "网站根目录中存在 .maintenance 文件时，WordPress 会显示 \"Briefly unavailable for scheduled maintenance\"；在文件记录的时间（$upgrading）10 分钟之后，WordPress 会自行不再理会它。持续更久的页面另有来源：某个插件，或保留了这个 503 的缓存。" },
    },
    "wordpress-finish-update": {
      title: { en: "2c4ccc7a", text: "完成中断的 WordPress 更新，再删除 .maintenance" },
      detail: { en: "5097869a", text: "中途停止的更新会留下 .maintenance，还可能让某个插件或主题只更新了一半：在后台重新运行更新，检查网站，然后删除该文件。" },
    },
    "check-switch": {
      title: { en: "c3a218cc", text: "确认维护模式确实应当开启" },
      detail: { en: "7ec9818b", text: "找到显示这个页面的开关（应用的维护标志、返回固定响应的负载均衡或 CDN 规则），确认它是因计划内的工作而开启的。" },
    },
    "switch-off": {
      title: { en: "a7202e24", text: "工作完成后关闭维护页面" },
      detail: { en: "953943e8", text: "在开启它的地方关闭它；下次在 503 响应中带上 Retry-After 响应头，让客户端和爬虫知道何时再来。" },
    },
  },
});
