// What arrives on the state port is checked before it is drawn: it should be the worker's own
// PopupState, but a port message is only JSON-shaped data to the popup. It must be about the tab
// this popup shows, of a known kind, with the fields the views read in the types they read them,
// and of a bounded size. Written by hand: the popup does not load zod.
import { MAX_FAILED_SHOWN } from '../shared/limits';
import type { PopupState } from '../shared/popup-state';

/** Far above any real state (a diagnosis with every cause and step is a few tens of KB). */
export const MAX_PUSH_CHARS = 512 * 1024;
/** Entries of any list in a diagnosis (evidence, path, causes, steps): far above what the engine makes. */
const MAX_LIST = 200;

const KINDS = new Set(['unsupported', 'nothing-captured', 'loading', 'healthy', 'failure']);
const SCOPES = new Set(['page', 'requests']);
const TRACE_STATUSES = new Set(['pending', 'done', 'not-applicable']);
const PAGE_EVIDENCE = new Set(['pending', 'complete', 'headers-only']);

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
const isList = (value: unknown, max: number): value is Fields[] => Array.isArray(value) && value.length <= max && value.every(isObject);
const allStrings = (fields: Fields, keys: string[]) => keys.every((key) => typeof fields[key] === 'string');

const isStringList = (value: unknown) => Array.isArray(value) && value.length <= MAX_LIST && value.every((v) => typeof v === 'string');
/** The cause fields the owner's tab draws; `reasons` may be missing (an engine older than it). */
const isCause = (c: Fields) => allStrings(c, ['id', 'title', 'why']) && (c.reasons === undefined || isStringList(c.reasons));
const isRuledOut = (r: Fields) => allStrings(r, ['id', 'title', 'because']);
const isStep = (s: Fields) => allStrings(s, ['id', 'cause', 'title', 'detail', 'audience']) && (s.command === undefined || typeof s.command === 'string');

function isDiagnosis(d: unknown): boolean {
  return isObject(d) && allStrings(d, ['url', 'generator', 'layer', 'blame', 'headline']) &&
    typeof d.status === 'number' && typeof d.confidence === 'number' &&
    isList(d.evidence, MAX_LIST) && isList(d.path, MAX_LIST) && isList(d.causes, MAX_LIST) && isList(d.nextSteps, MAX_LIST) &&
    d.causes.every(isCause) && d.nextSteps.every(isStep) &&
    (d.ruledOut === undefined || (isList(d.ruledOut, MAX_LIST) && d.ruledOut.every(isRuledOut))) &&
    isObject(d.requestIds) && Object.values(d.requestIds).every((v) => typeof v === 'string');
}

function isFailureFields(s: Fields): boolean {
  return SCOPES.has(s.scope as string) && TRACE_STATUSES.has(s.traceStatus as string) && PAGE_EVIDENCE.has(s.pageEvidence as string) &&
    isDiagnosis(s.diagnosis) && isList(s.failed, MAX_FAILED_SHOWN) && isCount(s.failedTotal) &&
    (s.timings === undefined || isObject(s.timings)) && (s.trace === undefined || s.trace === null || isObject(s.trace));
}

/** The pushed state, when the message is a state push for `tabId` in PopupState's shape; else undefined. */
export function readPushedState(message: unknown, tabId: number): PopupState | undefined {
  if (!isObject(message) || message.type !== 'state' || !isObject(message.state)) return undefined;
  const s = message.state;
  if (s.tabId !== tabId || !KINDS.has(s.kind as string) || typeof s.url !== 'string') return undefined;
  if (s.kind !== 'unsupported' && !isCount(s.requestCount)) return undefined;
  if (s.kind === 'failure' && !isFailureFields(s)) return undefined;
  if (JSON.stringify(s).length > MAX_PUSH_CHARS) return undefined;
  return s as unknown as PopupState;
}
