// The origin's real IP is attacked directly, bypassing the protection service. Seed: Tencent
// Anti-DDoS cause 2.1 (measure 1).
import { defineCause } from '../knowledge/cause';

export default defineCause({
  id: 'origin-under-attack',
  title: "The origin's real IP address is under attack, bypassing the protection",
  summary: "Attackers flood the origin's real address directly, around the protection service, so clean traffic cannot get through.",
  why:
    'Anti-DDoS and CDN services only filter traffic that goes through them. If the origin\'s real address is known ' +
    '(old DNS records, mail headers, a subdomain that is not proxied), attackers hit it directly: its bandwidth, CPU ' +
    'or connection table fill up, and the clean traffic forwarded by the protection service times out or is ' +
    'refused — while the protection console shows nothing unusual.',
  fixedBy: 'site-owner',
  layer: 'unknown',
  when: [
    { id: 'edge-providers-502-504', generator: ['tencent-anti-ddos', 'tencent-waf', 'huawei-waf', 'alibaba-waf', 'ddos-guard', 'imperva', 'sucuri'], status: [502, 504], weight: 3, because: 'A protection service could not get an answer from the origin; an attack on the unprotected origin IP is a listed reason.' },
    { id: 'cloudflare-522-524-521', generator: ['cloudflare'], status: [522, 524, 521], weight: 1, because: 'An origin flooded by direct traffic stops answering Cloudflare too.' },
    { id: 'timeout-etc-blame-origin', blame: ['origin'], failure: ['timeout', 'overloaded', 'unreachable'], weight: 2, because: 'The origin stopped answering, as it does when flooded.' },
    { id: 'overloaded', failure: ['overloaded'], weight: 1, because: 'The backend is out of capacity.' },
    { id: 'not-blame-elsewhere', blame: ['edge', 'client', 'cdn-config', 'none'], weight: -4, because: 'The failing hop is the edge or the request itself, not the origin.' },
  ],
  steps: [
    {
      id: 'top-sources',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'List the busiest source addresses on the origin',
      detail: 'Large numbers of connections from addresses outside the protection service\'s forwarding ranges mean the origin is attacked directly.',
      audience: 'owner',
      kind: 'check',
      command: "ss -Htn | awk '{print $5}' | sed 's/:[0-9]*$//' | sort | uniq -c | sort -rn | head -n 20",
    },
    {
      id: 'check-console',
      title: 'Compare with the protection console',
      detail: 'Heavy load on the origin while the protection service shows normal traffic means the attack goes around it.',
      audience: 'owner',
      kind: 'check',
    },
    {
      id: 'watch-traffic',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Watch traffic on the origin',
      detail: 'Per-connection bandwidth shows who fills the uplink. Replace eth0 with the public interface.',
      audience: 'owner',
      kind: 'check',
      command: 'iftop -i eth0 -nNP',
    },
    {
      id: 'lock-origin',
      appliesTo: { notStack: ['managed-platform', 'windows'] },
      title: 'Accept web traffic only from the protection service',
      detail: 'Drop ports 80/443 from everyone except the provider\'s back-to-origin ranges (its documentation or console lists them), preferably in the cloud security group so that the flood stops before the host.',
      audience: 'owner',
      kind: 'fix',
      command: 'iptables -A INPUT -p tcp -m multiport --dports 80,443 -s BACK_TO_ORIGIN_RANGE -j ACCEPT\niptables -A INPUT -p tcp -m multiport --dports 80,443 -j DROP',
    },
    {
      id: 'change-origin-address',
      title: "Move the origin to a new address and keep it private",
      detail: 'The old address is known to attackers. Take a new one, point only the protection service at it, and check that no DNS record, mail header or unprotected subdomain gives it away.',
      audience: 'owner',
      kind: 'fix',
    },
    {
      id: 'retry-later',
      title: 'Retry later',
      detail: 'The site may be under attack. Retry later; the owner has to deal with it.',
      audience: 'visitor',
      intent: 'retry',
    },
  ],
  sources: ['https://www.tencentcloud.com/document/product/1213/56657 (Tencent Cloud Anti-DDoS Advanced 502 FAQ, cause 2.1, measure 1)'],
});
