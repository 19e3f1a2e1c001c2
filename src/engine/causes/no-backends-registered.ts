// The load balancer has nothing to send to: empty target group / backend pool, no web dynos, Envoy
// cluster with no hosts. ALB 503, Azure Application Gateway 502 (empty pool), Heroku H14.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'no-backends-registered',
  title: 'The load balancer has no backend servers registered',
  summary: "The load balancer's list of servers is empty, so it has nothing to send the request to.",
  why:
    'Unlike failing health checks, here the pool is simply empty: a target group with no registered targets ' +
    '(ALB answers 503), an Application Gateway backend pool with no members (502), an app scaled to zero web ' +
    'dynos (Heroku H14, 503), an autoscaling group at zero, a Kubernetes Service whose selector matches no ready ' +
    'pods. Every request fails at once with the load balancer\'s own page.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'aws-alb-503', generator: ['aws-alb'], status: [503], weight: 8, because: 'ALB 503: the target groups for the load balancer have no registered targets.' },
    { id: 'azure-app-gateway-502', generator: ['azure-app-gateway'], status: [502], weight: 3, because: 'Application Gateway 502: an empty backend pool is the first cause Microsoft lists.' },
    { id: 'heroku-503-within-27s', generator: ['heroku'], status: [503], elapsedMs: { max: 27000 }, weight: 3, because: 'A quick Heroku 503 can be H14: no web dynos running.' },
    { id: 'envoy-503-no-healthy-upstream', generator: ['envoy', 'istio'], status: [503], failure: ['no-healthy-upstream'], weight: 3, because: 'Envoy "no healthy upstream" also appears when the cluster has no endpoints at all.' },
    { id: 'haproxy-503', generator: ['haproxy'], status: [503], weight: 3, because: 'HAProxy 503 "No server is available": the backend may have no servers enabled.' },
    { id: 'no-healthy-upstream', failure: ['no-healthy-upstream'], weight: 3, because: 'The proxy had no backend to send the request to.' },
    { id: 'google-frontend-502-503', generator: ['google-frontend'], status: [502, 503], weight: 2, because: 'A Google Cloud backend service with no backends (or empty NEGs) cannot serve.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none', 'origin'], weight: -3, because: 'The failing hop is the edge, the request or the origin itself, not the load balancer\'s pool.' },
  ],
  steps: [
    {
      id: 'aws-targets',
      appliesTo: { present: ['aws-alb'] },
      title: 'AWS: list the registered targets',
      detail: 'An empty list means nothing is registered; check the Auto Scaling group\'s desired capacity and the ECS service or Kubernetes ingress that should register targets.',
      audience: 'owner',
      kind: 'check',
      command: 'aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN',
    },
    {
      id: 'azure-pool',
      appliesTo: { present: ['azure-app-gateway'] },
      title: 'Azure: check the backend pool is not empty',
      detail: 'Every rule\'s backend pool needs at least one member with a provisioning state of Succeeded.',
      audience: 'owner',
      kind: 'check',
      command: 'az network application-gateway address-pool list -g RESOURCE_GROUP --gateway-name GATEWAY_NAME -o table',
    },
    {
      id: 'google-backends',
      appliesTo: { present: ['google-frontend'] },
      title: 'Google Cloud: list the backend service\'s backends',
      detail: 'No backends, or network endpoint groups with no endpoints, leave the load balancer nothing to send to.',
      audience: 'owner',
      kind: 'check',
      command: "gcloud compute backend-services describe BACKEND_SERVICE --global --format='value(backends)'",
    },
    {
      id: 'haproxy-servers',
      appliesTo: { present: ['haproxy'] },
      title: 'HAProxy: list the servers of the backend',
      detail: 'A backend with no server line, or with every server in maintenance, has nobody to send to.',
      audience: 'owner',
      kind: 'check',
      command: 'echo "show servers state" | socat stdio /run/haproxy/admin.sock',
    },
    {
      id: 'k8s-endpoints',
      appliesTo: { stack: ['kubernetes'] },
      title: 'Kubernetes: check that the Service has ready endpoints',
      detail: 'No addresses means the selector matches no ready pods.',
      audience: 'owner',
      kind: 'check',
      command: 'kubectl get endpointslices -l kubernetes.io/service-name=SERVICE_NAME -o wide; kubectl get pods -l APP_LABEL',
    },
    {
      id: 'list-pool-members',
      appliesTo: { absent: ['aws-alb', 'azure-app-gateway', 'google-frontend', 'haproxy', 'heroku'] },
      title: "Look at the load balancer's list of backends",
      detail: 'In the load balancer\'s console or configuration, the pool, target group or upstream for this site must hold at least one server that is enabled.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'heroku-scale',
      appliesTo: { present: ['heroku'] },
      title: 'Heroku: make sure web dynos are running',
      detail: 'H14 means the web process type is scaled to zero.',
      audience: 'owner',
      kind: 'fix',
      command: 'heroku ps --app APP_NAME; heroku ps:scale web=1 --app APP_NAME',
    },
    {
      id: 'register-backends',
      title: 'Register the servers again',
      detail: 'Add the servers back to the pool, or fix what registers them (an autoscaling group at zero, a deployment with no ready instances, a selector that matches nothing).',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'retry-later',
      title: 'Retry later',
      detail: 'The site has no servers in service right now. Retry later; if it persists, send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 503)',
    'https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502',
    'https://devcenter.heroku.com/articles/error-codes (H14 No web dynos running)',
    'https://kubernetes.io/docs/concepts/services-networking/endpoint-slices/',
  ],
});
