// How causes are ranked and which steps are shown: scopes, disproofs, per-cause caps and intents,
// on a small catalogue written for these rules (the real catalogue is checked over every fixture in
// test/knowledge/advice-fits-path.test.ts).
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/engine/i18n/messages';
import { defineCause, type Cause, type NextStep } from '../../src/engine/knowledge/cause';
import { MAX_OWNER_STEPS_PER_CAUSE, MAX_VISITOR_STEPS, rankCauses, type CauseFacts } from '../../src/engine/rank-causes';

const m = messagesFor('en');
const facts = (over: Partial<CauseFacts> = {}): CauseFacts => ({
  generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app', failure: 'timeout', status: 504, inPath: ['cloudflare'],
  pathLayers: ['cdn', 'reverse-proxy'], stack: [], elapsedMs: 60_000, requestHeaderBytes: 500, scheme: 'https', ...over,
});
const owner = (id: string, kind: 'check' | 'fix', extra: Partial<NextStep> = {}): NextStep =>
  ({ id, title: `Step ${id}`, detail: `Do ${id} now.`, audience: 'owner', kind, ...extra });
const visitor = (id: string, intent: NextStep['intent'], extra: Partial<NextStep> = {}): NextStep =>
  ({ id, title: `Visitor ${id}`, detail: `Visitor does ${id}.`, audience: 'visitor', intent, ...extra });
const cause = (id: string, over: Partial<Cause>): Cause => defineCause({
  id, title: `Cause ${id}`, summary: `Summary of ${id}, one plain sentence.`, why: `Why ${id} happens, at length.`,
  fixedBy: 'site-owner', layer: 'app', when: [{ id: 'any-504', status: [504], weight: 5, because: `${id}: the proxy answered 504.` }],
  steps: [owner(`${id}-check`, 'check')], sources: ['https://example.com/source'], ...over,
});
const rank = (causes: Cause[], over?: Partial<CauseFacts>) => rankCauses(causes, facts(over), { host: 'shop.example' }, m);

describe('rankCauses', () => {
  it('shows a cause\'s summary as its why and the conditions that held as its reasons', () => {
    const slow = cause('slow', { when: [
      { id: 'any-504', status: [504], weight: 5, because: 'The proxy answered 504.' },
      { id: 'after-60s', status: [504], elapsedMs: { min: 54_000, max: 66_000 }, weight: 3, because: 'It came after 60 s.' },
      { id: 'after-1s', elapsedMs: { max: 1_000 }, weight: 3, because: 'It came at once.' },
    ] });
    const [ranked] = rank([slow]).causes;
    expect(ranked).toMatchObject({ id: 'slow', why: 'Summary of slow, one plain sentence.', reasons: ['The proxy answered 504.', 'It came after 60 s.'], score: 8, likelihood: 'likely' });
  });

  it('lists a disproved cause as ruled out with its disproof, never as a candidate', () => {
    const slow = cause('slow', { when: [
      { id: 'any-504', status: [504], weight: 5, because: 'The proxy answered 504.' },
      { id: 'not-within-3s', status: [504], elapsedMs: { max: 3_000 }, weight: -4, because: 'The 504 came within 3 s: nothing waited for a read timeout.' },
    ] });
    const result = rank([slow, cause('other', {})], { elapsedMs: 1_200 });
    expect(result.causes.map((c) => c.id)).toEqual(['other']);
    expect(result.ruledOut).toEqual([{ id: 'slow', title: 'Cause slow', because: 'The 504 came within 3 s: nothing waited for a read timeout.' }]);
    expect(result.nextSteps.filter((s) => s.audience === 'owner').map((s) => s.cause)).toEqual(['other']);
  });

  it('considers a cause only where its needs hold (PHP causes need PHP evidence)', () => {
    const php = cause('php', { needs: { stack: ['php'] } });
    expect(rank([php]).causes).toEqual([]);
    expect(rank([php], { stack: ['php'] }).causes.map((c) => c.id)).toEqual(['php']);
  });

  it('shows a step only where its scope holds: vendor, absent vendor, layer and stack', () => {
    const steps = [
      owner('cloudflare-only', 'check', { appliesTo: { present: ['cloudflare'] } }),
      owner('akamai-only', 'check', { appliesTo: { present: ['akamai'] } }),
      owner('unless-heroku', 'fix', { appliesTo: { absent: ['heroku'] } }),
      owner('load-balancer', 'fix', { appliesTo: { layers: ['load-balancer'] } }),
      owner('host-shell', 'fix', { appliesTo: { notStack: ['managed-platform', 'windows'] } }),
      owner('generic', 'fix'),
    ];
    const shown = (over?: Partial<CauseFacts>) => rank([cause('c', { steps })], over).nextSteps.filter((s) => s.audience === 'owner').map((s) => s.id);
    expect(shown()).toEqual(['cloudflare-only', 'unless-heroku', 'host-shell', 'generic']);
    expect(shown({ inPath: ['heroku'], pathLayers: ['load-balancer'], stack: ['managed-platform'] })).toEqual(['load-balancer', 'generic']);
  });

  it('caps owner steps per cause after the filter, keeping the first check, so a later cause keeps its steps', () => {
    const fixes = Array.from({ length: MAX_OWNER_STEPS_PER_CAUSE + 2 }, (_, i) => owner(`fix-${i}`, 'fix'));
    const first = cause('first', { steps: [...fixes, owner('late-check', 'check')], when: [{ id: 'any-504', status: [504], weight: 9, because: 'The proxy answered 504 here.' }] });
    const second = cause('second', { steps: [owner('second-check', 'check'), owner('second-fix', 'fix')] });
    const steps = rank([first, second]).nextSteps;
    const ofFirst = steps.filter((s) => s.cause === 'first').map((s) => s.id);
    expect(ofFirst).toHaveLength(MAX_OWNER_STEPS_PER_CAUSE);
    expect(ofFirst).toContain('late-check');
    expect(steps.filter((s) => s.cause === 'second').map((s) => s.id)).toEqual(['second-check', 'second-fix']);
  });

  it('says each visitor intent once, at most a few, before the owner steps', () => {
    const a = cause('a', { when: [{ id: 'any-504', status: [504], weight: 9, because: 'The proxy answered 504 for a.' }], steps: [visitor('a-retry', 'retry'), visitor('a-tell', 'tell-owner'), owner('a-check', 'check')] });
    const b = cause('b', { steps: [visitor('b-retry', 'retry'), visitor('b-network', 'other-network'), visitor('b-browser', 'browser')] });
    const steps = rank([a, b]).nextSteps;
    const visitors = steps.filter((s) => s.audience === 'visitor');
    expect(visitors.map((s) => s.id)).toEqual(['a-retry', 'a-tell', 'b-network']);
    expect(visitors).toHaveLength(MAX_VISITOR_STEPS);
    expect(steps.map((s) => s.audience)).toEqual(['visitor', 'visitor', 'visitor', 'owner']);
  });

  it('calls a later cause likely only when it scores close to the first', () => {
    const strong = cause('strong', { when: [{ id: 'any-504', status: [504], weight: 10, because: 'Strong evidence held.' }] });
    const close = cause('close', { when: [{ id: 'any-504', status: [504], weight: 8, because: 'Close evidence held.' }] });
    const weak = cause('weak', { when: [{ id: 'any-504', status: [504], weight: 2, because: 'Weak evidence held.' }] });
    expect(rank([strong, close, weak]).causes.map((c) => [c.id, c.likelihood])).toEqual([['strong', 'likely'], ['close', 'likely'], ['weak', 'possible']]);
  });

  it('fills the page\'s host into a step\'s detail as into its command', () => {
    const step = owner('trace', 'check', { detail: 'Run a trace to {host}.', command: 'mtr -rwzc 50 {host}' });
    const [shown] = rank([cause('c', { steps: [step] })]).nextSteps.filter((s) => s.audience === 'owner');
    expect(shown).toMatchObject({ detail: 'Run a trace to shop.example.', command: 'mtr -rwzc 50 shop.example', kind: 'check' });
  });
});

describe('rankCauses when no cause fits', () => {
  it('still tells the visitor of a failure to retry and to tell the owner, tied to no cause', () => {
    const steps = rankCauses([], facts(), {}, m).nextSteps;
    expect(steps.map((s) => [s.intent, s.cause])).toEqual([['retry', ''], ['tell-owner', '']]);
  });

  it('gives nothing for a stop on purpose or a success', () => {
    expect(rankCauses([], facts({ status: 403, blame: 'none', failure: 'blocked' }), {}, m).nextSteps).toEqual([]);
    expect(rankCauses([], facts({ status: 503, blame: 'none', failure: 'maintenance' }), {}, m).nextSteps).toEqual([]);
  });
});
