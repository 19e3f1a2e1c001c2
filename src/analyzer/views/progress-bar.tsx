// How far the worker is: bytes read, then the phases that have no byte count.
import { t, type MessageKey } from '../../shared/i18n';
import type { Phase } from '../protocol';

const PHASE_KEYS: Record<Phase, MessageKey> = {
  reading: 'analyzerPhaseReading', unpacking: 'analyzerPhaseUnpacking', parsing: 'analyzerPhaseParsing', diagnosing: 'analyzerPhaseDiagnosing',
};

export function ProgressBar({ phase, done, total }: { phase: Phase; done: number; total: number }) {
  const measured = phase === 'reading' && total > 0;
  return (
    <div class="progress" role="status" data-testid="progress" data-phase={phase}>
      <span>{t(PHASE_KEYS[phase])}</span>
      {measured ? <progress max={total} value={done} aria-label={t(PHASE_KEYS[phase])} /> : <progress aria-label={t(PHASE_KEYS[phase])} />}
    </div>
  );
}
