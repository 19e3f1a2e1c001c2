// Engine: median time per error page over every fixture, against simple-wappalyzer (a peer that
// names technologies from headers and HTML) on the same pages in the same run; and how often each
// names the generator the fixture says wrote the page.
import { createRequire } from 'node:module';
import { diagnose } from '../src/engine';
import { loadPageFixtures, type LoadedFixture } from '../test/support/page-fixtures';
import { median, timeEach } from './measure';

type Wappalyzer = (page: { url: string; headers: Record<string, string>; html: string }) => Promise<{ name: string }[]>;
const wappalyzer = createRequire(import.meta.url)('simple-wappalyzer') as Wappalyzer;

/** How the peer spells our generators (Wappalyzer technology names, lower-case). */
const PEER_NAMES: Partial<Record<string, string[]>> = {
  'aws-cloudfront': ['amazon cloudfront'], 'aws-alb': ['amazon alb', 'amazon elb', 'amazon web services'],
  'aws-api-gateway': ['amazon api gateway', 'amazon web services'], 'google-frontend': ['google cloud', 'google web server'],
  'azure-front-door': ['azure front door', 'azure cdn', 'azure'], 'azure-app-gateway': ['azure'],
  'alibaba-slb': ['alibaba cloud'], 'alibaba-waf': ['alibaba cloud'], 'alibaba-cdn': ['alibaba cloud cdn', 'alibaba cloud'],
  'huawei-waf': ['huawei cloud'], 'huawei-elb': ['huawei cloud'], 'tencent-waf': ['tencent cloud', 'tencent waf'],
  'tencent-anti-ddos': ['tencent cloud'], 'tencent-clb': ['tencent cloud'], 'tencent-edgeone': ['tencent cloud', 'edgeone'],
  imperva: ['imperva', 'incapsula'], f5: ['f5 bigip', 'f5 big-ip'], 'ddos-guard': ['ddos-guard'], iis: ['iis'],
  apache: ['apache http server', 'apache'], litespeed: ['litespeed'], envoy: ['envoy'], istio: ['istio'],
};

const PEER_REPEATS = 3;

const peerNames = (generator: string) => PEER_NAMES[generator] ?? [generator.replace(/-/g, ' ')];

export interface EngineBench {
  pages: number;
  engineMedianMs: number;
  peerMedianMs: number;
  speedup: number;
  engineCorrect: number;
  peerNamedWriter: number;
  vendorPages: number;
}

const toPeerInput = (f: LoadedFixture) => ({
  url: f.evidence.url,
  headers: Object.fromEntries((f.evidence.responseHeaders ?? []).map((h) => [h.name.toLowerCase(), h.value])),
  html: f.evidence.body ?? '',
});

export async function benchEngine(repeats: number): Promise<EngineBench> {
  const pages = loadPageFixtures().filter((f) => f.evidence.status >= 400);
  const engineTimes = await timeEach(pages, repeats, (f) => void diagnose(f.evidence));
  // The peer is ~250× slower: a few repeats keep the run short; its answers give the naming figure.
  const peerFound = new Map<LoadedFixture, string[]>();
  const peerTimes = await timeEach(pages, PEER_REPEATS, async (f) => {
    peerFound.set(f, (await wappalyzer(toPeerInput(f))).map((t) => t.name.toLowerCase()));
  });

  const vendor = pages.filter((f) => !['none', 'unknown', 'app'].includes(f.folder));
  const peerNamed = vendor.filter((f) => peerNames(f.folder).some((name) => peerFound.get(f)!.some((t) => t.includes(name)))).length;
  const engineCorrect = pages.filter((f) => diagnose(f.evidence).generator === f.folder).length;
  const engineMedianMs = median(engineTimes);
  const peerMedianMs = median(peerTimes);
  return {
    pages: pages.length, engineMedianMs, peerMedianMs, speedup: peerMedianMs / engineMedianMs,
    engineCorrect, peerNamedWriter: peerNamed, vendorPages: vendor.length,
  };
}
