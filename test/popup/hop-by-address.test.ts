// The path view marks a hop the server's address showed (path[].source "ip") by reading
// diagnosis.path[i - 1] for the drawn hop i (views/layer-path.tsx): that holds only while hopsOf
// draws the browser first and then the diagnosis's path in its order. This pins it.
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/engine/diagnosis';
import { diagnose } from '../../src/engine/diagnose';
import { hopsOf, type HopWords } from '../../src/popup/hops';

const words: HopWords = { browser: 'Browser', you: 'you', originServer: 'Origin server', origin: 'origin', application: 'Application', layer: (layer) => `[${layer}]` };
const NGINX_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

const cases: Diagnosis[] = [
  diagnose({ url: 'https://a.example/', status: 502, body: '<h1>Bad Gateway</h1>', serverIp: '104.16.132.229' }),
  diagnose({ url: 'https://a.example/', status: 502, responseHeaders: [{ name: 'Server', value: 'nginx' }], body: NGINX_PAGE, serverIp: '151.101.1.69' }),
  diagnose({ url: 'https://a.example/', status: 504, responseHeaders: [{ name: 'Server', value: 'nginx' }], body: NGINX_PAGE.replace(/502 Bad Gateway/g, '504 Gateway Time-out'), serverIp: '2606:4700::6810:84e5' }),
];

describe('the drawn hops and diagnosis.path', () => {
  it.each(cases.map((d, i) => [i, d] as const))('case %i: drawn hop i is path[i - 1], the address-only hop among them', (_, d) => {
    expect(d.path.some((hop) => hop.source === 'ip')).toBe(true);
    const drawn = hopsOf(d, words);
    expect(drawn[0]!.name).toBe('Browser');
    d.path.forEach((hop, i) => expect(drawn[i + 1]!.name).toBe(hop.name));
  });
});
