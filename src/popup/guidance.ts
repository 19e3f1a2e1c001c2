// What each audience is shown, chosen from the diagnosis: the visitor's few actions (one per intent),
// the owner's hypotheses each with the one check that tests it and the fixes that follow, and the
// primary action of the verdict. Pure functions of the diagnosis, tested without a browser.
import type { Diagnosis, NextStepOut, RankedCause } from '../engine/diagnosis';
import type { Failure } from '../engine/vocabulary';

/** A visitor reads three actions at most (Chrome's net-error page shows two or three). */
export const MAX_VISITOR_STEPS = 3;
/** Owners see the three likeliest hypotheses; the rest wait behind "More steps". */
export const MAX_HYPOTHESES = 3;
/** Each hypothesis shows one check (what tells it true or false) and at most two fixes. */
export const MAX_FIXES = 2;

export interface Hypothesis {
  cause: RankedCause;
  check: NextStepOut | undefined;
  fixes: NextStepOut[];
}

export interface OwnerGuidance {
  hypotheses: Hypothesis[];
  /** Owner steps not shown under a hypothesis, in the engine's order. */
  more: NextStepOut[];
}

/**
 * Visitor steps, one per intent (the engine dedupes too; a repeated "retry" in four wordings is
 * noise), at most three. A step without an intent is kept once per title.
 */
export function visitorStepsOf(d: Diagnosis): NextStepOut[] {
  const seen = new Set<string>();
  const shown: NextStepOut[] = [];
  for (const step of d.nextSteps) {
    if (step.audience !== 'visitor') continue;
    const key = step.intent ?? `title:${step.title}`;
    if (seen.has(key)) continue;
    seen.add(key);
    shown.push(step);
    if (shown.length === MAX_VISITOR_STEPS) break;
  }
  return shown;
}

/**
 * The owner's hypotheses: a step belongs to the cause it names. A step without a kind (knowledge
 * written before checks and fixes were told apart) counts as a fix: it changes or looks at
 * something, and is never dropped unseen (it goes to "more" when the fixes are full).
 */
export function ownerGuidanceOf(d: Diagnosis): OwnerGuidance {
  const owner = d.nextSteps.filter((s) => s.audience === 'owner');
  const shownSteps = new Set<NextStepOut>();
  const hypotheses = d.causes.slice(0, MAX_HYPOTHESES).map((cause): Hypothesis => {
    const own = owner.filter((s) => s.cause === cause.id);
    const check = own.find((s) => s.kind === 'check');
    const fixes = own.filter((s) => s.kind !== 'check').slice(0, MAX_FIXES);
    for (const s of [check, ...fixes]) if (s) shownSteps.add(s);
    return { cause, check, fixes };
  });
  return { hypotheses, more: owner.filter((s) => !shownSteps.has(s)) };
}

/**
 * Stops that a reload does not get the visitor through: someone decided to stop them. (A rate
 * limit or maintenance passes with time, so a later reload may.) Listed here rather than imported
 * from the vocabulary, whose zod schemas the popup does not load.
 */
const STOPS: readonly Failure[] = ['blocked', 'challenge'];
export const isStopped = (d: Diagnosis): boolean => d.blame === 'none' || (d.failure !== undefined && STOPS.includes(d.failure));

/**
 * "reload" first when trying again can help: the likeliest cause is the visitor's to fix, or the
 * visitor's own first step is to retry. Otherwise the owner must act, and the report for them
 * comes first.
 */
export function primaryActionOf(d: Diagnosis): 'reload' | 'copy-report' {
  if (isStopped(d)) return 'copy-report';
  if (d.causes[0]?.fixedBy === 'visitor') return 'reload';
  const firstVisitorStep = visitorStepsOf(d)[0];
  return firstVisitorStep?.intent === 'retry' ? 'reload' : 'copy-report';
}

/** Below this, who wrote the page is a guess, and the headline says so. */
export const FIRM_CONFIDENCE = 0.85;
export const isHedged = (d: Diagnosis): boolean => d.confidence < FIRM_CONFIDENCE;
