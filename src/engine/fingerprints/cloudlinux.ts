// CloudLinux LVE (Lightweight Virtual Environment) on shared hosting. Each hosting account runs in an
// LVE with limits on entry processes (concurrent requests), CPU, memory, I/O and processes. When a
// request cannot enter the account's LVE, the web server module refuses it before PHP runs:
// mod_hostinglimits (Apache) answers status 508 by default (LVEErrorCode, configurable 500-510) with
// Retry-After (240 s by default) and the stock page "<TITLE>508 Resource Limit Is Reached</TITLE>
// … <H1>Resource Limit Is Reached</H1> The website is temporarily unable to service your request as it
// exceeded resource limit. Please try again later."; LiteSpeed's LSAPI writes the same page with
// Retry-After: 60 when lve_enter() fails. Nothing is broken on the server: the site's own hosting
// plan is exhausted (too many concurrent requests, slow scripts, bots, wp-cron), so the hop that failed
// is the site's application side: upstream-app + overloaded. The page carries no header of its own, and
// the web server in front (Apache, LiteSpeed) keeps its Server header.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'cloudlinux',
  name: 'CloudLinux (LVE resource limits)',
  // The refusal happens where the web server hands the request to the account's processes: in the
  // path it sits inside Apache / LiteSpeed, while the page's verdict keeps layer reverse-proxy.
  layer: 'app',
  inPath: [],
  pages: [
    {
      id: 'resource-limit-is-reached',
      status: [500, 502, 503, 504, 507, 508, 509, 510],
      all: [{ body: 'the website is temporarily unable to serv' }, { body: 'as it exceeded resource limit' }],
      any: [
        { title: 'resource limit is reached' },
        { body: '<h1>resource limit is reached</h1>' },
        { header: 'retry-after' },
      ],
      confidence: 0.85,
      says: 'CloudLinux\'s "508 Resource Limit Is Reached" page: this hosting account hit its LVE limits (entry processes, CPU or memory), so the request was refused before the site\'s code ran.',
      layer: 'reverse-proxy',
      blame: 'upstream-app',
      failure: 'overloaded',
    },
  ],
  sources: [
    'CloudLinux mod_hostinglimits source (Apache module, public copy on GitHub): DEFAULT_HTTP_ERROR_CODE 508, LVEErrorCode 500-510, retryAfter 240, page "<TITLE>508 Resource Limit Is Reached</TITLE>… <H1>Resource Limit Is Reached</H1>… The website is temporarily unable to service your request as it exceeded resource limit. Please try again later."',
    'https://docs.cloudlinux.com/cloudlinuxos/cloudlinux_os_components/ (mod_hostinglimits LVEErrorCode directive, default 508 and its default message; ErrorDocument 508 to override) and https://docs.cloudlinux.com/cloudlinuxos/limits/ (entry processes and other LVE limits)',
    'LiteSpeed LSAPI lsapilib.c lsapi_lve_error(): status 508, Retry-After: 60, same HTML page (public copies of the PHP LSAPI library)',
    'Public test notes and issues quoting "Resource Limit Is Reached / The website is temporarily unable to service your request as it exceeded resource limit. Please try again later." from shared hosts (e.g. automationpractice.com test suites); https://networkdynamics.com/blog/avoid-508-resource-limit-reached-errors',
  ],
});
