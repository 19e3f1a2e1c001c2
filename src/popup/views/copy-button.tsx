import { useState } from 'preact/hooks';
import { copyText } from '../api';

export function CopyButton({ text, label, testId }: { text: () => Promise<string> | string; label: string; testId?: string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onClick = async () => {
    try {
      await copyText(await text());
      setDone('copied');
    } catch {
      setDone('failed');
    }
  };
  return (
    <button type="button" class="secondary" data-testid={testId} onClick={onClick} aria-live="polite">
      {done === 'copied' ? 'Copied ✓' : done === 'failed' ? 'Copy failed' : label}
    </button>
  );
}
