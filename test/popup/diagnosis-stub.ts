// A small diagnosis for the popup's pure functions, with only what a test changes spelled out.
import type { Diagnosis, NextStepOut, RankedCause } from '../../src/engine/diagnosis';

export const diagnosis = (over: Partial<Diagnosis>): Diagnosis => ({
  url: 'https://a.example/', status: 502, generator: 'nginx', layer: 'reverse-proxy', blame: 'upstream-app', confidence: 0.9, headline: '',
  evidence: [], path: [{ generator: 'nginx', layer: 'reverse-proxy', name: 'nginx' }], requestIds: {}, causes: [], ruledOut: [], nextSteps: [], ...over,
});

export const cause = (id: string, over: Partial<RankedCause> = {}): RankedCause => ({
  id, title: `title ${id}`, why: `why ${id}`, reasons: [], likelihood: 'likely', score: 1, fixedBy: 'site-owner', ...over,
});

export const step = (cause: string, id: string, over: Partial<NextStepOut> = {}): NextStepOut => ({
  id, cause, title: `step ${id}`, detail: '', audience: 'owner', ...over,
});
