// Netlify's edge stamps every response with `x-nf-request-id` and `Server: Netlify`. Pages it writes:
// - the function crash page (<body class="netlify-function-error-page">, "This function has crashed"
//   / "This edge function has crashed", "An unhandled error in the function code triggered the
//   following message:", raw error JSON, "Connection details", "Netlify internal ID: …");
// - older synchronous-function timeouts as Lambda JSON {"errorMessage":"… Task timed out after
//   10.01 seconds"} with 502 (newer runtimes add "errorType", e.g. {"errorMessage":"Task timed out
//   after 10.00 seconds","errorType":"TimeoutError"}); the same Lambda runtime JSON is relayed by
//   other AWS front ends too, so without Netlify's headers it is only a weak hint;
// - the Apache Traffic Server "Inactivity Timeout" page ("Too much time has passed without sending
//   any data for document.") with 504 when the function/origin sends nothing in time — that body is
//   ATS's stock page, so it is Netlify's only with Netlify's headers;
// - "Site not found" (domain not attached to any site), "Page Not Found" (no such path) and
//   "Site not available — This site was paused as it reached its usage limits."
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'netlify',
  name: 'Netlify',
  layer: 'cdn',
  inPath: [{ header: 'x-nf-request-id' }, { header: 'server', is: 'netlify' }],
  ownHeaders: [{ header: 'x-nf-request-id' }, { header: 'server', is: 'netlify' }],
  requestIds: [{ header: 'x-nf-request-id', label: 'x-nf-request-id' }],
  pages: [
    {
      id: 'function-crashed',
      all: [{ body: 'an unhandled error in the function code triggered the following message' }],
      any: [
        { body: 'netlify-function-error-page' },
        { body: 'function has crashed' },
        { body: 'netlify internal id' },
        { header: 'x-nf-request-id' },
      ],
      confidence: 0.9,
      says: 'Netlify\'s function crash page ("An unhandled error in the function code triggered the following message").',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        {
          when: [{ body: 'the edge function timed out' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'The edge function timed out (often while waiting on the origin function behind it).',
        },
        {
          when: [{ body: 'sandbox.timedout' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'The serverless function ran past its time limit (Sandbox.Timedout).',
        },
        {
          when: [{ body: 'task timed out after' }],
          blame: 'upstream-app',
          failure: 'timeout',
          says: 'The serverless function ran past its time limit ("Task timed out").',
        },
      ],
    },
    {
      id: 'function-timeout-json',
      status: [500, 502, 504],
      all: [{ header: 'x-nf-request-id' }, { body: '"errormessage":"' }, { body: 'task timed out after' }],
      any: [{ body: '"errortype":"' }, { header: 'server', is: 'netlify' }],
      confidence: 0.85,
      says: 'Netlify relayed the function runtime\'s timeout ("Task timed out after 10.01 seconds").',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      // A function that cannot start or throws: the runtime's error JSON, relayed as is
      // ({"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module …",
      // "trace":[…]}). Only Netlify's headers tell it from any other AWS Lambda front end.
      id: 'function-runtime-error-json',
      status: [500, 502],
      all: [{ header: 'x-nf-request-id' }, { body: '{"errortype":"' }, { body: '"errormessage":"' }],
      not: [{ body: 'task timed out after' }],
      any: [{ body: '"trace":["' }, { header: 'server', is: 'netlify' }],
      confidence: 0.8,
      says: 'Netlify relayed the function runtime\'s error ({"errorType":…,"errorMessage":…}): the function failed to load or threw.',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        {
          when: [{ body: '{"errortype":"runtime.importmoduleerror"' }],
          blame: 'upstream-app',
          failure: 'config',
          says: 'Runtime.ImportModuleError: a module the function requires is missing from its deployed bundle.',
        },
      ],
    },
    {
      // The same JSON kept without its headers (pasted into an issue, logged by a client).
      id: 'function-timeout-json-body-only',
      status: [502],
      all: [{ body: '{"errormessage":"' }, { body: 'task timed out after' }],
      not: [{ header: 'x-nf-request-id' }, { body: '<' }],
      confidence: 0.45,
      says: 'The function runtime\'s JSON timeout message ({"errorMessage":"… Task timed out after 10.01 seconds"}) that Netlify relays with a 502.',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'inactivity-timeout',
      status: [504],
      all: [
        { header: 'x-nf-request-id' },
        { body: 'too much time has passed without sending any data for document' },
      ],
      any: [{ title: 'inactivity timeout' }],
      confidence: 0.85,
      says: 'Netlify\'s edge (Apache Traffic Server) gave up: "Inactivity Timeout — Too much time has passed without sending any data".',
      layer: 'cdn',
      blame: 'upstream-app',
      failure: 'timeout',
    },
    {
      id: 'site-not-found',
      status: [404],
      all: [
        { body: 'looks like you followed a broken link or entered a url that doesn' },
        { body: 't exist on netlify' },
      ],
      any: [{ title: 'site not found' }, { body: 'netlify internal id' }],
      confidence: 0.9,
      says: 'Netlify\'s "Site not found" page: the host name reaches Netlify but is not attached to a site with a deploy.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'site-paused',
      all: [{ body: 'this site was paused as it reached its usage limits' }],
      any: [{ title: 'site not available' }],
      confidence: 0.9,
      says: 'Netlify paused the site: the account reached its usage limits.',
      layer: 'cdn',
      blame: 'cdn-config',
      failure: 'config',
    },
    {
      id: 'page-not-found',
      status: [404],
      all: [
        { header: 'x-nf-request-id' },
        { body: 'followed a broken link or entered a url that doesn' },
        { body: 't exist on this site' },
      ],
      confidence: 0.8,
      says: 'Netlify\'s default "Page Not Found": the site exists but has no file or redirect for this path.',
      layer: 'cdn',
      blame: 'none',
      failure: 'unknown',
    },
  ],
  sources: [
    'netlify/cli src/lib/templates/function-error.html (local copy of the function crash page: body class netlify-function-error-page, "This function has crashed", "An unhandled error in the function code triggered the following message:", "Connection details", "Netlify internal ID")',
    'netlify/cli tests (edge function uncaught exception: 500 with "<p>An unhandled error in the function code triggered the following message:</p>")',
    'https://github.com/ericwbailey/a11y-webring.club/issues/88 (production crash page text: Runtime.UserCodeSyntaxError)',
    'Function runtime error JSON {"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module …","trace":[…]} answered by a deployed Netlify function with 502: https://github.com/redwoodjs/graphql/issues/6149 , https://github.com/antfu/vitesse-nuxt/issues/6',
    '{"errorMessage":"Task timed out after 30.00 seconds","errorType":"TimeoutError"} from the functions runtime: https://github.com/netlify/build/issues/5922 , https://github.com/netlify/cli/issues/724',
    'https://github.com/paul121/farm-tugboat-demo/issues/17, https://github.com/netlify/netlify-lambda/issues/87, https://github.com/opennextjs/opennextjs-netlify/issues/1174 (502 {"errorMessage":"… Task timed out after 10.01 seconds"})',
    'Public write-ups of Netlify 504 "Inactivity Timeout / Description: Too much time has passed without sending any data for document." (Apache Traffic Server stock page) and of the edge "This edge function has crashed … the edge function timed out"',
    'Public notes quoting "Site not found / Looks like you followed a broken link or entered a URL that doesn’t exist on Netlify. / Netlify Internal ID: 01…" and "Site not available / This site was paused as it reached its usage limits."',
    'https://answers.netlify.com/t/support-guide-i-ve-deployed-my-site-but-i-still-see-page-not-found/125 (linked from the 404 pages)',
  ],
});
