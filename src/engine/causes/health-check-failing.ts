// Every backend is marked unhealthy (or health checks are off and the backend cannot serve). Seed:
// Alibaba SLB cause 6. Also: Envoy "no healthy upstream", HAProxy "No server is available", nginx
// "no live upstreams", Fastly "All backends failed or unhealthy", Azure App Gateway / Front Door and
// Google Cloud LB with no healthy backends.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'health-check-failing',
  title: 'All backends fail the load balancer\'s health check',
  why:
    'A load balancer sends requests only to backends that pass its health check. When every backend fails ' +
    'it — the service is down, the check path returns an error or redirect, the check port is wrong, or a ' +
    'firewall blocks the checker\'s addresses — there is nobody to send the request to and it answers 502 / 503 ' +
    'itself ("no healthy upstream", "No server is available to handle this request"). With health checks turned ' +
    'off, the same happens when the backend cannot process HTTP at all.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'no-healthy-upstream', failure: ['no-healthy-upstream'], weight: 8, because: 'The proxy says it has no healthy backend to send the request to.' },
    { id: 'load-balancers-502-503', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502, 503], weight: 7, because: 'A cloud load balancer answered 502/503 itself: Alibaba Cloud names failing health checks as a direct cause.' },
    { id: 'azure-app-gateway-502', generator: ['azure-app-gateway'], status: [502], weight: 6, because: 'Azure Application Gateway 502: backends that are all unhealthy, or do not answer the probe, are the first causes Microsoft lists.' },
    { id: 'azure-front-door-503', generator: ['azure-front-door'], status: [503], weight: 3, because: 'Azure Front Door 503 can mean every origin in the group is failing its probe.' },
    { id: 'google-frontend-502-503', generator: ['google-frontend'], status: [502, 503], weight: 4, because: 'Google Cloud load balancer 502/503: no healthy backend (failed_to_pick_backend) is a common reason.' },
    { id: 'haproxy-503', generator: ['haproxy'], status: [503], weight: 7, because: 'HAProxy 503 "No server is available to handle this request": every server in the backend is down or in maintenance.' },
    { id: 'envoy-503', generator: ['envoy', 'istio'], status: [503], weight: 5, because: 'Envoy 503: "no healthy upstream" means all hosts of the cluster failed health checks or outlier detection.' },
    { id: 'fastly-503', generator: ['fastly'], status: [503], weight: 3, because: 'Fastly 503: "All backends failed or unhealthy" when every origin fails its health check.' },
    { id: 'aws-alb-503', generator: ['aws-alb'], status: [503], weight: 3, because: 'ALB 503: no target able to take the request (an ALB with only unhealthy targets fails open, so check registration too).' },
    { id: 'aws-alb-502', generator: ['aws-alb'], status: [502], weight: 2, because: 'ALB 502 is often a target that is going unhealthy.' },
    { id: 'reverse-proxies-502-503-no-healthy-upstream-refused', generator: ['traefik', 'kong', 'caddy', 'nginx', 'openresty', 'tengine'], status: [502, 503], failure: ['no-healthy-upstream', 'refused'], weight: 3, because: 'The proxy has no live upstream server for this route.' },
    { id: 'load-balancer-502-503', layer: ['load-balancer'], status: [502, 503], weight: 2, because: 'A load balancer answered 502/503 itself.' },
    { id: 'tengine-502-503', generator: ['tengine'], status: [502, 503], weight: 4, because: 'Tengine wrote this 502/503, as Alibaba Cloud SLB\'s layer-7 listeners do: Alibaba names failing health checks as a direct cause of SLB 502.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is not the load balancer\'s backend pool.' },
  ],
  steps: [
    {
      id: 'show-backend-health',
      title: 'Look at backend health in the load balancer',
      detail: 'Alibaba / Tencent / Huawei: the listener\'s backend server health status in the console. AWS: aws elbv2 describe-target-health. Azure: az network application-gateway show-backend-health. GCP: gcloud compute backend-services get-health.',
      audience: 'owner',
      command: 'aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN   # or: az network application-gateway show-backend-health -g RESOURCE_GROUP -n GATEWAY_NAME',
    },
    {
      id: 'probe-like-the-checker',
      title: 'Request the health-check URL from the backend itself',
      detail: 'Use the exact port, path and Host header the check uses. It must return the expected status (usually 2xx/3xx) quickly, without a redirect to HTTPS or a login page.',
      audience: 'owner',
      command: 'curl -sv -o /dev/null -H "Host: {host}" http://127.0.0.1:80/HEALTH_CHECK_PATH',
    },
    {
      id: 'allow-checker-ranges',
      title: "Allow the health checker's addresses",
      detail: 'Alibaba SLB checks from 100.64.0.0/10; Google Cloud from 35.191.0.0/16 and 130.211.0.0/22; AWS and Azure from the load balancer\'s own subnet. A firewall that drops them marks every backend down.',
      audience: 'owner',
      command: 'iptables -I INPUT -s 100.64.0.0/10 -j ACCEPT',
    },
    {
      // Alibaba's FAQ: bind the load balancer's name to one backend's address on the client; a 5xx
      // that comes and goes through the balancer but never from one backend points at another one.
      id: 'bypass-to-each-backend',
      title: 'Send the request to each backend directly',
      detail: 'Point the site\'s name at one backend server\'s address (the hosts file on a test machine, or curl --resolve) and repeat for every backend. If the error comes and goes through the load balancer but one backend always answers well, the others are misconfigured or unhealthy.',
      audience: 'owner',
      command: 'curl -sv --resolve {host}:443:BACKEND_IP https://{host}/ -o /dev/null   # hosts file: BACKEND_IP {host}',
    },
    {
      id: 'haproxy-state',
      onlyWith: ['haproxy', 'openshift'],
      title: 'HAProxy: see why servers are down',
      detail: 'The stats socket shows each server\'s state and last check result.',
      audience: 'owner',
      command: 'echo "show servers state" | socat stdio /run/haproxy/admin.sock',
    },
    {
      id: 'envoy-clusters',
      onlyWith: ['envoy', 'istio'],
      title: 'Envoy: see host health flags',
      detail: 'On the Envoy admin port, hosts flagged /failed_active_hc or /failed_outlier_check are excluded.',
      audience: 'owner',
      command: 'curl -s http://127.0.0.1:9901/clusters | grep -E "health_flags"',
    },
    {
      id: 'retry-later',
      title: 'Retry later',
      detail: 'The site\'s servers are all out of service right now. Retry later; if it persists, send the support summary to the site owner.',
      audience: 'visitor',
    },
  ],
  sources: [
    'https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 6 and troubleshooting step 4)',
    'https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502',
    'https://www.fastly.com/documentation/guides/vcl/errors/',
    'https://www.fastly.com/documentation/guides/concepts/healthcheck/',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html',
    'https://cloud.google.com/load-balancing/docs/https/request-distribution',
    'HAProxy configuration manual, section 1.3.1 (status codes HAProxy emits itself)',
  ],
});
