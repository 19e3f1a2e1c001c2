// The support summary: plain text that pastes cleanly into any ticket form and reads well to a
// human. What, where, when (UTC), how often, who wrote the page, which hop failed and why, request
// ids, trace fields (client IP hidden unless asked for), timings, browser, what Faultline already
// checked, and whom to send it to.
import type { Diagnosis } from '../diagnosis';
import { distinctIds } from '../distinct-ids';
import { Evidence, type EvidenceInput } from '../evidence';
import { FINGERPRINTS } from '../fingerprints';
import { TRACE_FIELDS } from '../trace';
import { describeUserAgent } from './user-agent';

export interface SummaryFailure {
  evidence: EvidenceInput;
  diagnosis: Diagnosis;
}

export interface SummaryInput {
  /** The failure the summary is about first, then any others seen in the same capture. */
  failures: SummaryFailure[];
  /** "Chrome 131 on Linux"; read from the request's User-Agent when left out. */
  browser?: string;
  /** The client IP from /cdn-cgi/trace is left out unless the user opts in. */
  showClientIp?: boolean;
  now: Date;
}

const utc = (iso: string | undefined, fallback: Date): string => {
  const date = iso ? new Date(iso) : fallback;
  const valid = Number.isNaN(date.getTime()) ? fallback : date;
  return `${valid.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
};

const vendorName = (generator: string) => FINGERPRINTS.find((f) => f.generator === generator)?.name ?? generator;

/** Cloudflare, and most CDNs, only take tickets from the account that owns the site. */
function sendTo(d: Diagnosis): string {
  const edge = d.path.find((hop) => hop.layer === 'cdn' || hop.layer === 'waf' || hop.layer === 'anti-ddos');
  const viaOwner = (who: string) => `${who} only takes tickets from the account that owns this site, so send this to the site owner and ask them to open one.`;
  switch (d.blame) {
    case 'edge':
      return `The site owner and ${vendorName(d.generator)}'s support: the provider itself failed. ${viaOwner(vendorName(d.generator))}`;
    case 'cdn-config':
      return `The site owner: the configuration or edge code of ${vendorName(d.generator)} for this site failed, and only they can change it.`;
    case 'client':
      return 'First try again after clearing this site\'s cookies; if it keeps failing, the site owner.';
    case 'none':
      return 'The site owner, if you believe the request was stopped by mistake (quote the request IDs above).';
    case 'origin':
    case 'upstream-app':
    case 'reverse-proxy':
      return `The site owner or their hosting provider: the fault is on the site's own servers${edge ? `, not at ${edge.name}` : ''}.`;
    default:
      return 'The site owner, with this summary and the HAR file.';
  }
}

function timingLine(e: Evidence): string | undefined {
  const t = e.timings;
  const parts: string[] = [];
  const add = (label: string, v: number | undefined) => {
    if (v !== undefined && v >= 0) parts.push(`${label} ${Math.round(v)} ms`);
  };
  add('DNS', t?.dns);
  add('connect', t?.connect);
  add('TLS', t?.ssl);
  add('waiting for the first byte', t?.wait);
  add('download', t?.receive);
  if (e.elapsedMs >= 0) parts.push(`total ${e.elapsedMs >= 10_000 ? `${(e.elapsedMs / 1000).toFixed(1)} s` : `${Math.round(e.elapsedMs)} ms`}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

export function supportSummary({ failures, browser, showClientIp = false, now }: SummaryInput): string {
  const first = failures[0];
  if (first === undefined) return 'Faultline saw no failed request to summarise.\n';
  const e = Evidence.parse(first.evidence);
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
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`${label}: ${value}`);
  };

  lines.push(`Faultline support summary — ${host}`, '');
  field('What', e.status === 0 ? `${e.method} ${e.url} failed without a response (${e.netError ?? 'network error'})` : `HTTP ${e.status}${e.statusText ? ` ${e.statusText}` : ''} on ${e.method} ${e.url}`);
  field('When', utc(e.startedAt, now));
  field('How often', sameKind.length > 1
    ? `${sameKind.length} times${times.length > 1 ? ` between ${utc(times[0], now)} and ${utc(times[times.length - 1], now)}` : ''}`
    : 'once in this capture');
  field('Verdict', d.headline);
  field('Page written by', d.generator === 'none' || d.generator === 'unknown'
    ? (d.generator === 'unknown' ? 'could not be told from the page' : 'no error page')
    : `${vendorName(d.generator)} (${d.layer}), confidence ${Math.round(d.confidence * 100)}%`);
  field('Failed hop', `${d.blame}${d.failure ? ` (${d.failure})` : ''}${d.code ? `, error code ${d.code}` : ''}`);
  field('Path', d.path.length > 0 ? `browser → ${d.path.map((hop) => `${hop.name} (${hop.layer})`).join(' → ')}` : undefined);

  const ids = distinctIds(d.requestIds);
  if (ids.length > 0) {
    lines.push('Request IDs:');
    for (const [name, value] of ids) lines.push(`  ${name}: ${value}`);
  }
  if (e.trace) {
    const fields = TRACE_FIELDS.filter((k) => e.trace?.[k] !== undefined).map((k) => `${k}=${e.trace?.[k]}`);
    if (showClientIp && e.trace.ip) fields.unshift(`ip=${e.trace.ip}`);
    field('Cloudflare trace', `${fields.join(' ')}${showClientIp ? '' : ' (client IP hidden)'}`);
  } else if (e.trace === null) {
    field('Cloudflare trace', '/cdn-cgi/trace gave no trace: the site does not look to be behind Cloudflare');
  }
  field('Timings', timingLine(e));
  field('Server IP', e.serverIp);
  field('Browser', browser ?? describeUserAgent(e.requestHeaders.find((h) => h.name.toLowerCase() === 'user-agent')?.value));

  if (d.causes.length > 0) {
    lines.push('', 'Most likely causes:');
    d.causes.slice(0, 3).forEach((cause, i) => lines.push(`  ${i + 1}. ${cause.title} — ${cause.why}`));
  }
  lines.push('', 'Already checked by Faultline:');
  for (const item of d.evidence) lines.push(`  - ${item.says}`);

  const others = failures.slice(1).filter((f) => !sameKind.includes(f));
  if (others.length > 0) {
    lines.push('', `Other failed requests in this capture (${others.length}):`);
    for (const { evidence, diagnosis } of others.slice(0, 10)) {
      lines.push(`  - ${evidence.status || evidence.netError || 'failed'} ${evidence.method ?? 'GET'} ${evidence.url.slice(0, 160)} → ${diagnosis.generator}, ${diagnosis.blame}`);
    }
  }
  lines.push('', `Send to: ${sendTo(d)}`, `Generated: ${utc(now.toISOString(), now)} by Faultline.`);
  return `${lines.join('\n')}\n`;
}
