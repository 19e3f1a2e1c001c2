// The providers whose published address lists the engine ships, where each list lives and how it
// is read (scripts/update-ip-ranges.ts fetches them; scripts/ip-range-lists.ts parses). A provider
// is here only if it publishes a list of its own; providers known only from their ASNs' BGP
// announcements are left out (an ASN also carries offices, mail and customers' servers).
//
// Left out, and why:
// - DDoS-Guard, Alibaba Cloud, Tencent Cloud, Huawei Cloud: no public list of their edge or
//   back-to-origin addresses; each shows a customer the addresses for their own site in its console.
// - Akamai's Site Shield maps are per customer; the list below is Akamai's public Origin IP ACL list.
import type { Generator } from '../src/engine/vocabulary';
import { parseCloudFront, parseFastly, parseGoogleFrontEnds, parseImperva, parseLines, splitAndMerge, type Ranges } from './ip-range-lists';

export const TABLE_HEADER = [
  'Written by scripts/update-ip-ranges.ts (npm run update:ip-ranges); edit that script, not this file.',
  'The address ranges providers publish for their edge and origin-facing networks, each with the date',
  'of its list, its sources and where it was read. The engine uses them only as a hint: a server',
  'address in a provider\'s range adds that provider to the path (source "ip"), never the verdict.',
].join('\n');

export interface ProviderList {
  generator: Generator;
  /** The provider's own pages or endpoints the list is read from. */
  sources: string[];
  /** How the fetched documents (in the order of `sources`) become ranges; absent: no machine-readable list. */
  read?: (documents: string[]) => Ranges;
  /** What the list is, in a comment above the provider's entry in the table. */
  note: string;
  /** Fetch options when a source needs more than a GET (Imperva's API is a POST). */
  method?: 'POST';
}

export const PROVIDER_LISTS: readonly ProviderList[] = [
  {
    generator: 'cloudflare',
    sources: ['https://www.cloudflare.com/ips-v4', 'https://www.cloudflare.com/ips-v6'],
    read: ([v4, v6]) => splitAndMerge([...parseLines(v4!), ...parseLines(v6!)], 'cloudflare'),
    note: "Cloudflare's edge: every address its proxy answers visitors on and connects to origins from\n(https://www.cloudflare.com/ips/).",
  },
  {
    generator: 'aws-cloudfront',
    sources: ['https://ip-ranges.amazonaws.com/ip-ranges.json'],
    read: ([json]) => parseCloudFront(JSON.parse(json!)),
    note: 'CloudFront: the services CLOUDFRONT (edge locations) and CLOUDFRONT_ORIGIN_FACING of AWS\'s\nip-ranges.json, merged (https://docs.aws.amazon.com/general/latest/gr/aws-ip-ranges.html).',
  },
  {
    generator: 'fastly',
    sources: ['https://api.fastly.com/public-ip-list'],
    read: ([json]) => parseFastly(JSON.parse(json!)),
    note: "Fastly's caches (https://www.fastly.com/documentation/reference/api/utils/public-ip-list).",
  },
  {
    generator: 'akamai',
    sources: ['https://techdocs.akamai.com/property-manager/pdfs/akamai_ipv4_CIDRs.txt', 'https://techdocs.akamai.com/property-manager/pdfs/akamai_ipv6_CIDRs.txt'],
    read: ([v4, v6]) => splitAndMerge([...parseLines(v4!), ...parseLines(v6!)], 'akamai'),
    note: "Akamai's Origin IP ACL list: the edge servers that connect to origins\n(https://techdocs.akamai.com/property-manager/docs/origin-ip-access-control). Akamai also runs\nedge servers inside visitors' ISPs outside this list: an address outside it says nothing.",
  },
  {
    generator: 'imperva',
    sources: ['https://my.imperva.com/api/integration/v1/ips'],
    method: 'POST',
    read: ([json]) => parseImperva(JSON.parse(json!)),
    note: "Imperva's cloud WAF: the ranges its integration API returns (\"Get Imperva IP ranges\").",
  },
  {
    generator: 'google-frontend',
    sources: ['https://www.gstatic.com/ipranges/goog.json', 'https://www.gstatic.com/ipranges/cloud.json'],
    read: ([goog, cloud]) => parseGoogleFrontEnds(JSON.parse(goog!), JSON.parse(cloud!)),
    note: "Google's front ends: goog.json without cloud.json, the addresses of Google's own services\n(https://support.google.com/a/answer/10026322); the addresses Google Cloud customers rent are\nleft out, since any server may answer on them.",
  },
  {
    generator: 'sucuri',
    sources: ['https://docs.sucuri.net/website-firewall/sucuri-firewall-troubleshooting-guide/'],
    note: "Sucuri's firewall: 192.124.249.0/24, where the guide says a site behind the firewall resolves,\nand the ranges Sucuri asks owners to allow on the origin (its firewall's own addresses). The guide\nis a web page, not a list: the update script keeps this entry as it is.",
  },
];
