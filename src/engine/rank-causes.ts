// Orders the catalogue's causes by the evidence that holds for one diagnosis. A cause is a candidate
// only when one of its positive conditions holds; its score is the sum of the weights that hold, and
// the reasons shown are exactly those conditions' `because`.
import type { NextStepOut, RankedCause } from './diagnosis';
import type { Cause, CauseCondition } from './knowledge/cause';
import type { Blame, Failure, Generator, Layer } from './vocabulary';
import { fillCommand, type CommandValues } from './fill-command';
import type { Messages } from './i18n/messages';

export interface CauseFacts {
  generator: Generator;
  layer: Layer;
  blame: Blame;
  failure?: Failure;
  status: number;
  code?: string;
  inPath: readonly Generator[];
  elapsedMs: number;
  requestHeaderBytes: number;
  /** The page's URL scheme, when it is http or https. */
  scheme?: 'http' | 'https';
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
    within(facts.elapsedMs, condition.elapsedMs) &&
    within(facts.requestHeaderBytes, condition.requestHeaderBytes) &&
    oneOf(facts.scheme, condition.scheme);
  if (!rest) return 0;
  if (oneOf(facts.generator, condition.generator)) return 1;
  const writerUnknown = facts.generator === 'unknown' && condition.layer === undefined && condition.blame === undefined;
  return writerUnknown && condition.generator!.some((g) => facts.inPath.includes(g)) ? 0.5 : 0;
}

export const MAX_CAUSES = 6;
const MAX_STEPS = 12;
/** Owner steps each cause after the first gives before any cause gives more. */
const STEPS_PER_LATER_CAUSE = 1;

export function rankCauses(
  causes: readonly Cause[],
  facts: CauseFacts,
  values: CommandValues,
  m: Messages,
): { causes: RankedCause[]; nextSteps: NextStepOut[] } {
  const scored: { cause: Cause; score: number; reasons: string[] }[] = [];
  for (const cause of causes) {
    let score = 0;
    let positive = false;
    const reasons: string[] = [];
    for (const condition of cause.when) {
      const share = conditionShare(condition, facts);
      if (share === 0) continue;
      score += condition.weight * share;
      if (condition.weight > 0) positive = true;
      reasons.push(share < 1 ? m.evidence.inPathOnly(condition.because) : condition.because);
    }
    if (positive && score > 0) scored.push({ cause, score, reasons });
  }
  scored.sort((a, b) => b.score - a.score || a.cause.id.localeCompare(b.cause.id));
  const top = scored.slice(0, MAX_CAUSES);

  const nextSteps: NextStepOut[] = [];
  const seenCommands = new Set<string>();
  const present = new Set<Generator>([facts.generator, ...facts.inPath]);
  /** Adds the step unless its command is already listed; says whether it was added. */
  const take = (cause: Cause, step: Cause['steps'][number]): boolean => {
    const command = step.command === undefined ? undefined : fillCommand(step.command, values);
    if (command !== undefined && seenCommands.has(command)) return false;
    if (command !== undefined) seenCommands.add(command);
    nextSteps.push({ id: step.id, cause: cause.id, title: step.title, detail: step.detail, audience: step.audience, command });
    return true;
  };
  // A vendor's own step (allowing Cloudflare's ranges) only where that vendor is on the path.
  // Of a cause's steps, those about a vendor on this path come first: they are the most specific.
  const fitting = top.map(({ cause }) => ({
    cause,
    steps: [
      ...cause.steps.filter((step) => step.onlyWith?.some((g) => present.has(g))),
      ...cause.steps.filter((step) => step.onlyWith === undefined),
    ],
  }));
  // The first cause gives all its steps; each other cause its first few owner steps before any
  // cause gives more, so the short list still holds a step for every likely cause.
  const later: { cause: Cause; step: Cause['steps'][number] }[] = [];
  fitting.forEach(({ cause, steps }, rank) => {
    let owners = 0;
    for (const step of steps) {
      if (rank === 0 || step.audience === 'visitor' || owners < STEPS_PER_LATER_CAUSE) {
        if (take(cause, step) && step.audience === 'owner') owners++;
      } else later.push({ cause, step });
    }
  });
  for (const { cause, step } of later) take(cause, step);
  // Visitors first: they are the ones who opened the popup; owners' steps keep their cause order.
  nextSteps.sort((a, b) => (a.audience === b.audience ? 0 : a.audience === 'visitor' ? -1 : 1));
  return {
    causes: top.map(({ cause, score, reasons }) => ({
      id: cause.id,
      title: cause.title,
      why: reasons.join(m.evidence.sentenceSeparator),
      score: Math.round(score * 100) / 100,
      fixedBy: cause.fixedBy,
    })),
    nextSteps: dedupeVisitorSteps(nextSteps).slice(0, MAX_STEPS),
  };
}

/** Several causes share plain visitor advice ("try again later"); say it once. */
function dedupeVisitorSteps(steps: NextStepOut[]): NextStepOut[] {
  const titles = new Set<string>();
  return steps.filter((step) => {
    if (step.command !== undefined) return true;
    const key = `${step.audience}:${step.title}`;
    if (titles.has(key)) return false;
    titles.add(key);
    return true;
  });
}
