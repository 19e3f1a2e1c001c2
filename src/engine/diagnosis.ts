// What the engine answers. The CLI's --json output and the popup render exactly this.
import { z } from 'zod';
import { Blame, Failure, Generator, Layer } from './vocabulary';

export const EvidenceItem = z.object({
  /** Where the fact was seen: "body", "title", "header server", "status", "timing", "trace". */
  source: z.string(),
  /** What it says, in plain words. */
  says: z.string(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const PathHop = z.object({ generator: Generator, layer: Layer, name: z.string() });
export type PathHop = z.infer<typeof PathHop>;

export const RankedCause = z.object({
  id: z.string(),
  title: z.string(),
  /** Why it was ranked where it is: the evidence that held. */
  why: z.string(),
  score: z.number(),
  fixedBy: z.enum(['visitor', 'site-owner', 'provider']),
});
export type RankedCause = z.infer<typeof RankedCause>;

export const NextStepOut = z.object({
  id: z.string(),
  cause: z.string(),
  title: z.string(),
  detail: z.string(),
  audience: z.enum(['visitor', 'owner']),
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
  nextSteps: z.array(NextStepOut),
});
export type Diagnosis = z.infer<typeof Diagnosis>;
