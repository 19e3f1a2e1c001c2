// What an export will remove, shown before the user exports anything: counts by kind, a switch per
// kind to keep it, and what is always kept. Users distrust a sanitizer that does not say what it
// did; this is the same report `faultline sanitize --report` prints.
import { REDACTION_KINDS, type RedactionKind, type RedactionReport } from '../../engine/export/redaction-report';
import { t, type MessageKey } from '../../shared/i18n';

const KIND_KEYS: Record<RedactionKind, MessageKey> = {
  cookies: 'kindCookies', 'auth-headers': 'kindAuthHeaders', 'url-tokens': 'kindUrlTokens', 'body-secrets': 'kindBodySecrets',
  credentials: 'kindCredentials', pii: 'kindPii', 'client-ip': 'kindClientIp', scripts: 'kindScripts',
};

interface Props {
  report: RedactionReport | undefined;
  keep: readonly RedactionKind[];
  onKeep(kind: RedactionKind, kept: boolean): void;
}

export function RedactionReportView({ report, keep, onKeep }: Props) {
  if (report === undefined) return null;
  const everything = report.kept.length === REDACTION_KINDS.length;
  // Kinds with something to remove, and the ones the user keeps (so a switch can be turned back).
  const shown = REDACTION_KINDS.filter((kind) => report.counts[kind] > 0 || keep.includes(kind));
  const headline = everything ? t('redactionEverything') : report.total === 0 ? t('redactionNone') : t('redactionSummary', report.total, report.distinct);
  return (
    <details class="redaction" data-testid="redaction-report" data-total={report.total} data-distinct={report.distinct}>
      <summary>{t('redactionTitle')}: {headline}</summary>
      {!everything && shown.length > 0 && (
        <ul class="redaction-kinds">
          {shown.map((kind) => (
            <li key={kind} data-kind={kind} data-count={report.counts[kind]}>
              <label class="toggle">
                <input type="checkbox" data-testid={`keep-${kind}`} checked={keep.includes(kind)} aria-label={t('redactionKeep', t(KIND_KEYS[kind]))}
                  onChange={(e) => onKeep(kind, e.currentTarget.checked)} />
                <span>{t(KIND_KEYS[kind])}</span>
                <span class="muted">{keep.includes(kind) ? t('redactionKept') : report.counts[kind]}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {!everything && report.copies > 0 && <p class="muted">{t('redactionCopies', report.copies)}</p>}
      <p class="muted">{t('redactionAlwaysKept')}</p>
    </details>
  );
}
