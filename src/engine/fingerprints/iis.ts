// Microsoft IIS, its reverse proxy (ARR / URL Rewrite), HTTP.sys and the ASP.NET Core Module.
// Pages:
//  - IIS custom error pages (%SystemDrive%\inetpub\custerr\<lang>\<status>.htm):
//    '<div id="header"><h1>Server Error</h1></div>' + '<div class="content-container"><fieldset>'
//    + "<h2>502 - Web server received an invalid response while acting as a gateway or proxy
//    server.</h2>" (ARR / Azure App Service front ends; Application Gateway v1 shows the same page);
//  - IIS detailed errors: <title>IIS 10.0 Detailed Error - 502.3 - Bad Gateway</title>;
//  - HTTP.sys (kernel listener, Server: Microsoft-HTTPAPI/2.0), e.g. the app pool is stopped:
//    "<h2>Service Unavailable</h2><hr><p>HTTP Error 503. The service is unavailable.</p>";
//  - ASP.NET Core Module (ANCM): "<h1> HTTP Error 500.30 - ASP.NET Core app failed to start </h1>"
//    with "Common solutions to this issue:".
// No ownHeaders: IIS origins are routinely passed through CDNs / App Service front ends.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'iis',
  name: 'Microsoft IIS',
  layer: 'reverse-proxy',
  inPath: [
    { header: 'server', starts: 'microsoft-iis' },
    { header: 'server', starts: 'microsoft-httpapi' },
  ],
  requestIds: [{ header: 'x-ms-request-id', label: 'x-ms-request-id' }],
  pages: [
    {
      id: 'custom-error-page',
      all: [{ body: '<div id="header"><h1>server error</h1></div>' }, { body: '<div class="content-container"><fieldset>' }],
      any: [{ header: 'server', starts: 'microsoft-iis' }, { header: 'x-powered-by', is: 'asp.net' }],
      confidence: 0.88,
      says: 'IIS\'s stock custom error page ("Server Error" header bar, "<status> - …" in a fieldset).',
      code: { from: 'body', pattern: /<h2>(\d{3}) - / },
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        500: { blame: 'upstream-app', failure: 'unknown' },
        502: { blame: 'upstream-app', failure: 'invalid-response' },
        503: { blame: 'upstream-app', failure: 'overloaded' },
      },
      refine: [
        {
          when: [{ body: '502 - web server received an invalid response while acting as a gateway or proxy server.' }],
          blame: 'upstream-app',
          failure: 'invalid-response',
          says: '"502 - Web server received an invalid response while acting as a gateway or proxy server.": IIS ARR (or the Azure App Service front end) got no valid answer from the application behind it.',
        },
      ],
    },
    {
      id: 'detailed-error',
      all: [{ title: 'detailed error - ' }],
      any: [{ title: 'iis ' }, { header: 'server', starts: 'microsoft-iis' }],
      confidence: 0.9,
      says: 'IIS\'s detailed error page ("IIS … Detailed Error - <status.substatus>").',
      code: { from: 'title', pattern: /detailed error - (\d{3}\.\d{1,3})/ },
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byCode: {
        '500.19': { blame: 'reverse-proxy', failure: 'config' },
        '502.3': { blame: 'upstream-app', failure: 'unknown' },
        '502.5': { blame: 'upstream-app', failure: 'unknown' },
      },
      refine: [
        {
          when: [{ body: 'the operation timed out' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: '"The operation timed out": ARR gave up waiting for the backend application (proxy timeout).',
        },
        {
          when: [{ body: 'the related configuration data for the page is invalid' }],
          blame: 'reverse-proxy',
          failure: 'config',
          says: 'HTTP Error 500.19: IIS cannot read its configuration (web.config) for this page.',
        },
      ],
    },
    {
      id: 'httpsys-error',
      all: [{ body: '<hr><p>http error ' }, { body: 'charset=us-ascii' }],
      any: [{ header: 'server', starts: 'microsoft-httpapi' }],
      confidence: 0.85,
      says: 'HTTP.sys\'s own error page ("<hr><p>HTTP Error …"), written by the Windows kernel HTTP listener before IIS or the application got the request.',
      code: { from: 'body', pattern: /<p>http error (\d{3})\. / },
      layer: 'reverse-proxy',
      blame: 'unknown',
      failure: 'unknown',
      byStatus: {
        400: { blame: 'client', failure: 'invalid-response' },
        503: { blame: 'upstream-app', failure: 'unknown' },
      },
      refine: [
        {
          when: [{ body: 'http error 503. the service is unavailable.' }],
          blame: 'upstream-app',
          failure: 'unknown',
          says: '"HTTP Error 503. The service is unavailable." from HTTP.sys: the IIS application pool behind this site is stopped or keeps crashing (rapid-fail protection).',
        },
        {
          when: [{ body: 'the size of the request headers is too long' }],
          blame: 'client',
          failure: 'config',
          says: 'HTTP.sys refused the request headers as too long (cookies or headers exceed MaxRequestBytes / MaxFieldLength).',
        },
      ],
    },
    {
      id: 'aspnetcore-module-error',
      all: [{ body: 'common solutions to this issue:' }, { body: 'http error 5' }],
      any: [{ body: 'asp.net core' }, { body: 'ancm' }, { header: 'server', starts: 'microsoft-iis' }],
      confidence: 0.85,
      says: 'The ASP.NET Core Module\'s error page ("HTTP Error 5xx.yy - …", "Common solutions to this issue:"): IIS could not start or reach the ASP.NET Core application.',
      code: { from: 'body', pattern: /http error (5\d\d\.\d{1,2}) - / },
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'unknown',
      byCode: {
        '500.30': { blame: 'upstream-app', failure: 'unknown' },
        '500.0': { blame: 'reverse-proxy', failure: 'config' },
        '500.31': { blame: 'reverse-proxy', failure: 'config' },
        '502.5': { blame: 'upstream-app', failure: 'unknown' },
      },
    },
  ],
  sources: [
    'IIS custom error 502 page markup (header/fieldset/h2/h3): public copies of custerr 502.htm, e.g. Azure App Service deploy troubleshooting (Azure/azure-cli docs) and https://github.com/sjkp/letsencrypt-siteextension/issues/331',
    'Same 502 wording shown by Application Gateway v1: https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502',
    'Detailed error title "IIS 8.5 Detailed Error - 502.3 - Bad Gateway" (gateway timeout): MicrosoftDocs azure-docs articles/hdinsight/interactive-query/troubleshoot-exception-hive-view.md',
    'HTTP.sys 503 page (HTML 4.01, charset=us-ascii, "<hr><p>HTTP Error 503. The service is unavailable.</p>"): Kestrel/IIS test constants in public repos, HackTheBox write-ups; "Stopped IIS app pool → HTTP Error 503" in public runbooks',
    'ANCM "<h1> HTTP Error 500.30 - ASP.NET Core app failed to start </h1><h2> Common solutions to this issue: </h2>": public incident notes; https://learn.microsoft.com/aspnet/core/test/troubleshoot-azure-iis',
  ],
});
