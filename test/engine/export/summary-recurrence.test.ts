// The support summary's lines about repeated looks, and the one-line text the popup reuses.
import { describe, expect, it } from 'vitest';
import { diagnose, readRecurrence, recurrenceLine, supportSummary, type EvidenceInput, type Recurrence } from '../../../src/engine';
import type { Sample } from '../../../src/engine/recurrence';

const now = new Date('2026-12-04T12:30:00Z');
const T0 = Date.UTC(2026, 11, 4, 12, 0);
const look = (minute: number, failed: boolean, ms: number, node?: string): Sample =>
  ({ at: T0 + minute * 60_000, status: failed ? 502 : 200, ms, failed, ...(node && { node }) });
const probe = (...samples: Sample[]): Recurrence => ({ source: 'probe', samples });

const nginx502 = (recurrence?: Recurrence[]): EvidenceInput => ({
  url: 'https://shop.example.com/', status: 502, startedAt: '2026-12-04T12:20:00Z',
  responseHeaders: [{ name: 'Server', value: 'nginx' }], body: '<hr><center>nginx</center>',
  ...(recurrence && { recurrence }),
});
const summary = (evidence: EvidenceInput, locale: 'en' | 'zh-CN' = 'en') =>
  supportSummary({ failures: [{ evidence, diagnosis: diagnose(evidence, { locale }) }], now, locale });

const oneNode = probe(look(0, false, 80, 'fra1'), look(1, true, 90, 'fra2'), look(2, true, 90, 'fra2'), look(3, false, 80, 'fra1'), look(4, true, 95, 'fra2'));
const atMinute = probe(...[0, 1, 2, 3, 4].map((i) => look(i, true, 60_000 + i * 10)));
const allGood = probe(...[0, 1, 2, 3, 4].map((i) => look(i, false, 80)));
const seen: Recurrence = { source: 'history', samples: [...[0, 1, 2, 3, 4, 5].map((i) => look(i, false, 80)), ...[12, 14, 15, 16].map((i) => look(i, true, 90))] };

describe('recurrenceLine', () => {
  it('says what the probe found: the one failing node, the time of every failure, or a recovery', () => {
    expect(recurrenceLine(readRecurrence(oneNode))).toBe('Checked again: 3 of 5 failed, all from node fra2');
    expect(recurrenceLine(readRecurrence(atMinute))).toBe('Checked again: all 5 failed after ~60 s');
    expect(recurrenceLine(readRecurrence(allGood))).toBe('Checked again: all 5 succeeded: the failure was transient');
    expect(recurrenceLine(readRecurrence(probe(look(0, true, 30), look(1, true, 20))))).toBe('Checked again: all 2 failed, every failure answered at once');
    expect(recurrenceLine(readRecurrence(probe(look(0, true, 90), look(1, false, 80), look(2, false, 80))))).toBe('Checked again: 1 of 3 failed, then the latest answered well: the failure looks transient');
  });

  it("says how often the site's history saw the failure, and since when", () => {
    expect(recurrenceLine(readRecurrence(seen))).toBe('Seen 4 times since 12:12 UTC; 4 of the last 10 loads failed');
    expect(recurrenceLine(readRecurrence({ source: 'history', samples: [look(0, false, 80), look(1, false, 80)] }))).toBe('None of the last 2 loads of this address failed');
  });

  it('has the same lines in Chinese', () => {
    expect(recurrenceLine(readRecurrence(oneNode), 'zh-CN')).toBe('再次检查：5 次中有 3 次失败，全部来自节点 fra2');
    expect(recurrenceLine(readRecurrence(atMinute), 'zh-CN')).toBe('再次检查：5 次全部失败，均在约 60 s 后');
    expect(recurrenceLine(readRecurrence(allGood), 'zh-CN')).toBe('再次检查：5 次全部成功：这次故障是暂时的');
    expect(recurrenceLine(readRecurrence(seen), 'zh-CN')).toBe('自 12:12 UTC 起出现 4 次；最近 10 次加载中有 4 次失败');
  });
});

describe('the support summary with repeated looks', () => {
  it('gains a line per source, after how often', () => {
    const text = summary(nginx502([oneNode, seen]));
    const lines = text.split('\n');
    const howOften = lines.findIndex((l) => l.startsWith('How often:'));
    expect(lines[howOften + 1]).toBe('Checked again: 3 of 5 failed, all from node fra2');
    expect(lines[howOften + 2]).toBe('Seen 4 times since 12:12 UTC; 4 of the last 10 loads failed');
  });

  it('says when every try failed at a timer, or all succeeded', () => {
    expect(summary(nginx502([atMinute]))).toContain('\nChecked again: all 5 failed after ~60 s\n');
    const transient = summary(nginx502([allGood]));
    expect(transient).toContain('\nChecked again: all 5 succeeded: the failure was transient\n');
    expect(transient).toMatch(/Verdict: .*the failure looks transient\./);
  });

  it('has no such line without repeated looks, and writes them in Chinese for zh-CN', () => {
    expect(summary(nginx502())).not.toMatch(/Checked again|Seen \d/);
    expect(summary(nginx502([oneNode]), 'zh-CN')).toContain('\n再次检查：5 次中有 3 次失败，全部来自节点 fra2\n');
  });
});
