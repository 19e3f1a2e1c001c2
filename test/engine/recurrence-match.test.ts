// Recurrence conditions against one source's looks: every field must hold for the same source.
import { describe, expect, it } from 'vitest';
import { readRecurrence, type Sample } from '../../src/engine/recurrence';
import { matchRecurrence, viewRecurrences } from '../../src/engine/recurrence-match';

const look = (i: number, failed: boolean, ms: number, extra: Partial<Sample> = {}): Sample => ({ at: i * 1_000, status: failed ? 504 : 200, ms, failed, ...extra });
const named = (generator: string) => (generator === 'huawei-waf' ? { name: 'Huawei Cloud WAF', layer: 'waf' as const } : undefined);

describe('matchRecurrence', () => {
  const slow = { source: 'probe' as const, samples: [look(0, true, 60_010), look(1, true, 60_020)] };
  const mixed = { source: 'history' as const, samples: [look(0, false, 80, { node: 'a' }), look(1, true, 90, { node: 'b' }), look(2, false, 80, { node: 'a' })] };

  it('bounds the failed looks\' median time and finds the timers of the path at it', () => {
    const [view] = viewRecurrences([slow], ['nginx'], named);
    expect(view?.timers.map((t) => t.id)).toContain('nginx-proxy-read-timeout');
    expect(matchRecurrence({ failedMs: { min: 54_000, max: 66_000 } }, [view!])).toBe(view);
    expect(matchRecurrence({ failedMs: { max: 30_000 } }, [view!])).toBeUndefined();
    expect(matchRecurrence({ atTimer: ['response'] }, [view!])).toBe(view);
    expect(matchRecurrence({ atTimer: ['connect'] }, [view!])).toBeUndefined();
    // Without nginx (or another hop that owns a 60 s timer) in the path, no timer fires then.
    expect(viewRecurrences([slow], ['caddy'], named)[0]?.timers).toEqual([]);
  });

  it('needs every field to hold for one source, and tries the sources in turn', () => {
    const views = viewRecurrences([slow, mixed], ['nginx'], named);
    expect(matchRecurrence({ pattern: ['intermittent'], oneFailingNode: true }, views)?.source).toBe('history');
    expect(matchRecurrence({ pattern: ['persistent'], oneFailingNode: true }, views)).toBeUndefined();
    expect(matchRecurrence({ source: ['probe'], pattern: ['intermittent'] }, views)).toBeUndefined();
    expect(matchRecurrence({ pattern: ['persistent'] }, undefined)).toBeUndefined();
  });

  it('names the layers that appeared before the failures, leaving out generators nobody fingerprinted', () => {
    const added = { source: 'history' as const, samples: [look(0, false, 80, { path: ['nginx'] }), look(1, true, 90, { path: ['huawei-waf', 'mystery', 'nginx'] })] };
    const [view] = viewRecurrences([added], [], named);
    expect(view?.added).toEqual([{ generator: 'huawei-waf', name: 'Huawei Cloud WAF', layer: 'waf' }]);
    expect(matchRecurrence({ addedLayer: ['waf'] }, [view!])).toBe(view);
    expect(matchRecurrence({ addedLayer: ['cdn'] }, [view!])).toBeUndefined();
  });
});

describe('readRecurrence: the latest looks', () => {
  it('counts the last ten looks and dates the latest', () => {
    const samples = Array.from({ length: 14 }, (_, i) => look(i, i < 6, 80));
    const facts = readRecurrence({ source: 'history', samples });
    expect(facts.recent).toEqual({ tries: 10, failed: 2 });
    expect(facts.lastAt).toBe(13_000);
    expect(readRecurrence({ source: 'probe', samples: samples.slice(0, 3) }).recent).toEqual({ tries: 3, failed: 3 });
  });
});
