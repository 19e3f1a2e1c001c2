// The share section, below the explanation: export HAR, export bundle, copy summary (in either
// language). Sanitized by default, with the report of what is removed shown before any export;
// including sensitive data is an explicit choice, with a warning. The choices live in the popup's
// choice store, which the verdict's "Copy report" reads too.
import { useEffect, useState } from 'preact/hooks';
import type { RedactionKind, RedactionReport } from '../../engine/export/redaction-report';
import type { Locale } from '../../engine/i18n/locale';
import { t } from '../../shared/i18n';
import { base64ToBytes, download, getBundle, getHar, getRedactionReport, getSummary, isError } from '../api';
import { exportChoiceOf, type ChoiceStore } from '../export-choice';
import { AnalyzerLink } from './analyzer-link';
import { CopyButton } from './copy-button';
import { RedactionReportView } from './redaction-report';

/** Each language named in itself, so anyone can find theirs. */
const LANGUAGES: [Locale, string][] = [['en', 'English'], ['zh-CN', '简体中文']];

export function Actions({ tabId, store }: { tabId: number; store: ChoiceStore }) {
  const [chosen, setChosen] = useState(store.get());
  useEffect(() => store.watch(setChosen), [store]);
  const { includeSensitive, showClientIp, keep, language } = chosen;
  const [status, setStatus] = useState('');
  const [report, setReport] = useState<RedactionReport | undefined>(undefined);
  const choice = exportChoiceOf(chosen);

  // Asked after the verdict is drawn, and again whenever a switch changes what would be removed.
  useEffect(() => {
    let current = true;
    void getRedactionReport(tabId, choice).then((answer) => {
      if (current && !isError(answer)) setReport(answer.report);
    });
    return () => {
      current = false;
    };
  }, [tabId, includeSensitive, showClientIp, keep.join()]);
  const onKeep = (kind: RedactionKind, kept: boolean) => store.set({ keep: kept ? [...store.get().keep, kind] : store.get().keep.filter((k) => k !== kind) });

  const run = async (what: string, work: () => Promise<void>) => {
    setStatus(t('working', what));
    try {
      await work();
      setStatus(t('done', what));
    } catch (error) {
      setStatus(t('actionFailed', what, (error as Error).message));
    }
  };

  const exportHar = () => run(t('exportHar'), async () => {
    const har = await getHar(tabId, choice);
    if (isError(har)) throw new Error(har.error);
    await download(har.fileName, har.text);
  });
  const exportBundle = () => run(t('exportBundle'), async () => {
    const bundle = await getBundle(tabId, choice, language);
    if (isError(bundle)) throw new Error(bundle.error);
    await download(bundle.fileName, base64ToBytes(bundle.base64));
  });
  const summary = async () => {
    const result = await getSummary(tabId, choice, language);
    if (isError(result)) throw new Error(result.error);
    return result.text;
  };

  return (
    <section class="actions" aria-labelledby="share-title">
      <h2 id="share-title">{t('share')}</h2>
      <div class="buttons">
        <CopyButton text={summary} label={t('copySummary')} testId="copy-summary" />
        <button type="button" data-testid="export-har" onClick={exportHar}>{t('exportHar')}</button>
        <button type="button" data-testid="export-bundle" onClick={exportBundle}>{t('exportBundle')}</button>
      </div>
      <label class="toggle">
        <input type="checkbox" data-testid="include-sensitive" checked={includeSensitive} onChange={(e) => store.set({ includeSensitive: e.currentTarget.checked })} />
        {t('includeSensitive')}
      </label>
      {includeSensitive && <p class="warning" role="alert">{t('sensitiveWarning')}</p>}
      <RedactionReportView report={report} keep={keep} onKeep={onKeep} />
      <label class="toggle">
        <input type="checkbox" checked={showClientIp} onChange={(e) => store.set({ showClientIp: e.currentTarget.checked })} />
        {t('showClientIp')}
      </label>
      <label class="toggle">
        {t('summaryLanguage')}
        <select data-testid="summary-language" value={language} onChange={(e) => store.set({ language: e.currentTarget.value as Locale })}>
          {LANGUAGES.map(([code, name]) => <option key={code} value={code} lang={code}>{name}</option>)}
        </select>
      </label>
      <p class="muted" role="status">{status}</p>
      <AnalyzerLink />
    </section>
  );
}
