// The exports of the open file: what the redactor will remove first (the popup's report view, with a
// switch per kind to keep it), then the sanitized HAR, the bundle and the summary.
import { useEffect, useState } from 'preact/hooks';
import type { RedactionKind, RedactionReport } from '../../engine/export/redaction-report';
import type { Locale } from '../../engine/i18n/locale';
import { t } from '../../shared/i18n';
import { RedactionReportView } from '../../popup/views/redaction-report';
import type { AnalyzerClient } from '../client';
import type { ExportKind } from '../protocol';
import { saveFile } from '../save-file';

const BUTTONS: [ExportKind, Parameters<typeof t>[0]][] = [['har', 'exportHar'], ['bundle', 'exportBundle'], ['summary', 'analyzerSaveSummary']];

export function ExportsPanel({ client, locale, fileKey }: { client: AnalyzerClient; locale: Locale; fileKey: string }) {
  const [keep, setKeep] = useState<RedactionKind[]>([]);
  const [showClientIp, setShowClientIp] = useState(false);
  const [report, setReport] = useState<RedactionReport | undefined>();
  const [said, setSaid] = useState<string>('');
  useEffect(() => {
    let live = true;
    client.report({ keep, showClientIp, locale }).then((r) => live && setReport(r), (e: Error) => live && setSaid(e.message));
    return () => {
      live = false;
    };
  }, [client, keep, showClientIp, locale, fileKey]);
  const save = async (kind: ExportKind) => {
    try {
      const file = await client.exportFile(kind, { keep, showClientIp, locale });
      saveFile(file.fileName, file.data);
      setSaid(t('analyzerSaved', file.fileName));
    } catch (error) {
      setSaid((error as Error).message);
    }
  };
  return (
    <section class="share" data-testid="exports">
      <h2>{t('share')}</h2>
      <RedactionReportView report={report} keep={keep} onKeep={(kind, kept) => setKeep(kept ? [...keep, kind] : keep.filter((k) => k !== kind))} />
      <label class="toggle">
        <input type="checkbox" checked={showClientIp} onChange={(e) => setShowClientIp(e.currentTarget.checked)} />
        <span>{t('showClientIp')}</span>
      </label>
      <div class="actions">
        {BUTTONS.map(([kind, label]) => <button key={kind} type="button" class="secondary" data-testid={`export-${kind}`} onClick={() => void save(kind)}>{t(label)}</button>)}
      </div>
      <p class="muted" role="status" data-testid="export-status">{said}</p>
    </section>
  );
}
