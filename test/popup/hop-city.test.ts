// The PoP's city travels with its hop to the popup's path (shown in the hop's tooltip), and only
// with a place: a city without a PoP code says nothing the path can show.
import { describe, expect, it } from 'vitest';
import { hopsOf, type HopWords } from '../../src/popup/hops';
import { diagnosis } from './diagnosis-stub';

const words: HopWords = { browser: 'Browser', you: 'you', originServer: 'Origin server', origin: 'origin', application: 'Application', layer: (layer) => `[${layer}]` };

describe('hopsOf, places and cities', () => {
  it('keeps the city of a placed hop', () => {
    const d = diagnosis({ path: [{ generator: 'cloudflare', layer: 'cdn', name: 'Cloudflare', place: 'FRA', city: 'Frankfurt' }, { generator: 'nginx', layer: 'reverse-proxy', name: 'nginx' }] });
    const [, edge, origin] = hopsOf(d, words);
    expect(edge).toMatchObject({ name: 'Cloudflare', place: 'FRA', city: 'Frankfurt' });
    expect(origin).not.toHaveProperty('city');
  });

  it('drops a city that comes without a place', () => {
    const d = diagnosis({ path: [{ generator: 'nginx', layer: 'reverse-proxy', name: 'nginx', city: 'Frankfurt' }] });
    expect(hopsOf(d, words)[1]).not.toHaveProperty('city');
  });
});
