// Export HAR, export bundle, copy summary. Sanitized by default; including sensitive data is an
// explicit choice, with a warning.
import { useState } from 'preact/hooks';
import { base64ToBytes, download, getBundle, getHar, getSummary, isError } from '../api';
import { CopyButton } from './copy-button';

export function Actions({ tabId }: { tabId: number }) {
  const [includeSensitive, setIncludeSensitive] = useState(false);
  const [showClientIp, setShowClientIp] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (what: string, work: () => Promise<void>) => {
    setStatus(`${what}…`);
    try {
      await work();
      setStatus(`${what}: done.`);
    } catch (error) {
      setStatus(`${what} failed: ${(error as Error).message}`);
    }
  };

  const exportHar = () => run('Export HAR', async () => {
    const har = await getHar(tabId, includeSensitive);
    if (isError(har)) throw new Error(har.error);
    await download(har.fileName, har.text);
  });
  const exportBundle = () => run('Export bundle', async () => {
    const bundle = await getBundle(tabId, includeSensitive, showClientIp);
    if (isError(bundle)) throw new Error(bundle.error);
    await download(bundle.fileName, base64ToBytes(bundle.base64));
  });
  const summary = async () => {
    const result = await getSummary(tabId, includeSensitive, showClientIp);
    if (isError(result)) throw new Error(result.error);
    return result.text;
  };

  return (
    <section class="actions" aria-label="Share with support">
      <div class="buttons">
        <CopyButton text={summary} label="Copy support summary" testId="copy-summary" />
        <button type="button" data-testid="export-har" onClick={exportHar}>Export HAR</button>
        <button type="button" data-testid="export-bundle" onClick={exportBundle}>Export bundle</button>
      </div>
      <label class="toggle">
        <input type="checkbox" data-testid="include-sensitive" checked={includeSensitive} onChange={(e) => setIncludeSensitive(e.currentTarget.checked)} />
        Include sensitive data (cookies, tokens, full URLs)
      </label>
      {includeSensitive && <p class="warning" role="alert">⚠ Exports will contain cookies and tokens that let anyone act as you on this site. Share them only with people you trust.</p>}
      <label class="toggle">
        <input type="checkbox" checked={showClientIp} onChange={(e) => setShowClientIp(e.currentTarget.checked)} />
        Show my IP address in the summary
      </label>
      <p class="muted" role="status">{status}</p>
    </section>
  );
}
