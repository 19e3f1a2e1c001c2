// GitHub Pages is served through Fastly with "Server: GitHub.com" and "X-GitHub-Request-Id" (plus
// Fastly's X-Served-By / X-Fastly-Request-Id / Via: 1.1 varnish). Its stock pages:
// - "Site not found · GitHub Pages" — "<h1>404</h1><p><strong>There isn't a GitHub Pages site
//   here.</strong></p>": the host name points at GitHub Pages but no repository publishes it (Pages
//   disabled, custom domain removed, CNAME dangling). Platform configuration, like Heroku's "No such
//   app";
// - "Page not found · GitHub Pages" — "File not found" / "The site configured at this address does not
//   contain the requested file.": the site exists but the published build has no such file (wrong
//   path or case, missing index.html). Also copied by sites imitating it, hence ownHeaders.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'github-pages',
  name: 'GitHub Pages',
  layer: 'cdn',
  inPath: [{ header: 'server', is: 'github.com' }, { header: 'x-github-request-id' }],
  ownHeaders: [{ header: 'server', is: 'github.com' }, { header: 'x-github-request-id' }],
  requestIds: [{ header: 'x-github-request-id', label: 'x-github-request-id' }],
  pages: [
    {
      id: 'site-not-found',
      status: [404],
      all: [{ body: 'there isn\'t a github pages site here.' }],
      any: [
        { title: 'site not found · github pages' },
        { body: 'githubstatus.com' },
        { header: 'server', is: 'github.com' },
        { header: 'x-github-request-id' },
      ],
      confidence: 0.92,
      says: 'GitHub Pages\' "There isn\'t a GitHub Pages site here." page: the host name points at GitHub Pages but no repository publishes a site for it.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'file-not-found',
      status: [404],
      all: [{ body: 'the site configured at this address does not contain the requested file.' }],
      any: [
        { title: 'github pages' },
        { body: 'github pages' },
        { header: 'server', is: 'github.com' },
        { header: 'x-github-request-id' },
      ],
      confidence: 0.75,
      says: 'GitHub Pages\' "File not found" page: the site exists but its published build has no file at this path (check the path\'s case, the build output, index.html).',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
  ],
  sources: [
    '"Site not found · GitHub Pages" page markup with its response headers (Server: GitHub.com, X-GitHub-Request-Id, X-Fastly-Request-Id, X-Served-By: cache-ams…, Via: 1.1 varnish, CSP default-src \'none\') recorded in a public repository\'s HTTP mock file; the same title and body quoted in subdomain-takeover checkers and outage notes in public repositories',
    '"File not found / The site configured at this address does not contain the requested file. / If this is your site, make sure that the filename case matches the URL … you must provide an index.html file." quoted (and imitated) in public repositories',
    'https://docs.github.com/pages/getting-started-with-github-pages/troubleshooting-404-errors-for-github-pages-sites',
  ],
});
