// Apache Traffic Server (ATS) writes its error pages from the body factory templates in
// configs/body_factory/default/: <TITLE>/<H1> "Could Not Connect", "Unknown Host", "No Valid Host",
// "Server Connection Closed", "Inactivity Timeout", "Activity Timeout", "Web Server Error", "Not Found
// on Accelerator", "Access Denied", each followed by "<FONT FACE="Helvetica,Arial"><B>Description: …".
// HttpTransact.cc picks the template and status: a failed connect to the next hop is 502
// (connect#failed_connect), the origin closing early 502 (connect#hangup), a malformed reply 502
// (response#bad_response), connect/read timeouts 504 (timeout#inactivity / timeout#activity), a DNS
// failure 500 "Cannot find server." (connect#dns_failed), all parents/origins marked down 500
// (connect#all_down), no remap rule 404. The Server header is proxy.config.http.response_server_str,
// "ATS/<version>" by default. Netlify and other CDNs run ATS too: those stamp their own headers, and a
// page without any ATS header is a look-alike (Netlify's rule names it there).
import { defineFingerprint } from '../knowledge/fingerprint';

const ATS_HEADERS = [{ header: 'server', starts: 'ats/' }, { header: 'via', has: 'apachetrafficserver/' }];

export default defineFingerprint({
  generator: 'apache-traffic-server',
  name: 'Apache Traffic Server',
  layer: 'reverse-proxy',
  inPath: ATS_HEADERS,
  ownHeaders: ATS_HEADERS,
  pages: [
    {
      id: 'body-factory-page',
      all: [{ body: '<body bgcolor="white" fgcolor="black"><h1>' }, { body: '<font face="helvetica,arial"><b>' }],
      any: [...ATS_HEADERS, { body: '<b> description: ' }],
      confidence: 0.8,
      says: 'Apache Traffic Server\'s body-factory error page ("<H1>…</H1><HR><FONT FACE="Helvetica,Arial"><B>Description: …").',
      layer: 'reverse-proxy',
      blame: 'unknown',
      failure: 'unknown',
      byStatus: {
        403: { blame: 'none', failure: 'blocked' },
        404: { blame: 'reverse-proxy', failure: 'config' },
        502: { blame: 'origin', failure: 'invalid-response' },
        504: { blame: 'origin', failure: 'timeout' },
      },
      refine: [
        { when: [{ title: 'could not connect' }], blame: 'origin', failure: 'refused', says: 'ATS "Could Not Connect": the connection to the origin (next hop) failed.' },
        { when: [{ title: 'unknown host' }], blame: 'origin', failure: 'dns', says: 'ATS "Unknown Host": the origin\'s name did not resolve in DNS.' },
        { when: [{ title: 'no valid host' }], blame: 'origin', failure: 'no-healthy-upstream', says: 'ATS "No Valid Host": every address of the origin is marked down.' },
        { when: [{ title: 'server connection closed' }], blame: 'origin', failure: 'empty-response', says: 'ATS "Server Connection Closed": the origin closed the connection before answering.' },
        { when: [{ title: 'inactivity timeout' }], blame: 'origin', failure: 'timeout', says: 'ATS "Inactivity Timeout": the origin sent no data in time.' },
        { when: [{ title: 'activity timeout' }], blame: 'origin', failure: 'timeout', says: 'ATS "Activity Timeout": the transfer from the origin took longer than allowed.' },
        { when: [{ title: 'web server error' }], blame: 'origin', failure: 'invalid-response', says: 'ATS "Web Server Error": the origin did not return the document correctly.' },
        { when: [{ title: 'not found on accelerator' }], blame: 'reverse-proxy', failure: 'config', says: 'ATS "Not Found on Accelerator": no remap rule matches this host.' },
        { when: [{ title: 'access denied' }], blame: 'none', failure: 'blocked', says: 'ATS "Access Denied": the proxy refuses this request by its access rules.' },
      ],
    },
    {
      // The same answers without their page: a HEAD request, or a client that kept only the head
      // ("HTTP/1.1 502 … Server: ATS/8.0.0 … Content-Length: 247" shown by curl -I,
      // github.com/apache/trafficserver/issues/2173). Which template it was is not known.
      id: 'header-only-error',
      status: [502, 504],
      all: [{ bodyEmpty: true }, { header: 'server', starts: 'ats/' }],
      confidence: 0.6,
      says: 'An answer of Traffic Server\'s own with no page (Server: ATS): it could not get an answer from the origin.',
      layer: 'reverse-proxy',
      blame: 'origin',
      failure: 'unknown',
      byStatus: { 504: { failure: 'timeout' } },
    },
  ],
  sources: [
    'apache/trafficserver configs/body_factory/default/* (connect#failed_connect, connect#dns_failed, connect#all_down, connect#hangup, timeout#inactivity, timeout#activity, response#bad_response, urlrouting#no_mapping, access#denied)',
    'apache/trafficserver src/proxy/http/HttpTransact.cc handle_server_down / handle_parent_down / build_error_response (statuses per template)',
    'apache/trafficserver src/records/RecordsConfig.cc proxy.config.http.response_server_str default "ATS/" PACKAGE_VERSION',
    'https://github.com/apache/trafficserver/issues/2173 (502 with Server: ATS/8.0.0, Cache-Control: no-store, Content-Type: text/html, Content-Language: en, Content-Length: 247)',
  ],
});
