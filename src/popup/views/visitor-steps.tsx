// The visitor's few actions, one per intent, with their commands. With none from the diagnosis (no
// cause matched), the two every visitor can take: try again later, tell the owner.
import type { Diagnosis } from '../../engine/diagnosis';
import { t } from '../../shared/i18n';
import { isStopped, visitorStepsOf } from '../guidance';
import { Command } from './command';

interface Shown { key: string; title: string; detail: string; command?: string }

function fallbackSteps(d: Diagnosis): Shown[] {
  const tell = { key: 'tell', title: t('fallbackTellTitle'), detail: t('fallbackTellDetail') };
  // Waiting does not lift a block; only the owner can.
  return isStopped(d) ? [tell] : [{ key: 'retry', title: t('fallbackRetryTitle'), detail: t('fallbackRetryDetail') }, tell];
}

export function VisitorSteps({ diagnosis, active }: { diagnosis: Diagnosis; active: boolean }) {
  const steps = visitorStepsOf(diagnosis);
  const shown: Shown[] = steps.length > 0
    ? steps.map((s) => ({ key: `${s.cause}/${s.id}`, title: s.title, detail: s.detail, ...(s.command ? { command: s.command } : {}) }))
    : fallbackSteps(diagnosis);
  return (
    <ol class="steps">
      {shown.map((s) => (
        <li key={s.key} data-testid={active ? 'audience-item' : undefined}>
          <strong>{s.title}</strong> <span class="muted">{s.detail}</span>
          {s.command && <Command command={s.command} title={s.title} />}
        </li>
      ))}
    </ol>
  );
}
