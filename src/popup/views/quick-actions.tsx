// The verdict's two actions: reload when trying again can help (a transient fault, one the visitor
// fixes), else the report for the owner first; the other one second. The report is the same one the
// share section copies, with the same choices.
import type { Diagnosis } from '../../engine/diagnosis';
import { t } from '../../shared/i18n';
import { getSummary, isError, reloadTab } from '../api';
import { exportChoiceOf, type ChoiceStore } from '../export-choice';
import { primaryActionOf } from '../guidance';
import { CopyButton } from './copy-button';

interface Props {
  tabId: number;
  diagnosis: Diagnosis;
  choice: ChoiceStore;
}

export function QuickActions({ tabId, diagnosis, choice }: Props) {
  const report = async () => {
    const chosen = choice.get();
    const answer = await getSummary(tabId, exportChoiceOf(chosen), chosen.language);
    if (isError(answer)) throw new Error(answer.error);
    return answer.text;
  };
  const reportFirst = primaryActionOf(diagnosis) === 'copy-report';
  const reload = (primary: boolean) => (
    <button type="button" class={primary ? undefined : 'secondary'} onClick={() => void reloadTab(tabId)}>{t('reloadPage')}</button>
  );
  const copy = (primary: boolean) => <CopyButton text={report} label={t('copyReport')} primary={primary} />;
  return (
    <div class="quick-actions">
      <span data-testid="primary-action">{reportFirst ? copy(true) : reload(true)}</span>
      <span data-testid="secondary-action">{reportFirst ? reload(false) : copy(false)}</span>
    </div>
  );
}
