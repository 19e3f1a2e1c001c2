// Linux reverse-path filtering drops packets from the load balancer on backends with asymmetric routes,
// notably after switching an Alibaba SLB listener from layer 7 to layer 4. Seed: Alibaba SLB cause 4.
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'rp-filter-drops-proxy-traffic',
  title: "Linux rp_filter on the backend drops the load balancer's packets",
  why:
    'With reverse-path filtering on (net.ipv4.conf.*.rp_filter = 1), the kernel drops a packet whose source ' +
    'address would not be routed back out of the interface it came in on. Layer-4 load balancing (and some ' +
    'multi-NIC or tunnel setups) delivers packets whose source the backend routes elsewhere, so the SYNs are ' +
    'silently dropped: connections time out, health checks fail, and the visitor sees a timeout or 5xx. ' +
    'Alibaba Cloud asks to set rp_filter to 0 when a layer-7 listener is changed to layer 4.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'load-balancers-502-504', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [502, 504], weight: 3, because: 'A cloud load balancer could not reach its backend; on Linux backends a kernel rp_filter that drops its packets is a listed cause.' },
    { id: 'load-balancers-timeout-etc', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], failure: ['timeout', 'unreachable', 'no-healthy-upstream'], weight: 3, because: 'The load balancer\'s packets to the backend went unanswered, as they do when the kernel drops them.' },
    { id: 'load-balancer-timeout-unreachable-blame-origin-upstream-app', layer: ['load-balancer'], blame: ['origin', 'upstream-app'], failure: ['timeout', 'unreachable'], weight: 2, because: 'A load balancer got no answer at all from its backend.' },
    { id: 'unreachable-blame-origin', blame: ['origin'], failure: ['unreachable'], weight: 1, because: 'The origin did not answer at the network level.' },
    { id: 'load-balancers-504-after-810s-to-990s', generator: ['alibaba-slb', 'tencent-clb', 'huawei-elb'], status: [504], elapsedMs: { min: 810000, max: 990000 }, weight: 3, because: 'The error came after about 900 s, the layer-4 listener timeout.' },
    { id: 'not-refused-etc', failure: ['refused', 'invalid-response', 'tls'], weight: -3, because: 'The backend answered (refused, replied or negotiated TLS), so its packets were not dropped.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is not the load balancer-to-backend network path.' },
  ],
  steps: [
    {
      id: 'show-rp-filter',
      title: 'Show the rp_filter settings on the backend',
      detail: 'Values 1 (strict) on "all" or on the receiving interface drop asymmetric traffic. The kernel uses the higher of "all" and the interface value.',
      audience: 'owner',
      command: "sysctl -a 2>/dev/null | grep '\\.rp_filter'",
    },
    {
      id: 'disable-rp-filter',
      title: 'Turn reverse-path filtering off now',
      detail: 'Replace eth0 with the interface that receives load balancer traffic.',
      audience: 'owner',
      command: 'sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.eth0.rp_filter=0',
    },
    {
      id: 'persist-rp-filter',
      title: 'Make it permanent',
      detail: 'Add these lines to /etc/sysctl.conf (or a file in /etc/sysctl.d/), then run sysctl -p.',
      audience: 'owner',
      command: 'net.ipv4.conf.default.rp_filter = 0\nnet.ipv4.conf.all.rp_filter = 0\nnet.ipv4.conf.eth0.rp_filter = 0',
    },
    {
      id: 'watch-martians',
      title: 'Confirm drops while testing',
      detail: 'With log_martians on, dropped packets show up in the kernel log.',
      audience: 'owner',
      command: "sysctl -w net.ipv4.conf.all.log_martians=1; dmesg -w | grep -i martian",
    },
  ],
  sources: ['https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 4 and the last troubleshooting step)'],
});
