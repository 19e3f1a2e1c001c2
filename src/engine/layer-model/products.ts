// The products that name themselves in a response's Server or X-Powered-By header, by the kind of
// hop they are. Data, like the fingerprints: the generic layer model (./generic-verdict.ts) reads a
// failure no page rule knows from the status' meaning at that kind of hop. A product's header only
// says it handled the response, never that it wrote the page; which of the two it did is decided
// there, from the body's shape.
//
// `token` is the product part of the header value, lower-case, up to the first "/", "(" or space
// ("Apache/2.4.57 (Debian)" → "apache", "Jetty(9.4.51)" → "jetty", "ATS/9.2.3" → "ats").
// `generator` is set only where the vocabulary has the product's id: the layer model then names
// it; any other product is named in the evidence, and the writer stays `unknown`.
import type { ProductGenerator } from '../vocabulary';

/**
 * - `cdn`: an edge that rewrites Server on everything it proxies (Cloudflare, CloudFront): its name
 *   on an unknown page says only that the page came through it.
 * - `waf`: a security proxy that does the same.
 * - `load-balancer`, `paas-router`: a balancer or a platform's router in front of the application.
 * - `proxy`: a reverse proxy or gateway; `forward-proxy`: a proxy on the visitor's side (tinyproxy,
 *   mitmproxy) that fetches the site itself, so what it could not reach is the site; `web-server`: a web server that also proxies or runs the
 *   application (nginx, Apache, IIS). Both answer 502/503/504 for a backend that failed.
 * - `app-server`: the process that runs the application (gunicorn, Puma, Kestrel, Tomcat).
 * - `framework`: an application framework or runtime (X-Powered-By: Express, PHP, ASP.NET).
 */
export type ProductKind = 'cdn' | 'waf' | 'load-balancer' | 'paas-router' | 'proxy' | 'forward-proxy' | 'web-server' | 'app-server' | 'framework';

export interface NamedProduct {
  token: string;
  /** Display name, as the evidence writes it. */
  name: string;
  kind: ProductKind;
  generator?: ProductGenerator;
}

const product = (token: string, name: string, kind: ProductKind, generator?: ProductGenerator): NamedProduct =>
  ({ token, name, kind, generator });

/** Products by the token of their Server header. */
export const SERVER_PRODUCTS: readonly NamedProduct[] = [
  // Edges and security proxies: they set their own Server on every response they pass on.
  product('cloudflare', 'Cloudflare', 'cdn'),
  product('cloudfront', 'Amazon CloudFront', 'cdn'),
  product('akamaighost', 'Akamai', 'cdn'),
  product('akamainetstorage', 'Akamai NetStorage', 'cdn'),
  product('ecacc', 'Edgio / Edgecast', 'cdn'),
  product('ecs', 'Edgio / Edgecast', 'cdn'),
  product('bunnycdn', 'bunny.net', 'cdn'),
  product('keycdn-engine', 'KeyCDN', 'cdn'),
  product('cdn77-turbo', 'CDN77', 'cdn'),
  product('netlify', 'Netlify', 'cdn'),
  product('vercel', 'Vercel', 'cdn'),
  product('github.com', 'GitHub Pages', 'cdn'),
  product('ddos-guard', 'DDoS-Guard', 'waf'),
  product('sucuri', 'Sucuri', 'waf'),
  product('huaweicloudwaf', 'Huawei Cloud WAF', 'waf'),
  product('yunjiasu', 'Baidu Yunjiasu', 'waf'),
  // Load balancers and platform routers.
  product('awselb', 'AWS Elastic Load Balancing', 'load-balancer', 'aws-alb'),
  product('microsoft-azure-application-gateway', 'Azure Application Gateway', 'load-balancer', 'azure-app-gateway'),
  product('bigip', 'F5 BIG-IP', 'load-balancer', 'f5'),
  product('big-ip', 'F5 BIG-IP', 'load-balancer', 'f5'),
  product('haproxy', 'HAProxy', 'load-balancer', 'haproxy'),
  product('fly', 'Fly.io', 'paas-router', 'fly-io'),
  product('railway-edge', 'Railway', 'paas-router', 'railway'),
  product('railway-hikari', 'Railway', 'paas-router', 'railway'),
  // Reverse proxies and gateways.
  product('envoy', 'Envoy', 'proxy', 'envoy'),
  product('istio-envoy', 'Istio (Envoy)', 'proxy', 'istio'),
  product('traefik', 'Traefik', 'proxy', 'traefik'),
  product('kong', 'Kong Gateway', 'proxy', 'kong'),
  product('apisix', 'Apache APISIX', 'proxy', 'apisix'),
  product('caddy', 'Caddy', 'proxy', 'caddy'),
  product('varnish', 'Varnish', 'proxy', 'varnish'),
  product('squid', 'Squid', 'forward-proxy', 'squid'),
  product('ats', 'Apache Traffic Server', 'proxy', 'apache-traffic-server'),
  product('apachetrafficserver', 'Apache Traffic Server', 'proxy', 'apache-traffic-server'),
  product('tinyproxy', 'tinyproxy', 'forward-proxy', 'tinyproxy'),
  product('mitmproxy', 'mitmproxy', 'forward-proxy', 'mitmproxy'),
  product('pingora', 'Pingora', 'proxy'),
  product('skipper', 'Skipper', 'proxy'),
  product('pomerium', 'Pomerium', 'proxy'),
  product('oauth2-proxy', 'OAuth2 Proxy', 'proxy'),
  // Web servers that proxy or run the application.
  product('nginx', 'nginx', 'web-server', 'nginx'),
  product('openresty', 'OpenResty', 'web-server', 'openresty'),
  product('tengine', 'Tengine', 'web-server', 'tengine'),
  product('apache', 'Apache httpd', 'web-server', 'apache'),
  product('microsoft-iis', 'Microsoft IIS', 'web-server', 'iis'),
  product('microsoft-httpapi', 'Windows HTTP.sys', 'web-server'),
  product('litespeed', 'LiteSpeed', 'web-server', 'litespeed'),
  product('openlitespeed', 'OpenLiteSpeed', 'web-server', 'litespeed'),
  product('lighttpd', 'lighttpd', 'web-server', 'lighttpd'),
  product('h2o', 'H2O', 'web-server'),
  product('cherokee', 'Cherokee', 'web-server'),
  product('hiawatha', 'Hiawatha', 'web-server'),
  product('ibm_http_server', 'IBM HTTP Server', 'web-server'),
  product('oracle-http-server', 'Oracle HTTP Server', 'web-server'),
  product('nginx-ingress', 'NGINX Ingress', 'web-server', 'nginx'),
  // Application servers: the process running the application itself.
  product('gunicorn', 'gunicorn', 'app-server', 'gunicorn'),
  product('uvicorn', 'Uvicorn', 'app-server'),
  product('hypercorn', 'Hypercorn', 'app-server'),
  product('daphne', 'Daphne', 'app-server'),
  product('waitress', 'Waitress', 'app-server'),
  product('werkzeug', 'Werkzeug', 'app-server'),
  product('wsgiserver', 'Python WSGIServer', 'app-server'),
  product('tornadoserver', 'Tornado', 'app-server'),
  product('cherrypy', 'CherryPy', 'app-server'),
  product('twistedweb', 'Twisted Web', 'app-server'),
  product('python', 'Python', 'app-server'),
  product('puma', 'Puma', 'app-server', 'puma'),
  product('thin', 'Thin', 'app-server'),
  product('webrick', 'WEBrick', 'app-server'),
  product('unicorn', 'Unicorn', 'app-server'),
  product('kestrel', 'Kestrel', 'app-server', 'kestrel'),
  product('jetty', 'Jetty', 'app-server'),
  product('apache-coyote', 'Apache Tomcat', 'app-server'),
  product('undertow', 'Undertow', 'app-server'),
  product('wildfly', 'WildFly', 'app-server'),
  product('glassfish', 'GlassFish', 'app-server'),
  product('payara', 'Payara', 'app-server'),
  product('weblogic', 'Oracle WebLogic', 'app-server'),
  product('websphere', 'IBM WebSphere', 'app-server'),
  product('cowboy', 'Cowboy', 'app-server'),
  product('deno', 'Deno', 'app-server'),
  product('bun', 'Bun', 'app-server'),
  product('uwsgi', 'uWSGI', 'app-server', 'uwsgi'),
  // Object stores serving a site: they write their own errors, and run nothing behind them.
  product('amazons3', 'Amazon S3', 'app-server', 'aws-s3'),
  product('aliyunoss', 'Alibaba Cloud OSS', 'app-server'),
  product('tencent-cos', 'Tencent Cloud COS', 'app-server'),
  product('windows-azure-blob', 'Azure Blob Storage', 'app-server'),
];

/** Products by the token of their X-Powered-By header: the application answered. */
export const POWERED_BY_PRODUCTS: readonly NamedProduct[] = [
  product('express', 'Express', 'framework'),
  product('php', 'PHP', 'framework'),
  product('asp.net', 'ASP.NET', 'framework'),
  product('next.js', 'Next.js', 'framework'),
  product('nuxt', 'Nuxt', 'framework'),
  product('servlet', 'Java Servlet', 'framework'),
  product('jsf', 'JavaServer Faces', 'framework'),
  product('phusion', 'Phusion Passenger', 'app-server'),
  product('hhvm', 'HHVM', 'framework'),
  product('sails', 'Sails', 'framework'),
  product('koa', 'Koa', 'framework'),
  product('hono', 'Hono', 'framework'),
  product('undertow', 'Undertow', 'app-server'),
  product('jboss', 'JBoss', 'app-server'),
];

/**
 * Products by what they write into a Via entry ("1.1 vegur", "1.1 varnish (Varnish/7.4)",
 * "2 fly.io", "1.1 abc.cloudfront.net (CloudFront)"): `token` is a substring of the lower-case
 * entry. Read only when Server names nobody the table knows.
 */
export const VIA_PRODUCTS: readonly NamedProduct[] = [
  product('vegur', 'Heroku router', 'paas-router', 'heroku'),
  product('heroku-router', 'Heroku router', 'paas-router', 'heroku'),
  product('fly.io', 'Fly.io', 'paas-router', 'fly-io'),
  product('kong/', 'Kong Gateway', 'proxy', 'kong'),
  product('varnish', 'Varnish', 'proxy', 'varnish'),
  product('(squid', 'Squid', 'forward-proxy', 'squid'),
  product('caddy', 'Caddy', 'proxy', 'caddy'),
  product('apachetrafficserver', 'Apache Traffic Server', 'proxy', 'apache-traffic-server'),
  product('1.1 google', 'Google Cloud Load Balancing', 'cdn'),
  product('(cloudfront)', 'Amazon CloudFront', 'cdn'),
  product('akamaighost', 'Akamai', 'cdn'),
];
