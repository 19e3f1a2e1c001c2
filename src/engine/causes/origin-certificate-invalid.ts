// The proxy validates the origin's certificate and rejects it (expired, self-signed, wrong name,
// missing chain, none installed). Cloudflare 526 (Full strict) and 525 (no certificate), CloudFront
// 502, Azure Application Gateway backend certificate not trusted, Akamai ERR_FWD_SSL_HANDSHAKE.
import { defineCause } from '../knowledge/cause';

const NGINX_FAMILY = ['nginx', 'openresty', 'tengine'] as const;

export default defineCause({
  id: 'origin-certificate-invalid',
  title: "The origin's TLS certificate is missing, expired, self-signed or for another name",
  summary: 'The site\'s server shows a security certificate that its own CDN or proxy does not accept, so the connection is refused.',
  why:
    'A proxy that connects to the origin over HTTPS checks the origin\'s certificate like a browser does, or at ' +
    'least needs one to be installed. An expired or revoked certificate, a self-signed one, a chain in the wrong ' +
    'order or a name that does not match the origin host makes it refuse the connection: Cloudflare 526 (SSL mode ' +
    'Full (strict)) or 525, CloudFront 502, Azure Application Gateway 502 with unhealthy backends, Akamai ' +
    'ERR_FWD_SSL_HANDSHAKE. Browsers may never see the problem because they reach only the proxy.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'cloudflare-526', generator: ['cloudflare'], status: [526], weight: 10, because: 'Cloudflare 526: Cloudflare could not validate the origin\'s certificate (SSL mode Full (strict)).' },
    { id: 'code-526', code: ['526'], weight: 2, because: 'Error code 526: invalid SSL certificate.' },
    { id: 'cloudflare-525', generator: ['cloudflare'], status: [525], weight: 4, because: 'Cloudflare 525: no valid certificate installed on the origin is a listed cause of the failed handshake.' },
    { id: 'tls-blame-origin-upstream-app', failure: ['tls'], blame: ['origin', 'upstream-app'], weight: 4, because: 'The TLS connection from the proxy to the origin failed.' },
    { id: 'aws-cloudfront-502', generator: ['aws-cloudfront'], status: [502], weight: 3, because: 'CloudFront 502: an expired, self-signed or wrongly named origin certificate fails the SSL/TLS negotiation.' },
    { id: 'azure-app-gateway-502', generator: ['azure-app-gateway'], status: [502], weight: 3, because: 'Application Gateway 502: a backend certificate not trusted by the gateway marks the backend unhealthy.' },
    { id: 'azure-front-door-503', generator: ['azure-front-door'], status: [503], weight: 2, because: 'Front Door 503 on HTTPS only: the origin certificate does not match the origin host name.' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 1, because: 'ALB 502 can be an SSL handshake error with the target.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The page puts the fault at the edge, in the request, or nowhere: the origin\'s certificate was not what failed.' },
  ],
  steps: [
    {
      id: 'show-cert',
      title: 'Look at the certificate the origin presents',
      detail: 'Check the dates, the issuer and that the name is in the subject / SAN. "Verify return code" other than 0 means the chain does not validate.',
      audience: 'owner',
      kind: 'check',
      command: 'openssl s_client -connect ORIGIN_IP:443 -servername {host} -showcerts </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
    },
    {
      id: 'verify-chain',
      title: 'Verify the chain as a strict client does',
      detail: 'curl fails with the same reason the proxy does.',
      audience: 'owner',
      kind: 'check',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null 2>&1 | grep -iE "expire|issuer|subject|verify|certificate"',
    },
    {
      id: 'install-valid-cert-nginx',
      title: 'Renew the certificate and serve its full chain (nginx)',
      detail: 'Renew an expired Let\'s Encrypt certificate with certbot, and point ssl_certificate at fullchain.pem (not cert.pem) so the intermediate is sent; then test and reload nginx.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: [...NGINX_FAMILY], notStack: ['managed-platform', 'windows'] },
      command: 'certbot renew && nginx -t && nginx -s reload',
    },
    {
      id: 'install-valid-cert',
      title: 'Install a valid certificate with its full chain',
      detail: 'Renew an expired certificate, replace a self-signed one or one for another name with one issued for the origin\'s host name, and make the server send the intermediate certificates too. Then reload the web server.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: [...NGINX_FAMILY] },
    },
    {
      id: 'cloudflare-origin-cert',
      title: 'Cloudflare: use a certificate Cloudflare trusts',
      detail: 'Install a Cloudflare Origin CA certificate on the origin (valid when Cloudflare is the only client), or add the origin\'s own certificate to the Custom Origin Trust Store. Switching the SSL mode from Full (strict) to Full stops the error but also stops Cloudflare from checking the certificate: only as a stopgap.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['cloudflare'] },
    },
    {
      id: 'azure-app-gateway-trust',
      title: 'Application Gateway: trust the backend\'s root certificate',
      detail: 'Upload the backend certificate\'s root CA as a trusted root certificate in the backend settings, and make the host name the gateway uses match the certificate.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: ['azure-app-gateway'] },
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server certificate is rejected by its own CDN. Send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    'https://learn.microsoft.com/azure/application-gateway/application-gateway-backend-health-troubleshooting',
    'https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues',
    'https://nginx.org/en/docs/http/configuring_https_servers.html#chains (ssl_certificate must hold the chain)',
  ],
});
