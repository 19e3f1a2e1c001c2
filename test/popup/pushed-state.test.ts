// What the popup takes from its state port: a state push about its own tab, in PopupState's shape,
// of a bounded size. Anything else is dropped.
import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/engine/diagnosis';
import { MAX_FAILED_SHOWN } from '../../src/shared/limits';
import type { PopupState } from '../../src/shared/popup-state';
import { MAX_PUSH_CHARS, readPushedState } from '../../src/popup/pushed-state';

const diagnosis: Diagnosis = {
  url: 'https://a.example/', status: 502, generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app', confidence: 0.9, headline: 'The app behind nginx failed.',
  evidence: [{ source: 'body', says: 'nginx wrote this page' }], path: [{ generator: 'nginx', layer: 'reverse-proxy', name: 'nginx' }],
  requestIds: { 'x-request-id': 'abc' }, causes: [], ruledOut: [], nextSteps: [],
};
const failure: PopupState = {
  kind: 'failure', tabId: 4, url: 'https://a.example/', requestCount: 3, scope: 'page', diagnosis, failed: [], failedTotal: 0,
  trace: undefined, traceStatus: 'pending', pageEvidence: 'complete',
};
const healthy: PopupState = { kind: 'healthy', tabId: 4, url: 'https://a.example/', requestCount: 3 };
const push = (state: unknown) => ({ type: 'state', state });

describe('readPushedState', () => {
  it('takes a state push about the watched tab, of every kind', () => {
    expect(readPushedState(push(failure), 4)).toEqual(failure);
    expect(readPushedState(push(healthy), 4)).toEqual(healthy);
    const withGuidance = { ...failure, diagnosis: { ...diagnosis, causes: [{ id: 'c', title: 't', why: 'w', reasons: ['r'], likelihood: 'likely', score: 1, fixedBy: 'site-owner' }], ruledOut: [{ id: 'd', title: 't', because: 'b' }] } };
    expect(readPushedState(push(withGuidance), 4)).toEqual(withGuidance);
    expect(readPushedState(push({ kind: 'unsupported', tabId: 4, url: 'chrome://newtab/' }), 4)).toEqual({ kind: 'unsupported', tabId: 4, url: 'chrome://newtab/' });
  });

  it('drops a push about another tab, and anything that is not a state push', () => {
    const dropped = [push({ ...healthy, tabId: 5 }), { type: 'other', state: healthy }, healthy, null, 'state', push(null), push([healthy])];
    expect(dropped.map((m) => readPushedState(m, 4))).toEqual(dropped.map(() => undefined));
  });

  it('drops a state of an unknown kind or with a field the views read in the wrong type', () => {
    const broken: unknown[] = [
      { ...healthy, kind: 'exploded' },
      { ...healthy, requestCount: '3' },
      { ...healthy, url: 42 },
      { ...failure, scope: 'everything' },
      { ...failure, pageEvidence: 'maybe' },
      { ...failure, traceStatus: undefined },
      { ...failure, diagnosis: { ...diagnosis, headline: { toString: () => 'x' } } },
      { ...failure, diagnosis: { ...diagnosis, evidence: 'nginx' } },
      { ...failure, diagnosis: { ...diagnosis, requestIds: { id: 1 } } },
      { ...failure, failedTotal: -1 },
      { ...failure, trace: 'colo=AMS' },
      { ...failure, diagnosis: { ...diagnosis, causes: [{ id: 'c', title: 't', why: 'w', reasons: 'because' }] } },
      { ...failure, diagnosis: { ...diagnosis, ruledOut: [{ id: 'c', title: 't' }] } },
      { ...failure, diagnosis: { ...diagnosis, nextSteps: [{ id: 's', cause: 'c', title: 't', detail: 'd', audience: 'owner', command: ['rm'] }] } },
    ];
    expect(broken.map((s) => readPushedState(push(s), 4))).toEqual(broken.map(() => undefined));
  });

  it('drops a state past its bounds: too many failed requests listed, or too large', () => {
    const request = { url: 'https://a.example/api', method: 'GET', status: 502, type: 'xmlhttprequest', generator: 'nginx', blame: 'upstream-app', headline: '' };
    expect(readPushedState(push({ ...failure, failed: Array(MAX_FAILED_SHOWN).fill(request), failedTotal: 99 }), 4)?.kind).toBe('failure');
    expect(readPushedState(push({ ...failure, failed: Array(MAX_FAILED_SHOWN + 1).fill(request), failedTotal: 99 }), 4)).toBeUndefined();
    expect(readPushedState(push({ ...healthy, url: `https://a.example/${'x'.repeat(MAX_PUSH_CHARS)}` }), 4)).toBeUndefined();
  });
});
