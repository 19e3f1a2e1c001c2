// Orders the catalogue's causes by the evidence that holds for one diagnosis, and picks the steps
// that fit this path.
// - A cause is a candidate only where its `needs` scope holds and one of its positive conditions
//   holds; its score is the sum of the positive weights that hold, and its reasons are exactly those
//   conditions' `because`.
// - A negative condition is a disproof: when one holds the cause is listed as ruled out, with the
//   disproof as the reason, and is never argued for.
// - A step is shown only where its `appliesTo` scope holds (a vendor's step where that vendor is on
//   the path); the cap on owner steps is per cause and comes after that filter, so a later cause
//   keeps its vendor-correct steps. Visitor steps are said once per intent.
import type { NextStepOut, RankedCause, RuledOutCause } from './diagnosis';
import type { Cause, CauseCondition, NextStep } from './knowledge/cause';
import type { Blame, Failure, Generator, Layer, StackTag } from './vocabulary';
import type { CacheState } from './cache-status';
import { fillCommand, type CommandValues } from './fill-command';
import type { Messages } from './i18n/messages';
import { scopeHolds, type PathFacts } from './scope';
import { matchRecurrence, type RecurrenceView } from './recurrence-match';
import { recurrenceFact } from './recurrence-line';

export interface CauseFacts {
  generator: Generator;
  layer: Layer;
  blame: Blame;
  failure?: Failure;
  status: number;
  code?: string;
  inPath: readonly Generator[];
  /** The layers of the path's hops. */
  pathLayers: readonly Layer[];
  stack: readonly StackTag[];
  elapsedMs: number;
  requestHeaderBytes: number;
  /** The page's URL scheme, when it is http or https. */
  scheme?: 'http' | 'https';
  /** What the cache headers say (cache-status.ts), when a cache spoke. */
  cache?: CacheState;
  /** Seconds the answer had been stored (Age), -1 when unknown. */
  cacheAge?: number;
  /** What repeated looks at the address found, one view per source (recurrence-match.ts). */
  recurrence?: readonly RecurrenceView[];
}

const within = (value: number, range: { min?: number; max?: number } | undefined): boolean =>
  range === undefined || (value >= 0 && (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max));

const oneOf = <T>(value: T | undefined, list: readonly T[] | undefined): boolean =>
  list === undefined || (value !== undefined && list.includes(value));

/**
 * How much of a condition's weight holds: 1 when it holds, 0 when it does not, and one half when
 * the page's writer cannot be told but a generator the condition names is in the path (a WAF's own
 * 502 page nobody has published still comes with the WAF's cookies and Server header).
 */
export function conditionShare(condition: CauseCondition, facts: CauseFacts): number {
  const rest =
    oneOf(facts.layer, condition.layer) &&
    oneOf(facts.blame, condition.blame) &&
    oneOf(facts.failure, condition.failure) &&
    oneOf(facts.status, condition.status) &&
    oneOf(facts.code, condition.code) &&
    (condition.inPath === undefined || condition.inPath.some((g) => facts.inPath.includes(g))) &&
    (condition.stack === undefined || condition.stack.some((tag) => facts.stack.includes(tag))) &&
    within(facts.elapsedMs, condition.elapsedMs) &&
    within(facts.requestHeaderBytes, condition.requestHeaderBytes) &&
    oneOf(facts.scheme, condition.scheme) &&
    oneOf(facts.cache, condition.cache) &&
    within(facts.cacheAge ?? -1, condition.cacheAge) &&
    (condition.recurrence === undefined || matchRecurrence(condition.recurrence, facts.recurrence) !== undefined);
  if (!rest) return 0;
  if (oneOf(facts.generator, condition.generator)) return 1;
  const writerUnknown = facts.generator === 'unknown' && condition.layer === undefined && condition.blame === undefined;
  return writerUnknown && condition.generator!.some((g) => facts.inPath.includes(g)) ? 0.5 : 0;
}

export const MAX_CAUSES = 6;
const MAX_RULED_OUT = 3;
/** Owner steps a cause gives at most, after the steps that do not fit the path are left out. */
export const MAX_OWNER_STEPS_PER_CAUSE = 5;
/** Visitor steps in all: what a visitor can do fits in a few distinct actions. */
export const MAX_VISITOR_STEPS = 3;
/** A later cause scoring at least this share of the first is as likely as the first. */
const LIKELY_SHARE = 0.8;

interface Scored {
  cause: Cause;
  score: number;
  reasons: string[];
  disproofs: string[];
}

/** A condition's reason: a recurrence condition first says what the repeated looks found. */
function becauseOf(condition: CauseCondition, facts: CauseFacts, m: Messages): string {
  const view = condition.recurrence && matchRecurrence(condition.recurrence, facts.recurrence);
  return view ? m.recurrence.reason(recurrenceFact(view, condition.recurrence!, m), condition.because) : condition.because;
}

function score(cause: Cause, facts: CauseFacts, m: Messages): Scored | undefined {
  let total = 0;
  const reasons: string[] = [];
  const disproofs: string[] = [];
  for (const condition of cause.when) {
    const share = conditionShare(condition, facts);
    if (share === 0) continue;
    const because = becauseOf(condition, facts, m);
    if (condition.weight < 0) {
      disproofs.push(because);
      continue;
    }
    total += condition.weight * share;
    reasons.push(share < 1 ? m.evidence.inPathOnly(because) : because);
  }
  return reasons.length > 0 ? { cause, score: total, reasons, disproofs } : undefined;
}

const byScore = (a: Scored, b: Scored) => b.score - a.score || a.cause.id.localeCompare(b.cause.id);

export function pathFactsOf(facts: CauseFacts): PathFacts {
  return {
    present: new Set([facts.generator, ...facts.inPath]),
    layers: new Set([facts.layer, ...facts.pathLayers]),
    stack: new Set(facts.stack),
  };
}

/** A cause's steps that fit this path; those about a vendor on it come first, being the most specific. */
function fittingSteps(cause: Cause, path: PathFacts): NextStep[] {
  const fitting = cause.steps.filter((step) => scopeHolds(step.appliesTo, path));
  const aboutPresentVendor = (step: NextStep) => step.appliesTo?.present !== undefined;
  return [...fitting.filter(aboutPresentVendor), ...fitting.filter((step) => !aboutPresentVendor(step))];
}

/** The owner steps a cause gives: its first check is always among them, however many fixes precede it. */
function ownerStepsOf(steps: readonly NextStep[]): NextStep[] {
  const owners = steps.filter((step) => step.audience === 'owner');
  const chosen = owners.slice(0, MAX_OWNER_STEPS_PER_CAUSE);
  const firstCheck = owners.find((step) => step.kind === 'check');
  if (firstCheck !== undefined && !chosen.includes(firstCheck)) chosen.splice(MAX_OWNER_STEPS_PER_CAUSE - 1, 1, firstCheck);
  return chosen;
}

/** A failure someone has to fix: a 5xx or no answer, not a stop on purpose. */
const isFault = (facts: CauseFacts) => (facts.status >= 500 || facts.status === 0) && facts.blame !== 'none';

/**
 * What a visitor can do when no cause fits (a page nobody fingerprinted, a vendor code the catalogue
 * does not know): they still need "retry" and "tell the owner". Tied to no cause (`cause: ''`).
 */
function unexplainedSteps(m: Messages): NextStepOut[] {
  const u = m.unexplained;
  return [
    { id: 'retry-later', cause: '', title: u.retryTitle, detail: u.retryDetail, audience: 'visitor', intent: 'retry' },
    { id: 'tell-owner', cause: '', title: u.tellOwnerTitle, detail: u.tellOwnerDetail, audience: 'visitor', intent: 'tell-owner' },
  ];
}

export interface RankedCauses {
  causes: RankedCause[];
  ruledOut: RuledOutCause[];
  nextSteps: NextStepOut[];
}

export function rankCauses(causes: readonly Cause[], facts: CauseFacts, values: CommandValues, m: Messages): RankedCauses {
  const path = pathFactsOf(facts);
  const candidates: Scored[] = [];
  const disproved: Scored[] = [];
  for (const cause of causes) {
    if (!scopeHolds(cause.needs, path)) continue;
    const scored = score(cause, facts, m);
    if (scored === undefined) continue;
    (scored.disproofs.length > 0 ? disproved : candidates).push(scored);
  }
  candidates.sort(byScore);
  disproved.sort(byScore);
  const top = candidates.slice(0, MAX_CAUSES);

  const fill = (text: string) => (text.includes('{') ? fillCommand(text, values) : text);
  const out = (cause: Cause, step: NextStep): NextStepOut => ({
    id: step.id,
    cause: cause.id,
    title: step.title,
    detail: fill(step.detail),
    audience: step.audience,
    ...(step.kind !== undefined && { kind: step.kind }),
    ...(step.intent !== undefined && { intent: step.intent }),
    ...(step.command !== undefined && { command: fillCommand(step.command, values) }),
  });

  const visitor: NextStepOut[] = [];
  const owner: NextStepOut[] = [];
  const intents = new Set<string>();
  const commands = new Set<string>();
  for (const { cause } of top) {
    const steps = fittingSteps(cause, path);
    for (const step of steps) {
      if (step.audience !== 'visitor' || visitor.length >= MAX_VISITOR_STEPS) continue;
      const intent = step.intent ?? step.title;
      if (intents.has(intent)) continue;
      intents.add(intent);
      visitor.push(out(cause, step));
    }
    for (const step of ownerStepsOf(steps)) {
      const shown = out(cause, step);
      // Two causes may share a command (the direct request to the origin): it is listed once, under the first.
      if (shown.command !== undefined && commands.has(shown.command)) continue;
      if (shown.command !== undefined) commands.add(shown.command);
      owner.push(shown);
    }
  }

  if (visitor.length === 0 && isFault(facts)) visitor.push(...unexplainedSteps(m));

  const best = top[0]?.score ?? 0;
  return {
    causes: top.map(({ cause, score: points, reasons }, rank) => ({
      id: cause.id,
      title: cause.title,
      why: cause.summary,
      reasons,
      likelihood: rank === 0 || points >= best * LIKELY_SHARE ? 'likely' : 'possible',
      score: Math.round(points * 100) / 100,
      fixedBy: cause.fixedBy,
    })),
    ruledOut: disproved.slice(0, MAX_RULED_OUT).map(({ cause, disproofs }) => ({ id: cause.id, title: cause.title, because: disproofs[0]! })),
    nextSteps: [...visitor, ...owner],
  };
}
