// What each audience is shown: the visitor's steps one per intent, the owner's hypotheses with one
// check and at most two fixes of their own cause, and the verdict's primary action.
import { describe, expect, it } from 'vitest';
import { isHedged, isStopped, MAX_HYPOTHESES, ownerGuidanceOf, primaryActionOf, visitorStepsOf } from '../../src/popup/guidance';
import { cause, diagnosis, step } from './diagnosis-stub';

const visitor = (id: string, intent?: 'retry' | 'other-network' | 'tell-owner' | 'change-request' | 'browser') =>
  step('c1', id, { audience: 'visitor', ...(intent ? { intent } : {}) });

describe('visitorStepsOf', () => {
  it('keeps the first step of each intent, at most three, and ignores owner steps', () => {
    const d = diagnosis({ nextSteps: [visitor('a', 'retry'), step('c1', 'o'), visitor('b', 'retry'), visitor('c', 'tell-owner'), visitor('d', 'other-network'), visitor('e', 'browser')] });
    expect(visitorStepsOf(d).map((s) => s.id)).toEqual(['a', 'c', 'd']);
  });

  it('keeps steps without an intent once per title', () => {
    const d = diagnosis({ nextSteps: [visitor('a'), { ...visitor('b'), title: 'step a' }, visitor('c')] });
    expect(visitorStepsOf(d).map((s) => s.id)).toEqual(['a', 'c']);
  });
});

describe('ownerGuidanceOf', () => {
  it('gives each hypothesis its own first check and two fixes; the rest goes to "more"', () => {
    const d = diagnosis({
      causes: [cause('c1'), cause('c2', { likelihood: 'possible' })],
      nextSteps: [
        step('c2', 'f2', { kind: 'fix' }), step('c1', 'f1', { kind: 'fix' }), step('c1', 'k1', { kind: 'check' }), step('c1', 'k2', { kind: 'check' }),
        step('c1', 'f3', { kind: 'fix' }), step('c1', 'f4', { kind: 'fix' }), visitor('v', 'retry'),
      ],
    });
    const { hypotheses, more } = ownerGuidanceOf(d);
    expect(hypotheses.map((h) => [h.cause.id, h.check?.id, h.fixes.map((f) => f.id)])).toEqual([['c1', 'k1', ['f1', 'f3']], ['c2', undefined, ['f2']]]);
    expect(more.map((s) => s.id)).toEqual(['k2', 'f4']);
  });

  it('shows three hypotheses at most, and the steps of the others under "more"', () => {
    const causes = ['a', 'b', 'c', 'd'].map((id) => cause(id));
    const { hypotheses, more } = ownerGuidanceOf(diagnosis({ causes, nextSteps: [step('d', 'fd', { kind: 'fix' })] }));
    expect(hypotheses.map((h) => h.cause.id)).toEqual(['a', 'b', 'c']);
    expect(hypotheses).toHaveLength(MAX_HYPOTHESES);
    expect(more.map((s) => s.id)).toEqual(['fd']);
  });

  it('counts a step without a kind as a fix', () => {
    const { hypotheses } = ownerGuidanceOf(diagnosis({ causes: [cause('c1')], nextSteps: [step('c1', 'x')] }));
    expect(hypotheses[0]).toMatchObject({ check: undefined, fixes: [{ id: 'x' }] });
  });
});

describe('primaryActionOf', () => {
  it('reloads first when the likeliest cause is the visitor\'s, or their first step is to retry', () => {
    expect(primaryActionOf(diagnosis({ causes: [cause('c1', { fixedBy: 'visitor' })] }))).toBe('reload');
    expect(primaryActionOf(diagnosis({ nextSteps: [visitor('a', 'retry')] }))).toBe('reload');
  });

  it('copies the report first when the owner must act, or the visitor was stopped on purpose', () => {
    expect(primaryActionOf(diagnosis({ nextSteps: [visitor('a', 'tell-owner')] }))).toBe('copy-report');
    expect(primaryActionOf(diagnosis({ blame: 'none', nextSteps: [visitor('a', 'retry')] }))).toBe('copy-report');
    expect(primaryActionOf(diagnosis({ failure: 'challenge', causes: [cause('c1', { fixedBy: 'visitor' })] }))).toBe('copy-report');
  });
});

describe('isStopped and isHedged', () => {
  it('tells a block or a challenge from a fault that passes with time', () => {
    expect(isStopped(diagnosis({ failure: 'blocked' }))).toBe(true);
    expect(isStopped(diagnosis({ failure: 'rate-limited' }))).toBe(false);
    expect(isStopped(diagnosis({ failure: 'timeout' }))).toBe(false);
  });

  it('hedges under 85 % confidence about who wrote the page', () => {
    expect(isHedged(diagnosis({ confidence: 0.84 }))).toBe(true);
    expect(isHedged(diagnosis({ confidence: 0.85 }))).toBe(false);
  });
});
