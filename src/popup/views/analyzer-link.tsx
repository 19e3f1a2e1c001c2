// The way from the popup to the HAR analyzer (src/analyzer/analyzer.html, the extension's own page): a plain
// link, opened in a new tab, so it needs no permission and no message to the worker.
import { t } from '../../shared/i18n';

export const AnalyzerLink = () => (
  <p class="analyzer-link">
    <a href="/src/analyzer/analyzer.html" target="_blank" rel="noopener" data-testid="open-analyzer">{t('analyzerOpenPage')}</a>
  </p>
);
