// The one entry point: Evidence in, Diagnosis out. Used by the worker, the popup, the CLI and tests.
import { attribute } from './attribute';
import { CAUSES } from './causes';
import type { Diagnosis, EvidenceItem } from './diagnosis';
import { boundEvidence, Evidence, type EvidenceInput } from './evidence';
import { commandValuesFor } from './fill-command';
import { FINGERPRINTS } from './fingerprints';
import { headline } from './headline';
import { isNetFailure } from './net-error';
import { CAUSES_ZH_CN } from './i18n/zh-CN/causes';
import { FINGERPRINTS_ZH_CN } from './i18n/zh-CN/fingerprints';
import { localText, type LocalText, type Translations } from './i18n/localize';
import type { Locale } from './i18n/locale';
import type { Cause } from './knowledge/cause';
import type { Fingerprint } from './knowledge/fingerprint';
import { compileFingerprints, type CompiledFingerprints } from './match/compile';
import { prepareResponse } from './match/prepare';
import { findPath } from './path';
import { addressHint } from './ip-hint';
import { rankCauses } from './rank-causes';
import { serverWait } from './server-timing';
import { readStack } from './stack';
import { findRequestIds, idHeaderNames } from './request-ids';
import { formatSeconds, matchTimers } from './timing';
import { describeTrace } from './trace';
import { describeCache, readCacheStatus } from './cache-status';
import { viewRecurrences, type RecurrenceView } from './recurrence-match';

export interface DiagnoseOptions {
  /** The language of every sentence in the diagnosis; ids stay the same. */
  locale?: Locale;
}

export interface Engine {
  diagnose(input: EvidenceInput, options?: DiagnoseOptions): Diagnosis;
  /** The catalogue of causes in a language (for `faultline causes`). */
  causes(locale?: Locale): readonly Cause[];
}

const requestHeaderBytes = (evidence: Evidence) =>
  evidence.requestHeaders.reduce((sum, h) => sum + h.name.length + h.value.length + 4, 0);

function schemeOf(url: string): 'http' | 'https' | undefined {
  const scheme = /^(https?):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === 'http' || scheme === 'https' ? scheme : undefined;
}

/** The address answered well again when looked at after the failure (the probe first: it is the freshest look). */
function looksTransient(views: readonly RecurrenceView[]): boolean {
  const view = views.find((v) => v.source === 'probe') ?? views[0];
  return view !== undefined && view.tries > 0 && (view.pattern === 'recovered' || view.failed === 0);
}

export interface Knowledge {
  fingerprints: readonly Fingerprint[];
  causes: readonly Cause[];
  translations?: Partial<Record<Locale, Translations>>;
}

export function createEngine(knowledge: Knowledge): Engine {
  const compiled: CompiledFingerprints = compileFingerprints(knowledge.fingerprints);
  const idHeaders = idHeaderNames(knowledge.fingerprints);
  const byGenerator = new Map(knowledge.fingerprints.map((f) => [f.generator as string, { name: f.name, layer: f.layer }]));
  const texts = new Map<Locale, LocalText>();
  const textFor = (locale: Locale = 'en') => {
    let text = texts.get(locale);
    if (!text) {
      text = localText(locale, knowledge.causes, knowledge.translations?.[locale]);
      texts.set(locale, text);
    }
    return text;
  };

  return {
    causes: (locale) => textFor(locale).causes,
    diagnose(input: EvidenceInput, options: DiagnoseOptions = {}): Diagnosis {
      const text = textFor(options.locale);
      const { m } = text;
      const evidence = Evidence.parse(boundEvidence(input));
      const response = prepareResponse(evidence, compiled);
      const found = attribute(evidence, response, compiled, text);
      const path = evidence.status === 0 ? [] : findPath(response, compiled, found.fingerprint && { fingerprint: found.fingerprint, layer: found.layer }, evidence.trace, options.locale);
      const inPath = path.map((hop) => hop.generator);
      const items: EvidenceItem[] = [...found.evidence];
      let failure = found.failure;

      // An answer that broke off before its body arrived reads as no answer.
      const brokenOff = evidence.status > 0 && evidence.status < 400 && isNetFailure(evidence.netError);
      const failed = evidence.status >= 500 || evidence.status === 0;
      // A hop that stamps its wait in a header states its timer outright; the browser's time is at
      // least that long (or unknown, as in a pasted page), so the longer of the two is the time to error.
      const waited = serverWait(evidence.responseHeaders);
      // A wait under a second (Fastly stamps VE0 on a cached answer) names no timer: not worth a line.
      if (waited !== undefined && waited.ms >= 1000) items.push({ source: `header ${waited.header}`, says: m.evidence.serverWaited(waited.header, formatSeconds(waited.ms)) });
      const elapsedMs = Math.max(evidence.elapsedMs, waited?.ms ?? -1);
      for (const timer of matchTimers(elapsedMs, inPath)) {
        items.push({ source: 'timing', says: m.evidence.timing(formatSeconds(elapsedMs), m.timers[timer.id]) });
        if (failed && (failure === undefined || failure === 'unknown')) failure = 'timeout';
      }
      if (path.length > 0) {
        items.push({ source: 'headers', says: m.evidence.inPath(path.map((hop) => m.evidence.hop(hop.name, m.layer[hop.layer])).join(' → ')) });
      }
      const trace = describeTrace(evidence.trace, m, found.generator === 'cloudflare' || inPath.includes('cloudflare'));
      if (trace) items.push(trace);
      for (const hop of path) {
        if (hop.place !== undefined && hop.city !== undefined) items.push({ source: 'headers', says: m.popCache.answeredFrom(hop.name, hop.place, hop.city) });
      }
      // A cached error page is a cause of its own; on a success the cache's word explains nothing.
      const cache = readCacheStatus(evidence.responseHeaders);
      if (cache !== undefined && evidence.status >= 400) items.push(describeCache(cache, m));

      // The server's address may show a provider no header did: it joins the path and the scope of
      // the steps (the request crossed that network), after the timers and the path's own line.
      const byAddress = evidence.status === 0 ? undefined : addressHint(evidence.serverIp, path, compiled, m);
      if (byAddress) {
        path.splice(byAddress.at, 0, byAddress.hop);
        inPath.push(byAddress.hop.generator);
        items.push(byAddress.evidence);
      }

      const stack = readStack({
        url: evidence.url, responseHeaders: evidence.responseHeaders, body: evidence.body,
        present: [found.generator, ...inPath], writerSays: found.evidence.map((item) => item.says).join(' '),
      });
      const recurrence = viewRecurrences(evidence.recurrence, inPath, (generator) => byGenerator.get(generator));
      const { causes, ruledOut, nextSteps } = rankCauses(
        text.causes,
        {
          generator: found.generator, layer: found.layer, blame: found.blame, failure, status: evidence.status,
          code: found.code, inPath, pathLayers: path.map((hop) => hop.layer), stack, elapsedMs,
          requestHeaderBytes: requestHeaderBytes(evidence), scheme: schemeOf(evidence.url),
          ...(cache !== undefined && { cache: cache.status, cacheAge: cache.age ?? -1 }),
          ...(recurrence.length > 0 && { recurrence }),
        },
        commandValuesFor(evidence.url, evidence.serverIp),
        m,
      );

      return {
        url: evidence.url,
        status: evidence.status,
        generator: found.generator,
        layer: found.layer,
        blame: found.blame,
        failure,
        code: found.code,
        confidence: Math.round(found.confidence * 100) / 100,
        ...(found.writerName !== undefined && { answeredBy: found.writerName }),
        headline: headline({ writer: found.writerName ?? found.fingerprint?.name, status: brokenOff ? 0 : evidence.status, code: found.code, blame: found.blame, failure }, m) +
          (failed && looksTransient(recurrence) ? m.recurrence.transient : ''),
        evidence: items,
        path,
        requestIds: findRequestIds(evidence, response, idHeaders, found.fingerprint),
        causes,
        ruledOut,
        nextSteps,
      };
    },
  };
}

let defaultEngine: Engine | undefined;

/** The engine with the built-in knowledge and translations, compiled on first use. */
export function builtInEngine(): Engine {
  defaultEngine ??= createEngine({
    fingerprints: FINGERPRINTS,
    causes: CAUSES,
    translations: { 'zh-CN': { causes: CAUSES_ZH_CN, fingerprints: FINGERPRINTS_ZH_CN } },
  });
  return defaultEngine;
}

/** Diagnoses with the built-in knowledge. */
export function diagnose(input: EvidenceInput, options?: DiagnoseOptions): Diagnosis {
  return builtInEngine().diagnose(input, options);
}
