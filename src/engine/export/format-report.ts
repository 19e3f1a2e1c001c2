// The redaction report as text: what `faultline sanitize --report` prints and what the summary of
// an export says it removed. Counts by kind, what the user kept, and what is always kept.
import type { Locale } from '../i18n/locale';
import { messagesFor } from '../i18n/messages';
import { REDACTION_KINDS, type RedactionReport } from './redaction-report';

export function formatRedactionReport(report: RedactionReport, locale: Locale = 'en'): string {
  const m = messagesFor(locale).redaction;
  const lines: string[] = [];
  if (report.kept.length === REDACTION_KINDS.length) return `${m.everything}\n`;
  if (report.total === 0) {
    lines.push(m.none);
  } else {
    lines.push(m.heading(report.total, report.distinct));
    const width = Math.max(...REDACTION_KINDS.map((kind) => m.kind[kind].length));
    for (const kind of REDACTION_KINDS) {
      if (report.counts[kind] > 0) lines.push(`  ${m.kind[kind].padEnd(width)}  ${report.counts[kind]}`);
    }
    if (report.copies > 0) lines.push(`  ${m.copies(report.copies)}`);
  }
  if (report.kept.length > 0) lines.push(m.kept(report.kept.map((kind) => m.kind[kind]).join(messagesFor(locale).summary.listSeparator)));
  lines.push(m.alwaysKept);
  return `${lines.join('\n')}\n`;
}
