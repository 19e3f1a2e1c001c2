// What the engine answers. The CLI's --json output and the popup render exactly this.
import { z } from 'zod';
import { Blame, Failure, Generator, Layer, STEP_KINDS, VISITOR_INTENTS } from './vocabulary';

export const EvidenceItem = z.object({
  /** Where the fact was seen: "body", "title", "header server", "status", "timing", "trace". */
  source: z.string(),
  /** What it says, in plain words. */
  says: z.string(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const PathHop = z.object({
  generator: Generator,
  layer: Layer,
  name: z.string(),
  /** The location that answered, when the hop says (an IATA code: Cloudflare's colo, CloudFront's PoP). */
  place: z.string().optional(),
  /** The city of `place`, in the diagnosis's language, when the PoP table knows the code (knowledge/pop-cities.ts). */
  city: z.string().optional(),
  /** "ip": no header or page showed this hop; the server's address is in its published ranges (ip-hint.ts). */
  source: z.literal('ip').optional(),
});
export type PathHop = z.infer<typeof PathHop>;

export const RankedCause = z.object({
  id: z.string(),
  title: z.string(),
  /** What goes wrong, in one authored sentence. */
  why: z.string(),
  /** Why we think so: the evidence that held, one sentence each (never a disproof). */
  reasons: z.array(z.string()),
  /** "likely" for the first cause and any scoring close to it; "possible" for the rest. */
  likelihood: z.enum(['likely', 'possible']),
  score: z.number(),
  fixedBy: z.enum(['visitor', 'site-owner', 'provider']),
});
export type RankedCause = z.infer<typeof RankedCause>;

/** A cause the evidence pointed to and then disproved, with the disproof. */
export const RuledOutCause = z.object({ id: z.string(), title: z.string(), because: z.string() });
export type RuledOutCause = z.infer<typeof RuledOutCause>;

export const NextStepOut = z.object({
  id: z.string(),
  cause: z.string(),
  title: z.string(),
  detail: z.string(),
  audience: z.enum(['visitor', 'owner']),
  /** Owner steps: a check tests the cause, a fix changes something. */
  kind: z.enum(STEP_KINDS).optional(),
  /** Visitor steps: what it asks of them. */
  intent: z.enum(VISITOR_INTENTS).optional(),
  command: z.string().optional(),
});
export type NextStepOut = z.infer<typeof NextStepOut>;

export const Diagnosis = z.object({
  url: z.string(),
  status: z.number(),
  generator: Generator,
  layer: Layer,
  blame: Blame,
  failure: Failure.optional(),
  /** The vendor's own error code when the page shows one (Cloudflare 1016, Squid ERR_…). */
  code: z.string().optional(),
  confidence: z.number().min(0).max(1),
  /**
   * The product whose own header names it as the hop that answered, when no page rule names the
   * writer (the generic layer model: "Server: lighttpd"). Names products outside the vocabulary too.
   */
  answeredBy: z.string().optional(),
  /** One sentence a non-expert understands. */
  headline: z.string(),
  evidence: z.array(EvidenceItem),
  path: z.array(PathHop),
  requestIds: z.record(z.string(), z.string()),
  causes: z.array(RankedCause),
  /** Causes the evidence first pointed to and then disproved. */
  ruledOut: z.array(RuledOutCause),
  nextSteps: z.array(NextStepOut),
});
export type Diagnosis = z.infer<typeof Diagnosis>;
