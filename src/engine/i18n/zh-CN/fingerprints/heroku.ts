import { defineFingerprintTranslation } from '../../translation';

export default defineFingerprintTranslation({
  generator: "heroku",
  pages: {
    "application-error": {
      says: { en: "f595abfb", text: "Heroku 的“Application Error”页面（iframe 指向 herokucdn.com/error-pages/application-error.html）：路由层没有从应用的 dyno 获得可用的响应。" },
    },
    "application-error-text": {
      says: { en: "cbc23beb", text: "Heroku“Application error”页面的文字（“An error occurred in the application and your page could not be served”）：路由层没有从应用的 dyno 获得可用的响应。" },
    },
    "maintenance-mode": {
      says: { en: "1177f559", text: "Heroku 的维护页面（该应用开启了维护模式）。" },
    },
    "no-such-app": {
      says: { en: "9605522c", text: "Heroku 的“No such app”页面：该主机名指向 Heroku，但没有任何应用绑定它。" },
    },
  },
});
