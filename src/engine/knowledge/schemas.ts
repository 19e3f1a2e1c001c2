// zod schemas for the knowledge files: the data test checks every fingerprint and cause against
// them (knowledge is data, checked like code). Kept out of the runtime path: the built-in knowledge
// is checked in tests, not on every start.
import { z } from 'zod';
import { Blame, Failure, Generator, Layer, STACK_TAGS, STEP_KINDS, VISITOR_INTENTS } from '../vocabulary';
import { CACHE_STATES } from '../cache-status';
import { TIMER_PHASES } from './timers';

const lowerCase = (s: string) => s === s.toLowerCase();
// A marker may start or end with a space ("error code: "), but never holds what normalising removes.
const normalised = (s: string) => lowerCase(s) && !/\s{2,}|[\t\r\n\u00a0]|> </.test(s);

const Marker = z.string().min(1).max(300).refine(normalised, 'markers are lower-case and normalised (see match/normalise.ts)');

export const SignalSchema = z.union([
  z.strictObject({ body: Marker }),
  z.strictObject({ title: Marker }),
  z.strictObject({
    header: z.string().min(1).max(64).refine(lowerCase, 'header names are lower-case'),
    is: z.string().max(200).refine(lowerCase).optional(),
    has: z.string().min(1).max(200).refine(lowerCase).optional(),
    starts: z.string().min(1).max(200).refine(lowerCase).optional(),
  }),
  z.strictObject({ bodyEmpty: z.literal(true) }),
  z.strictObject({ statusText: z.string().min(1).max(120).refine(lowerCase, 'status text markers are lower-case') }),
]);

const VerdictSchema = z.strictObject({ blame: Blame.optional(), failure: Failure.optional(), layer: Layer.optional() });
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const PageRuleSchema = z.strictObject({
  id: kebab,
  status: z.array(z.number().int().min(200).max(599)).min(1).optional(),
  all: z.array(SignalSchema).min(1),
  any: z.array(SignalSchema).optional(),
  not: z.array(SignalSchema).optional(),
  confidence: z.number().gt(0).max(1),
  says: z.string().min(10),
  code: z.strictObject({ from: z.enum(['body', 'title']), pattern: z.instanceof(RegExp) }).optional(),
  codeHeader: z.string().regex(/^[a-z0-9-]{2,64}$/).optional(),
  byStatus: z.record(z.string().regex(/^\d{3}$/), VerdictSchema).optional(),
  byCode: z.record(z.string().min(1).max(40), VerdictSchema).optional(),
  refine: z.array(VerdictSchema.extend({ when: z.array(SignalSchema).min(1), says: z.string().min(10) })).optional(),
  blame: Blame.optional(),
  failure: Failure.optional(),
  layer: Layer.optional(),
});

const RequestIdSchema = z.union([
  z.strictObject({ header: z.string().min(1).max(64), label: z.string().min(1) }),
  z.strictObject({ from: z.enum(['body', 'title']), pattern: z.instanceof(RegExp), label: z.string().min(1) }),
]);

export const FingerprintSchema = z.strictObject({
  generator: Generator.exclude(['none', 'unknown']),
  name: z.string().min(2),
  layer: Layer,
  inPath: z.array(SignalSchema),
  ownHeaders: z.array(SignalSchema).min(1).optional(),
  requestIds: z.array(RequestIdSchema).optional(),
  pages: z.array(PageRuleSchema),
  sources: z.array(z.string().min(5)).min(1),
});

const Range = z.strictObject({ min: z.number().min(0).optional(), max: z.number().min(0).optional() });

const RecurrenceConditionSchema = z.strictObject({
  source: z.array(z.enum(['probe', 'history'])).min(1).optional(),
  pattern: z.array(z.enum(['persistent', 'intermittent', 'recovered', 'single'])).min(1).optional(),
  oneFailingNode: z.literal(true).optional(),
  failuresInstant: z.literal(true).optional(),
  failedMs: Range.optional(),
  atTimer: z.array(z.enum(TIMER_PHASES)).min(1).optional(),
  addedLayer: z.array(Layer).min(1).optional(),
}).refine((condition) => Object.keys(condition).length > 0, 'an empty recurrence condition holds whenever anyone looked again: name what the looks show');

const ScopeSchema = z.strictObject({
  present: z.array(Generator).min(1).optional(),
  absent: z.array(Generator).min(1).optional(),
  layers: z.array(Layer).min(1).optional(),
  stack: z.array(z.enum(STACK_TAGS)).min(1).optional(),
  notStack: z.array(z.enum(STACK_TAGS)).min(1).optional(),
}).refine((scope) => Object.keys(scope).length > 0, 'an empty scope: leave appliesTo out instead');

export const CauseSchema = z.strictObject({
  id: kebab,
  title: z.string().min(5),
  summary: z.string().min(20).max(160),
  why: z.string().min(20),
  needs: ScopeSchema.optional(),
  fixedBy: z.enum(['visitor', 'site-owner', 'provider']),
  layer: Layer,
  when: z.array(z.strictObject({
    id: kebab,
    generator: z.array(Generator).min(1).optional(),
    layer: z.array(Layer).min(1).optional(),
    blame: z.array(Blame).min(1).optional(),
    failure: z.array(Failure).min(1).optional(),
    status: z.array(z.number().int().min(0).max(999)).min(1).optional(),
    code: z.array(z.string().min(1)).min(1).optional(),
    inPath: z.array(Generator).min(1).optional(),
    elapsedMs: Range.optional(),
    requestHeaderBytes: Range.optional(),
    scheme: z.array(z.enum(['http', 'https'])).min(1).optional(),
    stack: z.array(z.enum(STACK_TAGS)).min(1).optional(),
    cache: z.array(z.enum(CACHE_STATES)).min(1).optional(),
    cacheAge: Range.optional(),
    recurrence: RecurrenceConditionSchema.optional(),
    weight: z.number().min(-10).max(10).refine((w) => w !== 0),
    because: z.string().min(10),
  })).min(1),
  steps: z.array(z.strictObject({
    id: kebab,
    title: z.string().min(5),
    detail: z.string().min(10),
    audience: z.enum(['visitor', 'owner']),
    command: z.string().min(2).max(2000).optional(),
    appliesTo: ScopeSchema.optional(),
    kind: z.enum(STEP_KINDS).optional(),
    intent: z.enum(VISITOR_INTENTS).optional(),
  }).refine((step) => (step.audience === 'owner' ? step.kind !== undefined && step.intent === undefined : step.intent !== undefined && step.kind === undefined),
    'an owner step has a kind (check / fix), a visitor step an intent')).min(1),
  sources: z.array(z.string().min(5)).min(1),
});
