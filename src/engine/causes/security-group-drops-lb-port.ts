// A cloud load balancer cannot open connections to its backends because their security group,
// network security group or node firewall does not allow it on the backend port (the NodePort for
// Kubernetes). Audit S34; the Tencent CLB fixture with a node security group blocking the NodePort.
// Tencent CLB and ALB both keep forwarding to every backend when all of them fail the health
// check, so the dropped connections end as the balancer's own 504, not as "no healthy backend".
import { defineCause } from '../knowledge/cause';

const CLOUD_LOAD_BALANCERS = ['tencent-clb', 'alibaba-slb', 'huawei-elb', 'aws-alb', 'azure-app-gateway'] as const;

export default defineCause({
  id: 'security-group-drops-lb-port',
  title: "The backend's security group does not let the load balancer in on the backend port",
  summary: "The cloud firewall in front of the servers drops the load balancer's connections to the service port.",
  why:
    'A cloud load balancer reaches its backends over the cloud network, and every packet still passes the ' +
    'backend\'s security group (or network security group, or the node\'s own firewall). When no inbound rule ' +
    'allows the load balancer\'s addresses, or, for a balancer that passes the visitor\'s address through, the ' +
    'client addresses, on the port the backend serves (for Kubernetes, the NodePort), its connection attempts ' +
    'are dropped without an answer. Health checks fail too, but Tencent Cloud CLB and AWS ALB keep forwarding to ' +
    'every backend once all of them are unhealthy, so the visitor waits until the balancer gives up with its own ' +
    '504 (or 502). It typically starts when nodes or servers are added with another security group.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'tencent-clb-504', generator: ['tencent-clb'], status: [504], weight: 10, because: 'Tencent Cloud CLB answered 504 itself: it keeps sending requests to backends that all fail their health check, so connections a security group drops end in a timeout.' },
    { id: 'tencent-clb-502', generator: ['tencent-clb'], status: [502], weight: 3, because: 'Tencent Cloud CLB answered 502 itself; its health-check troubleshooting starts with the backend security group.' },
    { id: 'aws-alb-504-after-9s-to-12s', generator: ['aws-alb'], status: [504], elapsedMs: { min: 9000, max: 12000 }, weight: 8, because: 'The ALB gave up after about 10 s, its timeout for opening a connection to a target: the target never answered the connection.' },
    { id: 'cloud-load-balancers-502-504', generator: [...CLOUD_LOAD_BALANCERS], status: [502, 504], weight: 4, because: 'A cloud load balancer answered 502/504 itself: it could not get an answer from a backend.' },
    { id: 'load-balancer-timeout-unreachable', layer: ['load-balancer'], blame: ['upstream-app', 'origin'], failure: ['timeout', 'unreachable'], weight: 6, because: 'The load balancer waited for its backend and got nothing back, as it does when a firewall drops its packets.' },
    { id: 'every-try-at-connect-timer', status: [502, 504], recurrence: { pattern: ['persistent'], atTimer: ['connect'] }, weight: 3, because: 'Every look failed when the load balancer gives up opening a connection to a backend: the packets get no answer, as when a security group drops the port.' },
    { id: 'not-backend-answered', failure: ['refused', 'tls'], weight: -6, because: 'The backend answered the load balancer\'s connection (it refused it, or got as far as TLS), and a security group drops packets without any answer.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -5, because: 'The failing hop is not the link from the load balancer to its backends.' },
  ],
  steps: [
    {
      id: 'tencent-check-security-groups',
      appliesTo: { present: ['tencent-clb'] },
      title: 'Tencent Cloud: compare backend health with the security group rules',
      detail: 'In the CLB console, look at the health status of the listener\'s real servers; all of them abnormal points at the network. Then list the inbound rules of the security group bound to the CVMs or TKE nodes: the service port (or NodePort, 30000-32767) must be open to the CLB, or to the clients when Bypass Backend Security Group is off.',
      audience: 'owner',
      kind: 'check',
      command: 'tccli vpc DescribeSecurityGroupPolicies --SecurityGroupId SECURITY_GROUP_ID',
    },
    {
      id: 'tencent-bypass-backend-security-group',
      appliesTo: { present: ['tencent-clb'] },
      title: 'Tencent Cloud: turn on Bypass Backend Security Group, or open the port',
      detail: 'In the CLB instance\'s security group settings, enabling Bypass Backend Security Group lets CLB traffic reach backends in the same VPC without a CVM rule. Otherwise add an inbound rule on the CVM / node security group for the client addresses and the service port (the NodePort for TKE).',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'aws-target-health',
      appliesTo: { present: ['aws-alb'] },
      title: 'AWS: read why the targets fail',
      detail: 'Target.Timeout or Target.FailedHealthChecks on every target, while the application runs, means the targets\' security group or network ACL drops the load balancer.',
      audience: 'owner',
      kind: 'check',
      command: 'aws elbv2 describe-target-health --target-group-arn TARGET_GROUP_ARN',
    },
    {
      id: 'aws-allow-load-balancer-group',
      appliesTo: { present: ['aws-alb'] },
      title: "AWS: allow the load balancer's security group on the target port",
      detail: 'Reference the load balancer\'s security group as the source of an inbound rule on the targets\' group, for the traffic port and the health-check port; check that the subnets\' network ACLs allow the same port and the return traffic.',
      audience: 'owner',
      kind: 'fix',
      command: 'aws ec2 authorize-security-group-ingress --group-id TARGET_SECURITY_GROUP_ID --protocol tcp --port TARGET_PORT --source-group LOAD_BALANCER_SECURITY_GROUP_ID',
    },
    {
      id: 'alibaba-allow-slb-range',
      appliesTo: { present: ['alibaba-slb'] },
      title: 'Alibaba Cloud: allow 100.64.0.0/10 in the ECS security group',
      detail: 'SLB forwards and runs health checks from 100.64.0.0/10. The security group of the backend ECS instances needs an inbound rule for it on the backend port (ECS console, security group, inbound rules; or the AuthorizeSecurityGroup API).',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'huawei-allow-elb-range',
      appliesTo: { present: ['huawei-elb'] },
      title: 'Huawei Cloud: allow the ELB range in the backend security group',
      detail: 'Shared load balancers reach backends from 100.125.0.0/16: add an inbound rule for it on the backend port (and the health-check port) to the backend servers\' security group and to any network ACL of their subnet.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'azure-backend-health',
      appliesTo: { present: ['azure-app-gateway'] },
      title: "Azure: read Application Gateway's backend health",
      detail: 'A backend marked unhealthy with a message about a connection that could not be made points at a network security group or a route on the backend subnet.',
      audience: 'owner',
      kind: 'check',
      command: 'az network application-gateway show-backend-health -g RESOURCE_GROUP -n GATEWAY_NAME',
    },
    {
      id: 'azure-allow-gateway-subnet',
      appliesTo: { present: ['azure-app-gateway'] },
      title: "Azure: allow the gateway's subnet in the backends' NSG",
      detail: 'The network security group on the backends (or their subnet) must allow the Application Gateway subnet on the backend port.',
      audience: 'owner',
      kind: 'fix',
      command: 'az network nsg rule create -g RESOURCE_GROUP --nsg-name BACKEND_NSG -n allow-app-gateway --priority 200 --direction Inbound --access Allow --protocol Tcp --source-address-prefixes GATEWAY_SUBNET_CIDR --destination-port-ranges BACKEND_PORT',
    },
    {
      id: 'kubernetes-node-port',
      appliesTo: { stack: ['kubernetes'] },
      title: 'Kubernetes: find the NodePort the load balancer targets',
      detail: 'The load balancer sends to this port on every node; the nodes\' security group must allow it, including nodes added later with another group.',
      audience: 'owner',
      kind: 'check',
      command: "kubectl get svc SERVICE_NAME -o jsonpath='{.spec.ports[*].nodePort}'; kubectl get nodes -o wide",
    },
    {
      id: 'connect-from-the-network',
      title: 'Connect to the backend port from another machine in the same network',
      detail: 'A connection that hangs instead of opening or being refused means a firewall on the way drops it. Compare a machine in the balancer\'s subnet with one in the backend\'s own subnet.',
      audience: 'owner',
      kind: 'check',
      command: 'nc -vz -w 5 BACKEND_IP BACKEND_PORT',
    },
    {
      id: 'tell-owner',
      title: 'Tell the site owner',
      detail: 'The site\'s load balancer cannot reach the servers behind it. Nothing on your side will fix it: send the support summary to the site owner.',
      audience: 'visitor',
      intent: 'tell-owner',
    },
  ],
  sources: [
    'https://www.tencentcloud.com/document/product/214/14733 (CLB security groups, Bypass Backend Security Group, allowing client IPs and service ports on real servers)',
    'https://www.tencentcloud.com/document/product/214/38451 (health-check troubleshooting: all real servers abnormal means requests go to all of them; check the security group)',
    'https://www.tencentcloud.com/document/product/214/6097 (health check overview: traffic goes to all real servers when all are abnormal)',
    'https://www.tencentcloud.com/document/product/214/6157 (CVM security groups: allow the client IP and open the service port)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html (HTTP 504: connection to the target not established within 10 s)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html (all targets unhealthy: the load balancer routes to all of them)',
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html',
    'https://www.alibabacloud.com/help/en/slb/classic-load-balancer/support/faq-about-health-checks (100.64.0.0/10)',
    'https://support.huaweicloud.com/eu/nl-nl/elb_faq/elb_faq_0068.html (shared ELB: 100.125.0.0/16)',
    'https://learn.microsoft.com/azure/application-gateway/application-gateway-troubleshooting-502 (NSG blocking the backends)',
  ],
});
