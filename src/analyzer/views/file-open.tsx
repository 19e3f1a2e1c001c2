// Where a HAR comes in: a file input (labelled, keyboard-reachable) and a drop anywhere on the page.
import { useEffect } from 'preact/hooks';
import { t } from '../../shared/i18n';

export function FileOpen({ onFile }: { onFile(file: File): void }) {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      onFile(file);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, [onFile]);
  return (
    <label class="file-open">
      <span>{t('analyzerOpen')}</span>
      <input type="file" data-testid="har-input" accept=".har,.json,.zip,application/json,application/zip"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = ''; // the same file opened again is read again
        }} />
    </label>
  );
}
