// A command as the owner will paste it: it wraps between words (a token longer than the line breaks
// anywhere rather than widen the popup), each placeholder is marked and explained below it, and a
// button copies it exactly.
import { t } from '../../shared/i18n';
import { commandParts } from '../placeholders';
import { CopyButton } from './copy-button';

export function Command({ command, title }: { command: string; title: string }) {
  const parts = commandParts(command);
  const explained = [...new Map(parts.filter((p) => p.placeholder).map((p) => [p.text, p.placeholder!])).entries()];
  return (
    <div class="command">
      <div class="command-line">
        <pre><code>{parts.map((part, i) => (part.placeholder ? <var key={i} title={t(part.placeholder)}>{part.text}</var> : part.text))}</code></pre>
        <CopyButton text={() => command} label={t('copy')} ariaLabel={t('copyCommand', title)} />
      </div>
      {explained.length > 0 && (
        <dl class="legend" aria-label={t('placeholderLegend')}>
          {explained.map(([name, key]) => <div key={name}><dt><var>{name}</var></dt><dd>{t(key)}</dd></div>)}
        </dl>
      )}
    </div>
  );
}
