// The proxy validates the origin's certificate and rejects it (expired, self-signed, wrong name,
// missing chain, none installed). Cloudflare 526 (Full strict) and 525 (no certificate), CloudFront
// 502, Azure Application Gateway backend certificate not trusted, Akamai ERR_FWD_SSL_HANDSHAKE.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-certificate-invalid',
  title: "The origin's TLS certificate is missing, expired, self-signed or for another name",
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
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is not the TLS connection to the origin.' },
  ],
  steps: [
    {
      id: 'show-cert',
      title: 'Look at the certificate the origin presents',
      detail: 'Check the dates, the issuer and that the name is in the subject / SAN. "Verify return code" other than 0 means the chain does not validate.',
      audience: 'owner',
      command: 'openssl s_client -connect ORIGIN_IP:443 -servername {host} -showcerts </dev/null 2>/dev/null | openssl x509 -noout -subject -issuer -dates -ext subjectAltName',
    },
    {
      id: 'verify-chain',
      title: 'Verify the chain as a strict client does',
      detail: 'curl fails with the same reason the proxy does.',
      audience: 'owner',
      command: 'curl -sv --resolve {host}:443:ORIGIN_IP https://{host}/ -o /dev/null 2>&1 | grep -iE "expire|issuer|subject|verify|certificate"',
    },
    {
      id: 'install-valid-cert',
      title: 'Install a valid certificate (with its full chain)',
      detail: 'Renew an expired one (certbot renew), serve the full chain (nginx ssl_certificate must point at fullchain.pem), or install a Cloudflare Origin CA certificate when Cloudflare is the only client. Then reload the web server.',
      audience: 'owner',
      command: 'certbot renew && nginx -t && systemctl reload nginx',
    },
    {
      id: 'proxy-trust',
      title: 'Or make the proxy trust it',
      detail: 'Cloudflare: add a self-signed certificate to the Custom Origin Trust Store, or (temporary) switch SSL mode from Full (strict) to Full. Azure Application Gateway: upload the backend\'s root CA as a trusted root certificate in the backend settings.',
      audience: 'owner',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s server certificate is rejected by its own CDN. Send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
    'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/http-502-bad-gateway.html',
    'https://learn.microsoft.com/azure/application-gateway/application-gateway-backend-health-troubleshooting',
    'https://learn.microsoft.com/azure/frontdoor/troubleshoot-issues',
  ],
});
