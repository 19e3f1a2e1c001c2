// The server at the origin IP does not serve this host name (no virtual host, wrong default site,
// stale DNS after a move). Seed: Cloudflare 502/504 FAQ reason 1.
import { defineCause, type Scope } from '../knowledge/cause';

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;
/** Web servers with their own "list the names I serve" step below. */
const SERVERS_WITH_VHOST_STEPS = [...NGINX_FAMILY, 'apache', 'iis'] as const;
/** Commands that need a shell on a Linux host. */
const LINUX_HOST: Scope = { notStack: ['managed-platform', 'windows'] };

export default defineCause({
  id: 'origin-not-serving-domain',
  title: 'The origin server is not configured for this domain name',
  summary: 'The server the site\'s traffic is sent to is not set up for this web address, so it cannot answer for it.',
  why:
    'A proxy forwards with the visitor\'s Host header (and TLS SNI). If the server at the target address has no ' +
    'virtual host for that name — the site moved, DNS changed and old records are still cached (TTL), a server block ' +
    'was removed, a shared host no longer carries the domain — it answers with a default site, 404, 421 or a ' +
    'gateway error of its own, which the proxy passes on as 502 / 504.',
  fixedBy: 'site-owner',
  layer: 'reverse-proxy',
  when: [
    { id: 'behind-cloudflare-502-504-blame-many', inPath: ['cloudflare'], status: [502, 504], blame: ['origin', 'upstream-app', 'reverse-proxy'], weight: 4, because: 'Cloudflare passed on a 502/504 from the origin; Cloudflare\'s first suspect is an origin not configured for the requested domain.' },
    { id: 'status-421', status: [421], weight: 7, because: '421 Misdirected Request: the server reached does not serve this host name.' },
    { id: 'behind-edge-providers-502-504-blame-origin-reverse-proxy', inPath: ['aws-cloudfront', 'akamai', 'fastly', 'azure-front-door', 'huawei-waf', 'tencent-anti-ddos', 'alibaba-waf'], status: [502, 504], blame: ['origin', 'reverse-proxy'], weight: 2, because: 'A proxy relayed a gateway error from the origin; a host name the origin does not serve is one reason.' },
    { id: 'not-iis-502', generator: ['iis'], status: [502], weight: -5, because: 'IIS wrote this 502 itself, as the proxy (Application Request Routing) or handler of this site: it accepted the host name and forwarded the request, so the name is configured and the hop behind IIS failed.' },
    { id: 'not-cloudflare-code-1016-530', generator: ['cloudflare'], status: [530], code: ['1016'], weight: -3, because: 'This is a DNS failure at the edge, before any origin server is asked.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The page puts the fault at the edge, in the request, or nowhere: no origin server turned the host name away.' },
  ],
  steps: [
    {
      id: 'request-with-host',
      title: 'Ask the origin for this host name directly',
      detail: 'A default page, 404, 421 or a different site means the origin has no virtual host for the name.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null',
    },
    {
      id: 'list-vhosts',
      title: 'List the names nginx serves',
      detail: 'nginx -T prints the full configuration; the name must appear in a server_name of a server block listening on the port the proxy uses.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: [...NGINX_FAMILY], ...LINUX_HOST },
      command: "nginx -T 2>/dev/null | grep -E '^\\s*server_name'",
    },
    {
      id: 'list-vhosts-apache',
      title: 'List the names Apache serves',
      detail: 'apachectl -S prints each virtual host with its ServerName and aliases, and the default one that answers names nobody claims.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['apache'], ...LINUX_HOST },
      command: 'apachectl -S',
    },
    {
      id: 'list-bindings-iis',
      title: 'List the IIS sites and their bindings',
      detail: 'The host name must appear in a binding (protocol, port, host name) of the site that should answer it.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { present: ['iis'] },
      command: '%windir%\\system32\\inetsrv\\appcmd list site',
    },
    {
      id: 'list-names-generic',
      title: 'List the names the web server serves',
      detail: 'Check that this host name is configured on the server the proxy forwards to: in a virtual host, a site binding or the platform\'s list of custom domains.',
      audience: 'owner',
      kind: 'check',
      appliesTo: { absent: [...SERVERS_WITH_VHOST_STEPS] },
    },
    {
      id: 'dns-ttl',
      title: 'Check for stale DNS after a move',
      detail: 'Compare the origin record on the proxy and in public DNS with the new server; old answers live for the record\'s TTL.',
      audience: 'owner',
      kind: 'check',
      command: 'dig {host} +noall +answer',
    },
    {
      id: 'serve-the-name',
      title: 'Configure the name on the origin, or point the proxy at the right server',
      detail: 'Add this host name to the site on the origin server (its virtual host, alias or binding), or change the proxy\'s origin address to the server that now carries the site.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server is not set up for this address. Send the support summary to the site owner or their hosting provider.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-502-504/ (Cloudflare 502/504 FAQ, reason 1)',
    'https://www.rfc-editor.org/rfc/rfc9110#name-421-misdirected-request',
    'https://learn.microsoft.com/iis/extensions/troubleshooting-application-request-routing/troubleshooting-502-errors-in-arr (an ARR 502 is the forwarded request failing)',
    'https://httpd.apache.org/docs/2.4/vhosts/#directives (apachectl -S lists the virtual hosts)',
    'https://learn.microsoft.com/iis/get-started/getting-started-with-iis/getting-started-with-appcmdexe (appcmd list site)',
  ],
});
