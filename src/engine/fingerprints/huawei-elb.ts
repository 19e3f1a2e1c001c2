// Huawei Cloud Elastic Load Balance. It answers with "Server: elb" (lower case; AWS load balancers say
// "awselb/2.0") on the responses it proxies, and when it answers an exception itself it says why in
// the x-router-code header: 40000 / 40001 (the default / matched backend server group has no backend
// servers), 50000 (all backend servers are unavailable, usually failing health checks), 50001 (the
// listener configuration is still loading). No stock HTML of ELB's own 502/504 was found, so only the
// x-router-code answers are claimed; other errors behind "Server: elb" are left to the page's writer.
import { defineFingerprint } from '../knowledge/fingerprint';

export default defineFingerprint({
  generator: 'huawei-elb',
  name: 'Huawei Cloud ELB',
  layer: 'load-balancer',
  inPath: [{ header: 'server', is: 'elb' }, { header: 'x-router-code' }],
  pages: [
    {
      id: 'router-code',
      all: [{ header: 'x-router-code' }],
      any: [{ header: 'server', is: 'elb' }],
      confidence: 0.85,
      says: 'Huawei Cloud ELB answered the request itself and explained why in the x-router-code header.',
      layer: 'load-balancer',
      blame: 'upstream-app',
      failure: 'unknown',
      refine: [
        {
          when: [{ header: 'x-router-code', is: '50000' }],
          blame: 'upstream-app',
          failure: 'no-healthy-upstream',
          says: 'x-router-code 50000: every backend server is unavailable (failing health checks or down).',
        },
        {
          when: [{ header: 'x-router-code', is: '40000' }],
          blame: 'cdn-config',
          failure: 'config',
          says: 'x-router-code 40000: the request matched no forwarding policy and the default backend server group has no servers.',
        },
        {
          when: [{ header: 'x-router-code', is: '40001' }],
          blame: 'cdn-config',
          failure: 'config',
          says: 'x-router-code 40001: the backend server group of the matched forwarding policy has no servers.',
        },
        {
          when: [{ header: 'x-router-code', is: '50001' }],
          blame: 'edge',
          failure: 'config',
          says: 'x-router-code 50001: the load balancer\'s configuration is still loading; retry later.',
        },
      ],
    },
  ],
  sources: [
    'https://support.huaweicloud.com/intl/en-us/elb_faq/elb_faq_0100.html (x-router-code 40000 / 40001 / 50000 / 50001)',
    'https://support.huaweicloud.com/intl/en-us/elb_faq/elb_faq_0087.html (abnormal status codes 400/403/404/408/413/414/502/504 and their causes)',
    'Public GitHub material showing "Server: elb" on Huawei Cloud ELB answers (Huawei developer API samples; an ELB session-stickiness test; a recon note naming it the Huawei ELB banner)',
  ],
});
