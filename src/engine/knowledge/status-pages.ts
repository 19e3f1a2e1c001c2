// Each vendor's public status page, for the vendors a path shows: where to look first for an
// incident at the provider. Only links: Faultline never fetches them. One page per vendor; a vendor
// with several products on the vocabulary (AWS, Azure, Alibaba Cloud…) lists them all. Each URL is on
// the vendor's own domain and is the page the vendor links as its status page (checked Dec. 2026);
// where a vendor's documentation names it, that page is the source.
import type { Locale } from '../i18n/locale';
import type { Generator } from '../vocabulary';

export interface StatusPage {
  /** The vendor's name as it writes it. */
  vendor: string;
  url: string;
  /** The page in Chinese, where the vendor runs one apart (Alibaba Cloud's mainland page). */
  urlZhCN?: string;
  generators: readonly Generator[];
  source: string;
}

/** The source where the vendor's documentation names no page: the URL itself, on the vendor's domain. */
const OWN_PAGE = 'the vendor\'s own status page, on its own domain, linked as such from the vendor\'s site';

export const STATUS_PAGES: readonly StatusPage[] = [
  { vendor: 'Cloudflare', url: 'https://www.cloudflarestatus.com/', generators: ['cloudflare'], source: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (check www.cloudflarestatus.com)' },
  {
    vendor: 'AWS', url: 'https://health.aws.amazon.com/health/status', generators: ['aws-cloudfront', 'aws-alb', 'aws-api-gateway', 'aws-s3'],
    source: 'https://health.aws.amazon.com/health/status (the AWS Health Dashboard\'s public service health page)',
  },
  { vendor: 'Fastly', url: 'https://www.fastlystatus.com/', generators: ['fastly'], source: 'https://www.fastly.com/documentation/guides/getting-started/concepts/using-fastlys-global-pop-network/ (network status page at fastlystatus.com)' },
  { vendor: 'Akamai', url: 'https://www.akamaistatus.com/', generators: ['akamai'], source: OWN_PAGE },
  {
    vendor: 'Azure', url: 'https://azure.status.microsoft/en-us/status', generators: ['azure-front-door', 'azure-app-gateway', 'azure-app-service'],
    source: OWN_PAGE,
  },
  { vendor: 'Google Cloud', url: 'https://status.cloud.google.com/', generators: ['google-frontend'], source: OWN_PAGE },
  {
    vendor: 'Alibaba Cloud', url: 'https://status.alibabacloud.com/', urlZhCN: 'https://status.aliyun.com/', generators: ['alibaba-slb', 'alibaba-waf', 'alibaba-cdn'],
    source: OWN_PAGE,
  },
  {
    vendor: 'Tencent Cloud', url: 'https://status.cloud.tencent.com/', generators: ['tencent-waf', 'tencent-anti-ddos', 'tencent-clb', 'tencent-edgeone'],
    source: 'https://cloud.tencent.com/document/product/1688/94860 (Tencent Cloud Health Dashboard; history at status.cloud.tencent.com/history)',
  },
  { vendor: 'Huawei Cloud', url: 'https://status.huaweicloud.com/', generators: ['huawei-waf', 'huawei-elb'], source: OWN_PAGE },
  { vendor: 'Imperva', url: 'https://status.imperva.com/', generators: ['imperva'], source: OWN_PAGE },
  { vendor: 'Sucuri', url: 'https://status.sucuri.net/', generators: ['sucuri'], source: OWN_PAGE },
  { vendor: 'Vercel', url: 'https://www.vercel-status.com/', generators: ['vercel'], source: OWN_PAGE },
  { vendor: 'Netlify', url: 'https://www.netlifystatus.com/', generators: ['netlify'], source: OWN_PAGE },
  { vendor: 'Heroku', url: 'https://status.heroku.com/', generators: ['heroku'], source: OWN_PAGE },
  { vendor: 'Fly.io', url: 'https://status.flyio.net/', generators: ['fly-io'], source: OWN_PAGE },
  { vendor: 'Render', url: 'https://status.render.com/', generators: ['render'], source: OWN_PAGE },
  { vendor: 'Railway', url: 'https://status.railway.com/', generators: ['railway'], source: OWN_PAGE },
  { vendor: 'GitHub', url: 'https://www.githubstatus.com/', generators: ['github-pages'], source: OWN_PAGE },
  { vendor: 'bunny.net', url: 'https://status.bunny.net/', generators: ['bunnycdn'], source: OWN_PAGE },
  { vendor: 'Gcore', url: 'https://status.gcore.com/', generators: ['gcore'], source: 'https://gcore.com/docs ("system health status page is available at https://status.gcore.com/")' },
  { vendor: 'KeyCDN', url: 'https://status.keycdn.com/', generators: ['keycdn'], source: OWN_PAGE },
  { vendor: 'ngrok', url: 'https://status.ngrok.com/', generators: ['ngrok'], source: OWN_PAGE },
];

const BY_GENERATOR = new Map<Generator, StatusPage>(STATUS_PAGES.flatMap((page) => page.generators.map((g) => [g, page] as const)));

/** A link to show: the vendor and its page in the reader's language. */
export interface StatusLink {
  vendor: string;
  url: string;
}

/** The status pages of the vendors among these generators, once each, in the order given (outermost hop first). */
export function statusPagesFor(generators: readonly Generator[], locale: Locale = 'en'): StatusLink[] {
  const links: StatusLink[] = [];
  const seen = new Set<StatusPage>();
  for (const generator of generators) {
    const page = BY_GENERATOR.get(generator);
    if (page === undefined || seen.has(page)) continue;
    seen.add(page);
    links.push({ vendor: page.vendor, url: locale === 'zh-CN' && page.urlZhCN !== undefined ? page.urlZhCN : page.url });
  }
  return links;
}
