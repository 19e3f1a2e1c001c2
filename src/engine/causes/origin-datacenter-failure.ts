// Physical failure in the origin's data centre. Seed: Tencent Anti-DDoS cause 2.2 (measure 2).
import { defineCause } from '../knowledge/cause';

const TENCENT = ['tencent-anti-ddos', 'tencent-waf'] as const;

export default defineCause({
  id: 'origin-datacenter-failure',
  title: "A failure in the origin's data centre (power, network card, disk, memory, cabling)",
  summary: "The machine or rack that hosts the site's server lost power, network or hardware, so the server does not answer at all.",
  why:
    'If the machine or rack hosting the origin loses power, a network card, a disk, memory or cabling, the origin ' +
    'stops answering at all. The proxy in front reports the origin unreachable or timed out (502 / 504 / 522 / ' +
    '523), and direct requests fail too.',
  fixedBy: 'provider',
  layer: 'unknown',
  when: [
    { id: 'tencent-502-504', generator: [...TENCENT], status: [502, 504], weight: 2, because: 'A Tencent Cloud protection service got no answer from the origin; Tencent lists data-centre failures among the reasons.' },
    { id: 'waf-502-504', generator: ['huawei-waf', 'alibaba-waf'], status: [502, 504], weight: 1, because: 'A protection service got no answer from the origin, as happens when the machine behind it is down.' },
    { id: 'cloudflare-522-523', generator: ['cloudflare'], status: [522, 523], weight: 2, because: 'Cloudflare could not reach the origin at all.' },
    { id: 'unreachable-blame-origin', blame: ['origin'], failure: ['unreachable'], weight: 4, because: 'The origin is unreachable at the network level.' },
    { id: 'timeout-blame-origin', blame: ['origin'], failure: ['timeout'], weight: 1, because: 'The origin did not answer.' },
    { id: 'not-answered-again', recurrence: { source: ['probe'], pattern: ['recovered'] }, weight: -4, because: 'The address answered well when checked again, so the origin machine and its network are up: the failure was a passing one.' },
    { id: 'not-refused-etc', failure: ['refused', 'invalid-response', 'tls', 'dns'], weight: -3, because: 'Something on the origin side answered, so the machine is up.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none', 'upstream-app'], weight: -4, because: 'The page names another hop as the one that failed, not the origin machine.' },
  ],
  steps: [
    {
      id: 'retry-later',
      title: 'Retry later',
      detail: 'The site\'s server is offline. Retry later; send the support summary to the site owner if it lasts.',
      audience: 'visitor',
      intent: 'retry',
    },
    {
      id: 'ping-origin',
      title: 'Check whether the origin answers at all',
      detail: 'From outside: no ping, no TCP connect, and a trace that stops at the hosting provider point at the machine or its data centre.',
      audience: 'owner',
      kind: 'check',
      command: 'ping -c 5 ORIGIN_IP; nc -vz -w 5 ORIGIN_IP 443; mtr -rwzc 20 ORIGIN_IP',
    },
    {
      id: 'provider-status',
      title: 'Check the hosting provider\'s status page and console',
      detail: 'Look for incidents in the region / zone, and the instance\'s system status checks and console output.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'tencent-hardware-ticket',
      title: 'Ask Tencent Cloud support to check the hardware',
      detail: 'Tencent suggests asking technical support to check power, network card, disk, memory and wiring. Include the times and the trace.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { present: [...TENCENT] },
    },
    {
      id: 'open-ticket',
      title: 'Ask the hosting provider to check the machine',
      detail: 'Send the times and the trace, and ask them to check power, network card, disk, memory and cabling, or move the server to other hardware.',
      audience: 'owner',
      kind: 'fix',
      appliesTo: { absent: [...TENCENT] },
    },
  ],
  sources: ['https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.2, measure 2)'],
});
