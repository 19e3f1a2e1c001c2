// The support summary: plain text that pastes cleanly into any ticket form and reads well to a
// human. What, where, when (UTC), how often, who wrote the page, which hop failed and why, request
// ids, trace fields (client IP hidden unless asked for), timings, browser, what Faultline already
// checked, and whom to send it to.
import type { Diagnosis } from '../diagnosis';
import { distinctIds } from '../distinct-ids';
import { boundEvidence, Evidence, type EvidenceInput } from '../evidence';
import { FINGERPRINTS } from '../fingerprints';
import type { Locale } from '../i18n/locale';
import { messagesFor, type Messages } from '../i18n/messages';
import { TRACE_FIELDS } from '../trace';
import { statusPagesFor } from '../knowledge/status-pages';
import { describeUserAgent } from './user-agent';
import { readRecurrence } from '../recurrence';
import { recurrenceLine } from '../recurrence-line';

export interface SummaryFailure {
  evidence: EvidenceInput;
  diagnosis: Diagnosis;
}

export interface SummaryInput {
  /** The failure the summary is about first, then any others seen in the same capture. */
  failures: readonly SummaryFailure[];
  /** "Chrome 131 on Linux"; read from the request's User-Agent when left out. */
  browser?: string;
  /** The client IP from /cdn-cgi/trace is left out unless the user opts in. */
  showClientIp?: boolean;
  now: Date;
  /** The summary's language (the diagnoses should be made in the same one). */
  locale?: Locale;
}

const utc = (iso: string | undefined, fallback: Date): string => {
  const date = iso ? new Date(iso) : fallback;
  const valid = Number.isNaN(date.getTime()) ? fallback : date;
  return `${valid.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
};

const vendorName = (generator: string) => FINGERPRINTS.find((f) => f.generator === generator)?.name ?? generator;

/** Cloudflare, and most CDNs, only take tickets from the account that owns the site. */
function sendTo(d: Diagnosis, m: Messages): string {
  const edge = d.path.find((hop) => hop.layer === 'cdn' || hop.layer === 'waf' || hop.layer === 'anti-ddos');
  const vendor = vendorName(d.generator);
  switch (d.blame) {
    case 'edge': return m.summary.sendEdge(vendor);
    case 'cdn-config': return m.summary.sendCdnConfig(vendor);
    case 'client': return m.summary.sendClient;
    case 'none': return m.summary.sendNone;
    case 'origin':
    case 'upstream-app':
    case 'reverse-proxy':
      return edge ? m.summary.sendOriginNotAt(edge.name) : m.summary.sendOrigin;
    default:
      return m.summary.sendUnknown;
  }
}

/** A hop with where it answered: "Cloudflare (CDN, FRA · Frankfurt)". */
function hopWithPlace(hop: Diagnosis['path'][number], m: Messages): string {
  if (hop.place === undefined) return m.evidence.hop(hop.name, m.layer[hop.layer]);
  return m.popCache.hopAt(hop.name, m.layer[hop.layer], hop.city !== undefined ? m.popCache.placeCity(hop.place, hop.city) : hop.place);
}

function writtenBy(d: Diagnosis, m: Messages): string {
  const s = m.summary;
  const percent = Math.round(d.confidence * 100);
  if (d.generator === 'none') return s.noErrorPage;
  if (d.generator !== 'unknown') return s.writer(vendorName(d.generator), m.layer[d.layer], percent);
  return d.answeredBy !== undefined ? s.writerAnswered(d.answeredBy, m.layer[d.layer]) : s.writerUnknown;
}

function timingLine(e: Evidence, m: Messages): string | undefined {
  const t = e.timings;
  const s = m.summary;
  const parts: string[] = [];
  const add = (label: string, v: number | undefined) => {
    if (v !== undefined && v >= 0) parts.push(`${label} ${s.ms(Math.round(v))}`);
  };
  add(s.dns, t?.dns);
  add(s.connect, t?.connect);
  add(s.tls, t?.ssl);
  add(s.wait, t?.wait);
  add(s.receive, t?.receive);
  if (e.elapsedMs >= 0) parts.push(`${s.total} ${e.elapsedMs >= 10_000 ? s.seconds((e.elapsedMs / 1000).toFixed(1)) : s.ms(Math.round(e.elapsedMs))}`);
  return parts.length > 0 ? parts.join(s.listSeparator) : undefined;
}

export function supportSummary({ failures, browser, showClientIp = false, now, locale = 'en' }: SummaryInput): string {
  const m = messagesFor(locale);
  const s = m.summary;
  const first = failures[0];
  if (first === undefined) return `${s.nothing}\n`;
  // Bounded first: a captured 12 KB Cookie (exactly the header-too-large case) is evidence, not an error.
  const e = Evidence.parse(boundEvidence(first.evidence));
  const d = first.diagnosis;
  let host = e.url;
  try {
    host = new URL(e.url).host;
  } catch {
    // Keep the raw URL.
  }
  const sameKind = failures.filter(({ evidence }) => evidence.url === e.url && evidence.status === e.status);
  const times = sameKind.map(({ evidence }) => evidence.startedAt).filter((t): t is string => !!t).sort();
  const lines: string[] = [];
  const colon = s.colon;
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`${label}${colon}${value}`);
  };

  lines.push(s.title(host), '');
  field(s.what, e.status === 0 ? s.whatNoResponse(e.method, e.url, e.netError ?? s.networkError) : s.whatStatus(e.status, e.statusText, e.method, e.url));
  field(s.when, utc(e.startedAt, now));
  field(s.howOften, sameKind.length > 1
    ? (times.length > 1 ? s.timesBetween(sameKind.length, utc(times[0], now), utc(times[times.length - 1], now)) : s.times(sameKind.length))
    : s.once);
  // What looking again found (the probe's tries, the site's history): says whether it lasts.
  for (const recurrence of e.recurrence ?? []) {
    if (recurrence.samples.length > 0) lines.push(recurrenceLine(readRecurrence(recurrence), locale));
  }
  field(s.verdict, d.headline);
  field(s.writtenBy, writtenBy(d, m));
  // The vocabulary's ids too, in brackets: support desks search for them whatever the language.
  field(s.failedHop, `${s.failedHopValue(m.blame[d.blame], d.failure && m.failure[d.failure], d.code)} [${d.blame}${d.failure ? ` / ${d.failure}` : ''}]`);
  field(s.path, d.path.length > 0 ? s.pathValue(d.path.map((hop) => hopWithPlace(hop, m)).join(' → ')) : undefined);
  const statusPages = statusPagesFor([...d.path.map((hop) => hop.generator), d.generator], locale);
  field(m.popCache.statusPages, statusPages.length > 0 ? statusPages.map((page) => `${page.vendor} ${page.url}`).join(s.listSeparator) : undefined);

  const ids = distinctIds(d.requestIds);
  if (ids.length > 0) {
    lines.push(`${s.requestIds}${colon.trimEnd()}`);
    for (const [name, value] of ids) lines.push(`  ${name}: ${value}`);
  }
  if (e.trace) {
    // Kept as the trace wrote them, to compare with /cdn-cgi/trace; the colo's city is in the path line.
    const fields = TRACE_FIELDS.filter((k) => e.trace?.[k] !== undefined).map((k) => `${k}=${e.trace?.[k]}`);
    if (showClientIp && e.trace.ip) fields.unshift(`ip=${e.trace.ip}`);
    field(s.trace, `${fields.join(' ')}${showClientIp ? '' : s.traceHidden}`);
  } else if (e.trace === null) {
    const cloudflareInPath = d.generator === 'cloudflare' || d.path.some((hop) => hop.generator === 'cloudflare');
    field(s.trace, cloudflareInPath ? s.traceUnreadable : s.traceMissing);
  }
  field(s.timings, timingLine(e, m));
  field(s.serverIp, e.serverIp);
  field(s.browser, browser ?? describeUserAgent(e.requestHeaders.find((h) => h.name.toLowerCase() === 'user-agent')?.value));

  if (d.causes.length > 0) {
    lines.push('', `${s.causes}${colon.trimEnd()}`);
    d.causes.slice(0, 3).forEach((cause, i) => lines.push(`  ${i + 1}. ${cause.title} — ${cause.why}`));
  }
  lines.push('', `${s.checked}${colon.trimEnd()}`);
  for (const item of d.evidence) lines.push(`  - ${item.says}`);

  const others = failures.slice(1).filter((f) => !sameKind.includes(f));
  if (others.length > 0) {
    lines.push('', `${s.others(others.length)}${colon.trimEnd()}`);
    for (const { evidence, diagnosis } of others.slice(0, 10)) {
      lines.push(`  - ${evidence.status || evidence.netError || s.failed} ${evidence.method ?? 'GET'} ${evidence.url.slice(0, 160)} → ${diagnosis.generator}, ${diagnosis.blame}`);
    }
  }
  lines.push('', `${s.sendTo}${colon}${sendTo(d, m)}`, s.generated(utc(now.toISOString(), now)));
  return `${lines.join('\n')}\n`;
}
