import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { copyText } from '../api';

interface Props {
  text: () => Promise<string> | string;
  label: string;
  /** An accessible name when the visible label alone ("Copy") does not say what is copied. */
  ariaLabel?: string;
  testId?: string;
  /** The verdict's main action is drawn filled; every other copy button is quiet. */
  primary?: boolean;
}

export function CopyButton({ text, label, ariaLabel, testId, primary = false }: Props) {
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
    <button type="button" class={primary ? undefined : 'secondary'} data-testid={testId} aria-label={ariaLabel} onClick={onClick}>
      {done === 'copied' ? t('copied') : done === 'failed' ? t('copyFailed') : label}
    </button>
  );
}
