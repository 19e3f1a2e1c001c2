// Export HAR, export bundle, copy summary (in either language). Sanitized by default, with the
// report of what is removed shown first; including sensitive data is an explicit choice, with a
// warning.
import { useEffect, useState } from 'preact/hooks';
import type { RedactionKind, RedactionReport } from '../../engine/export/redaction-report';
import type { Locale } from '../../engine/i18n/locale';
import { t, uiLocale } from '../../shared/i18n';
import type { ExportChoice } from '../../shared/messages';
import { base64ToBytes, download, getBundle, getHar, getRedactionReport, getSummary, isError } from '../api';
import { CopyButton } from './copy-button';
import { RedactionReportView } from './redaction-report';

/** Each language named in itself, so anyone can find theirs. */
const LANGUAGES: [Locale, string][] = [['en', 'English'], ['zh-CN', '简体中文']];

export function Actions({ tabId }: { tabId: number }) {
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [showClientIp, setShowClientIp] = useState(false);
  const [language, setLanguage] = useState<Locale>(uiLocale());
  const [status, setStatus] = useState('');
  const [keep, setKeep] = useState<RedactionKind[]>([]);
  const [report, setReport] = useState<RedactionReport | undefined>(undefined);
  const choice: ExportChoice = { includeSensitive, showClientIp, keep };

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
  const onKeep = (kind: RedactionKind, kept: boolean) => setKeep((list) => (kept ? [...list, kind] : list.filter((k) => k !== kind)));

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
    <section class="actions" aria-label={t('share')}>
      <div class="buttons">
        <CopyButton text={summary} label={t('copySummary')} testId="copy-summary" />
        <button type="button" data-testid="export-har" onClick={exportHar}>{t('exportHar')}</button>
        <button type="button" data-testid="export-bundle" onClick={exportBundle}>{t('exportBundle')}</button>
      </div>
      <label class="toggle">
        <input type="checkbox" data-testid="include-sensitive" checked={includeSensitive} onChange={(e) => setIncludeSensitive(e.currentTarget.checked)} />
        {t('includeSensitive')}
      </label>
      {includeSensitive && <p class="warning" role="alert">{t('sensitiveWarning')}</p>}
      <RedactionReportView report={report} keep={keep} onKeep={onKeep} />
      <label class="toggle">
        <input type="checkbox" checked={showClientIp} onChange={(e) => setShowClientIp(e.currentTarget.checked)} />
        {t('showClientIp')}
      </label>
      <label class="toggle">
        {t('summaryLanguage')}
        <select data-testid="summary-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as Locale)}>
          {LANGUAGES.map(([code, name]) => <option key={code} value={code} lang={code}>{name}</option>)}
        </select>
      </label>
      <p class="muted" role="status">{status}</p>
    </section>
  );
}
