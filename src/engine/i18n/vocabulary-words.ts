// The words for the vocabulary's ids (who is to blame, which layer) in each language: the one
// catalog of them. The engine's sentences (messages-*.ts) and the popup (src/shared/i18n.ts) both
// read it, so a layer cannot be named two ways; the popup imports only this file, not the engine's
// whole catalogs.
import type { Blame, Layer } from '../vocabulary';
import type { Locale } from './locale';

export interface VocabularyWords {
  blame: Record<Blame, string>;
  layer: Record<Layer, string>;
}

export const VOCABULARY_WORDS: Record<Locale, VocabularyWords> = {
  en: {
    blame: {
      edge: 'the CDN / edge itself', origin: "the site's server (origin)", 'reverse-proxy': "the site's web server",
      'upstream-app': 'the application behind the proxy', 'cdn-config': "the edge's configuration", client: 'the request itself',
      none: 'nothing failed (stopped on purpose)', unknown: 'cannot be told',
    },
    layer: {
      cdn: 'CDN', waf: 'WAF', 'anti-ddos': 'anti-DDoS', 'load-balancer': 'load balancer', 'reverse-proxy': 'reverse proxy',
      app: 'application', none: 'none', unknown: 'unknown',
    },
  },
  'zh-CN': {
    blame: {
      edge: 'CDN / 边缘节点自身', origin: '网站的源站服务器', 'reverse-proxy': '网站的 Web 服务器',
      'upstream-app': '代理后面的应用', 'cdn-config': '边缘节点上的配置', client: '请求本身',
      none: '没有故障（有意拦截）', unknown: '无法判断',
    },
    layer: {
      cdn: 'CDN', waf: 'WAF', 'anti-ddos': '高防 / 抗 DDoS', 'load-balancer': '负载均衡', 'reverse-proxy': '反向代理',
      app: '应用', none: '无', unknown: '未知',
    },
  },
};
