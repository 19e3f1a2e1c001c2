// Kestrel, ASP.NET Core's own web server. It adds "Server: Kestrel" to every response unless the app
// turns AddServerHeader off. When the application throws before the response starts, Kestrel logs the
// exception and answers 500 with no body (Content-Length: 0); requests it cannot parse or accept get an
// empty 400 / 408 / 411 / 413 / 414 / 431 with "Connection: close", written before any middleware runs.
// Empty 502/504 with Server: Kestrel come from .NET reverse proxies hosted on Kestrel (YARP's
// HttpForwarder: 502 when the destination request fails, 504 when it times out); an empty 503 is YARP
// with no available destination, or ASP.NET Core's rate limiter / concurrency limiter, whose default
// rejection status is 503: the two cannot be told apart from outside, so the 503 verdict stays open.
// "HTTP Error 500.30 - ASP.NET Core app failed to start" and the other "HTTP Error 5xx.yy" pages are
// written by the ASP.NET Core Module inside IIS (ANCM, an IIS module, Server: Microsoft-IIS): iis.ts
// claims them, not Kestrel. In-process hosting under IIS reports Server: Microsoft-IIS, so those
// answers are not Kestrel's either.
import { defineFingerprint } from '../knowledge/fingerprint';

const KESTREL = { header: 'server', is: 'kestrel' };

export default defineFingerprint({
  generator: 'kestrel',
  name: 'Kestrel (ASP.NET Core)',
  layer: 'app',
  inPath: [KESTREL],
  pages: [
    {
      id: 'empty-server-error',
      status: [500, 502, 503, 504],
      all: [{ bodyEmpty: true }, KESTREL],
      confidence: 0.7,
      says: 'An empty error answered with "Server: Kestrel": ASP.NET Core\'s server writes no body for an error it produces itself.',
      layer: 'app',
      blame: 'upstream-app',
      failure: 'unknown',
      byStatus: {
        500: { layer: 'app', blame: 'upstream-app', failure: 'unknown' },
        502: { layer: 'reverse-proxy', blame: 'upstream-app', failure: 'unknown' },
        503: { layer: 'app', blame: 'unknown', failure: 'overloaded' },
        504: { layer: 'reverse-proxy', blame: 'upstream-app', failure: 'timeout' },
      },
    },
    {
      id: 'request-rejected',
      status: [400, 408, 411, 413, 414, 431, 505],
      // Connection: close raises it; the browser's webRequest does not always show that header.
      all: [{ bodyEmpty: true }, KESTREL],
      any: [{ header: 'connection', is: 'close' }],
      confidence: 0.45,
      says: 'Kestrel rejected the request itself (empty answer with "Connection: close", before the application saw it).',
      layer: 'app',
      blame: 'client',
      failure: 'invalid-response',
      byStatus: {
        408: { blame: 'client', failure: 'timeout' },
        413: { blame: 'client', failure: 'config' },
        414: { blame: 'client', failure: 'config' },
        431: { blame: 'client', failure: 'config' },
      },
    },
  ],
  sources: [
    'https://github.com/aspnet/Benchmarks/pull/118 ("Default behavior of Kestrel is to send a 500 response (with no body) and log the exception")',
    'https://github.com/aspnet/KestrelHttpServer/issues/43 (unhandled exception before headers: status 500, headers cleared) and https://github.com/aspnet/KestrelHttpServer/issues/69 (blank page on error by design)',
    'https://github.com/aspnet/KestrelHttpServer/issues/2947 (Kestrel\'s own rejection "HTTP/1.1 411 Length Required / Connection: close / Server: Kestrel / Content-Length: 0", not customisable)',
    'dotnet/yarp src/ReverseProxy/Forwarder/HttpForwarder.cs (502 Bad Gateway on request errors, 504 Gateway Timeout on RequestTimedOut) and Model/ProxyPipelineInitializerMiddleware.cs, Forwarder/ForwarderMiddleware.cs (503 when no destination is available); https://github.com/dotnet/yarp/issues/655',
    'https://learn.microsoft.com/dotnet/api/microsoft.aspnetcore.ratelimiting.ratelimiteroptions.rejectionstatuscode (rate limiter rejects with 503 by default)',
    'https://learn.microsoft.com/aspnet/core/fundamentals/servers/kestrel/options (AddServerHeader, default true); ANCM 500.30 page: https://learn.microsoft.com/aspnet/core/test/troubleshoot-azure-iis',
  ],
});
