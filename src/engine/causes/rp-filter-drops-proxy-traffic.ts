// Linux reverse-path filtering drops packets from the load balancer on backends with asymmetric routes,
// notably after switching an Alibaba SLB listener from layer 7 to layer 4. Seed: Alibaba SLB cause 4.
// A page the load balancer wrote proves a layer-7 listener, which opens its own connections and is
// not hit by this, so the cause fits only where no HTTP answer came through such a balancer, or at the
// 900 s timer of a layer-4 listener.
import { defineCause } from '../knowledge/cause';

const LAYER_4_CAPABLE_LBS = ['alibaba-slb', 'tencent-clb', 'huawei-elb'] as const;

export default defineCause({
  id: 'rp-filter-drops-proxy-traffic',
  title: "Linux rp_filter on the backend drops the load balancer's packets",
  summary: "The backend's Linux kernel silently drops packets a layer-4 load balancer passes on, so connections hang.",
  needs: { present: [...LAYER_4_CAPABLE_LBS] },
  why:
    'With reverse-path filtering on (net.ipv4.conf.*.rp_filter = 1), the kernel drops a packet whose source ' +
    'address would not be routed back out of the interface it came in on. Layer-4 load balancing (and some ' +
    'multi-NIC or tunnel setups) delivers packets whose source the backend routes elsewhere, so the SYNs are ' +
    'silently dropped: connections time out, health checks fail, and the visitor sees a timeout or 5xx. ' +
    'Alibaba Cloud asks to set rp_filter to 0 when a layer-7 listener is changed to layer 4.',
  fixedBy: 'site-owner',
  layer: 'load-balancer',
  when: [
    { id: 'no-answer-through-load-balancer', status: [0], inPath: [...LAYER_4_CAPABLE_LBS], failure: ['timeout', 'unreachable', 'empty-response'], weight: 6, because: 'No HTTP answer came back through a load balancer that also runs layer-4 listeners: a kernel that drops the packets it passes on leaves connections hanging like this.' },
    { id: 'alibaba-slb-after-810s-to-990s', generator: ['alibaba-slb'], elapsedMs: { min: 810000, max: 990000 }, weight: 5, because: 'The error came after about 900 s, the timeout of an Alibaba SLB layer-4 listener, where the backends see the visitor\'s own address.' },
    { id: 'not-layer-7-page', generator: [...LAYER_4_CAPABLE_LBS], status: [500, 502, 503, 504], elapsedMs: { max: 809999 }, weight: -8, because: 'The load balancer wrote this page itself, so a layer-7 listener handled the request; it connects to the backend from its own address, which rp_filter does not drop.' },
    { id: 'not-refused-etc', failure: ['refused', 'invalid-response', 'tls'], weight: -3, because: 'The backend answered (refused, replied or negotiated TLS), so its packets were not dropped.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is the edge or the request itself, not the load balancer-to-backend network path.' },
  ],
  steps: [
    {
      id: 'show-rp-filter',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      kind: 'check',
      title: 'Show the rp_filter settings on the backend',
      detail: 'Values 1 (strict) on "all" or on the receiving interface drop asymmetric traffic. The kernel uses the higher of "all" and the interface value.',
      audience: 'owner',
      command: "sysctl -a 2>/dev/null | grep '\\.rp_filter'",
    },
    {
      id: 'watch-martians',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      kind: 'check',
      title: 'Confirm drops while testing',
      detail: 'With log_martians on, dropped packets show up in the kernel log.',
      audience: 'owner',
      command: "sysctl -w net.ipv4.conf.all.log_martians=1; dmesg -w | grep -i martian",
    },
    {
      id: 'disable-rp-filter',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      kind: 'fix',
      title: 'Turn reverse-path filtering off now',
      detail: 'Replace eth0 with the interface that receives load balancer traffic.',
      audience: 'owner',
      command: 'sysctl -w net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0 net.ipv4.conf.eth0.rp_filter=0',
    },
    {
      id: 'persist-rp-filter',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      kind: 'fix',
      title: 'Make it permanent',
      detail: 'Add these lines to /etc/sysctl.conf (or a file in /etc/sysctl.d/), then run sysctl -p.',
      audience: 'owner',
      command: 'net.ipv4.conf.default.rp_filter = 0\nnet.ipv4.conf.all.rp_filter = 0\nnet.ipv4.conf.eth0.rp_filter = 0',
    },
  ],
  sources: ['https://www.alibabacloud.com/help/doc-detail/55207.htm (Alibaba Cloud SLB FAQ, cause 4 and the last troubleshooting step)'],
});
