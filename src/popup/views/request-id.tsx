// The first request ID, exactly as the server wrote it (support desks match it character for
// character), with a button that copies it. The rest are under the evidence.
import { distinctIds } from '../../engine/distinct-ids';
import { t } from '../../shared/i18n';
import { CopyButton } from './copy-button';

export function RequestId({ ids }: { ids: Record<string, string> }) {
  const [first] = distinctIds(ids);
  if (!first) return null;
  const [label, value] = first;
  return (
    <p class="request-id" data-testid="request-id">
      <span class="muted">{label}</span> <code>{value}</code>{' '}
      <CopyButton text={() => value} label={t('copy')} ariaLabel={t('copyRequestId', label)} />
    </p>
  );
}
