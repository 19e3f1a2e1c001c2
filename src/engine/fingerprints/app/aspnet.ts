// ASP.NET (.NET Framework): the "Server Error in '/' Application" yellow screen and its version headers.
import { defineFrameworkRules } from './framework';

export default defineFrameworkRules({
  inPath: [
    { header: 'x-aspnet-version' },
    { header: 'x-aspnetmvc-version' },
  ],
  pages: [
    {
      id: 'aspnet-ysod',
      all: [{ body: 'application.<hr width="100%" size="1" color="silver"></h1>' }],
      any: [
        { body: "<h1>server error in '" },
        { header: 'x-aspnet-version' },
        { header: 'x-powered-by', is: 'asp.net' },
      ],
      confidence: 0.9,
      says: 'ASP.NET\'s "Server Error in \'/\' Application." page (yellow screen) — the .NET application threw.',
      blame: 'upstream-app',
    },
  ],
  sources: [
    'Microsoft .NET Framework System.Web ErrorFormatter (YSOD markup "<hr width=100% size=1 color=silver></H1>"); captured response in a public nuclei report (Server: Microsoft-IIS/10.0, X-AspNet-Version: 4.0.30319)',
  ],
});
