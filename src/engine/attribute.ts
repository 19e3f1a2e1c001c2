// Who wrote the page, and which hop failed. Rules of thumb (docs/architecture.md): headers tell who is in the
// path, the body tells who wrote the page, the hop behind the writer is the first suspect. A page
// served with a success status is never a failure, whatever it quotes.
import type { EvidenceItem } from './diagnosis';
import type { Evidence } from './evidence';
import type { Fingerprint, PageRule, Verdict } from './knowledge/fingerprint';
import type { CompiledFingerprints, CompiledRule } from './match/compile';
import { describeSignal, headerHolds, isHeaderSignal, namingSignals, signalHolds, type PreparedResponse } from './match/signals';
import type { LocalText } from './i18n/localize';
import { genericVerdict } from './layer-model/generic-verdict';
import { isNetFailure, netErrorVerdict } from './net-error';
import { ON_PURPOSE_FAILURES, type Blame, type Failure, type Generator, type Layer } from './vocabulary';

export interface Attribution {
  generator: Generator;
  layer: Layer;
  blame: Blame;
  failure?: Failure;
  code?: string;
  confidence: number;
  evidence: EvidenceItem[];
  fingerprint?: Fingerprint;
  /** Who answered, when no fingerprint wrote the page but a header names the product (the headline's subject). */
  writerName?: string;
}

interface Candidate {
  compiled: CompiledRule;
  confidence: number;
  matchedAny: EvidenceItem[];
  lookalike: boolean;
}

/** Below this, a match is too weak to name a writer. */
const MIN_CONFIDENCE = 0.35;
/** A text page whose rule had markup-only markers passed over keeps this share of confidence. */
const UNSEEN_MARKUP_FACTOR = 0.85;
/** A look-alike page (vendor markup without the vendor's headers) keeps this share of confidence. */
const LOOKALIKE_FACTOR = 0.3;
/** Headers every server sends; they say nothing about who is in the path. */
const ANONYMOUS_HEADERS = new Set([
  'content-type', 'content-length', 'date', 'connection', 'cache-control', 'expires', 'pragma',
  'vary', 'keep-alive', 'transfer-encoding', 'content-encoding', 'last-modified', 'etag',
  'accept-ranges', 'content-language', 'retry-after',
]);

function hasIdentifyingHeaders(response: PreparedResponse): boolean {
  for (const name of response.headers.keys()) if (!ANONYMOUS_HEADERS.has(name)) return true;
  return false;
}

function evaluate(candidate: CompiledRule, response: PreparedResponse, compiled: CompiledFingerprints, text: LocalText): Candidate | undefined {
  const { rule, fingerprint, requiredHeader } = candidate;
  if (requiredHeader !== undefined && !response.headers.has(requiredHeader)) return undefined;
  const holds = (signal: Parameters<typeof signalHolds>[0]) => signalHolds(signal, response, compiled.markerId);
  // A page pasted or rendered as text lost its markup: a marker that is only markup (a doctype)
  // cannot be checked, so it is passed over, at a cost in confidence, if the rest of `all` holds.
  const unseen = (signal: Parameters<typeof signalHolds>[0]) => response.markupLost && 'body' in signal && compiled.lostInText(signal.body);
  const checked = rule.all.filter((signal) => !unseen(signal));
  if (checked.length === 0 || !checked.every(holds)) return undefined;
  if (rule.not?.some(holds)) return undefined;
  let confidence = rule.confidence * (checked.length < rule.all.length ? UNSEEN_MARKUP_FACTOR : 1);
  const matchedAny: EvidenceItem[] = [];
  for (const signal of rule.any ?? []) {
    if (!holds(signal)) continue;
    confidence += (1 - confidence) * 0.5;
    matchedAny.push(describeSignal(signal, response, text.m));
  }
  const own = fingerprint.ownHeaders;
  const lookalike =
    own !== undefined && hasIdentifyingHeaders(response) &&
    !own.some((signal) => isHeaderSignal(signal) && headerHolds(signal, response.headers));
  if (lookalike) confidence *= LOOKALIKE_FACTOR;
  return { compiled: candidate, confidence, matchedAny, lookalike };
}

/** A code as a header carries it: one short token, nothing a page could smuggle words into. */
const HEADER_CODE = /^[a-z0-9_.-]{1,64}$/;

/** The rule's code: from the page, else from the vendor's code header. Lower-case, as rules match. */
function extractCode(rule: PageRule, response: PreparedResponse): string | undefined {
  const text = rule.code === undefined ? undefined : rule.code.from === 'title' ? response.title : response.body;
  const fromPage = text === undefined ? undefined : rule.code!.pattern.exec(text)?.[1];
  if (fromPage !== undefined || rule.codeHeader === undefined) return fromPage;
  const value = response.headers.get(rule.codeHeader)?.[0];
  return value !== undefined && HEADER_CODE.test(value) ? value : undefined;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The code as the page wrote it: rules match the normalised (lower-case) text, but support desks
 * search for the exact code ("XSS027", "ERR_READ_TIMEOUT"), so the shown code keeps its case.
 */
function asWritten(code: string, rule: PageRule, evidence: Evidence, response: PreparedResponse): string {
  const header = rule.codeHeader === undefined ? undefined : response.rawHeaders.get(rule.codeHeader)?.[0];
  if (header !== undefined && header.toLowerCase() === code) return header;
  const raw = rule.code?.from === 'title' ? evidence.title ?? evidence.body : evidence.body;
  return new RegExp(escapeRegExp(code), 'i').exec(raw)?.[0] ?? code;
}

function mergeVerdict(target: Verdict, source: Verdict | undefined): void {
  if (source?.blame !== undefined) target.blame = source.blame;
  if (source?.failure !== undefined) target.failure = source.failure;
  if (source?.layer !== undefined) target.layer = source.layer;
}

/** On a near tie, the product the headers show in the path wins (Kong built on OpenResty). */
const PATH_TIE_BREAK = 0.02;

function inPath(fingerprint: Fingerprint, response: PreparedResponse): boolean {
  return fingerprint.inPath.some((signal) => isHeaderSignal(signal) && headerHolds(signal, response.headers));
}

function rank(response: PreparedResponse, compiled: CompiledFingerprints, rules: readonly CompiledRule[], text: LocalText): Candidate[] {
  const candidates: { candidate: Candidate; key: number }[] = [];
  for (const rule of rules) {
    const candidate = evaluate(rule, response, compiled, text);
    if (candidate) candidates.push({ candidate, key: candidate.confidence + (inPath(rule.fingerprint, response) ? PATH_TIE_BREAK : 0) });
  }
  return candidates.sort((a, b) => b.key - a.key).map(({ candidate }) => candidate);
}

/** Markup up to which a success is the whole of a block answer, not a page that quotes one. */
const BARE_SUCCESS_BODY = 2_048;

/**
 * The vendor is shown to have answered this success: its own headers came with it; or the body is
 * nothing but its tiny block answer, for a vendor that sets no header of its own (Tencent Cloud
 * WAF) or when no header that names anyone came with it (a block page pasted without its headers).
 * An article quoting that answer is larger than the answer, and comes with its own site's headers.
 */
function answeredSuccess(fingerprint: Fingerprint, response: PreparedResponse): boolean {
  const naming = namingSignals(fingerprint);
  if (naming.some((s) => headerHolds(s, response.headers))) return true;
  const bare = response.body.length <= BARE_SUCCESS_BODY;
  return bare && (naming.length === 0 || !hasIdentifyingHeaders(response));
}

const ON_PURPOSE: ReadonlySet<Failure | undefined> = new Set<Failure>(ON_PURPOSE_FAILURES);

/**
 * A block, challenge or maintenance page some vendors serve with a success status (F5 ASM's
 * default block answers 200, Huawei's WAF can): recognised only when the vendor's own headers came
 * with it, so an article quoting a block page stays a success.
 */
function attributeSuccessBlock(evidence: Evidence, response: PreparedResponse, compiled: CompiledFingerprints, text: LocalText): Attribution | undefined {
  const rules = compiled.rulesFor(evidence.status);
  if (rules.length === 0) return undefined;
  const best = rank(response, compiled, rules, text).find((c) => !c.lookalike && answeredSuccess(c.compiled.fingerprint, response));
  if (best === undefined || best.confidence < MIN_CONFIDENCE) return undefined;
  const found = fromCandidate(best, [best], evidence, response, compiled, text);
  if (found.blame !== 'none' || !ON_PURPOSE.has(found.failure)) return undefined;
  found.evidence.push({ source: 'status', says: text.m.layerModel.blockedAt(found.fingerprint!.name, evidence.status) });
  return found;
}

function attributeSuccess(evidence: Evidence, response: PreparedResponse, compiled: CompiledFingerprints, text: LocalText): Attribution {
  const block = attributeSuccessBlock(evidence, response, compiled, text);
  if (block) return block;
  const items: EvidenceItem[] = [{ source: 'status', says: text.m.evidence.notAnError(response.status) }];
  const quoted = rank(response, compiled, compiled.rulesFor(502), text)[0] ?? rank(response, compiled, compiled.rulesFor(403), text)[0];
  if (quoted) items.push({ source: 'body', says: text.m.evidence.onlyQuotes(quoted.compiled.fingerprint.name) });
  return { generator: 'none', layer: 'none', blame: 'none', confidence: quoted ? 0.7 : 0.9, evidence: items };
}

function attributeNoResponse(evidence: Evidence, text: LocalText): Attribution {
  const verdict = netErrorVerdict(evidence.netError, text.m);
  return {
    generator: 'none',
    layer: 'none',
    blame: verdict.blame,
    failure: verdict.failure,
    confidence: verdict.known ? 0.6 : 0.3,
    evidence: [{ source: 'network', says: verdict.says }],
  };
}

function statusFailure(status: number): Failure | undefined {
  if (status === 504 || status === 524 || status === 522) return 'timeout';
  if (status === 503) return 'overloaded';
  if (status === 429) return 'rate-limited';
  return undefined;
}

/** The attribution a page rule's match gives: its verdict merged by status, code and markup. */
function fromCandidate(best: Candidate, candidates: readonly Candidate[], evidence: Evidence, response: PreparedResponse, compiled: CompiledFingerprints, text: LocalText): Attribution {
  const { m } = text;
  const { fingerprint, rule } = best.compiled;
  const verdict: Verdict = { layer: fingerprint.layer, blame: 'unknown' };
  mergeVerdict(verdict, rule);
  mergeVerdict(verdict, rule.byStatus?.[evidence.status]);
  const code = extractCode(rule, response);
  if (code !== undefined) mergeVerdict(verdict, rule.byCode?.[code]);
  const items: EvidenceItem[] = [{ source: 'page', says: text.ruleSays(fingerprint, rule) }, ...best.matchedAny];
  const refined = rule.refine?.findIndex((r) => r.when.every((s) => signalHolds(s, response, compiled.markerId))) ?? -1;
  if (refined >= 0) {
    mergeVerdict(verdict, rule.refine![refined]);
    items.push({ source: 'page', says: text.refineSays(fingerprint, rule, refined) });
  }

  let confidence = best.confidence;
  const rival = candidates.find((c) => c.compiled.fingerprint !== fingerprint);
  if (rival !== undefined && rival.confidence >= best.confidence * 0.85) {
    confidence *= 0.85;
    items.push({ source: 'page', says: m.evidence.alsoResembles(rival.compiled.fingerprint.name) });
  }
  if (best.lookalike) {
    items.push({ source: 'headers', says: m.evidence.ownHeadersMissing(fingerprint.name) });
  }

  return {
    generator: fingerprint.generator,
    layer: verdict.layer ?? fingerprint.layer,
    blame: verdict.blame ?? 'unknown',
    failure: verdict.failure ?? statusFailure(evidence.status),
    ...(code !== undefined && { code: asWritten(code, rule, evidence, response) }),
    confidence,
    evidence: items,
    fingerprint,
  };
}

/** No page rule holds: the generic layer model, else an honest "cannot be told". */
function attributeUnrecognised(evidence: Evidence, response: PreparedResponse, compiled: CompiledFingerprints, text: LocalText, best: Candidate | undefined): Attribution {
  const { m } = text;
  const items: EvidenceItem[] = [{ source: 'status', says: m.evidence.unrecognised(evidence.status) }];
  // A look-alike page (a vendor's markup without the vendor's headers) is a copy: nothing in it is
  // to be believed, including the headers that came with the copy.
  const generic = best?.lookalike ? undefined : genericVerdict(response, m);
  if (generic) {
    const fingerprint = compiled.fingerprints.find((f) => f.generator === generic.generator);
    return { ...generic, evidence: [...items, ...generic.evidence], fingerprint };
  }
  if (best?.lookalike) items.push({ source: 'headers', says: m.evidence.lookalike(best.compiled.fingerprint.name) });
  // An error page nobody recognisably wrote. A 4xx from it is the site refusing or not having what
  // was asked (nothing on the path failed); only a 5xx, or a look-alike's 4xx, leaves the failing
  // hop untold.
  const serverError = evidence.status >= 500 || best?.lookalike === true;
  return {
    generator: 'unknown',
    layer: 'unknown',
    blame: serverError ? 'unknown' : 'none',
    failure: serverError || evidence.status === 429 ? statusFailure(evidence.status) : undefined,
    confidence: serverError ? 0.2 : 0.5,
    evidence: items,
  };
}

export function attribute(evidence: Evidence, response: PreparedResponse, compiled: CompiledFingerprints, text: LocalText): Attribution {
  // No answer, or one that broke off before its body arrived: the browser's network error says why.
  if (evidence.status === 0 || (evidence.status < 400 && isNetFailure(evidence.netError))) return attributeNoResponse(evidence, text);
  if (evidence.status < 400) return attributeSuccess(evidence, response, compiled, text);
  const candidates = rank(response, compiled, compiled.rulesFor(evidence.status), text);
  const best = candidates[0];
  if (best === undefined || best.confidence < MIN_CONFIDENCE) return attributeUnrecognised(evidence, response, compiled, text, best);
  return fromCandidate(best, candidates, evidence, response, compiled, text);
}
