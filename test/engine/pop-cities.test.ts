// The city of a PoP code (src/engine/knowledge/pop-cities.ts), on the path and in the summary.
import { describe, expect, it } from 'vitest';
import { diagnose, supportSummary } from '../../src/engine';
import { cityOfPop, countryOfPop, POP_CODES } from '../../src/engine/knowledge/pop-cities';
import { COLO_COUNTRIES } from '../../harness/cloudflare-colos';
import { pageEvidence } from '../support/pages';

describe('cityOfPop', () => {
  it('names the city in English and in Chinese', () => {
    expect(cityOfPop('FRA')).toBe('Frankfurt');
    expect(cityOfPop('FRA', 'zh-CN')).toBe('法兰克福');
    expect(cityOfPop('PEK', 'zh-CN')).toBe('北京');
    expect(cityOfPop('NRT', 'en')).toBe('Tokyo');
    expect(cityOfPop('HKG', 'zh-CN')).toBe('香港');
  });

  it('keeps the vendor\'s own name for a PoP named after its town, not its airport\'s city', () => {
    expect(cityOfPop('IAD')).toBe('Ashburn');
    expect(cityOfPop('QPG')).toBe('Singapore');
    expect(cityOfPop('PWK')).toBe('Chicago');
  });

  it('knows nothing of a code not listed, nor of inherited object keys', () => {
    expect(cityOfPop('ZZZ')).toBeUndefined();
    expect(cityOfPop('fra')).toBeUndefined();
    expect(cityOfPop('constructor')).toBeUndefined();
    expect(countryOfPop('toString')).toBeUndefined();
  });

  it('covers at least 150 codes, each with both names and an ISO country', () => {
    expect(POP_CODES.length).toBeGreaterThanOrEqual(150);
    for (const code of POP_CODES) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect(cityOfPop(code, 'en'), code).toMatch(/\S/);
      expect(cityOfPop(code, 'zh-CN'), code).toMatch(/[\u4e00-\u9fff]/);
      expect(countryOfPop(code), code).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('agrees with the gallery\'s colo countries', () => {
    for (const [colo, country] of Object.entries(COLO_COUNTRIES)) expect(countryOfPop(colo), colo).toBe(country);
  });
});

describe('the city on the path', () => {
  const evidence = pageEvidence(502, [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-SIN']], '<hr><center>nginx</center>');

  it('is added to the hop in the diagnosis\'s language, with an evidence line', () => {
    expect(diagnose(evidence).path[0]).toMatchObject({ generator: 'cloudflare', place: 'SIN', city: 'Singapore' });
    const zh = diagnose(evidence, { locale: 'zh-CN' });
    expect(zh.path[0]).toMatchObject({ place: 'SIN', city: '新加坡' });
    expect(zh.evidence.map((item) => item.says)).toContain('Cloudflare 由其位于新加坡的 SIN 节点作答。');
  });

  it('is left out for a code the table does not know', () => {
    const hop = diagnose(pageEvidence(502, [['Server', 'cloudflare'], ['CF-RAY', '8f1e2d3c4b5a6978-QQQ']], '<hr><center>nginx</center>')).path[0];
    expect(hop).toMatchObject({ place: 'QQQ' });
    expect(hop).not.toHaveProperty('city');
  });

  it('is printed in the support summary\'s path', () => {
    const text = supportSummary({ failures: [{ evidence, diagnosis: diagnose(evidence) }], now: new Date('2026-11-21T10:00:00Z') });
    expect(text).toContain('Path: browser → Cloudflare (CDN, SIN · Singapore) → nginx (reverse proxy)');
  });
});
