// One server of several is broken while the others work: the load balancer (or CDN) spreads
// requests over all of them, so the error comes and goes. Seeds: Alibaba SLB FAQ, troubleshooting
// step "bind the SLB address to one backend in the hosts file: a 5xx at intervals is probably one
// backend ECS instance's configuration"; Huawei WAF FAQ symptom 2, "502/500 frequently when
// multiple backend servers are configured". Told only by repeated looks (recurrence.ts): some
// failed and some did not, and most strongly when every failure came from one node.
import { BYPASS_TO_EACH_BACKEND } from '../knowledge/backend-bypass-step';
import { defineCause } from '../knowledge/cause';

const SERVER_ERRORS = [500, 502, 503, 504, 520, 521, 522, 523, 524];

export default defineCause({
  id: 'one-backend-unhealthy',
  title: 'One of the backend servers is failing',
  summary: 'The error comes and goes: one server behind the load balancer fails while the others answer, so only the requests sent to it fail.',
  why:
    'A load balancer, CDN or WAF with several servers behind it sends each request to one of them. When one server ' +
    'is misconfigured (a different configuration or release, a full disk, a stopped service) while the others are ' +
    'fine, only the requests that land on it fail: the same address works on one load and fails on the next. A ' +
    'health check that tests only a static page or the port can keep that server in the pool although the ' +
    'application on it fails. Looking again tells it: some tries fail and others do not, and the failures come ' +
    'from the same node.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'all-failures-from-one-node', status: SERVER_ERRORS, recurrence: { oneFailingNode: true }, weight: 8, because: 'Another node answered well meanwhile: one server is failing, not the service as a whole.' },
    { id: 'intermittent-failures', status: SERVER_ERRORS, recurrence: { pattern: ['intermittent'] }, weight: 4, because: 'Some looks at the same address failed and others did not: a 5xx that comes and goes is usually one server of several whose configuration differs.' },
    { id: 'not-every-try-failed-fast', recurrence: { source: ['probe'], pattern: ['persistent'], failuresInstant: true }, weight: -3, because: 'Every try was turned away at once: a service that is down or refused everywhere, not one server out of several (which would let some tries through).' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is the edge or the request itself, not a server behind the load balancer.' },
  ],
  steps: [
    {
      id: 'retry',
      title: 'Reload the page',
      detail: 'The error comes and goes: another try is often sent to a server that works. If it keeps happening, send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'check-the-named-node',
      title: 'Look at the node that failed',
      detail: 'The support summary names the node every failure came from (as its headers name it). Find which server that is and read its error log and its service status around the time of the failures.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'alibaba-backend-health',
      appliesTo: { present: ['alibaba-slb', 'tengine'] },
      title: "Alibaba Cloud: read each backend server's health status",
      detail: 'The listener lists the health status of every backend server; one that flaps between normal and abnormal, or that is normal while its application fails, is the suspect.',
      audience: 'owner',
      kind: 'check',
      command: 'aliyun slb DescribeHealthStatus --LoadBalancerId LOAD_BALANCER_ID',
    },
    {
      id: 'aws-target-health',
      appliesTo: { present: ['aws-alb'] },
      title: "AWS: read each target's health",
      detail: 'A target in the unhealthy or draining state, or one with a reason code (Target.ResponseCodeMismatch, Target.Timeout), is the one that fails.',
      audience: 'owner',
      kind: 'check',
      command: 'aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN',
    },
    BYPASS_TO_EACH_BACKEND,
    {
      id: 'compare-backend-configs',
      title: 'Compare the failing server with a healthy one',
      detail: 'Compare what runs on the failing server with a working one: the web server and application configuration, the release deployed, environment variables, certificates, free disk and memory. The difference is the fault.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'health-check-the-application',
      title: 'Make the health check test the application',
      detail: 'Point the health check at a path the application itself serves (not a static file or just the port), so a server whose application fails is taken out of the pool until it is fixed.',
      audience: 'owner',
      kind: 'fix',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, troubleshooting: a 5xx at intervals through the hosts file is probably one backend ECS instance\'s configuration)',
    'https://support.huaweicloud.com/intl/en-us/waf_faq/waf_01_0066.html (Huawei Cloud WAF FAQ, symptom 2: 502/500 frequently when multiple backend servers are configured)',
    'https://www.alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/health-check-overview/ (an unhealthy backend gets no new requests; the rest get them)',
    'https://www.alibabacloud.com/help/en/slb/classic-load-balancer/support/faq-about-health-checks (health-check status changes only after consecutive results)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html (target health states and reason codes)',
    'https://docs.aws.amazon.com/cli/latest/reference/elbv2/describe-target-health.html',
  ],
});
