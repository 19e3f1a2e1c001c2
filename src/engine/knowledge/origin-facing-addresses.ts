// Where each proxy publishes the addresses it opens its connections to the origin from, and how an
// owner allows them. Data, not code: proxy-ips-blocked-at-origin turns every entry into one
// "allow your proxy's addresses" step shown only where that proxy is on the path, so that a
// CloudFront site is never told to fetch Cloudflare's list.
import type { Generator } from '../vocabulary';

export interface OriginFacingAddresses {
  /** Kebab-case, stable: the step built from it is `allow-<id>-addresses` (translations find it by id). */
  id: string;
  /** The proxies that connect from these addresses (a step applies where one of them is present). */
  generators: Generator[];
  title: string;
  /** Where the list lives and how to allow it, in plain words. */
  detail: string;
  /** A copy-ready command that reads or applies the list, where the vendor offers one. */
  command?: string;
  /** The vendor's page that publishes the list or the way to get it (https). */
  source: string;
  /** The command edits the host firewall: shown only where the page shows no managed platform or Windows. */
  hostCommand?: boolean;
}

export const ORIGIN_FACING_ADDRESSES: readonly OriginFacingAddresses[] = [
  {
    id: 'cloudflare',
    generators: ['cloudflare'],
    title: "Allow Cloudflare's published address ranges",
    detail: 'Cloudflare lists every range it connects to origins from at https://www.cloudflare.com/ips/ (plain-text lists ips-v4 and ips-v6). Allow all of them on ports 80 and 443 in each firewall, security group and security plugin in front of the origin, above any rule that drops traffic.',
    command: 'curl -s https://www.cloudflare.com/ips-v4; echo; curl -s https://www.cloudflare.com/ips-v6',
    source: 'https://www.cloudflare.com/ips/',
  },
  {
    id: 'aws-cloudfront',
    generators: ['aws-cloudfront'],
    title: "Allow CloudFront's origin-facing prefix list",
    detail: 'AWS keeps the addresses CloudFront uses toward origins in the managed prefix list com.amazonaws.global.cloudfront.origin-facing. Reference it in the inbound rules of the origin\'s security group instead of copying addresses; it counts as many rules against the group\'s quota.',
    command: 'PL=$(aws ec2 describe-managed-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.global.cloudfront.origin-facing --query "PrefixLists[0].PrefixListId" --output text) && aws ec2 authorize-security-group-ingress --group-id SECURITY_GROUP_ID --ip-permissions "IpProtocol=tcp,FromPort=443,ToPort=443,PrefixListIds=[{PrefixListId=$PL}]"',
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/LocationsOfEdgeServers.html',
  },
  {
    id: 'aws-alb',
    generators: ['aws-alb'],
    title: "Allow the load balancer's security group on the targets",
    detail: 'An Application Load Balancer connects to its targets from addresses of its own subnets. Add an inbound rule to the targets\' security group whose source is the load balancer\'s security group, on the target port and on the health-check port.',
    command: 'aws ec2 authorize-security-group-ingress --group-id TARGET_SECURITY_GROUP_ID --protocol tcp --port TARGET_PORT --source-group LOAD_BALANCER_SECURITY_GROUP_ID',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html',
  },
  {
    id: 'fastly',
    generators: ['fastly'],
    title: "Allow Fastly's public address list",
    detail: 'Fastly publishes the ranges its caches connect from through its API (no key needed). Allow every range of both lists (addresses and ipv6_addresses) in the origin\'s firewall, and refresh the list from time to time.',
    command: 'curl -s https://api.fastly.com/public-ip-list',
    source: 'https://www.fastly.com/documentation/reference/api/utils/public-ip-list',
  },
  {
    id: 'akamai',
    generators: ['akamai'],
    title: "Allow Akamai's Site Shield map",
    detail: 'Akamai\'s edge servers reach the origin from a large, changing set of addresses. A fixed allowlist needs Site Shield: its map (Control Center, Site Shield) lists the ranges that talk to the origin. Allow them, and acknowledge map updates only after the firewall has the new ranges.',
    source: 'https://techdocs.akamai.com/property-mgr/reference/latest-site-shield',
  },
  {
    id: 'google-frontend',
    generators: ['google-frontend'],
    title: "Allow Google Cloud's load balancer and health-check ranges",
    detail: 'Google front ends and health checkers reach the backends from 35.191.0.0/16 and 130.211.0.0/22. A VPC firewall rule must allow both on the backend port.',
    command: 'gcloud compute firewall-rules create allow-google-lb --network=NETWORK --allow=tcp:80,tcp:443 --source-ranges=35.191.0.0/16,130.211.0.0/22',
    source: 'https://cloud.google.com/load-balancing/docs/firewall-rules',
  },
  {
    id: 'azure-front-door',
    generators: ['azure-front-door'],
    title: 'Allow Azure Front Door by its service tag',
    detail: 'Allow inbound traffic from the service tag AzureFrontDoor.Backend in the origin\'s network security group, then make the origin accept only requests whose X-Azure-FDID header carries your profile\'s ID: the tag covers every Front Door customer.',
    command: 'az network nsg rule create -g RESOURCE_GROUP --nsg-name NSG_NAME -n allow-front-door --priority 100 --direction Inbound --access Allow --protocol Tcp --source-address-prefixes AzureFrontDoor.Backend --destination-port-ranges 443',
    source: 'https://learn.microsoft.com/azure/frontdoor/origin-security',
  },
  {
    id: 'huawei-waf',
    generators: ['huawei-waf'],
    title: "Allow Huawei Cloud WAF's back-to-source addresses",
    detail: 'Huawei Cloud WAF shows the addresses it forwards from in its console (copy the back-to-source IP addresses from the website list). Allow them in the origin\'s security group, firewall and host security software.',
    source: 'https://support.huaweicloud.com/intl/en-us/drawer-waf/help_third_02_0009.html',
  },
  {
    id: 'huawei-elb',
    generators: ['huawei-elb'],
    title: 'Allow the Huawei Cloud ELB range 100.125.0.0/16',
    detail: 'Shared Huawei Cloud load balancers forward requests and run health checks from 100.125.0.0/16. Allow it in the backend servers\' security group (and any network ACL) on the backend port.',
    source: 'https://support.huaweicloud.com/eu/nl-nl/elb_faq/elb_faq_0068.html',
  },
  {
    id: 'alibaba-slb',
    generators: ['alibaba-slb', 'tengine'],
    title: 'Allow the Alibaba Cloud SLB range 100.64.0.0/10',
    detail: 'Alibaba Cloud SLB forwards requests and runs health checks from 100.64.0.0/10, a range reserved for it. Add it to the backend\'s firewall and to any host security software allowlist.',
    command: 'iptables -I INPUT -s 100.64.0.0/10 -j ACCEPT',
    hostCommand: true,
    source: 'https://www.alibabacloud.com/help/en/slb/classic-load-balancer/support/faq-about-health-checks',
  },
  {
    id: 'alibaba-waf',
    generators: ['alibaba-waf'],
    title: "Allow Alibaba Cloud WAF's back-to-origin CIDR blocks",
    detail: 'Alibaba Cloud WAF lists the blocks it forwards from in its console (Systems, Product Information, back-to-origin CIDR blocks); Anti-DDoS Pro and Premium show theirs in their own console. Allow every block in the origin\'s security group, firewall and security software.',
    source: 'https://help.aliyun.com/en/waf/web-application-firewall-2-0/user-guide/allow-access-from-the-back-to-origin-cidr-blocks-of-waf',
  },
  {
    id: 'alibaba-cdn',
    generators: ['alibaba-cdn'],
    title: "Look up Alibaba Cloud CDN's current back-to-origin addresses",
    detail: 'Alibaba Cloud CDN nodes change over time, so there is no fixed list: the DescribeL2VipsByDomain API returns the addresses that currently fetch from the origin for a domain. Prefer an allowlist on the origin that does not depend on the source address, or refresh this one often.',
    command: 'aliyun cdn DescribeL2VipsByDomain --DomainName {host}',
    source: 'https://www.alibabacloud.com/help/en/cdn/support/query-ip-addresses-of-pops-for-a-cdn-domain',
  },
  {
    id: 'tencent-forwarding',
    generators: ['tencent-waf', 'tencent-anti-ddos'],
    title: "Allow Tencent Cloud's forwarding addresses",
    detail: 'Tencent Cloud Anti-DDoS Advanced and WAF show the addresses they forward from in their consoles. Tencent\'s guidance is to add them to the allowlist of every firewall and security software on the origin before traffic is switched over.',
    source: 'https://www.tencentcloud.com/document/product/1213/56657',
  },
  {
    id: 'tencent-clb',
    generators: ['tencent-clb'],
    title: 'Let Tencent Cloud CLB through the backend security group',
    detail: 'Turn on "Bypass Backend Security Group" in the CLB security-group settings (same-VPC backends only), or allow the client addresses and the service port in the CVM / node security group: with a public CLB the backends see the visitor\'s address.',
    source: 'https://www.tencentcloud.com/document/product/214/14733',
  },
  {
    id: 'imperva',
    generators: ['imperva'],
    title: "Allow Imperva's address ranges",
    detail: 'Imperva publishes its ranges through an API that needs no key (a POST; resp_format=text gives one range per line, resp_format=json the IPv4 and IPv6 lists). Allow all of them, then block other sources on the web ports.',
    command: 'curl -s --data "resp_format=text" https://my.imperva.com/api/integration/v1/ips',
    source: 'https://docs.imperva.com/bundle/cloud-application-security/page/more/restricting-direct-access.htm',
  },
  {
    id: 'sucuri',
    generators: ['sucuri'],
    title: "Allow the Sucuri firewall's addresses",
    detail: 'Sucuri lists the ranges its firewall connects from in its troubleshooting guide (there is no machine-readable list). Allow them in the hosting firewall and in security plugins, which often ban them as a single busy client.',
    source: 'https://docs.sucuri.net/website-firewall/sucuri-firewall-troubleshooting-guide/',
  },
];

/** Every proxy that has an entry: the generic allowlist step is for all the others. */
export const ORIGIN_FACING_GENERATORS: readonly Generator[] = ORIGIN_FACING_ADDRESSES.flatMap((entry) => entry.generators);
